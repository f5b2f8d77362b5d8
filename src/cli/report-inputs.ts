/**
 * Inputs of `thongbao report`: paths, directories (walked recursively) and stdin, read as notice text
 * or as the JSON / NDJSON that `thongbao parse` prints, recognised by content.
 */
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { parseNoticeBuffer } from '../parse/notice.js';
import { vietnameseOrder } from '../report/sort.js';
import { NoticeSchema, type Notice } from '../schema.js';
import { readInput, reasonOf } from './io.js';

/** Extensions of the files taken from a directory. */
export const REPORT_TEXT_EXTENSIONS = ['.txt', '.md'];
// Named directly, these are always read as JSON, so a broken one is an error rather than a "notice".
const JSON_EXTENSIONS = ['.json', '.ndjson', '.jsonl'];

// Natural order, so "notice-2.txt" comes before "notice-10.txt".
const pathOrder = vietnameseOrder({ numeric: true });
// A UTF-8 byte order mark, then whitespace, then the first significant character.
const JSON_START = /^\uFEFF?\s*(?<first>[{[])/u;
const LINE_SPLIT = /\r?\n/u;

/** A path given on the command line, expanded: files in order, or why a path could not be used. */
export type InputPath = { path: string } | { path: string; error: string };

async function walk(dir: string, out: InputPath[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    out.push({ path: dir, error: reasonOf(err) });
    return;
  }
  entries.sort((a, b) => pathOrder(a.name, b.name));
  for (const e of entries) {
    const path = join(dir, e.name);
    // Symbolic links to directories are not followed, so a link loop cannot trap the walk.
    if (e.isDirectory()) await walk(path, out);
    else if ((e.isFile() || e.isSymbolicLink()) && REPORT_TEXT_EXTENSIONS.includes(extname(e.name).toLowerCase())) {
      out.push({ path });
    }
  }
}

/**
 * Expands command-line paths: "-" stays stdin, a directory becomes the .txt and .md files below it
 * (recursively, in natural order), anything else is kept as a file to read.
 * @param args the paths as given
 */
export async function expandReportInputs(args: readonly string[]): Promise<InputPath[]> {
  const out: InputPath[] = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push({ path: arg });
      continue;
    }
    let isDir = false;
    try {
      isDir = (await stat(arg)).isDirectory();
    } catch {
      // Reading it will report why.
    }
    if (isDir) await walk(arg, out);
    else out.push({ path: arg });
  }
  return out;
}

/** The notices read from one input, and the problems with it (each one line, without the path). */
export interface LoadedInput {
  notices: Notice[];
  errors: string[];
}

/** Options for reading text notices. */
export interface TextOptions {
  /** Decode text input as this encoding instead of detecting it. */
  encoding?: string;
}

function issueText(err: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string {
  const first = err.issues[0];
  if (!first) return 'invalid';
  return first.path.length ? `${first.path.map(String).join('.')}: ${first.message}` : first.message;
}

function validate(items: unknown[], unit: 'item' | 'line', numbers: number[]): LoadedInput {
  const result: LoadedInput = { notices: [], errors: [] };
  items.forEach((item, i) => {
    const parsed = NoticeSchema.safeParse(item);
    if (parsed.success) result.notices.push(parsed.data);
    else result.errors.push(`${unit} ${numbers[i]} is not a valid notice (${issueText(parsed.error)})`);
  });
  return result;
}

function hasSchemaVersion(item: unknown): boolean {
  return typeof item === 'object' && item !== null && 'schemaVersion' in item;
}

/**
 * Reads the JSON (one notice or an array) or NDJSON that `thongbao parse` prints. Returns null when the
 * content is not that (so it is read as notice text instead).
 */
export function readNoticeJson(text: string, path: string): LoadedInput | null {
  if (!JSON_START.test(text)) return null;
  const strictJson = JSON_EXTENSIONS.includes(extname(path).toLowerCase());
  const body = text.replace(/^\uFEFF/u, '');
  try {
    const whole: unknown = JSON.parse(body);
    const items = Array.isArray(whole) ? whole : [whole];
    if (!items.some(hasSchemaVersion)) {
      return strictJson ? { notices: [], errors: ['not the output of thongbao parse (no object with schemaVersion 1)'] } : null;
    }
    return validate(items, 'item', items.map((_, i) => i + 1));
  } catch {
    // Not one JSON value: NDJSON, or not JSON at all.
  }
  const items: unknown[] = [];
  const numbers: number[] = [];
  const errors: string[] = [];
  body.split(LINE_SPLIT).forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      items.push(JSON.parse(line));
      numbers.push(i + 1);
    } catch {
      errors.push(`line ${i + 1} is not valid JSON`);
    }
  });
  if (!items.some(hasSchemaVersion)) {
    return strictJson ? { notices: [], errors: ['not valid JSON or NDJSON from thongbao parse'] } : null;
  }
  const result = validate(items, 'line', numbers);
  return { notices: result.notices, errors: [...errors, ...result.errors].sort(byLineNumber) };
}

// "line 3 ..." before "line 12 ...".
function byLineNumber(a: string, b: string): number {
  return pathOrder(a, b);
}

/**
 * Turns one input's bytes into notices: parse output (JSON / NDJSON) when the content is that, otherwise
 * notice text through the parser.
 * @param path the input's path ("-" for stdin), recorded as the notice's source for text
 * @param bytes its content
 */
export function loadNotices(path: string, bytes: Uint8Array, opts: TextOptions = {}): LoadedInput {
  const asJson = readNoticeJson(new TextDecoder('utf-8').decode(bytes), path);
  if (asJson) return asJson;
  const parsed = NoticeSchema.safeParse(
    parseNoticeBuffer(bytes, { source: path, ...(opts.encoding ? { encoding: opts.encoding } : {}) }),
  );
  return parsed.success
    ? { notices: [parsed.data], errors: [] }
    : { notices: [], errors: [`the parser gave an invalid notice (${issueText(parsed.error)})`] };
}

/**
 * Reads every input, in order. Never throws: an input that cannot be read or used is returned with
 * its reason, and the others are still read.
 */
export async function readReportInputs(
  args: readonly string[],
  opts: TextOptions = {},
): Promise<{ notices: Notice[]; errors: Array<{ path: string; reason: string }> }> {
  const notices: Notice[] = [];
  const errors: Array<{ path: string; reason: string }> = [];
  for (const input of await expandReportInputs(args)) {
    if ('error' in input) {
      errors.push({ path: input.path, reason: input.error });
      continue;
    }
    const read = await readInput(input.path);
    if ('error' in read) {
      errors.push({ path: input.path, reason: read.error });
      continue;
    }
    const loaded = loadNotices(input.path, read.bytes, opts);
    notices.push(...loaded.notices);
    errors.push(...loaded.errors.map((reason) => ({ path: input.path, reason })));
  }
  return { notices, errors };
}
