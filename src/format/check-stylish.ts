import { Chalk } from 'chalk';
import type { FileResult } from '../check/types.js';

/** Options of {@link formatStylish}. */
export interface StylishOptions {
  /** Colour the output (the CLI decides: a terminal, no NO_COLOR, no --no-color). */
  color: boolean;
}

/**
 * The default report: per file a header line with the path, then one row per problem
 * (`  line:col  error  message  rule-id`), then a summary line. Empty when there is no problem.
 * @param results the files checked
 * @param opts colour or not
 */
export function formatStylish(results: readonly FileResult[], opts: StylishOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  const out: string[] = [];
  for (const r of results) {
    if (!r.diagnostics.length) continue;
    out.push(c.underline(r.path));
    const rows = r.diagnostics.map((d) => [`${d.line}:${d.column}`, d.severity, d.message, d.ruleId] as const);
    // Loops, not Math.max(...): a file may have more problems than a call takes arguments.
    let w0 = 0;
    let w2 = 0;
    for (const x of rows) {
      w0 = Math.max(w0, x[0].length);
      w2 = Math.max(w2, x[2].length);
    }
    for (const [i, [pos, sev, msg, id]] of rows.entries()) {
      const d = r.diagnostics[i]!;
      if (d.severity === 'error') errors++;
      else warnings++;
      if (d.fix) fixable++;
      const sevText = sev === 'error' ? c.red('error  ') : c.yellow('warning');
      out.push(`  ${c.dim(pos.padEnd(w0))}  ${sevText}  ${msg.padEnd(w2)}  ${c.dim(id)}`);
    }
    out.push('');
  }
  const total = errors + warnings;
  if (!total) return '';
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  out.push(errors ? c.red.bold(summary) : c.yellow.bold(summary));
  if (fixable) out.push(c.dim(`  ${plural(fixable, 'problem')} fixable with --fix`));
  return out.join('\n') + '\n';
}
