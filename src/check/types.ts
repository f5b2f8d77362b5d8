import type { z } from '../zod.js';
import type { Notice } from '../schema.js';
import type { SourceText } from '../text/source.js';
import type { Header } from './header.js';

/** How serious a problem is; `off` in a configuration drops the rule. */
export type Severity = 'error' | 'warning';

/** The rule set a document is held to: the decree, or the circular it replaced. */
export type Standard = 'nd30' | 'tt01';

/** A replacement of `text` for the characters `[start, end)` of the prepared text. */
export interface Fix {
  range: [number, number];
  text: string;
}

/**
 * One problem found in a file. Lines and columns are 1-based and count UTF-16 code units in the
 * prepared text, which keeps the file's lines.
 */
export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fix?: Fix;
}

/** What a rule hands to {@link RuleContext.report}: a span of the prepared text by offsets. */
export interface Report {
  message: string;
  /** Offset of the first character the problem is about. */
  start: number;
  /** Offset just after the span; defaults to `start`. */
  end?: number;
  fix?: Fix;
  /** A rule whose severity is `error` may mark a lesser finding as a warning. */
  severity?: Severity;
}

/** Everything a rule may look at. */
export interface RuleContext {
  readonly source: SourceText;
  readonly notice: Notice;
  readonly header: Header;
  readonly standard: Standard;
  /** True for a Communist Party document ("ĐẢNG CỘNG SẢN VIỆT NAM", "Số 12-TB/HU"). */
  readonly party: boolean;
  /** The date the check runs as of (YYYY-MM-DD), for rules about the future. */
  readonly asOf: string;
  /**
   * True when a blank line follows every line of the text, as after two line-ending conversions: its blank
   * lines then say nothing of where a part ends, and a rule that looks a few lines down looks twice as far.
   */
  readonly doubleSpaced: boolean;
  /** The rule's options from the configuration, already validated. */
  readonly options: Record<string, unknown>;
  report(r: Report): void;
}

/** Where a rule comes from and how it differs between the standards. */
export interface RuleDocs {
  /** The provision, e.g. "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, II.3c". */
  article: string;
  /** How Thông tư 01/2011/TT-BNV differs, or that it does not. */
  tt01: string;
  /** How party documents (Hướng dẫn 36-HD/VPTW) are treated. */
  party?: string;
}

/** A lint rule: a stable id, a one-line description, a default severity and a check. */
export interface Rule {
  id: string;
  description: string;
  severity: Severity;
  docs: RuleDocs;
  fixable?: boolean;
  /** Validates the options object a configuration may give the rule. */
  options?: z.ZodMiniType<Record<string, unknown>>;
  check(ctx: RuleContext): void;
}

/**
 * Declares a rule. Exists so that every rule file reads the same and is type-checked as a {@link Rule}.
 * @param rule the rule
 */
export function defineRule(rule: Rule): Rule {
  return rule;
}

/** The problems found in one file, as the formatters take them. */
export interface FileResult {
  /** The path as given on the command line ("-" for stdin). */
  path: string;
  diagnostics: Diagnostic[];
  standard?: Standard;
  party?: boolean;
}
