import { foldVi } from './fold.js';
import type { ReportRow } from './row.js';
import type { Status } from './status.js';

/** Which rows to keep; every criterion given must hold. */
export interface RowFilter {
  /** Case- and tone-mark-insensitive substring of an assignee, as written or canonical. */
  assignee?: string;
  /** Keep only these statuses. */
  status?: readonly Status[];
  /** Keep rows due on or after this day ("YYYY-MM-DD"); undated rows are dropped. */
  from?: string;
  /** Keep rows due on or before this day ("YYYY-MM-DD"); undated rows are dropped. */
  to?: string;
  /** Case- and tone-mark-insensitive substring of the notice number or source path. */
  notice?: string;
}

/**
 * Keeps the rows that match every criterion of the filter.
 * @param rows report rows
 * @param f the criteria; an empty filter keeps everything
 */
export function filterRows(rows: readonly ReportRow[], f: RowFilter): ReportRow[] {
  const assignee = f.assignee !== undefined ? foldVi(f.assignee) : undefined;
  const notice = f.notice !== undefined ? foldVi(f.notice) : undefined;
  const statuses = f.status && f.status.length ? new Set(f.status) : undefined;
  return rows.filter((r) => {
    if (statuses && !statuses.has(r.status)) return false;
    // ISO dates compare correctly as strings.
    if (f.from !== undefined && (r.due === null || r.due < f.from)) return false;
    if (f.to !== undefined && (r.due === null || r.due > f.to)) return false;
    if (assignee !== undefined && ![...r.assignees, ...r.assigneesText].some((a) => foldVi(a).includes(assignee))) {
      return false;
    }
    if (notice !== undefined && ![r.notice, r.source ?? ''].some((s) => foldVi(s).includes(notice))) return false;
    return true;
  });
}
