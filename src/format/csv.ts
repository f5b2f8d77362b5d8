import type { ReportRow } from '../report/row.js';

/** The columns of the csv format, in order: the row's field names, as in json. */
export const CSV_COLUMNS = [
  'notice',
  'source',
  'issued',
  'taskId',
  'taskText',
  'assignees',
  'assigneesText',
  'coordinators',
  'phrase',
  'kind',
  'start',
  'due',
  'certain',
  'daysLeft',
  'status',
  'line',
] as const satisfies ReadonlyArray<keyof ReportRow>;

// A spreadsheet evaluates a cell that starts with one of these as a formula: =1+1, +cmd, -2+3, @SUM, tab, CR.
const FORMULA_START = /^[=+\-@\t\r]/u;
// Fields holding a comma, a quote or a line break must be quoted (RFC 4180, 2.6).
const NEEDS_QUOTES = /[",\r\n]/u;
// Excel only reads a csv file as UTF-8 when it starts with a byte order mark.
const BOM = '\uFEFF';
const CRLF = '\r\n';
// Several names in one cell.
const LIST_SEPARATOR = '; ';

/**
 * Quotes one text field for csv: neutralises a leading formula character with an apostrophe (so a
 * spreadsheet shows the text instead of running it), then encloses the field in double quotes,
 * doubling inner quotes, when it holds a comma, a quote or a line break.
 */
export function csvText(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

function cell(value: ReportRow[(typeof CSV_COLUMNS)[number]]): string {
  if (value === null) return '';
  // Numbers and booleans come from the program, never from the notice, and cannot be formulas:
  // "-3" days left stays a number a spreadsheet can sort.
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return csvText(Array.isArray(value) ? value.join(LIST_SEPARATOR) : value);
}

/**
 * Renders rows as csv (RFC 4180): a header line of field names, UTF-8 with a byte order mark, CRLF
 * after every record, lists joined with "; ", empty cells for nulls and ISO dates.
 * @param rows the rows
 * @returns the whole file's text
 */
export function formatCsv(rows: readonly ReportRow[]): string {
  const lines = [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((c) => cell(r[c])).join(','))];
  return BOM + lines.map((l) => l + CRLF).join('');
}
