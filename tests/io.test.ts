import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempPathFor, writeFileAtomic } from '../src/cli/io.js';

const dir = mkdtempSync(join(tmpdir(), 'thongbao-io-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temporary file behind', async () => {
    const file = join(dir, 'báo cáo.csv');
    writeFileSync(file, 'old');
    await writeFileAtomic(file, 'mới');
    await writeFileAtomic(file, Buffer.from('mới hơn'));
    expect(readFileSync(file, 'utf8')).toBe('mới hơn');
    expect(readdirSync(dir)).toEqual(['báo cáo.csv']);
  });

  it('keeps the old file when the step before the rename fails, and cleans up', async () => {
    const file = join(dir, 'notice.txt');
    writeFileSync(file, 'original');
    const failing = () => Promise.reject(new Error('disk full'));
    await expect(writeFileAtomic(file, 'fixed', failing)).rejects.toThrow('disk full');
    expect(readFileSync(file, 'utf8')).toBe('original');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('fails, without touching anything, when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'x.json'), '{}')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('tempPathFor', () => {
  it('names a hidden file beside the destination, different at every call', () => {
    const a = tempPathFor(join(dir, 'out.json'));
    const b = tempPathFor(join(dir, 'out.json'));
    expect(a).not.toBe(b);
    expect(a.startsWith(join(dir, `.out.json.${process.pid}.`))).toBe(true);
    expect(a.endsWith('.tmp')).toBe(true);
  });

  it('takes the bytes of a path whose name is not UTF-8, and keeps them', () => {
    const dest = Buffer.concat([Buffer.from(join(dir, 'sub') + '/'), Buffer.from([0x74, 0x68, 0xf4, 0x6e, 0x67])]);
    const tmp = tempPathFor(dest);
    expect(Buffer.isBuffer(tmp)).toBe(true);
    const name = Buffer.concat([Buffer.from('.'), Buffer.from([0x74, 0x68, 0xf4, 0x6e, 0x67]), Buffer.from(`.${process.pid}.`)]);
    expect(tmp.subarray(0, join(dir, 'sub').length + 1 + name.length)).toEqual(Buffer.concat([Buffer.from(join(dir, 'sub') + '/'), name]));
  });
});

describe('holdingSignals', () => {
  // A separate process: the test sends it SIGINT in the middle of a write.
  const script = (work: string) => `
    import { writeFileSync } from 'node:fs';
    import { holdingSignals } from ${JSON.stringify(new URL('../dist/cli/io.js', import.meta.url).href)};
    await holdingSignals(async () => { ${work} });
    writeFileSync(${JSON.stringify(join(dir, 'after'))}, 'ran on');
  `;
  const run = (work: string) => spawnSync(process.execPath, ['--input-type=module', '-e', script(work)], { encoding: 'utf8', timeout: 30_000 });

  it('lets the work finish, then ends the process by the signal that came during it', () => {
    const done = join(dir, 'done');
    const r = run(`process.kill(process.pid, 'SIGINT'); await new Promise((r) => setTimeout(r, 100)); writeFileSync(${JSON.stringify(done)}, 'x');`);
    expect(r.signal).toBe('SIGINT');
    expect(existsSync(done)).toBe(true);
    expect(existsSync(join(dir, 'after'))).toBe(false);
  });

  it('changes nothing when no signal comes', () => {
    const r = run('await new Promise((r) => setTimeout(r, 10));');
    expect(r.status).toBe(0);
    expect(existsSync(join(dir, 'after'))).toBe(true);
    rmSync(join(dir, 'after'));
  });
});
