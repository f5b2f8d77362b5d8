import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { countStatuses, groupRows, type GroupKey } from '../report/group.js';
import type { ReportRow } from '../report/row.js';
import type { Status } from '../report/status.js';
import { ddmmyyyy, dueText, labels, shortTaskText, summaryLine, type Headers, type Lang } from './labels.js';

/** Options of the table format. */
export interface TableOptions {
  lang?: Lang;
  /** Colour statuses (red overdue, yellow due-soon); the CLI turns it off off-terminal and for NO_COLOR. */
  color?: boolean;
  /** Total width to fit the table in (the terminal's columns); default 100. */
  width?: number;
  /** Print one table per group, each under a title with its counts. */
  groupBy?: GroupKey;
}

const COLUMNS: Array<keyof Headers> = ['notice', 'issued', 'task', 'assignees', 'phrase', 'due', 'daysLeft', 'status'];
// Columns that hold short values and get exactly the width they need; the others share what is left.
const FLEXIBLE: Partial<Record<keyof Headers, number>> = { task: 0.5, assignees: 0.28, phrase: 0.22 };
// Padding of one space on each side of a cell, as cli-table3 draws it.
const PADDING = 2;
// Below this, a flexible column is not worth drawing narrower; the table then overflows instead.
const MIN_FLEXIBLE = 12;
const PLACEHOLDER = '—';
// Characters of task text shown in a cell; the whole text is in json and csv.
const TASK_TEXT_MAX = 90;
const WORD_SEPARATOR = /\s+/u;

function textWidth(s: string): number {
  return [...s].length;
}

// Longest word, since cli-table3 truncates a word that does not fit its column instead of breaking it.
function longestWord(s: string): number {
  return Math.max(0, ...s.split(WORD_SEPARATOR).map(textWidth));
}

function longestLine(s: string): number {
  return Math.max(0, ...s.split('\n').map(textWidth));
}

function cells(r: ReportRow, lang: Lang): Record<keyof Headers, string> {
  return {
    notice: r.notice || PLACEHOLDER,
    issued: r.issued ? ddmmyyyy(r.issued) : PLACEHOLDER,
    task: `${r.taskId}. ${shortTaskText(r.taskText, TASK_TEXT_MAX)}`,
    assignees: r.assignees.length ? r.assignees.join('; ') : PLACEHOLDER,
    phrase: r.phrase ?? PLACEHOLDER,
    // A range takes two lines so the column stays one date wide.
    due: dueText(r, '–\n') || PLACEHOLDER,
    daysLeft: r.daysLeft === null ? PLACEHOLDER : String(r.daysLeft),
    status: labels(lang).status[r.status],
  };
}

function columnWidths(rows: Array<Record<keyof Headers, string>>, headers: Headers, width: number): number[] {
  const fixed = new Map<keyof Headers, number>();
  for (const c of COLUMNS) {
    if (FLEXIBLE[c] !== undefined) continue;
    // Short values stay on one line; only the header wraps, word by word.
    const content = Math.max(...rows.map((r) => longestLine(r[c])), 1);
    fixed.set(c, Math.max(content, longestWord(headers[c])) + PADDING);
  }
  const borders = COLUMNS.length + 1;
  const left = width - borders - [...fixed.values()].reduce((a, b) => a + b, 0);
  // Each flexible column first gets its minimum (never narrower than its longest word), then a share
  // of what is left; the rounding remainder goes to the task column.
  const minimum = new Map<keyof Headers, number>();
  for (const c of COLUMNS) {
    if (FLEXIBLE[c] === undefined) continue;
    const words = Math.max(longestWord(headers[c]), ...rows.map((r) => longestWord(r[c]))) + PADDING;
    minimum.set(c, Math.max(MIN_FLEXIBLE, words));
  }
  const extra = Math.max(0, left - [...minimum.values()].reduce((a, b) => a + b, 0));
  const widths = new Map<keyof Headers, number>();
  for (const [c, min] of minimum) widths.set(c, min + Math.floor(extra * FLEXIBLE[c]!));
  const spare = extra > 0 ? left - [...widths.values()].reduce((a, b) => a + b, 0) : 0;
  widths.set('task', widths.get('task')! + spare);
  return COLUMNS.map((c) => fixed.get(c) ?? widths.get(c)!);
}

function paintStatus(chalk: ChalkInstance, status: Status, text: string): string {
  if (status === 'overdue') return chalk.red(text);
  if (status === 'due-soon') return chalk.yellow(text);
  return text;
}

function renderTable(rows: readonly ReportRow[], lang: Lang, chalk: ChalkInstance, width: number): string {
  const headers = labels(lang).headers;
  const body = rows.map((r) => cells(r, lang));
  const table = new Table({
    head: COLUMNS.map((c) => chalk.bold(headers[c])),
    colWidths: columnWidths(body, headers, width),
    wordWrap: true,
    // cli-table3 colours headers and borders by default; colour here is the status's alone.
    style: { head: [], border: [] },
  });
  rows.forEach((r, i) => {
    const c = body[i]!;
    table.push(
      COLUMNS.map((k) => (k === 'status' ? paintStatus(chalk, r.status, c.status) : k === 'daysLeft' ? { content: c[k], hAlign: 'right' as const } : c[k])),
    );
  });
  return table.toString();
}

/**
 * Renders rows as a boxed text table with a one-line summary under it (and, grouped, one table per
 * group under a title with its counts). Dates are dd/mm/yyyy; long text is wrapped to the width.
 * @param rows sorted rows
 * @param opts language, colour, width and grouping
 * @returns the text to print, ending with a newline
 */
export function formatTable(rows: readonly ReportRow[], opts: TableOptions = {}): string {
  const lang = opts.lang ?? 'vi';
  const chalk = new Chalk({ level: opts.color ? 1 : 0 });
  const width = opts.width ?? 100;
  const l = labels(lang);
  const summary = summaryLine(countStatuses(rows), lang);
  if (rows.length === 0) return `${l.empty}\n${summary}\n`;
  if (!opts.groupBy) return `${renderTable(rows, lang, chalk, width)}\n${summary}\n`;
  const sections = groupRows(rows, opts.groupBy).map((g) => {
    const title = `${chalk.bold(g.key ?? l.noAssignee)} (${summaryLine(g.counts, lang)})`;
    return `${title}\n${renderTable(g.rows, lang, chalk, width)}\n`;
  });
  return `${sections.join('\n')}\n${summary}\n`;
}
