import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
});
