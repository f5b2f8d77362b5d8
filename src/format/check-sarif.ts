import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FileResult, Rule } from '../check/types.js';

/** The SARIF version written and the schema it names. */
export const SARIF_VERSION = '2.1.0';
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** Options of {@link formatSarif}. */
export interface SarifOptions {
  rules: readonly Rule[];
  toolVersion: string;
  /** The folder relative paths are taken from (the working folder). */
  cwd: string;
}

/** A file path as a SARIF artifact URI: relative with "/" when under `cwd`, else a file: URL. */
export function artifactUri(path: string, cwd: string): string {
  if (path === '-') return 'stdin';
  const rel = isAbsolute(path) ? relative(cwd, path) : path;
  if (rel.startsWith('..') || isAbsolute(rel)) return pathToFileURL(path).href;
  return rel.split(sep).map(encodeURIComponent).join('/');
}

/**
 * SARIF 2.1.0 for code-scanning upload: one run, the rules with their help text and a link to their
 * documentation page, one result per problem.
 * @param results the files checked
 * @param opts the rules, the tool version and the working folder
 */
export function formatSarif(results: readonly FileResult[], opts: SarifOptions): string {
  const index = new Map(opts.rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: SARIF_SCHEMA,
    version: SARIF_VERSION,
    runs: [
      {
        tool: {
          driver: {
            name: 'thongbao',
            version: opts.toolVersion,
            informationUri: 'https://www.npmjs.com/package/thongbao',
            rules: opts.rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              fullDescription: { text: `${r.description} Source: ${r.docs.article}.` },
              help: { text: `${r.description}\nSource: ${r.docs.article}.\nThông tư 01/2011/TT-BNV: ${r.docs.tt01}` },
              helpUri: `docs/rules/${r.id}.md`,
              defaultConfiguration: { level: r.severity === 'error' ? 'error' : 'warning' },
            })),
          },
        },
        results: results.flatMap((f) =>
          f.diagnostics.map((d) => {
            const region: Record<string, number> = { startLine: d.line, startColumn: d.column };
            if (d.endLine !== undefined) region.endLine = d.endLine;
            if (d.endColumn !== undefined) region.endColumn = d.endColumn;
            const result: Record<string, unknown> = {
              ruleId: d.ruleId,
              level: d.severity === 'error' ? 'error' : 'warning',
              message: { text: d.message },
              locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(f.path, opts.cwd) }, region } }],
            };
            const i = index.get(d.ruleId);
            if (i !== undefined) result.ruleIndex = i;
            return result;
          }),
        ),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
