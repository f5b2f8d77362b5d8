/** Report rows: building them from notices, filtering, sorting and grouping. Pure functions only. */
export { ReportRowSchema, buildRows, buildReport, noticeLabel, walkTasks } from './row.js';
export type { ReportRow, BuildRowsOptions } from './row.js';
export { STATUSES, REPORT_TIME_ZONE, statusOf, daysBetween, todayInVietnam, parseIsoDate } from './status.js';
export type { Status } from './status.js';
export { filterRows } from './filter.js';
export type { RowFilter } from './filter.js';
export { SORT_KEYS, sortRows, compareTaskIds } from './sort.js';
export type { SortKey } from './sort.js';
export { GROUP_KEYS, groupRows, countStatuses } from './group.js';
export type { GroupKey, RowGroup, StatusCounts } from './group.js';
export { foldVi } from './fold.js';
