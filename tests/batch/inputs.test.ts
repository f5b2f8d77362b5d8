import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_BYTES,
  UsageError,
  expandInputs,
  loadEntry,
  loadFile,
  loadStdin,
  notTextReason,
  outputBytesFor,
  outputPathFor,
  parseByteSize,
  parseExtensions,
  readStreams,
  splitPathList,
  type LoadResult,
  type Unlimited,
} from '../../src/cli/inputs.js';
import { spawn, tempDir } from './helpers.js';
import { spawnSync } from 'node:child_process';

describe('expandInputs', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('thongbao-inputs-');
    mkdirSync(join(dir, 'd', 'B'), { recursive: true });
    mkdirSync(join(dir, 'd', 'a'));
    mkdirSync(join(dir, 'd', '.git'));
    writeFileSync(join(dir, 'd', 'B', '2.txt'), 'x');
    writeFileSync(join(dir, 'd', 'a', '1.md'), 'x');
    writeFileSync(join(dir, 'd', 'a', '0.pdf'), 'x');
    writeFileSync(join(dir, 'd', 'c.Md'), 'x');
    writeFileSync(join(dir, 'd', '.git', 'h.txt'), 'x');
    writeFileSync(join(dir, 'one.bin'), 'x');
    // d/a/up -> d: a loop two levels deep; d/link -> d/B: a link to a sibling, followed.
    symlinkSync(join(dir, 'd'), join(dir, 'd', 'a', 'up'));
    symlinkSync(join(dir, 'd', 'B'), join(dir, 'd', 'link'));
    // Links to a file and to nothing: files as far as the walk is concerned (a read reports the dangling one).
    symlinkSync(join(dir, 'd', 'B', '2.txt'), join(dir, 'd', 'alias.txt'));
    symlinkSync(join(dir, 'd', 'nothing-here'), join(dir, 'd', 'gone.txt'));
  });

  it('keeps argument order, walks directories sorted by name, skips hidden entries and other extensions', async () => {
    const got = await expandInputs([join(dir, 'one.bin'), join(dir, 'd'), 'missing.txt']);
    expect(got).toEqual([
      { path: join(dir, 'one.bin'), rel: 'one.bin' },
      { path: join(dir, 'd', 'B', '2.txt'), rel: join('B', '2.txt') },
      { path: join(dir, 'd', 'a', '1.md'), rel: join('a', '1.md') },
      { path: join(dir, 'd', 'a', 'up'), rel: join('a', 'up'), error: `symbolic link loop (leads back to ${join(dir, 'd')})` },
      { path: join(dir, 'd', 'alias.txt'), rel: 'alias.txt' },
      { path: join(dir, 'd', 'c.Md'), rel: 'c.Md' },
      { path: join(dir, 'd', 'gone.txt'), rel: 'gone.txt' },
      { path: join(dir, 'd', 'link', '2.txt'), rel: join('link', '2.txt') },
      { path: 'missing.txt', rel: 'missing.txt' },
    ]);
  });

  it('filters by the given extensions', async () => {
    const got = await expandInputs([join(dir, 'd')], { extensions: ['.pdf'] });
    expect(got.map((e) => e.path)).toEqual([join(dir, 'd', 'a', '0.pdf'), join(dir, 'd', 'a', 'up')]);
  });

  it('appends the --files-from paths, expanding directories among them', async () => {
    const list = join(dir, 'list');
    writeFileSync(list, `${join(dir, 'd', 'B')}\r\n\n  \n-\n`);
    const got = await expandInputs([join(dir, 'one.bin')], { filesFrom: list });
    expect(got.map((e) => e.path)).toEqual([join(dir, 'one.bin'), join(dir, 'd', 'B', '2.txt'), '-']);
    expect(got[2]!.rel).toBe('stdin');
  });

  it('reads the list from stdin for --files-from -', async () => {
    const got = await expandInputs([], { filesFrom: '-', readStdin: async () => Buffer.from('a.txt\nb.txt\n') });
    expect(got.map((e) => e.path)).toEqual(['a.txt', 'b.txt']);
  });

  it('takes a --files-from list of more paths than a call takes arguments, in order', async () => {
    const paths = Array.from({ length: 130_000 }, (_, i) => `missing/${i}.txt`);
    const got = await expandInputs([], { filesFrom: '-', readStdin: async () => Buffer.from(paths.join('\n')) });
    expect(got).toHaveLength(130_000);
    expect([got[0]?.path, got[129_999]?.path]).toEqual(['missing/0.txt', 'missing/129999.txt']);
  }, 60_000);

  it('reports named pipes and sockets found in a folder or a list without opening them; on the command line, a pipe or device is a stream', async () => {
    const special = join(dir, 'special');
    mkdirSync(special);
    writeFileSync(join(special, 'a.txt'), 'x');
    expect(spawnSync('mkfifo', [join(special, 'p.txt'), join(special, 'other.pipe')]).status).toBe(0);
    symlinkSync(join(special, 'p.txt'), join(special, 'q.txt'));
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(special, 's.txt'), resolve));
    try {
      expect(await expandInputs([special])).toEqual([
        { path: join(special, 'a.txt'), rel: 'a.txt' },
        { path: join(special, 'p.txt'), rel: 'p.txt', error: 'not a regular file (a named pipe)' },
        { path: join(special, 'q.txt'), rel: 'q.txt', error: 'not a regular file (a named pipe)' },
        { path: join(special, 's.txt'), rel: 's.txt', error: 'not a regular file (a socket)' },
      ]);
      expect(await expandInputs([join(special, 'p.txt'), '/dev/null', join(special, 's.txt')])).toEqual([
        { path: join(special, 'p.txt'), rel: 'p.txt', stream: true },
        { path: '/dev/null', rel: 'null', stream: true },
        { path: join(special, 's.txt'), rel: 's.txt', error: 'not a regular file (a socket)' },
      ]);
      // A list such as `find` writes: a pipe there is a stray file, as in a folder.
      const list = Buffer.from(`${join(special, 'p.txt')}\n/dev/null\n${join(special, 'a.txt')}\n`);
      expect(await expandInputs([], { filesFrom: '-', readStdin: async () => list })).toEqual([
        { path: join(special, 'p.txt'), rel: 'p.txt', error: 'not a regular file (a named pipe)' },
        { path: '/dev/null', rel: 'null', error: 'not a regular file (a character device)' },
        { path: join(special, 'a.txt'), rel: 'a.txt' },
      ]);
    } finally {
      server.close();
    }
  });

  it('finds and opens files and folders whose names are not UTF-8, by the bytes of their names', async () => {
    const legacy = join(dir, 'legacy');
    mkdirSync(legacy);
    // "thông" in Windows-1258: a file, and a folder holding a file.
    const name = Buffer.from([0x74, 0x68, 0xf4, 0x6e, 0x67]);
    const bytes = (...parts: Array<string | Buffer>) => Buffer.concat(parts.map((p) => Buffer.from(p)));
    writeFileSync(bytes(legacy, '/', name, '.txt'), 'Số: 1/TB');
    mkdirSync(bytes(legacy, '/', name));
    writeFileSync(bytes(legacy, '/', name, '/a.txt'), 'Số: 2/TB');
    writeFileSync(join(legacy, 'z.txt'), 'Số: 3/TB');
    const got = await expandInputs([legacy]);
    // Depth first, by name as shown: the folder "thông" before "thông.txt".
    expect(got).toEqual([
      { path: join(legacy, 'th\uFFFDng', 'a.txt'), rel: join('th\uFFFDng', 'a.txt'), rawPath: bytes(legacy, '/', name, '/a.txt') },
      { path: join(legacy, 'th\uFFFDng.txt'), rel: 'th\uFFFDng.txt', rawPath: bytes(legacy, '/', name, '.txt') },
      { path: join(legacy, 'z.txt'), rel: 'z.txt' },
    ]);
    expect(got.map((e) => asText(loadEntry(e, 100)))).toEqual(['Số: 2/TB', 'Số: 1/TB', 'Số: 3/TB']);
    const listed = await expandInputs([], { filesFrom: '-', readStdin: async () => bytes(legacy, '/', name, '.txt\0') });
    expect(listed).toEqual([got[1]]);
    expect(asText(loadEntry(listed[0]!, 100))).toBe('Số: 1/TB');
  });

  it('refuses stdin twice and an unreadable list', async () => {
    await expect(expandInputs(['-', '-'])).rejects.toBeInstanceOf(UsageError);
    await expect(expandInputs(['-'], { filesFrom: '-', readStdin: async () => Buffer.alloc(0) })).rejects.toThrow(/only once/);
    await expect(expandInputs([], { filesFrom: join(dir, 'nope') })).rejects.toThrow(
      `cannot read the --files-from list ${join(dir, 'nope')}: no such file or directory`,
    );
  });
});

