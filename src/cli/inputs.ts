/**
 * The input layer shared by `parse`, `report` and `check`: turns command-line paths, directories and
 * `--files-from` lists into an ordered list of inputs, and reads one input as bytes with the checks every
 * command applies (size limit, "is it text at all").
 *
 * Only Node's file-system modules and the byte helpers of text/utf8.ts are imported here, so that a command on
 * one small file starts fast.
 */
import { constants as bufferConstants, isUtf8 } from 'node:buffer';
import { closeSync, createReadStream, fstatSync, openSync, readSync, type Dirent, type Stats } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';
import type { Command } from 'commander';
import { hasUtf8Bom } from '../text/utf8.js';
import { reasonOf } from './io.js';

/** The default of `--max-bytes`: 20 MiB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** The default of `--ext`. */
export const DEFAULT_EXTENSIONS = ['.txt', '.md'];

/** How many leading bytes are searched for a NUL byte to tell text from binary files (as git and grep do). */
export const TEXT_PROBE_BYTES = 8192;

/** One input of a batch, in the order the output will follow. */
export interface InputEntry {
  /** The path as given or as found under a directory; "-" for stdin. */
  path: string;
  /**
   * The path relative to the argument that named it: the base name for a file named directly, the path
   * below the directory for a file found in one, "stdin" for "-". `--out` names output files after it.
   */
  rel: string;
  /** Set when the input is known to be unusable before reading it (a symbolic link loop, a named pipe in a folder). */
  error?: string;
  /**
   * A named pipe or character device named directly ("/dev/stdin", the "/dev/fd/63" of a shell's `<(…)`):
   * read before the batch, as stdin is (see {@link readStreams}), since opening one waits for a writer.
   */
  stream?: true;
  /** What stdin or a {@link stream} gave, read before the batch. */
  loaded?: LoadResult;
  /** The bytes of the path, when they are not UTF-8 (`path` shows them as U+FFFD): they open the file. */
  rawPath?: Buffer;
}

/** Options of {@link expandInputs}. */
export interface ExpandOptions {
  /** Extensions, with the dot, lower case, that files found in directories must have. */
  extensions?: string[];
  /** A file with one path a line, or NUL-terminated paths ("-": stdin); its paths come after the positional ones. */
  filesFrom?: string;
  /** Reads all of stdin (for `--files-from -`); defaults to reading process.stdin. */
  readStdin?: () => Promise<Uint8Array>;
}

/** A problem with the arguments themselves (not with one input): the command exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Parses `--ext txt,md` (dots and spaces optional) into [".txt", ".md"].
 * @throws UsageError when the list is empty or an extension holds a path separator
 */
export function parseExtensions(spec: string): string[] {
  const out: string[] = [];
  for (const raw of spec.split(',')) {
    const name = raw.trim().replace(/^\.+/, '').toLowerCase();
    if (name === '') continue;
    if (/[\\/]/.test(name)) throw new UsageError(`--ext takes extensions such as "txt,md", got "${spec}"`);
    if (!out.includes('.' + name)) out.push('.' + name);
  }
  if (out.length === 0) throw new UsageError(`--ext takes extensions such as "txt,md", got "${spec}"`);
  return out;
}

// "20000000", "512k", "20M", "1G" (binary multiples, as `head -c` reads them).
const SIZE_SPEC = /^(?<count>\d+)\s*(?<unit>[kmg]i?b?|b)?$/i;

/**
 * Parses `--max-bytes`: a whole number of bytes, optionally with a k, M or G suffix (powers of 1024).
 * @throws UsageError when the value is not such a number or is 0
 */
export function parseByteSize(spec: string): number {
  const m = SIZE_SPEC.exec(spec.trim());
  const count = m?.groups?.count;
  if (count === undefined) throw new UsageError(`--max-bytes takes a size such as 20000000 or 20M, got "${spec}"`);
  const unit = (m?.groups?.unit ?? 'b')[0]!.toLowerCase();
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  const bytes = Number(count) * factor;
  if (!Number.isSafeInteger(bytes) || bytes <= 0) {
    throw new UsageError(`--max-bytes takes a positive size such as 20000000 or 20M, got "${spec}"`);
  }
  return bytes;
}

