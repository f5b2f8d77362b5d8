import type { FileResult } from '../check/types.js';

/**
 * The report as JSON: an array with one object per file, its counts and its diagnostics (fixes
 * included, as offset ranges into the prepared text).
 * @param results the files checked
 */
export function formatJson(results: readonly FileResult[]): string {
  const files = results.map((r) => ({
    filePath: r.path,
    standard: r.standard ?? null,
    party: r.party ?? false,
    errorCount: r.diagnostics.filter((d) => d.severity === 'error').length,
    warningCount: r.diagnostics.filter((d) => d.severity === 'warning').length,
    messages: r.diagnostics,
  }));
  return JSON.stringify(files, null, 2) + '\n';
}
