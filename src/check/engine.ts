/**
 * Runs the rules over one text: builds the context (prepared text, parsed notice, header, standard),
 * collects diagnostics with line and column, and applies fixes.
 */
import type { Notice } from '../schema.js';
import { parseNotice } from '../parse/notice.js';
import { isDoubleSpaced, markBlanks } from '../parse/layout.js';
import { prepareText } from '../text/prepare.js';
import { SourceText } from '../text/source.js';
import { findHeader, type Header } from './header.js';
import type { Diagnostic, Fix, Rule, RuleContext, Severity, Standard } from './types.js';
import { pickStandard } from './standard.js';

/** How a rule is set for one run: its severity and options; rules not listed run with their defaults. */
export interface RuleSetting {
  severity: Severity | 'off';
  options?: Record<string, unknown>;
}

/** Options of {@link checkText}. */
export interface CheckOptions {
  rules: readonly Rule[];
  /** Per-rule settings by id. */
  settings?: Record<string, RuleSetting>;
  /** `auto` picks by the issue date. */
  standard?: Standard | 'auto';
  /** YYYY-MM-DD. */
  asOf: string;
  /** A parsed notice to reuse; parsed from the text when absent. */
  notice?: Notice;
}

/** What checking one text gives. */
export interface CheckResult {
  /** The prepared text the positions refer to. */
  text: string;
  standard: Standard;
  party: boolean;
  diagnostics: Diagnostic[];
}

/**
 * Checks one decoded text against the rules. Never throws because of the text: a rule that throws
 * is reported as an `internal` diagnostic on line 1 so that a batch goes on.
 * @param raw the decoded text (prepared here with {@link prepareText})
 * @param opts the rules, their settings, the standard and the as-of date
 */
export function checkText(raw: string, opts: CheckOptions): CheckResult {
  const text = prepareText(raw);
  const source = new SourceText(text);
  const notice = opts.notice ?? parseNotice(text);
  const doubleSpaced = isDoubleSpaced(markBlanks(source.lines));
  const header: Header = findHeader(source, notice, doubleSpaced);
  const standard = pickStandard(opts.standard ?? 'auto', header, notice);
  const diagnostics: Diagnostic[] = [];
  for (const rule of opts.rules) {
    const setting = opts.settings?.[rule.id];
    const severity = setting?.severity ?? rule.severity;
    if (severity === 'off') continue;
    const ctx: RuleContext = {
      source,
      notice,
      header,
      standard,
      party: header.party,
      asOf: opts.asOf,
      doubleSpaced,
      options: setting?.options ?? {},
      report(r) {
        const start = source.positionAt(r.start);
        const end = source.positionAt(r.end ?? r.start);
        const d: Diagnostic = {
          ruleId: rule.id,
          severity: r.severity === 'warning' ? 'warning' : severity,
          message: r.message,
          line: start.line,
          column: start.column,
        };
        if (r.end !== undefined && r.end > r.start) {
          d.endLine = end.line;
          d.endColumn = end.column;
        }
        if (r.fix) d.fix = r.fix;
        diagnostics.push(d);
      },
    };
    try {
      rule.check(ctx);
    } catch (err) {
      diagnostics.push({
        ruleId: rule.id,
        severity: 'error',
        message: `Rule failed on this text: ${(err as Error)?.message ?? String(err)}.`,
        line: 1,
        column: 1,
      });
    }
  }
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  return { text, standard, party: header.party, diagnostics };
}

/**
 * Applies the fixes of one pass: from the end of the text backwards, skipping any fix that overlaps
 * one already taken.
 * @param text the prepared text the fixes refer to
 * @param fixes the fixes
 */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: number } {
  const sorted = [...fixes].sort((a, b) => b.range[0] - a.range[0] || b.range[1] - a.range[1]);
  let out = text;
  let applied = 0;
  let limit = Infinity;
  for (const f of sorted) {
    const [s, e] = f.range;
    if (s < 0 || e < s || e > text.length || e > limit) continue;
    // Two insertions at the same point would both claim it: take the first only.
    if (e === limit && s === e && applied > 0) continue;
    out = out.slice(0, s) + f.text + out.slice(e);
    limit = s;
    applied++;
  }
  return { text: out, applied };
}

/** What {@link fixText} gives: the fixed text, the problems left and how many fixes were made. */
export interface FixResult extends CheckResult {
  fixed: number;
}

/**
 * Fixes what can be fixed mechanically, checking again after each pass until nothing changes
 * (at most ten passes), and returns the problems that remain.
 * @param raw the decoded text
 * @param opts as for {@link checkText}; a given notice is used for the first pass only
 */
export function fixText(raw: string, opts: CheckOptions): FixResult {
  let result = checkText(raw, opts);
  let fixed = 0;
  for (let pass = 0; pass < 10; pass++) {
    const fixes = result.diagnostics.flatMap((d) => (d.fix ? [d.fix] : []));
    if (!fixes.length) break;
    const next = applyFixes(result.text, fixes);
    if (next.applied === 0 || next.text === result.text) break;
    fixed += next.applied;
    const { notice: _first, ...rest } = opts;
    void _first;
    result = checkText(next.text, rest);
  }
  return { ...result, fixed };
}

// A line and the line end after it, as the file has them: "\r\n", "\r", "\n" or none at the end.
const LINE_WITH_END = /([^\r\n]*)(\r\n|\r|\n|$)/gy;

/**
 * The fixed text as it should be written back: every line the fixes left alone exactly as the file had it
 * (no-break spaces, invisible characters, decomposed letters, its own line end), and in a line they changed
 * only the changed stretch replaced, where the prepared line has the file's line's length (the clean-up only
 * swapped characters one for one there); otherwise the whole line as fixed. With a different number of lines
 * (no fix does that) the fixed text is returned as it is.
 * @param raw the decoded text, as {@link fixText} was given it, without its byte-order mark
 * @param fixed the fixed text {@link fixText} returned
 */
export function writeBack(raw: string, fixed: string): string {
  const before = prepareText(raw).split('\n');
  const after = fixed.split('\n');
  if (before.length !== after.length) return fixed;
  let out = '';
  let i = 0;
  LINE_WITH_END.lastIndex = 0;
  for (let m = LINE_WITH_END.exec(raw); m && i < before.length; m = LINE_WITH_END.exec(raw), i++) {
    const [, line = '', end = ''] = m;
    const was = before[i] as string;
    const now = after[i] as string;
    out += (was === now ? line : line.length === was.length ? splice(line, was, now) : now) + end;
    if (end === '') break;
  }
  return i === before.length - 1 ? out : fixed;
}

/** `line` with the stretch where `was` and `now` differ replaced by `now`'s; `line` and `was` are one for one. */
function splice(line: string, was: string, now: string): string {
  let head = 0;
  while (head < was.length && head < now.length && was[head] === now[head]) head++;
  let tail = 0;
  while (tail < was.length - head && tail < now.length - head && was[was.length - 1 - tail] === now[now.length - 1 - tail]) tail++;
  return line.slice(0, head) + now.slice(head, now.length - tail) + line.slice(line.length - tail);
}
