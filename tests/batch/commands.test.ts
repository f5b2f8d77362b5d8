import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, cli, cliPiped, FIXTURES, spawn, tempDir } from './helpers.js';

const BAC_GIANG = join(FIXTURES, 'bacgiang-307-TB-UBND-2017.txt');
const LAI_CHAU = join(FIXTURES, 'laichau-28-TB-UBND-2012.txt');
const AS_OF = ['--as-of', '2017-10-01'];

interface CheckFile {
  filePath: string;
  errorCount: number;
}

/** The files `check --format json` reported on, in its order. */
function checked(stdout: string): string[] {
  return (JSON.parse(stdout) as CheckFile[]).map((f) => f.filePath);
}

/** The notices `report --format json` took rows from, in the order of their first row. */
function reported(stdout: string): string[] {
  return [...new Set((JSON.parse(stdout) as Array<{ source: string }>).map((r) => r.source))];
}

// 160 000 bytes: "ố" takes three.
const BIG = 'Số: 1/TB-UBND\n'.repeat(10_000);

/**
 * Runs a command with `--jobs 1` and with `--jobs 2`, checks that both exit 2 (an input failed) with the same
 * stdout and stderr, and returns the first run.
 */
function sameWithTwoThreads(args: string[]): ReturnType<typeof cli> {
  const one = cli([...args, '--jobs', '1']);
  const two = cli([...args, '--jobs', '2']);
  expect(one.status).toBe(2);
  expect(two.status).toBe(2);
  expect(two.stdout).toBe(one.stdout);
  expect(two.stderr).toBe(one.stderr);
  return one;
}

const errorLines = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('thongbao: cannot read'));