/** Reads all of process.stdin as bytes. */
async function readProcessStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * A path as it is shown (bytes that are not UTF-8 as U+FFFD, as Node shows them) and, when it holds such
 * bytes, as the bytes that open it. Old archives copied from Windows keep file names in Windows-1258 or
 * TCVN3; the name Node shows for one opens nothing.
 */
export interface ListedPath {
  shown: string;
  /** The bytes of the path, when they are not UTF-8; null otherwise. */
  raw: Buffer | null;
}

function listedPath(bytes: Buffer): ListedPath {
  return { shown: bytes.toString('utf8'), raw: isUtf8(bytes) ? null : bytes };
}

/**
 * Splits a `--files-from` list: one path a line (CRLF tolerated, blank lines ignored), or, when the list
 * holds a NUL byte, one path per NUL-terminated item, as `find -print0` writes them (names may then hold
 * line breaks). Paths that are not UTF-8 are kept as bytes. A list written on Windows is read too: a UTF-8
 * byte-order mark (Notepad) is dropped, and a list in UTF-16 with its mark (PowerShell's `>`) is decoded.
 */
export function splitPathList(list: Uint8Array): ListedPath[] {
  const bytes = withoutByteOrderMark(Buffer.from(list.buffer, list.byteOffset, list.byteLength));
  const nul = bytes.indexOf(0) !== -1;
  const sepByte = nul ? 0x00 : 0x0a;
  const out: ListedPath[] = [];
  for (let start = 0; start < bytes.length; ) {
    let end = bytes.indexOf(sepByte, start);
    if (end === -1) end = bytes.length;
    let item = bytes.subarray(start, end);
    start = end + 1;
    if (!nul && item[item.length - 1] === 0x0d) item = item.subarray(0, -1);
    const path = listedPath(Buffer.from(item));
    if (nul ? item.length > 0 : path.shown.trim() !== '') out.push(path);
  }
  return out;
}

/** A list's bytes as UTF-8 without a byte-order mark. */
function withoutByteOrderMark(bytes: Buffer): Buffer {
  if (hasUtf8Bom(bytes)) return bytes.subarray(3);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return Buffer.from(bytes.subarray(2).toString('utf16le'), 'utf8');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)));
    return Buffer.from(swapped.swap16().toString('utf16le'), 'utf8');
  }
  return bytes;
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The path of an entry of a folder, given its name as bytes and as shown (the walk has decoded it already):
 * as shown and, when the folder's path or the name is not UTF-8, as bytes.
 */
function childPath(dir: ListedPath, name: Buffer, shownName: string): ListedPath {
  const shown = join(dir.shown, shownName);
  if (dir.raw === null && isUtf8(name)) return { shown, raw: null };
  return { shown, raw: Buffer.concat([dir.raw ?? Buffer.from(dir.shown), Buffer.from(sep), name]) };
}

/** What opens a path: its bytes where it has them. */
function opened(path: ListedPath): string | Buffer {
  return path.raw ?? path.shown;
}

/** Whether a path names stdin: "-" as typed, not a file whose name's bytes show as "-". */
function isStdin(path: ListedPath): boolean {
  return path.shown === '-' && path.raw === null;
}

/** A folder's real path as a key of the walk's ancestors: Latin-1 keeps every byte of a name that is not UTF-8. */
async function realKey(path: ListedPath): Promise<string> {
  return (await realpath(opened(path), { encoding: 'buffer' })).toString('latin1');
}

/** An input entry for a path below `root`, with the bytes that open it where they are needed. */
function entryAt(path: ListedPath, root: string, extra: Partial<InputEntry> = {}): InputEntry {
  const entry: InputEntry = { path: path.shown, rel: relative(root, path.shown) || basename(path.shown), ...extra };
  if (path.raw !== null) entry.rawPath = path.raw;
  return entry;
}

