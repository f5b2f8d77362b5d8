import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NoticeSchema } from '../../src/schema.js';
import { MIN_INPUTS_FOR_WORKERS } from '../../src/cli/batch.js';
import { BIN, FIXTURES, cli, cliPiped, spawn, tempDir } from './helpers.js';

const FIXTURE_FILES = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .sort();

function fixture(i: number): Buffer {
  return readFileSync(join(FIXTURES, FIXTURE_FILES[i % FIXTURE_FILES.length]!));
}

function lines(stdout: string): string[] {
  return stdout.split('\n').filter((l) => l !== '');
}

// Each of these runs the CLI over 1 000 to 3 000 notices.
const SLOW = { timeout: 120_000 };

describe('parse: a batch of 1 000 files with three bad ones in the middle', SLOW, () => {
  let dir: string;
  let list: string;
  const paths: string[] = [];
  const MISSING = 250;
  const BINARY = 500;
  const HUGE = 750;

  beforeAll(() => {
    dir = tempDir();
    for (let i = 0; i < 1000; i++) {
      const path = join(dir, `n${String(i).padStart(4, '0')}.txt`);
      paths.push(path);
      if (i === MISSING) continue;
      if (i === BINARY) {
        // A PNG header: NUL bytes in the first 8 KB.
        writeFileSync(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
      } else if (i === HUGE) {
        writeFileSync(path, Buffer.alloc(30 * 1024 * 1024, 'Số: 1/TB-UBND\n'));
      } else {
        writeFileSync(path, fixture(i));
      }
    }
    // Listed in an order that is not the sorted one, to see that input order wins.
    const order = [...paths.slice(500), ...paths.slice(0, 500)];
    paths.splice(0, paths.length, ...order);
    list = join(dir, 'list.lst');
    writeFileSync(list, paths.join('\n') + '\n');
  }, 60_000);

  let jobs1: ReturnType<typeof cli>;
  let jobs2: ReturnType<typeof cli>;

  it('gives 997 notices and 3 error records, in input order, and exits 1', () => {
    jobs1 = cli(['parse', '--files-from', list, '--jobs', '1']);
    expect(jobs1.status).toBe(1);
    const out = lines(jobs1.stdout).map((l) => JSON.parse(l));
    expect(out).toHaveLength(1000);
    expect(out.map((o) => o.source)).toEqual(paths);
    const errors = out.filter((o) => 'error' in o);
    expect(errors.map((e) => e.source)).toEqual([
      join(dir, `n0${BINARY}.txt`),
      join(dir, `n0${HUGE}.txt`),
      join(dir, `n0${MISSING}.txt`),
    ]);
    expect(errors[0].error).toMatch(/^not a text file/);
    expect(errors[1].error).toBe(`larger than --max-bytes (${30 * 1024 * 1024} > ${20 * 1024 * 1024} bytes)`);
    expect(errors[2].error).toBe('no such file or directory');
    for (const o of out) if (!('error' in o)) NoticeSchema.parse(o);
    expect(jobs1.stderr).toContain(`thongbao: cannot read ${join(dir, `n0${MISSING}.txt`)}: no such file or directory`);
    expect(jobs1.stderr).toMatch(/997 of 1000 files parsed, 3 failed/);
  });

  it('gives byte-identical output with --jobs 2', () => {
    jobs2 = cli(['parse', '--files-from', list, '--jobs', '2']);
    expect(jobs2.status).toBe(1);
    expect(jobs2.stdout).toBe(jobs1.stdout);
  });

  it('gives byte-identical output with --jobs 3 on the directory, sorted by name', () => {
    const r = cli(['parse', dir, '--jobs', '3', '--ext', 'txt']);
    expect(r.status).toBe(1);
    const sources = lines(r.stdout).map((l) => JSON.parse(l).source);
    expect(sources).toHaveLength(999);
    expect(sources).toEqual([...sources].sort());
    const byPath = new Map(lines(jobs1.stdout).map((l) => [JSON.parse(l).source, l]));
    for (const l of lines(r.stdout)) expect(l).toBe(byPath.get(JSON.parse(l).source));
  });
});

describe('parse: inputs', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    mkdirSync(join(dir, '.hidden'));
    writeFileSync(join(dir, 'a', 'z.txt'), fixture(0));
    writeFileSync(join(dir, 'a', 'b', 'y.md'), fixture(1));
    writeFileSync(join(dir, 'a', 'b', 'x.TXT'), fixture(2));
    writeFileSync(join(dir, 'a', 'notes.doc'), fixture(3));
    writeFileSync(join(dir, '.hidden', 'h.txt'), fixture(4));
    mkdirSync(join(dir, 'loopy'));
    symlinkSync(join(dir, 'loopy'), join(dir, 'loopy', 'inner'));
  });

  it('walks directories recursively for .txt and .md, reports a symbolic link loop and goes on', () => {
    const r = cli(['parse', dir, '--compact']);
    const out = lines(r.stdout).map((l) => JSON.parse(l));
    expect(out.map((o) => o.source)).toEqual([
      join(dir, 'a', 'b', 'x.TXT'),
      join(dir, 'a', 'b', 'y.md'),
      join(dir, 'a', 'z.txt'),
      join(dir, 'loopy', 'inner'),
    ]);
    expect(out[3].error).toBe(`symbolic link loop (leads back to ${join(dir, 'loopy')})`);
    expect(r.stderr).toContain(`thongbao: cannot read ${join(dir, 'loopy', 'inner')}: symbolic link loop`);
    expect(r.status).toBe(1);
  });

  it('takes --ext, and files named directly whatever their extension', () => {
    const r = cli(['parse', join(dir, 'a', 'notes.doc'), join(dir, 'a'), '--ext', 'md']);
    expect(r.status).toBe(0);
    expect(lines(r.stdout).map((l) => JSON.parse(l).source)).toEqual([
      join(dir, 'a', 'notes.doc'),
      join(dir, 'a', 'b', 'y.md'),
    ]);
  });

  it('reads --files-from - on stdin after the positional paths', () => {
    const r = cli(['parse', join(dir, 'a', 'z.txt'), '--files-from', '-'], {
      input: `${join(dir, 'a', 'b', 'y.md')}\r\n\n${join(dir, 'a', 'b')}\n`,
    });
    expect(r.status).toBe(0);
    expect(lines(r.stdout).map((l) => JSON.parse(l).source)).toEqual([
      join(dir, 'a', 'z.txt'),
      join(dir, 'a', 'b', 'y.md'),
      join(dir, 'a', 'b', 'x.TXT'),
      join(dir, 'a', 'b', 'y.md'),
    ]);
  });

  it('parses a UTF-16 file with a byte-order mark (its NUL bytes do not make it binary)', () => {
    const path = join(dir, 'utf16.txt');
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Số: 12/TB-UBND\n', 'utf16le')]));
    const r = cli(['parse', path, '--compact']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).source).toBe(path);
  });

  it('exits 1 for one missing file given alone', () => {
    const r = cli(['parse', join(dir, 'nope.txt')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`thongbao: cannot read ${join(dir, 'nope.txt')}: no such file or directory\n`);
  });

  it('honours --max-bytes', () => {
    const path = join(dir, 'a', 'z.txt');
    const size = statSync(path).size;
    expect(cli(['parse', path, '--max-bytes', String(size)]).status).toBe(0);
    const r = cli(['parse', path, '--max-bytes', String(size - 1)]);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ source: path, error: `larger than --max-bytes (${size} > ${size - 1} bytes)` });
  });

  it.each([
    [['--jobs', '0']],
    [['--jobs', 'two']],
    [['--max-bytes', 'lots']],
    [['--ext', ',']],
    [['--no-such-option']],
    [['--ref-date', '15/9/2017']],
    [['--encoding', 'klingon']],
    [['--force']],
    [['--files-from', '/nonexistent/list']],
    [['-', '--files-from', '-']],
  ])('exits 2 for the usage error %j', (extra) => {
    const r = cli(['parse', join(dir, 'a', 'z.txt'), ...extra], { input: '' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^(thongbao: |error: )/);
  });
});

