import type { ReportRow } from '../report/row.js';

/** Renders rows as one JSON array, indented for reading. */
export function formatJson(rows: readonly ReportRow[]): string {
  return JSON.stringify(rows, null, 2) + '\n';
}

/** Renders rows as NDJSON: one compact JSON object a line. */
export function formatNdjson(rows: readonly ReportRow[]): string {
  return rows.map((r) => JSON.stringify(r) + '\n').join('');
}
