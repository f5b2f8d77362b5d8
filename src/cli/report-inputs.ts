/**
 * Inputs of `thongbao report`: notice text, or the JSON / NDJSON that `thongbao parse` prints, recognised by
 * content. Which inputs there are is decided by the input layer all commands share (inputs.ts).
 */
import { extname } from 'node:path';
import { parseNoticeBuffer } from '../parse/notice.js';
import { vietnameseOrder } from '../report/sort.js';
import { NoticeSchema, type Notice } from '../schema.js';
import { loadEntry, type InputEntry, type LoadResult } from './inputs.js';

// Named directly, these are always read as JSON, so a broken one is an error rather than a "notice".
const JSON_EXTENSIONS = ['.json', '.ndjson', '.jsonl'];

// Natural order, so that "line 3 ..." comes before "line 12 ...".
const pathOrder = vietnameseOrder({ numeric: true });
// A UTF-8 byte order mark, then whitespace, then the first significant character.
const JSON_START = /^\uFEFF?\s*(?<first>[{[])/u;
// What the output of `thongbao parse` starts with: an object with a key ('{"schemaVersion"', '{\n  "source"')
// or an array of objects. "[DỰ THẢO]" over a draft notice is neither.
const PARSE_OUTPUT_START = /^\uFEFF?\s*(?:\{\s*"|\[\s*[{\]])/u;
const LINE_SPLIT = /\r?\n/u;

/**
 * Whether an input's first bytes are those of parse output, which `--max-bytes` does not limit: the NDJSON of
 * a whole archive is far larger than any notice.
 * @param head the input's first bytes
 */
export function startsLikeParseOutput(head: Uint8Array): boolean {
  return PARSE_OUTPUT_START.test(new TextDecoder('utf-8').decode(head));
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
 * Reads one input of a report: its notices, or why it could not be used. Never throws.
 * @param entry the input
 * @param maxBytes the size limit of notice text
 * @param stdin what stdin gave, when the input is "-"
 * @param opts how to read notice text
 */
export function readReportInput(entry: InputEntry, maxBytes: number, stdin: LoadResult | null, opts: TextOptions = {}): LoadedInput {
  const read = loadEntry(entry, maxBytes, stdin, startsLikeParseOutput);
  return 'error' in read ? { notices: [], errors: [read.error] } : loadNotices(entry.path, read.bytes, opts);
}