describe('parse --out', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    mkdirSync(join(dir, 'in', 'sub'), { recursive: true });
    mkdirSync(join(dir, 'other'));
    writeFileSync(join(dir, 'in', 'a.txt'), fixture(0));
    writeFileSync(join(dir, 'in', 'sub', 'a.txt'), fixture(1));
    writeFileSync(join(dir, 'other', 'a.txt'), fixture(2));
  });

  it('writes one .json per input, keeping the folder structure below a directory argument', () => {
    const out = join(dir, 'out1');
    const r = cli(['parse', join(dir, 'in'), '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(readdirSync(out, { recursive: true }).map(String).sort()).toEqual(['a.json', 'sub', join('sub', 'a.json')]);
    expect(JSON.parse(readFileSync(join(out, 'sub', 'a.json'), 'utf8')).source).toBe(join(dir, 'in', 'sub', 'a.txt'));
  });

  it('keeps an existing file unless --force, and an output name two inputs share goes to the first', () => {
    const out = join(dir, 'out2');
    mkdirSync(out);
    writeFileSync(join(out, 'a.json'), 'keep me\n');
    const r = cli(['parse', join(dir, 'in', 'a.txt'), join(dir, 'other', 'a.txt'), '--out', out]);
    expect(r.status).toBe(1);
    expect(readFileSync(join(out, 'a.json'), 'utf8')).toBe('keep me\n');
    expect(r.stderr).toContain(`thongbao: cannot write ${join(out, 'a.json')}: file exists (use --force to overwrite)`);
    expect(r.stderr).toContain(`thongbao: cannot write ${join(out, 'a.json')}: ${join(dir, 'other', 'a.txt')} has the same output name as ${join(dir, 'in', 'a.txt')}`);

    const f = cli(['parse', join(dir, 'in', 'a.txt'), join(dir, 'other', 'a.txt'), '--out', out, '--force']);
    expect(f.status).toBe(1);
    expect(JSON.parse(readFileSync(join(out, 'a.json'), 'utf8')).source).toBe(join(dir, 'in', 'a.txt'));
    expect(readdirSync(out)).toEqual(['a.json']);
  });
});