/**
 * Walks a directory depth first, entries sorted by name, following symbolic links; hidden entries (".git",
 * ".DS_Store") are skipped. A directory whose real path is one of its own ancestors is a loop: it becomes
 * an error entry instead of being entered again. Names are read as bytes, so that a name that is not UTF-8
 * still opens its file.
 */
async function walk(
  dir: ListedPath,
  root: string,
  extensions: string[],
  ancestors: Map<string, string>,
  out: InputEntry[],
): Promise<void> {
  let listing: Array<{ entry: Dirent<Buffer>; name: string }>;
  try {
    listing = (await readdir(opened(dir), { withFileTypes: true, encoding: 'buffer' }))
      .map((entry) => ({ entry, name: entry.name.toString('utf8') }))
      .sort((a, b) => byName(a.name, b.name) || Buffer.compare(a.entry.name, b.entry.name));
  } catch (err) {
    out.push(entryAt(dir, root, { error: reasonOf(err) }));
    return;
  }
  for (const { entry, name } of listing) {
    if (name.startsWith('.')) continue;
    const path = childPath(dir, entry.name, name);
    // The directory listing already tells files from folders; only links (and file systems that do not
    // say) need a stat of their own, which for an archive of thousands of files saves as many round trips.
    let kind: Dirent<Buffer> | Stats = entry;
    if (!entry.isDirectory() && !entry.isFile()) {
      try {
        kind = await stat(opened(path));
      } catch {
        // A broken or looping link named like an input is reported when it is read.
      }
    }
    if (!kind.isDirectory()) {
      if (!extensions.includes(extname(name).toLowerCase())) continue;
      // A named pipe among the files would stop the batch until something wrote to it.
      const special = specialFileKind(kind);
      out.push(entryAt(path, root, special === null ? {} : { error: notRegularReason(special) }));
      continue;
    }
    let real: string;
    try {
      real = await realKey(path);
    } catch (err) {
      out.push(entryAt(path, root, { error: reasonOf(err) }));
      continue;
    }
    const seen = ancestors.get(real);
    if (seen !== undefined) {
      out.push(entryAt(path, root, { error: `symbolic link loop (leads back to ${seen})` }));
      continue;
    }
    ancestors.set(real, path.shown);
    await walk(path, root, extensions, ancestors, out);
    ancestors.delete(real);
  }
}

/** What a file that is neither a regular file nor a folder is ("a named pipe"), or null. */
function specialFileKind(kind: Dirent<Buffer> | Stats): string | null {
  if (kind.isFIFO()) return 'a named pipe';
  if (kind.isSocket()) return 'a socket';
  if (kind.isCharacterDevice()) return 'a character device';
  if (kind.isBlockDevice()) return 'a block device';
  return null;
}

/** "not a regular file (a named pipe)". */
function notRegularReason(kind: string): string {
  return `not a regular file (${kind})`;
}

/**
 * Expands one argument: a file as is, a directory into the files below it with a wanted extension. A named
 * pipe or device named on the command line is read as a stream; one in a `--files-from` list (`listed`),
 * which programs such as `find` write, is a stray file, reported as it would be in a folder. A socket cannot
 * be read at all.
 */
async function expandOne(arg: ListedPath, extensions: string[], out: InputEntry[], listed: boolean): Promise<void> {
  if (isStdin(arg)) {
    out.push({ path: '-', rel: 'stdin' });
    return;
  }
  let st: Stats | null = null;
  try {
    st = await stat(opened(arg));
  } catch {
    // Missing or unreadable: reported as an error record when the file is read.
  }
  const named = (extra: Partial<InputEntry> = {}): InputEntry => entryAt(arg, arg.shown, extra);
  if (st === null || !st.isDirectory()) {
    const special = st === null ? null : specialFileKind(st);
    if (special === 'a socket' || (special !== null && listed)) out.push(named({ error: notRegularReason(special) }));
    else out.push(named(special === null ? {} : { stream: true }));
    return;
  }
  let real: string;
  try {
    real = await realKey(arg);
  } catch (err) {
    out.push(named({ error: reasonOf(err) }));
    return;
  }
  await walk(arg, arg.shown, extensions, new Map([[real, arg.shown]]), out);
}