describe('check and report take the inputs parse takes', () => {
  let dir: string;
  let archive: string;
  beforeAll(() => {
    dir = tempDir('thongbao-commands-');
    archive = join(dir, 'archive');
    mkdirSync(join(archive, 'sub'), { recursive: true });
    mkdirSync(join(archive, '.hidden'));
    copyFileSync(BAC_GIANG, join(archive, 'sub', 'a.txt'));
    copyFileSync(LAI_CHAU, join(archive, 'b.md'));
    copyFileSync(LAI_CHAU, join(archive, '.hidden', 'c.txt'));
    writeFileSync(join(archive, 'notes.json'), '{"not": "a notice"}');
    // Over the --max-bytes given below, not a text file, and a link back to the folder above.
    writeFileSync(join(archive, 'big.txt'), BIG);
    writeFileSync(join(archive, 'bin.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 0]));
    symlinkSync(archive, join(archive, 'sub', 'loop'));
  });

  it('check walks a directory (sorted by name, hidden entries skipped), reports the bad files and goes on', () => {
    const r = cli(['check', archive, '--format', 'json', '--max-bytes', '64k']);
    expect(r.status).toBe(2);
    expect(checked(r.stdout)).toEqual([join(archive, 'b.md'), join(archive, 'sub', 'a.txt')]);
    expect(errorLines(r.stderr)).toEqual([
      `thongbao: cannot read ${join(archive, 'big.txt')}: larger than --max-bytes (${Buffer.byteLength(BIG)} > 65536 bytes)`,
      `thongbao: cannot read ${join(archive, 'bin.txt')}: not a text file (NUL byte in the first 8192 bytes)`,
      `thongbao: cannot read ${join(archive, 'sub', 'loop')}: symbolic link loop (leads back to ${archive})`,
    ]);
  });

  it('report walks the same directory the same way', () => {
    const r = cli(['report', archive, '--format', 'json', '--max-bytes', '64k', ...AS_OF]);
    expect(r.status).toBe(2);
    expect(reported(r.stdout).sort()).toEqual([join(archive, 'b.md'), join(archive, 'sub', 'a.txt')]);
    expect(errorLines(r.stderr)).toHaveLength(3);
  });

  it('both take --ext, and files named directly whatever their extension', () => {
    const onlyMd = cli(['check', archive, '--ext', 'md', '--format', 'json']);
    expect(checked(onlyMd.stdout)).toEqual([join(archive, 'b.md')]);
    // A link loop is reported whatever the extensions.
    expect(errorLines(onlyMd.stderr)).toEqual([expect.stringMatching(/sub\/loop: symbolic link loop/)]);
    const named = join(dir, 'notice.text');
    copyFileSync(BAC_GIANG, named);
    expect(checked(cli(['check', named, '--format', 'json']).stdout)).toEqual([named]);
    const report = cli(['report', archive, named, '--ext', 'md', '--format', 'json', ...AS_OF]);
    expect(errorLines(report.stderr)).toEqual([expect.stringMatching(/sub\/loop: symbolic link loop/)]);
    expect(reported(report.stdout).sort()).toEqual([join(archive, 'b.md'), named]);
  });

  it('both read --files-from, from a file or stdin, after the positional paths', () => {
    const list = join(dir, 'list.lst');
    writeFileSync(list, `${LAI_CHAU}\n\n${join(dir, 'missing.txt')}\n`);
    const r = cli(['check', BAC_GIANG, '--files-from', list, '--format', 'json']);
    expect(r.status).toBe(2);
    expect(checked(r.stdout)).toEqual([BAC_GIANG, LAI_CHAU]);
    expect(errorLines(r.stderr)).toEqual([`thongbao: cannot read ${join(dir, 'missing.txt')}: no such file or directory`]);
    const fromStdin = cli(['report', '--files-from', '-', '--format', 'json', ...AS_OF], { input: `${BAC_GIANG}\n${LAI_CHAU}\n` });
    expect(fromStdin.status).toBe(0);
    expect(reported(fromStdin.stdout).sort()).toEqual([BAC_GIANG, LAI_CHAU].sort());
  });

  it('report reads the NDJSON of a whole archive whatever --max-bytes, which limits notice text only', () => {
    const ndjson = cli(['parse', BAC_GIANG, LAI_CHAU]).stdout;
    const file = join(dir, 'archive.ndjson');
    writeFileSync(file, ndjson);
    const fromFile = cli(['report', file, '--max-bytes', '1k', '--format', 'json', ...AS_OF]);
    expect(fromFile.stderr).toBe('');
    expect(reported(fromFile.stdout).sort()).toEqual([BAC_GIANG, LAI_CHAU].sort());
    const fromStdin = cli(['report', '-', '--max-bytes', '1k', '--format', 'json', ...AS_OF], { input: ndjson });
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    const text = cli(['report', BAC_GIANG, '--max-bytes', '1k', '--format', 'json', ...AS_OF]);
    expect(text.status).toBe(2);
    expect(errorLines(text.stderr)).toEqual([
      `thongbao: cannot read ${BAC_GIANG}: larger than --max-bytes (${readFileSync(BAC_GIANG).length} > 1024 bytes)`,
    ]);
  });

  it('check --fix prints one file: a folder of two is a usage error, a folder of one is not', () => {
    const two = cli(['check', '--fix', join(archive, 'sub')]);
    expect(two.status).toBe(2);
    expect(two.stderr).toBe('thongbao: --fix prints one fixed file; give one file, or add --write\n');
    const folder = join(dir, 'one');
    mkdirSync(folder);
    copyFileSync(LAI_CHAU, join(folder, 'b.md'));
    const one = cli(['check', '--fix', folder, '-q']);
    expect(one.stdout).toBe(readFileSync(LAI_CHAU, 'utf8').replace('Số: 28 /TB-UBND', 'Số: 28/TB-UBND'));
  });

  it('an empty folder gives an empty report, with one line on stderr', () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const sarif = cli(['check', empty, '--format', 'sarif']);
    expect(sarif.status).toBe(0);
    expect(JSON.parse(sarif.stdout).runs[0].results).toEqual([]);
    expect(sarif.stderr).toBe('thongbao: no input files found (directories are searched for .txt, .md)\n');
    const report = cli(['report', empty, '--format', 'json', '-q', ...AS_OF]);
    expect(report.status).toBe(0);
    expect(JSON.parse(report.stdout)).toEqual([]);
  });

  it('both refuse a bad --ext, --max-bytes or --encoding before reading anything (exit 2)', () => {
    for (const command of ['check', 'report']) {
      expect(cli([command, archive, '--ext', ',']).stderr).toBe('thongbao: --ext takes extensions such as "txt,md", got ","\n');
      expect(cli([command, archive, '--max-bytes', 'lots']).status).toBe(2);
      const encoding = cli([command, archive, '--encoding', 'klingon']);
      expect(encoding.status).toBe(2);
      expect(encoding.stdout).toBe('');
      expect(encoding.stderr).toMatch(/^thongbao: Unknown encoding "klingon"/);
    }
  });

  it('both end quietly when the reader goes away (`| head -1`)', () => {
    const many = join(dir, 'many');
    mkdirSync(many);
    for (let i = 0; i < 200; i++) copyFileSync(i % 2 ? BAC_GIANG : LAI_CHAU, join(many, `n${i}.txt`));
    // check: errors found (1); report: done (0). Nothing else on stderr.
    const runs: Array<[string[], number]> = [
      [['check', many], 1],
      [['report', many, '--format', 'csv', ...AS_OF], 0],
    ];
    for (const [args, status] of runs) {
      const r = cliPiped(args, '| head -1');
      expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
      expect(r.stderr).toBe(`status=${status}\n`);
    }
  });

  it('report gives the same rows and errors with --jobs 1 and --jobs 2 (worker threads from 256 inputs)', { timeout: 120_000 }, () => {
    const big = join(dir, 'threads');
    mkdirSync(big);
    const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();
    const list: string[] = [];
    for (let i = 0; i < 300; i++) {
      const path = join(big, `n${String(i).padStart(3, '0')}.txt`);
      copyFileSync(join(FIXTURES, fixtures[i % fixtures.length]!), path);
      list.push(path);
    }
    // A missing file, a binary one and NDJSON with a line that is no notice, in the middle.
    list.splice(100, 0, join(big, 'missing.txt'));
    list.splice(150, 0, join(archive, 'bin.txt'));
    const nd = join(big, 'part.ndjson');
    writeFileSync(nd, cli(['parse', BAC_GIANG, LAI_CHAU]).stdout + '{"schemaVersion": 1}\n');
    list.splice(200, 0, nd);
    const listFile = join(dir, 'threads.lst');
    writeFileSync(listFile, list.join('\n'));
    const one = sameWithTwoThreads(['report', '--files-from', listFile, '--format', 'csv', '--all', '-q', ...AS_OF]);
    expect(one.stdout.split('\n').length).toBeGreaterThan(300);
    expect(one.stderr.split('\n').filter(Boolean)).toEqual([
      `thongbao: cannot read ${join(big, 'missing.txt')}: no such file or directory`,
      `thongbao: cannot read ${join(archive, 'bin.txt')}: not a text file (NUL byte in the first 8192 bytes)`,
      expect.stringMatching(new RegExp(`^thongbao: cannot read ${nd.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: line 3 is not a valid notice \\(`)),
    ]);
    expect(cli(['report', big, '--jobs', '0']).stderr).toBe('thongbao: --jobs takes a whole number from 1 to 1024, got "0"\n');
  });

  it('check gives the same report and errors with --jobs 1 and --jobs 2, a folder with a broken configuration among them', { timeout: 120_000 }, () => {
    const big = join(dir, 'check-threads');
    const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();
    for (const sub of ['a', 'b', 'c']) mkdirSync(join(big, sub), { recursive: true });
    for (let i = 0; i < 300; i++) {
      copyFileSync(join(FIXTURES, fixtures[i % fixtures.length]!), join(big, ['a', 'b', 'c'][i % 3]!, `n${String(i).padStart(3, '0')}.txt`));
    }
    // The Bắc Giang notice has no national title: in a/ that is reported, in b/ the rule is off.
    for (const sub of ['a', 'b', 'c']) copyFileSync(BAC_GIANG, join(big, sub, 'bacgiang.txt'));
    // b/ turns a rule off; c/ has a configuration that cannot be used: its files are reported, the others checked.
    writeFileSync(join(big, 'b', '.thongbaorc.json'), '{ "rules": { "nd30/national-title": "off" } }');
    writeFileSync(join(big, 'c', '.thongbaorc.json'), '{ "rules": { "no/such-rule": "off" } }');
    const one = sameWithTwoThreads(['check', big, join(big, 'missing.txt'), '--format', 'json', '-q', '--as-of', '2026-12-01']);
    const files = JSON.parse(one.stdout) as Array<CheckFile & { messages: Array<{ ruleId: string }> }>;
    expect(files).toHaveLength(202);
    const titleRule = (sub: string) =>
      files.find((f) => f.filePath === join(big, sub, 'bacgiang.txt'))?.messages.some((m) => m.ruleId === 'nd30/national-title');
    expect(titleRule('a')).toBe(true);
    expect(titleRule('b')).toBe(false);
    const lines = one.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(102);
    expect(lines[0]).toMatch(new RegExp(`^thongbao: ${join(big, 'c', '.thongbaorc.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
    expect(lines[101]).toBe(`thongbao: cannot read ${join(big, 'missing.txt')}: no such file or directory`);
  });
});

describe('named pipes and other files that are not regular files', () => {
  let dir: string;
  let fifo: string;
  beforeAll(() => {
    dir = tempDir('thongbao-pipes-');
    copyFileSync(BAC_GIANG, join(dir, 'a.txt'));
    copyFileSync(LAI_CHAU, join(dir, 'c.txt'));
    // Nothing ever writes to it: opening it to read would wait for ever.
    fifo = join(dir, 'b.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
  });

  it.each([
    [['parse', '--compact'], 1],
    [['check', '--format', 'json'], 2],
    [['report', '--format', 'json', ...AS_OF], 2],
  ])('%j reports a named pipe found in a folder without opening it, and goes on', (args, status) => {
    const r = cli([...args, dir], { timeout: 60_000 });
    expect(r.status).toBe(status);
    expect(errorLines(r.stderr)).toEqual([`thongbao: cannot read ${fifo}: not a regular file (a named pipe)`]);
    if (args[0] === 'parse') {
      expect(r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l).source)).toEqual([join(dir, 'a.txt'), fifo, join(dir, 'c.txt')]);
    } else if (args[0] === 'check') {
      expect(checked(r.stdout)).toEqual([join(dir, 'a.txt'), join(dir, 'c.txt')]);
    } else {
      expect(reported(r.stdout).sort()).toEqual([join(dir, 'a.txt'), join(dir, 'c.txt')]);
    }
  });

  it('reads a pipe named directly, as a shell\'s <(…) gives one, as it reads the file', () => {
    const viaPipe = (args: string) =>
      spawnSync('bash', ['-c', `'${process.execPath}' '${BIN}' ${args} <(cat '${BAC_GIANG}')`], { encoding: 'utf8', timeout: 60_000 });
    const parsed = viaPipe('parse --compact');
    expect(parsed.status).toBe(0);
    const notice = JSON.parse(parsed.stdout);
    expect(notice.source).toMatch(/^\/dev\/fd\/\d+$/);
    expect({ ...notice, source: BAC_GIANG }).toEqual(JSON.parse(cli(['parse', '--compact', BAC_GIANG]).stdout));
    const checkedPipe = viaPipe('check --format json');
    const checkedFile = cli(['check', '--format', 'json', BAC_GIANG]);
    expect(checkedPipe.status).toBe(checkedFile.status);
    expect(JSON.parse(checkedPipe.stdout)[0].messages).toEqual(JSON.parse(checkedFile.stdout)[0].messages);
  });

  it('waits for a writer to a pipe named directly as cat does, and Ctrl-C ends the wait at once', async () => {
    const child = spawn(process.execPath, [BIN, 'parse', fifo], { stdio: ['ignore', 'pipe', 'pipe'] });
    const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(child.exitCode).toBeNull();
    const sent = Date.now();
    child.kill('SIGINT');
    expect(await exit).toEqual({ code: null, signal: 'SIGINT' });
    expect(Date.now() - sent).toBeLessThan(5_000);
  });

  it('check --fix --write refuses to write a pipe back, and leaves it a pipe', () => {
    const r = cli(['check', '--fix', '--write', fifo], { timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`thongbao: --fix --write cannot write to ${fifo}, which is not a regular file\n`);
    expect(statSync(fifo).isFIFO()).toBe(true);
  });
});

describe('files whose names are not UTF-8 (Windows-1258 names from old archives)', () => {
  let dir: string;
  // "thông báo" in Windows-1258.
  const NAME = Buffer.from([0x74, 0x68, 0xf4, 0x6e, 0x67, 0x20, 0x62, 0xe1, 0x6f]);
  const SHOWN = 'th\uFFFDng b\uFFFDo';
  const bytes = (...parts: Array<string | Buffer>) => Buffer.concat(parts.map((p) => Buffer.from(p)));
  beforeAll(() => {
    dir = tempDir('thongbao-names-');
    copyFileSync(BAC_GIANG, join(dir, 'a.txt'));
    writeFileSync(bytes(dir, '/', NAME, '.txt'), readFileSync(LAI_CHAU));
  });

  it('parse, check and report read them by the bytes of their names, and show them as Node does', () => {
    const parsed = cli(['parse', '--compact', dir]);
    expect(parsed.status).toBe(0);
    const notices = parsed.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(notices.map((n) => n.source)).toEqual([join(dir, 'a.txt'), join(dir, `${SHOWN}.txt`)]);
    expect({ ...notices[1], source: null }).toEqual({ ...JSON.parse(cli(['parse', '--compact', LAI_CHAU]).stdout), source: null });
    const check = cli(['check', '--format', 'json', dir]);
    expect(checked(check.stdout)).toEqual([join(dir, 'a.txt'), join(dir, `${SHOWN}.txt`)]);
    expect(check.stderr).toBe('');
    const report = cli(['report', '--format', 'json', ...AS_OF, dir]);
    expect(report.status).toBe(0);
    expect(reported(report.stdout).sort()).toEqual([join(dir, 'a.txt'), join(dir, `${SHOWN}.txt`)]);
  });

  it('--files-from takes them, one a line or NUL-terminated as `find -print0` writes them', () => {
    const nul = cli(['parse', '--compact', '--files-from', '-'], { input: bytes(dir, '/', NAME, '.txt\0', dir, '/a.txt\0') });
    const lines = cli(['parse', '--compact', '--files-from', '-'], { input: bytes(dir, '/', NAME, '.txt\n', dir, '/a.txt\n') });
    expect(nul.status).toBe(0);
    expect(lines.stdout).toBe(nul.stdout);
    expect(nul.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l).source)).toEqual([join(dir, `${SHOWN}.txt`), join(dir, 'a.txt')]);
  });

  it('parse gives the same output with --jobs 1 and --jobs 2, the names read on the main thread', { timeout: 120_000 }, () => {
    const many = tempDir('thongbao-names-many-');
    for (let i = 0; i < 300; i++) {
      const source = i % 2 === 0 ? BAC_GIANG : LAI_CHAU;
      writeFileSync(i % 10 === 0 ? bytes(many, '/', NAME, `-${String(i).padStart(3, '0')}.txt`) : join(many, `n-${String(i).padStart(3, '0')}.txt`), readFileSync(source));
    }
    const one = cli(['parse', many, '--jobs', '1', '-q']);
    const two = cli(['parse', many, '--jobs', '2', '-q']);
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.split('\n').filter((l) => l.includes(SHOWN) && l.includes('"schemaVersion"'))).toHaveLength(30);
  });

  it('parse --out names each output after its input\'s bytes: names shown alike do not clash', () => {
    const src = tempDir('thongbao-names-out-');
    // "thông" and "thâng": both shown as "th\uFFFDng".
    const THANG = Buffer.from([0x74, 0x68, 0xe2, 0x6e, 0x67]);
    const THONG = NAME.subarray(0, 5);
    writeFileSync(bytes(src, '/', THONG, '.txt'), readFileSync(BAC_GIANG));
    writeFileSync(bytes(src, '/', THANG, '.txt'), readFileSync(LAI_CHAU));
    const out = join(tempDir('thongbao-names-json-'), 'json');
    const r = cli(['parse', src, '--out', out]);
    expect(r.stderr).toMatch(/^thongbao: 2 of 2 files parsed in [\d.]+ s\n$/);
    expect(r.status).toBe(0);
    expect(readdirSync(out, { encoding: 'buffer' }).map((n) => n.toString('latin1')).sort()).toEqual(
      [bytes(THANG, '.json'), bytes(THONG, '.json')].map((n) => n.toString('latin1')),
    );
    expect(JSON.parse(readFileSync(bytes(out, '/', THANG, '.json'), 'utf8')).number.serial).toBe(28);
    expect(JSON.parse(readFileSync(bytes(out, '/', THONG, '.json'), 'utf8')).number.serial).toBe(307);
  });

  it('check --fix --write replaces such a file in place and keeps its .bak beside it', () => {
    const fix = tempDir('thongbao-names-fix-');
    const file = bytes(fix, '/', NAME, '.txt');
    // Its number line reads "Số: 307 /TB-UBND", which --fix closes up.
    const text = readFileSync(BAC_GIANG, 'utf8');
    writeFileSync(file, text);
    const r = cli(['check', '--fix', '--write', fix]);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(/cannot/);
    expect(readdirSync(fix, { encoding: 'buffer' }).map((n) => n.toString('latin1')).sort()).toEqual(
      [bytes(NAME, '.txt'), bytes(NAME, '.txt.bak')].map((n) => n.toString('latin1')),
    );
    expect(readFileSync(bytes(file, '.bak'), 'utf8')).toBe(text);
    expect(readFileSync(file, 'utf8').split('\n')[2]).toBe('Số: 307/TB-UBND');
  });
});
