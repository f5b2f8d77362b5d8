/** Output formats of `thongbao report` and the Decree 30 metadata mapping. Pure functions only. */
export { formatTable } from './table.js';
export type { TableOptions } from './table.js';
export { formatCsv, csvText, CSV_COLUMNS } from './csv.js';
export { formatJson, formatNdjson } from './json.js';
export { formatMarkdown, mdCell } from './md.js';
export type { MarkdownOptions } from './md.js';
export { formatIcs, foldIcsLine, escapeIcsText, eventUid } from './ics.js';
export type { IcsOptions } from './ics.js';
export { toNd30, latestDueDate, Nd30Schema } from './nd30.js';
export type { Nd30Metadata } from './nd30.js';
export { LANGS, labels, summaryLine, ddmmyyyy } from './labels.js';
export type { Lang } from './labels.js';