/**
 * Expands command-line arguments into the ordered list of inputs: positional paths first, in the order
 * given, then the paths of `--files-from`. Files named directly are taken whatever their extension;
 * directories are walked recursively (sorted by name, hidden entries skipped) for files with one of the
 * extensions. Missing paths are kept, so that reading them gives an error record in their place. A named pipe,
 * socket or device found in a directory or listed in `--files-from` is an error entry; a pipe or device named
 * on the command line is a stream (see {@link readStreams}).
 * @throws UsageError when the `--files-from` list cannot be read or stdin is asked for twice
 */
export async function expandInputs(args: string[], opts: ExpandOptions = {}): Promise<InputEntry[]> {
  const extensions = opts.extensions ?? DEFAULT_EXTENSIONS;
  const listed: ListedPath[] = [];
  if (opts.filesFrom !== undefined) {
    try {
      const list = opts.filesFrom === '-' ? await (opts.readStdin ?? readProcessStdin)() : await readFile(opts.filesFrom);
      // A loop, not push(...): an archive's list may hold more paths than a call takes arguments.
      for (const path of splitPathList(list)) listed.push(path);
    } catch (err) {
      throw new UsageError(`cannot read the --files-from list ${opts.filesFrom}: ${reasonOf(err)}`);
    }
  }
  const stdinUses = args.filter((a) => a === '-').length + listed.filter(isStdin).length + (opts.filesFrom === '-' ? 1 : 0);
  if (stdinUses > 1) throw new UsageError('stdin ("-") can be read only once per command');
  const out: InputEntry[] = [];
  for (const arg of args) await expandOne({ shown: arg, raw: null }, extensions, out, false);
  for (const path of listed) await expandOne(path, extensions, out, true);
  return out;
}

/** The input options every command takes, as commander hands them over. */
export interface InputOptions {
  filesFrom?: string;
  ext?: string;
  maxBytes?: string;
  encoding?: string;
}

/**
 * Adds the input options every command takes: `--files-from`, `--ext` and `--max-bytes`.
 * @param command the command to add them to
 */
export function addInputOptions(command: Command): Command {
  return command
    .option('--files-from <file>', 'also read the paths listed in this file, one a line or NUL-terminated ("-": stdin)')
    .option('--ext <list>', 'extensions of the files taken from directories', 'txt,md')
    .option('--max-bytes <size>', 'skip files larger than this (bytes, or with a k/M/G suffix)', '20M');
}

/** The inputs of a command, in order, and the limit they are read with. */
export interface ResolvedInputs {
  entries: InputEntry[];
  /** The extensions directories were searched for. */
  extensions: string[];
  maxBytes: number;
}

/**
 * Checks the input options and expands the paths (stdin when there are none and no `--files-from`).
 * @param paths the positional arguments
 * @param opts the command's options
 * @param expand how to read stdin for `--files-from -` (tests)
 * @throws UsageError for a bad `--ext`, `--max-bytes` or `--encoding`, or an unreadable `--files-from` list
 */
export async function resolveInputs(paths: string[], opts: InputOptions, expand: ExpandOptions = {}): Promise<ResolvedInputs> {
  const maxBytes = opts.maxBytes !== undefined ? parseByteSize(opts.maxBytes) : DEFAULT_MAX_BYTES;
  const extensions = opts.ext !== undefined ? parseExtensions(opts.ext) : DEFAULT_EXTENSIONS;
  if (opts.encoding !== undefined) await checkEncoding(opts.encoding);
  const args = paths.length === 0 && opts.filesFrom === undefined ? ['-'] : paths;
  const entries = await expandInputs(args, {
    ...expand,
    extensions,
    ...(opts.filesFrom !== undefined ? { filesFrom: opts.filesFrom } : {}),
  });
  return { entries, extensions, maxBytes };
}

