/**
 * Inputs of `thongbao report`: notice text, or the JSON / NDJSON that `thongbao parse` prints, recognised by
 * content. Which inputs there are is decided by the input layer all commands share (inputs.ts).
 */
import { extname } from 'node:path';
import { parseNoticeBuffer } from '../parse/notice.js';
import { filterRows, type RowFilter } from '../report/filter.js';
import { buildRows, type BuildRowsOptions, type ReportRow } from '../report/row.js';
import { NoticeSchema, type Notice } from '../schema.js';
import { hasUtf8Bom } from '../text/utf8.js';
import { loadEntry, type InputEntry } from './inputs.js';

// Named directly, these are always read as JSON, so a broken one is an error rather than a "notice".
const JSON_EXTENSIONS = ['.json', '.ndjson', '.jsonl'];

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

/**
 * Receives each notice of an input as soon as it is read, so that a report over an archive keeps its rows and
 * not every notice they came from.
 */
export type NoticeSink = (notice: Notice) => void;

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

/** Validates one item of parse output: into the sink, or an error "line 3 is not a valid notice (...)". */
function validateInto(item: unknown, label: string, sink: NoticeSink, errors: string[]): void {
  const parsed = NoticeSchema.safeParse(item);
  if (parsed.success) sink(parsed.data);
  else errors.push(`${label} is not a valid notice (${issueText(parsed.error)})`);
}

function hasSchemaVersion(item: unknown): boolean {
  return typeof item === 'object' && item !== null && 'schemaVersion' in item;
}

/**
 * Reads the JSON (one notice or an array) or NDJSON that `thongbao parse` prints, handing each valid notice
 * to `sink`. Returns the problems found (one line each, without the path), or null when the content is not
 * parse output (so it is read as notice text instead; nothing was handed over then, as every notice has a
 * schemaVersion).
 * @param text the input's content
 * @param path its path, whose extension tells whether it must be JSON
 * @param sink receives the notices, in order
 */
export function readNoticeJson(text: string, path: string, sink: NoticeSink): string[] | null {
  if (!JSON_START.test(text)) return null;
  const strictJson = JSON_EXTENSIONS.includes(extname(path).toLowerCase());
  const body = text.replace(/^\uFEFF/u, '');
  let whole: unknown;
  try {
    whole = JSON.parse(body);
  } catch {
    return readNdjson(new TextEncoder().encode(body), strictJson, sink);
  }
  const items = Array.isArray(whole) ? whole : [whole];
  if (!items.some(hasSchemaVersion)) {
    return strictJson ? ['not the output of thongbao parse (no object with schemaVersion 1)'] : null;
  }
  const errors: string[] = [];
  items.forEach((item, i) => validateInto(item, `item ${i + 1}`, sink, errors));
  return errors;
}

const UTF8 = new TextDecoder('utf-8');

/**
 * Calls `fn` with each line of UTF-8 bytes (after a byte-order mark), numbered from 1, until it returns false.
 * The lines are decoded one by one: the NDJSON of a large archive is never one string, which V8 could not even
 * hold past 2^29 characters.
 */
function forEachLine(bytes: Uint8Array, fn: (line: string, number: number) => boolean | void): void {
  let start = hasUtf8Bom(bytes) ? 3 : 0;
  for (let number = 1; start <= bytes.length; number++) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    if (fn(UTF8.decode(bytes.subarray(start, end)), number) === false) return;
    start = end + 1;
  }
}

/**
 * Whether bytes that may hold JSON are NDJSON: a first line with a whole JSON value, and more after it. One
 * value, indented (a first line of "{") or on one line, is read whole instead.
 */
function isNdjson(bytes: Uint8Array): boolean {
  let first: boolean | null = null;
  let more = false;
  forEachLine(bytes, (line) => {
    if (line.trim() === '') return true;
    if (first !== null) {
      more = true;
      return false;
    }
    try {
      JSON.parse(line);
      first = true;
      return true;
    } catch {
      first = false;
      return false;
    }
  });
  return first === true && more;
}

/** NDJSON, a line at a time: only one line's objects are alive at once, however long the input. */
function readNdjson(bytes: Uint8Array, strictJson: boolean, sink: NoticeSink): string[] | null {
  const errors: string[] = [];
  let parseOutput = false;
  forEachLine(bytes, (line, number) => {
    if (line.trim() === '') return;
    let item: unknown;
    try {
      item = JSON.parse(line);
    } catch {
      errors.push(`line ${number} is not valid JSON`);
      return;
    }
    if (hasSchemaVersion(item)) parseOutput = true;
    validateInto(item, `line ${number}`, sink, errors);
  });
  if (parseOutput) return errors;
  return strictJson ? ['not valid JSON or NDJSON from thongbao parse'] : null;
}

/**
 * Whether bytes may hold JSON: "{" or "[" after a UTF-8 byte-order mark and white space. Tells most notice
 * text from parse output without decoding all of it.
 */
function mayBeJson(bytes: Uint8Array): boolean {
  let i = hasUtf8Bom(bytes) ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return bytes[i] === 0x7b || bytes[i] === 0x5b;
}

/**
 * Turns one input's bytes into notices: parse output (JSON / NDJSON) when the content is that, otherwise
 * notice text through the parser. Returns the problems found.
 * @param path the input's path ("-" for stdin), recorded as the notice's source for text
 * @param bytes its content
 * @param sink receives the notices, in order
 * @param opts how to read notice text
 */
export function loadNotices(path: string, bytes: Uint8Array, sink: NoticeSink, opts: TextOptions = {}): string[] {
  if (mayBeJson(bytes)) {
    const asJson = isNdjson(bytes)
      ? readNdjson(bytes, JSON_EXTENSIONS.includes(extname(path).toLowerCase()), sink)
      : readNoticeJson(UTF8.decode(bytes), path, sink);
    if (asJson) return asJson;
  }
  const parsed = NoticeSchema.safeParse(
    parseNoticeBuffer(bytes, { source: path, ...(opts.encoding ? { encoding: opts.encoding } : {}) }),
  );
  if (!parsed.success) return [`the parser gave an invalid notice (${issueText(parsed.error)})`];
  sink(parsed.data);
  return [];
}

/**
 * Reads one input of a report, handing its notices to `sink`; returns why it could not be used, or the
 * problems in it. Never throws.
 * @param entry the input
 * @param maxBytes the size limit of notice text
 * @param sink receives the notices, in order
 * @param opts how to read notice text
 */
export function readReportInput(
  entry: InputEntry,
  maxBytes: number,
  sink: NoticeSink,
  opts: TextOptions = {},
): string[] {
  const read = loadEntry(entry, maxBytes, startsLikeParseOutput);
  return 'error' in read ? [read.error] : loadNotices(entry.path, read.bytes, sink, opts);
}

/** What `report` asks of each input: plain data, sent with the batch to worker threads. */
export interface ReportJob {
  build: BuildRowsOptions;
  filter: RowFilter;
}

/**
 * The rows of one input that pass the report's filters, and the problems with it (why it could not be read,
 * or the lines of its NDJSON that are no notice). Never throws.
 * @param entry the input
 * @param maxBytes the size limit of notice text
 * @param job the report's options
 * @param opts how to read notice text
 */
export function reportRows(
  entry: InputEntry,
  maxBytes: number,
  job: ReportJob,
  opts: TextOptions = {},
): { rows: ReportRow[]; problems: string[] } {
  const rows: ReportRow[] = [];
  const problems = readReportInput(entry, maxBytes, (notice) => {
    for (const row of filterRows(buildRows(notice, job.build), job.filter)) rows.push(row);
  }, opts);
  return { rows, problems };
}
