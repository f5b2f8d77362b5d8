import type { ReportRow } from './row.js';
import { STATUSES } from './status.js';

/** The orders `--sort` offers. */
export const SORT_KEYS = ['due', 'notice', 'assignee', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/**
 * A comparison by Vietnamese collation ("đ" after "d"; with `numeric`, "u2" before "u10"). The collator is
 * made at the first comparison of two different strings: making one loads ICU's collation data, about
 * 15 ms that a report ordered by dates and numbers never needs.
 * @param options the collator's options
 */
export function vietnameseOrder(options: Intl.CollatorOptions): (a: string, b: string) => number {
  let collator: Intl.Collator | undefined;
  return (a, b) => (a === b ? 0 : (collator ??= new Intl.Collator('vi', options)).compare(a, b));
}

const collate = vietnameseOrder({ numeric: true, sensitivity: 'base' });

// Section numbers of notices: "I", "II", "IV", "IX", "XII".
const ROMAN = /^[IVXLC]+$/u;
// "10", "2"
const DIGITS = /^\d+$/u;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i]!]!;
    const next = i + 1 < s.length ? ROMAN_VALUES[s[i + 1]!]! : 0;
    total += v < next ? -v : v;
  }
  return total;
}

function compareSegment(a: string, b: string): number {
  if (DIGITS.test(a) && DIGITS.test(b)) return Number(a) - Number(b);
  if (ROMAN.test(a) && ROMAN.test(b)) return romanValue(a) - romanValue(b);
  return collate(a, b);
}

/**
 * Compares task ids in document order: "2" < "10", "4.1" < "4.2" < "4.10", "II.2" < "IV.1" < "IX.1",
 * "4" < "4.1", and Vietnamese letter points "d" < "đ" < "e".
 */
export function compareTaskIds(a: string, b: string): number {
  const as = a.split('.');
  const bs = b.split('.');
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    const c = compareSegment(as[i]!, bs[i]!);
    if (c !== 0) return c;
  }
  return as.length - bs.length;
}

/** Compares notice labels naturally: "28/TB-UBND" before "307/TB-UBND". */
export function compareText(a: string, b: string): number {
  return collate(a, b);
}

// Undated rows sort after every dated one.
function compareDue(a: ReportRow, b: ReportRow): number {
  if (a.due === b.due) return 0;
  if (a.due === null) return 1;
  if (b.due === null) return -1;
  return a.due < b.due ? -1 : 1;
}

function compareNotice(a: ReportRow, b: ReportRow): number {
  return compareText(a.notice, b.notice) || compareText(a.source ?? '', b.source ?? '');
}

function compareTask(a: ReportRow, b: ReportRow): number {
  return compareTaskIds(a.taskId, b.taskId) || a.line - b.line;
}

// Rows without an assignee go last.
function compareAssignee(a: ReportRow, b: ReportRow): number {
  const x = a.assignees[0];
  const y = b.assignees[0];
  if (x === y) return 0;
  if (x === undefined) return 1;
  if (y === undefined) return -1;
  return compareText(x, y);
}

function compareStatus(a: ReportRow, b: ReportRow): number {
  return STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status);
}

const ORDERS: Record<SortKey, Array<(a: ReportRow, b: ReportRow) => number>> = {
  due: [compareDue, compareNotice, compareTask],
  notice: [compareNotice, compareTask, compareDue],
  assignee: [compareAssignee, compareDue, compareNotice, compareTask],
  status: [compareStatus, compareDue, compareNotice, compareTask],
};

/**
 * Sorts rows (a new array). `due`: by due date (undated last), then notice, then task id;
 * `notice`: notice, task, due; `assignee`: first assignee, due, notice, task;
 * `status`: overdue, due-soon, upcoming, undated, then due, notice, task.
 */
export function sortRows(rows: readonly ReportRow[], key: SortKey = 'due'): ReportRow[] {
  const order = ORDERS[key];
  return [...rows].sort((a, b) => {
    for (const cmp of order) {
      const c = cmp(a, b);
      if (c !== 0) return c;
    }
    return 0;
  });
}