// The bytes as text (or the error): far quicker to compare than a large buffer element by element.
const asText = (r: LoadResult) => ('bytes' in r ? Buffer.from(r.bytes).toString('utf8') : `error: ${r.error}`);

describe('loadFile and loadStdin', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('thongbao-load-');
  });

  it('reads a text file whole', () => {
    const path = join(dir, 'a.txt');
    const text = 'Số: 307/TB-UBND\n'.repeat(10_000);
    writeFileSync(path, text);
    const r = loadFile(path, DEFAULT_MAX_BYTES);
    expect('bytes' in r && Buffer.from(r.bytes).toString('utf8')).toBe(text);
  });

  it('reads an empty file as no bytes', () => {
    const path = join(dir, 'empty.txt');
    writeFileSync(path, '');
    const r = loadFile(path, 10);
    expect('bytes' in r && r.bytes.length).toBe(0);
  });

  it('gives reasons for a missing file, a directory and a file over the limit', () => {
    expect(loadFile(join(dir, 'nope.txt'), 10)).toEqual({ error: 'no such file or directory' });
    expect(loadFile(dir, 10)).toEqual({ error: 'is a directory' });
    const path = join(dir, 'eleven.txt');
    writeFileSync(path, '01234567890');
    expect(loadFile(path, 10)).toEqual({ error: 'larger than --max-bytes (11 > 10 bytes)' });
    expect('bytes' in loadFile(path, 11)).toBe(true);
  });

  it('tells binary from text by NUL bytes in the first 8 KB, except after a UTF-16 byte-order mark', () => {
    const late = Buffer.alloc(9000, 0x61);
    late[8500] = 0;
    expect(notTextReason(late)).toBeNull();
    late[8000] = 0;
    expect(notTextReason(late)).toBe('not a text file (NUL byte in the first 8192 bytes)');
    expect(notTextReason(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Số', 'utf16le')]))).toBeNull();
    expect(notTextReason(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from([0, 0x53])]))).toBeNull();
    expect(notTextReason(Buffer.from('Số', 'utf16le'))).not.toBeNull();
  });

  it('names the documents that hold a notice but are not text, by their first bytes', () => {
    // A PDF may have no NUL byte near its start; a .docx is a zip archive; a .doc an OLE2 file; RTF is text.
    expect(notTextReason(Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n', 'latin1'))).toBe(
      'a PDF file, not text (extract its text first, e.g. with pdftotext -layout)',
    );
    expect(notTextReason(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]))).toMatch(/^a zip archive such as a Word document \(\.docx\)/);
    expect(notTextReason(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toMatch(/^a Word 97-2003 document \(\.doc\)/);
    expect(notTextReason(Buffer.from('{\\rtf1\\ansi Th\\u244?ng b\\u225?o', 'latin1'))).toMatch(/^an RTF document/);
    // Text that only starts like one of them is text.
    expect(notTextReason(Buffer.from('%PD Số: 12/TB-UBND', 'utf8'))).toBeNull();
    expect(notTextReason(Buffer.from('PK Lào Cai', 'utf8'))).toBeNull();
    // A web page saved as it is: its tags would be read as the notice's words.
    for (const page of ['<!DOCTYPE html>\n<html lang="vi">', '\uFEFF\n  <HTML><head>', '<html>']) {
      expect(notTextReason(Buffer.from(page, 'utf8'))).toBe('an HTML page, not plain text (save the page as text, or copy its text, first)');
    }
    expect(notTextReason(Buffer.from('<Số 12/TB-UBND> Thông báo', 'utf8'))).toBeNull();
    expect(notTextReason(Buffer.from('<htmlx', 'utf8'))).toBeNull();
    const path = join(dir, 'bin.txt');
    writeFileSync(path, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]));
    expect(loadFile(path, DEFAULT_MAX_BYTES)).toEqual({ error: 'not a text file (NUL byte in the first 8192 bytes)' });
  });

  it('reads a file over the limit whole when its first bytes say the limit does not apply', () => {
    const path = join(dir, 'big.ndjson');
    const content = '{"schemaVersion":1}\n'.repeat(10_000);
    writeFileSync(path, content);
    const json: Unlimited = (head) => head[0] === 0x7b;
    expect(loadFile(path, 100)).toEqual({ error: `larger than --max-bytes (${content.length} > 100 bytes)` });
    expect(asText(loadFile(path, 100, json))).toBe(content);
    expect(loadFile(path, 100, () => false)).toEqual({ error: `larger than --max-bytes (${content.length} > 100 bytes)` });
  });

  it('applies the same test to a pipe, whose size is known only once read', () => {
    const fifo = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const content = '{"schemaVersion":1}\n'.repeat(10_000);
    const source = join(dir, 'pipe-source.ndjson');
    writeFileSync(source, content);
    const writer = () => spawn('sh', ['-c', `cat '${source}' > '${fifo}'`]);
    writer();
    expect(loadFile(fifo, 100)).toEqual({ error: `larger than --max-bytes (${2 ** 16} > 100 bytes)` });
    writer();
    expect(asText(loadFile(fifo, 100, (head) => head[0] === 0x7b))).toBe(content);
  });

  it('reads stdin and streams before a batch, in order, and leaves other inputs to be read later', async () => {
    const fifo = join(dir, 'stream');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    spawn('sh', ['-c', `printf 'Số: 1/TB' > '${fifo}'`]);
    const entries = [
      { path: 'a.txt', rel: 'a.txt' },
      { path: fifo, rel: 'stream', stream: true as const },
      { path: '-', rel: 'stdin' },
      { path: 'loop', rel: 'loop', error: 'symbolic link loop (leads back to d)' },
    ];
    const got = await readStreams(entries, 100, undefined, Readable.from([Buffer.from('abc')]));
    expect(got.map((e) => (e.loaded === undefined ? null : asText(e.loaded)))).toEqual([null, 'Số: 1/TB', 'abc', null]);
    expect(got[0]).toBe(entries[0]);
    expect(loadEntry(got[1]!, 100)).toBe(got[1]!.loaded);
    expect(loadEntry(got[3]!, 100)).toEqual({ error: 'symbolic link loop (leads back to d)' });
    expect(await readStreams([{ path: join(dir, 'gone'), rel: 'gone', stream: true }], 100)).toEqual([
      { path: join(dir, 'gone'), rel: 'gone', stream: true, loaded: { error: 'no such file or directory' } },
    ]);
  });

  it('reads stdin up to the limit', async () => {
    expect(await loadStdin(100, Readable.from([Buffer.from('ab'), Buffer.from('c')]))).toEqual({ bytes: Buffer.from('abc') });
    expect(await loadStdin(2, Readable.from([Buffer.from('ab'), Buffer.from('c')]))).toEqual({
      error: 'larger than --max-bytes (more than 2 bytes)',
    });
    expect(await loadStdin(100, Readable.from([Buffer.from([1, 0, 2])]))).toEqual({
      error: 'not a text file (NUL byte in the first 8192 bytes)',
    });
    const chunks = () => Readable.from([Buffer.from('{"a"'), Buffer.from(':1}\n{"b":2}')]);
    expect(await loadStdin(5, chunks(), (head) => head[0] === 0x7b)).toEqual({ bytes: Buffer.from('{"a":1}\n{"b":2}') });
    expect(await loadStdin(5, chunks(), (head) => head[0] === 0x5b)).toEqual({ error: 'larger than --max-bytes (more than 5 bytes)' });
  });
});