describe('parse: stopping early', SLOW, () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    for (let i = 0; i < 3000; i++) writeFileSync(join(dir, `f${String(i).padStart(4, '0')}.txt`), fixture(i));
  }, 60_000);

  it.each([['1'], ['2']])('stops quietly when the reader goes away (| head -1), --jobs %s', (jobs) => {
    const r = cliPiped(['parse', dir, '--jobs', jobs], '| head -1');
    expect(JSON.parse(r.stdout).source).toBe(join(dir, 'f0000.txt'));
    expect(r.stderr).toBe('status=0\n');
  });

  it('exits 1 with one line on stderr when stdout cannot be written (/dev/full)', () => {
    const r = cliPiped(['parse', dir, '--jobs', '2'], '> /dev/full');
    expect(r.stderr).toBe('thongbao: cannot write to stdout: ENOSPC: no space left on device, write\nstatus=1\n');
  });

  it.each([['1'], ['2']])('on SIGINT stops, says so, exits 130 and leaves no temporary file in --out, --jobs %s', async (jobs) => {
    const out = join(dir, `out${jobs}`);
    const child = spawn(process.execPath, [BIN, 'parse', dir, '--out', out, '--jobs', jobs], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // Interrupt once some files are out.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (existsSync(out) && readdirSync(out).length > 20) {
          clearInterval(poll);
          resolve();
        }
      }, 5);
    });
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(130);
    expect(stderr).toMatch(/thongbao: interrupted after \d+ of 3000 files/);
    const written = readdirSync(out);
    expect(written.filter((f) => !f.endsWith('.json'))).toEqual([]);
    expect(written.length).toBeLessThan(3000);
    for (const f of written) NoticeSchema.parse(JSON.parse(readFileSync(join(out, f), 'utf8')));
  });
});

describe('parse --format nd30 on worker threads', () => {
  it('prints the same metadata lines with --jobs 1 and --jobs 2', () => {
    const dir = tempDir();
    // Enough inputs for the pool to start its worker.
    for (let i = 0; i < MIN_INPUTS_FOR_WORKERS + 8; i++) writeFileSync(join(dir, `m${String(i).padStart(3, '0')}.txt`), fixture(i));
    const one = cli(['parse', dir, '--format', 'nd30', '--jobs', '1']);
    const two = cli(['parse', dir, '--format', 'nd30', '--jobs', '2']);
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const first = JSON.parse(lines(one.stdout)[0]!);
    expect(first).not.toHaveProperty('schemaVersion');
    expect(first).toHaveProperty('TypeName');
    expect(lines(one.stdout)).toHaveLength(MIN_INPUTS_FOR_WORKERS + 8);
  });
});
