import type { ReportRow } from './row.js';
import { compareText } from './sort.js';
import { STATUSES, type Status } from './status.js';

/** The groupings `--group-by` offers. */
export const GROUP_KEYS = ['assignee', 'notice'] as const;
export type GroupKey = (typeof GROUP_KEYS)[number];

/** How many rows have each status. */
export type StatusCounts = Record<Status, number> & { total: number };

/** A section of a grouped report. */
export interface RowGroup {
  /** The assignee's canonical name or the notice label; null for rows with no assignee. */
  key: string | null;
  rows: ReportRow[];
  counts: StatusCounts;
}

/** Counts rows by status. */
export function countStatuses(rows: readonly ReportRow[]): StatusCounts {
  const counts = { total: rows.length } as StatusCounts;
  for (const s of STATUSES) counts[s] = 0;
  for (const r of rows) counts[r.status]++;
  return counts;
}

/**
 * Splits sorted rows into sections, keeping their order inside each section. By assignee, a row with
 * several assignees appears in the section of each (each unit sees its whole list), and rows with none
 * form a last section keyed null. Sections are ordered by key (Vietnamese collation).
 * @param rows rows, already sorted
 * @param by "assignee" or "notice"
 */
export function groupRows(rows: readonly ReportRow[], by: GroupKey): RowGroup[] {
  const map = new Map<string | null, ReportRow[]>();
  const add = (key: string | null, r: ReportRow) => {
    const list = map.get(key);
    if (list) list.push(r);
    else map.set(key, [r]);
  };
  for (const r of rows) {
    if (by === 'notice') add(r.notice, r);
    else if (r.assignees.length === 0) add(null, r);
    else r.assignees.forEach((a) => add(a, r));
  }
  return [...map.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : compareText(a, b)))
    .map(([key, list]) => ({ key, rows: list, counts: countStatuses(list) }));
}