describe('option values', () => {
  it('parses --ext lists', () => {
    expect(parseExtensions('txt,md')).toEqual(['.txt', '.md']);
    expect(parseExtensions(' .TXT , md,txt')).toEqual(['.txt', '.md']);
    expect(() => parseExtensions(' , ')).toThrow(UsageError);
    expect(() => parseExtensions('a/b')).toThrow(UsageError);
  });

  it('parses --max-bytes sizes', () => {
    expect(parseByteSize('1000')).toBe(1000);
    expect(parseByteSize('512k')).toBe(512 * 1024);
    expect(parseByteSize('20M')).toBe(20 * 1024 * 1024);
    expect(parseByteSize('1GiB')).toBe(1024 ** 3);
    for (const bad of ['', '0', '-5', '1.5M', 'lots', '3T']) expect(() => parseByteSize(bad)).toThrow(UsageError);
  });

  it('splits path lists', () => {
    const shown = (list: string | Buffer) => splitPathList(Buffer.from(list)).map((p) => p.shown);
    expect(shown('a b.txt\r\n\n c.txt\n')).toEqual(['a b.txt', ' c.txt']);
    expect(shown('Số 1.txt\n')).toEqual(['Số 1.txt']);
    // `find -print0`: NUL-terminated, so a name may hold a line break; blank names are still names there.
    expect(shown('a\nb.txt\0 \0c.txt\0')).toEqual(['a\nb.txt', ' ', 'c.txt']);
    // Lists saved on Windows: with a UTF-8 byte-order mark (Notepad), in UTF-16 LE (PowerShell's ">") or BE.
    expect(shown(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Số 1.txt\r\nb.txt\r\n')]))).toEqual(['Số 1.txt', 'b.txt']);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Số 1.txt\r\nb.txt\r\n', 'utf16le')]);
    expect(shown(utf16)).toEqual(['Số 1.txt', 'b.txt']);
    expect(shown(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Số 1.txt\r\nb.txt\r\n', 'utf16le').swap16()]))).toEqual(['Số 1.txt', 'b.txt']);
    // A Windows-1258 name ("thông báo") is kept as its bytes, and shown as Node shows it.
    const legacy = Buffer.from([0x74, 0x68, 0xf4, 0x6e, 0x67, 0x2e, 0x74, 0x78, 0x74]);
    expect(splitPathList(Buffer.concat([Buffer.from('a.txt\n'), legacy, Buffer.from('\r\n')]))).toEqual([
      { shown: 'a.txt', raw: null },
      { shown: 'th\uFFFDng.txt', raw: legacy },
    ]);
  });

  it('names --out files after the path below the argument, with .json for the extension', () => {
    expect(outputPathFor('out', { path: 'x/y/a.txt', rel: 'a.txt' })).toBe(join('out', 'a.json'));
    expect(outputPathFor('out', { path: 'in/2017/b.md', rel: join('2017', 'b.md') })).toBe(join('out', '2017', 'b.json'));
    expect(outputPathFor('out', { path: 'README', rel: 'README' })).toBe(join('out', 'README.json'));
    expect(outputPathFor('out', { path: '-', rel: 'stdin' })).toBe(join('out', 'stdin.json'));
  });

  it('names them by bytes after an input whose name is not UTF-8, and by string after any other', () => {
    const thong = Buffer.from([0x74, 0x68, 0xf4, 0x6e, 0x67]);
    const bytes = (...parts: Array<string | Buffer>) => Buffer.concat(parts.map((p) => Buffer.from(p)));
    const inFolder = { path: 'in/th\uFFFDng/a.b.txt', rel: 'th\uFFFDng/a.b.txt', rawPath: bytes('in/', thong, '/a.b.txt') };
    expect(outputBytesFor('out/', inFolder)).toEqual(bytes('out/', thong, '/a.b.json'));
    expect(outputPathFor('out/', inFolder)).toBe('out/th\uFFFDng/a.b.json');
    const named = { path: '/x/th\uFFFDng.txt', rel: 'th\uFFFDng.txt', rawPath: bytes('/x/', thong, '.txt') };
    expect(outputBytesFor('out', named)).toEqual(bytes('out/', thong, '.json'));
    expect(outputBytesFor('.', named)).toEqual(bytes(thong, '.json'));
    expect(outputBytesFor('out', { path: 'th\uFFFDng', rel: 'th\uFFFDng', rawPath: thong })).toEqual(bytes('out/', thong, '.json'));
    expect(outputBytesFor('out', { path: '.th\uFFFDng', rel: '.th\uFFFDng', rawPath: bytes('.', thong) })).toEqual(bytes('out/.', thong, '.json'));
    expect(outputBytesFor('out', { path: 'x/y/a.txt', rel: 'a.txt' })).toBeNull();
  });
});