/** The help of `--jobs`, for the commands that take it. */
export const JOBS_HELP = 'threads parsing at once, the main one included (default: the number of cores)';

// "4", "16": a whole number of threads.
const JOBS = /^\d+$/;

/**
 * The number of threads `--jobs` asks for, or the number of cores Node may use when it is not given.
 * @param spec the option's value
 * @throws UsageError when it is not a whole number from 1 to 1024
 */
export async function resolveJobs(spec: string | undefined): Promise<number> {
  if (spec === undefined) {
    const os = await import('node:os');
    return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length || 1;
  }
  if (!JOBS.test(spec.trim()) || Number(spec) < 1 || Number(spec) > 1024) {
    throw new UsageError(`--jobs takes a whole number from 1 to 1024, got "${spec}"`);
  }
  return Number(spec);
}

/** The line printed when the paths held no input: "thongbao: no input files found (...)". */
export function noInputsMessage(extensions: string[]): string {
  return `thongbao: no input files found (directories are searched for ${extensions.join(', ')})`;
}

/** Checks a forced encoding name up front, so that a typo is a usage error rather than N failed files. */
async function checkEncoding(name: string): Promise<void> {
  const { decodeBuffer } = await import('../text/decode.js');
  try {
    decodeBuffer(new Uint8Array(0), { encoding: name });
  } catch (err) {
    throw new UsageError((err as Error)?.message ?? `unknown encoding "${name}"`);
  }
}

/** Bytes read from an input, or why they could not be used. */
export type LoadResult = { bytes: Uint8Array } | { error: string };

/**
 * Tells, from its first bytes, an input that `--max-bytes` does not limit (`report` reads the NDJSON of a
 * whole archive, which is no notice text).
 */
export type Unlimited = (head: Uint8Array) => boolean;

// The limit of an input that --max-bytes does not apply to: the largest buffer Node can allocate.
const NO_LIMIT = bufferConstants.MAX_LENGTH - 1;

/** Bytes enough to tell what an input holds, for an {@link Unlimited} test. */
const HEAD_BYTES = 64;

/** "larger than --max-bytes (31457280 > 20971520 bytes)". */
export function tooLargeReason(size: number, maxBytes: number): string {
  return `larger than --max-bytes (${size} > ${maxBytes} bytes)`;
}

// A web page, by how it starts (after a byte-order mark and white space): "<!DOCTYPE html", "<html".
const HTML_START = /^(?:\uFEFF)?\s*<(?:!doctype\s+html|html)(?![a-z])/i;

/** True when the first bytes are those of an HTML page (ASCII, so read as Latin-1). */
function isHtmlPage(bytes: Uint8Array): boolean {
  // A UTF-8 byte-order mark, then white space.
  let i = hasUtf8Bom(bytes) ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || (bytes[i]! >= 0x09 && bytes[i]! <= 0x0d))) i++;
  if (bytes[i] !== 0x3c) return false;
  return HTML_START.test(Buffer.from(bytes.subarray(i, i + 20)).toString('latin1'));
}

// Documents that hold a notice but are not text, by the bytes they start with, and what to do with them.
const DOCUMENT_FORMATS: [magic: number[], reason: string][] = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF file, not text (extract its text first, e.g. with pdftotext -layout)'],
  [[0x50, 0x4b, 0x03, 0x04], 'a zip archive such as a Word document (.docx), not text (save it as plain text first)'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'a Word 97-2003 document (.doc) or other Office file, not text (save it as plain text first)'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document, not plain text (save it as plain text first)'],
];

/**
 * Tells why bytes are not text, or null when they may be: a PDF, Word or RTF document by its first bytes, and a
 * NUL byte in the first 8 KB for any other binary file, except after a UTF-16 or UTF-32 byte-order mark, where
 * NUL bytes are half of every ASCII letter.
 */
