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
// On a terminal too narrow for every column, the issue date goes first: it says least about what to do.
const NARROW_COLUMNS = COLUMNS.filter((c) => c !== 'issued');
// Columns that hold short values and get exactly the width they need; the others share what is left.
const FLEXIBLE: Partial<Record<keyof Headers, number>> = { task: 0.5, assignees: 0.28, phrase: 0.22 };
// Padding of one space on each side of a cell, as cli-table3 draws it.
const PADDING = 2;
// Below this, a flexible column is not worth drawing narrower.
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

/** Which columns a table draws and how wide each is, cell padding included. */
interface Layout {
  columns: Array<keyof Headers>;
  widths: number[];
}

function layoutFor(
  rows: Array<Record<keyof Headers, string>>,
  headers: Headers,
  width: number,
  columns: Array<keyof Headers>,
): Layout & { fits: boolean } {
  const fixed = new Map<keyof Headers, number>();
  const minimum = new Map<keyof Headers, number>();
  for (const c of columns) {
    if (FLEXIBLE[c] === undefined) {
      // Short values stay on one line; only the header wraps, word by word.
      // A loop, not Math.max(...): a report of a large archive has more rows than a call takes arguments.
      let content = 1;
      for (const r of rows) content = Math.max(content, longestLine(r[c]));
      fixed.set(c, Math.max(content, longestWord(headers[c])) + PADDING);
    } else {
      // Never narrower than the longest word, which cli-table3 would cut.
      let longest = longestWord(headers[c]);
      for (const r of rows) longest = Math.max(longest, longestWord(r[c]));
      const words = longest + PADDING;
      minimum.set(c, Math.max(MIN_FLEXIBLE, words));
    }
  }
  const sum = (m: Map<keyof Headers, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const left = width - (columns.length + 1) - sum(fixed);
  // Each flexible column gets its minimum, then a share of what is left; the rounding remainder goes
  // to the task column.
  const extra = Math.max(0, left - sum(minimum));
  const flexible = new Map<keyof Headers, number>();
  for (const [c, min] of minimum) flexible.set(c, min + Math.floor(extra * FLEXIBLE[c]!));
  if (extra > 0) flexible.set('task', flexible.get('task')! + left - sum(flexible));
  return { columns, widths: columns.map((c) => fixed.get(c) ?? flexible.get(c)!), fits: left >= sum(minimum) };
}

/** The layout of all rows: every column, or without the issue date when the width is too small for all. */
function chooseLayout(rows: Array<Record<keyof Headers, string>>, headers: Headers, width: number): Layout {
  const full = layoutFor(rows, headers, width, COLUMNS);
  return full.fits ? full : layoutFor(rows, headers, width, NARROW_COLUMNS);
}

function paintStatus(chalk: ChalkInstance, status: Status, text: string): string {
  if (status === 'overdue') return chalk.red(text);
  if (status === 'due-soon') return chalk.yellow(text);
  return text;
}

// cli-table3 copies a table's rows as the arguments of one call, which a report of a large archive has too many
// of, and lays a table out in time that grows with the square of its rows: the rows are drawn this many at a time
// and the pieces joined.
const ROWS_AT_A_TIME = 500;

function renderTable(rows: readonly ReportRow[], lang: Lang, chalk: ChalkInstance, layout: Layout): string {
  if (rows.length <= ROWS_AT_A_TIME) return renderRows(rows, lang, chalk, layout, true);
  const lines: string[] = [];
  for (let i = 0; i < rows.length; i += ROWS_AT_A_TIME) {
    const piece = renderRows(rows.slice(i, i + ROWS_AT_A_TIME), lang, chalk, layout, i === 0).split('\n');
    if (i > 0) {
      // The bottom border above and the top border here give way to the line drawn between rows.
      lines.pop();
      lines.push((piece.shift() as string).replace('┌', '├').replaceAll('┬', '┼').replace('┐', '┤'));
    }
    for (const line of piece) lines.push(line);
  }
  return lines.join('\n');
}

function renderRows(rows: readonly ReportRow[], lang: Lang, chalk: ChalkInstance, layout: Layout, head: boolean): string {
  const headers = labels(lang).headers;
  const table = new Table({
    head: head ? layout.columns.map((c) => chalk.bold(headers[c])) : [],
    colWidths: layout.widths,
    wordWrap: true,
    // cli-table3 colours headers and borders by default; colour here is the status's alone.
    style: { head: [], border: [] },
  });
  for (const r of rows) {
    const c = cells(r, lang);
    table.push(
      layout.columns.map((k) =>
        k === 'status' ? paintStatus(chalk, r.status, c.status) : k === 'daysLeft' ? { content: c[k], hAlign: 'right' as const } : c[k],
      ),
    );
  }
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
  // One layout for every group, so the sections line up.
  const layout = chooseLayout(rows.map((r) => cells(r, lang)), l.headers, width);
  if (!opts.groupBy) return `${renderTable(rows, lang, chalk, layout)}\n${summary}\n`;
  const sections = groupRows(rows, opts.groupBy).map((g) => {
    const title = `${chalk.bold(g.key ?? l.noAssignee)} (${summaryLine(g.counts, lang)})`;
    return `${title}\n${renderTable(g.rows, lang, chalk, layout)}\n`;
  });
  return `${sections.join('\n')}\n${summary}\n`;
}