export function notTextReason(bytes: Uint8Array): string | null {
  const b0 = bytes[0];
  const b1 = bytes[1];
  for (const [magic, reason] of DOCUMENT_FORMATS) if (b0 === magic[0] && magic.every((b, i) => bytes[i] === b)) return reason;
  if (isHtmlPage(bytes)) return 'an HTML page, not plain text (save the page as text, or copy its text, first)';
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) return null;
  if (b0 === 0x00 && b1 === 0x00 && bytes[2] === 0xfe && bytes[3] === 0xff) return null;
  const probe = bytes.subarray(0, TEXT_PROBE_BYTES);
  return probe.indexOf(0) === -1 ? null : `not a text file (NUL byte in the first ${TEXT_PROBE_BYTES} bytes)`;
}

const CHUNK = 1 << 16;

/**
 * Reads a file as bytes, synchronously (it runs on a worker thread or for one file at a time), and checks
 * it: at most `maxBytes` bytes (unless `unlimited` says otherwise from its first bytes), and text rather than
 * binary. Never throws.
 * @param path a file path (not "-"), or its bytes
 * @param maxBytes the size limit
 * @param unlimited inputs the limit does not apply to
 */
export function loadFile(path: string | Buffer, maxBytes: number, unlimited?: Unlimited): LoadResult {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const st = fstatSync(fd);
    if (st.isDirectory()) return { error: 'is a directory' };
    let limit = maxBytes;
    if (st.size > limit) {
      if (!unlimited?.(readHead(fd))) return { error: tooLargeReason(st.size, maxBytes) };
      limit = NO_LIMIT;
    }
    // Regular files are read in one go; pipes and devices report size 0 and are read until EOF.
    let buf = Buffer.allocUnsafe(st.isFile() && st.size > 0 ? Math.min(st.size + 1, limit + 1) : CHUNK);
    let len = 0;
    for (;;) {
      if (len === buf.length) {
        if (len > limit) {
          if (limit !== maxBytes || !unlimited?.(buf.subarray(0, HEAD_BYTES))) break;
          limit = NO_LIMIT;
        }
        const bigger = Buffer.allocUnsafe(Math.min(buf.length * 2, limit + 1));
        buf.copy(bigger, 0, 0, len);
        buf = bigger;
      }
      const n = readSync(fd, buf, len, buf.length - len, null);
      if (n === 0) break;
      len += n;
    }
    if (len > limit) return { error: tooLargeReason(len, maxBytes) };
    const bytes = buf.subarray(0, len);
    const notText = notTextReason(bytes);
    return notText === null ? { bytes } : { error: notText };
  } catch (err) {
    return { error: reasonOf(err) };
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // Nothing useful can be done about a failed close of a file only read.
      }
    }
  }
}

/** The first bytes of an open file, read at its start (the position reads go on from is not moved). */
function readHead(fd: number): Uint8Array {
  const head = Buffer.alloc(HEAD_BYTES);
  return head.subarray(0, readSync(fd, head, 0, HEAD_BYTES, 0));
}

/**
 * Reads stdin (or another stream) as bytes with the same checks as {@link loadFile}; stops reading once over
 * the limit.
 * @param maxBytes the size limit
 * @param stream the stream to read, process.stdin by default
 * @param unlimited inputs the limit does not apply to
 */
export async function loadStdin(
  maxBytes: number,
  stream: AsyncIterable<unknown> = process.stdin,
  unlimited?: Unlimited,
): Promise<LoadResult> {
  try {
    const chunks: Buffer[] = [];
    let len = 0;
    let limit = maxBytes;
    for await (const chunk of stream) {
      const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      chunks.push(buf);
      len += buf.length;
      if (len > limit) {
        if (limit !== maxBytes || !unlimited?.(Buffer.concat(chunks).subarray(0, HEAD_BYTES))) {
          return { error: `larger than --max-bytes (more than ${maxBytes} bytes)` };
        }
        limit = NO_LIMIT;
      }
    }
    const bytes = Buffer.concat(chunks, len);
    const notText = notTextReason(bytes);
    return notText === null ? { bytes } : { error: notText };
  } catch (err) {
    return { error: reasonOf(err) };
  }
}

/**
 * Reads stdin and the {@link InputEntry.stream streams} among the inputs, in order, before a batch: what
 * each gave is in its entry's `loaded`. Opening a named pipe waits until something writes to it, and a read
 * on the main thread would hold off the handling of Ctrl-C; read here, before a command sets its signal
 * handlers, such an input waits as `cat` does, and Ctrl-C ends the wait. Never throws.
 * @param entries the inputs
 * @param maxBytes the size limit
 * @param unlimited inputs the limit does not apply to
 * @param stdin the stream "-" reads, process.stdin by default
 */
export async function readStreams(
  entries: readonly InputEntry[],
  maxBytes: number,
  unlimited?: Unlimited,
  stdin: AsyncIterable<unknown> = process.stdin,
): Promise<InputEntry[]> {
  const out: InputEntry[] = [];
  for (const entry of entries) {
    if (entry.error !== undefined || (entry.path !== '-' && entry.stream !== true)) {
      out.push(entry);
      continue;
    }
    const stream = entry.path === '-' ? stdin : createReadStream(entry.rawPath ?? entry.path);
    out.push({ ...entry, loaded: await loadStdin(maxBytes, stream, unlimited) });
  }
  return out;
}

/**
 * Reads one input of a command that reads its inputs one after another (`check`, `report`). Stdin and
 * streams were read before, by {@link readStreams}.
 * @param entry the input
 * @param maxBytes the size limit
 * @param unlimited inputs the limit does not apply to
 */
export function loadEntry(entry: InputEntry, maxBytes: number, unlimited?: Unlimited): LoadResult {
  if (entry.error !== undefined) return { error: entry.error };
  if (entry.loaded !== undefined) return entry.loaded;
  if (entry.path === '-' && entry.rawPath === undefined) return { error: 'stdin was not read' };
  return loadFile(entry.rawPath ?? entry.path, maxBytes, unlimited);
}

/**
 * The output path under `--out DIR` for an input: its path relative to the argument that named it, with
 * the extension replaced by ".json" ("reports/2017/a.txt" given as "reports/" -> "DIR/2017/a.json").
 * @param outDir the output folder
 * @param entry the input
 */
export function outputPathFor(outDir: string, entry: InputEntry): string {
  const rel = entry.rel === '' ? basename(entry.path) || 'input' : entry.rel;
  const ext = extname(rel);
  return join(outDir, (ext ? rel.slice(0, -ext.length) : rel) + '.json');
}

/**
 * The path of {@link outputPathFor} as bytes for an input whose name is not UTF-8, so that its output keeps
 * the input's name rather than the U+FFFD of the name shown (two names shown alike would clash); null for
 * any other input.
 * @param outDir the output folder
 * @param entry the input
 */
export function outputBytesFor(outDir: string, entry: InputEntry): Buffer | null {
  const raw = entry.rawPath;
  if (raw === undefined || entry.rel === '') return null;
  // The relative path's parts are the raw path's last ones: a "/" byte is always valid UTF-8, so both have
  // their separators in the same places.
  let start = raw.length;
  for (let parts = entry.rel.split(sep).length; parts > 0 && start > 0; parts--) start = raw.lastIndexOf(0x2f, start - 1);
  const rel = raw.subarray(start + 1);
  const baseStart = rel.lastIndexOf(0x2f) + 1;
  const dot = rel.lastIndexOf(0x2e);
  const stem = dot > baseStart ? rel.subarray(0, dot) : rel;
  // join() with a stand-in name gives the folder as outputPathFor has it, separator included.
  const dir = join(outDir, '_').slice(0, -1);
  return Buffer.concat([Buffer.from(dir), stem, Buffer.from('.json')]);
}
