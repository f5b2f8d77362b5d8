import { countStatuses, groupRows, type GroupKey } from '../report/group.js';
import type { ReportRow } from '../report/row.js';
import { ddmmyyyy, dueText, labels, shortTaskText, summaryLine, type Headers, type Lang } from './labels.js';

/** Options of the Markdown format. */
export interface MarkdownOptions {
  lang?: Lang;
  /** One table per group, each under a "###" heading with its counts. */
  groupBy?: GroupKey;
}

const COLUMNS: Array<keyof Headers> = ['notice', 'issued', 'task', 'assignees', 'phrase', 'due', 'daysLeft', 'status'];
// A pipe would end the cell; a backslash before it would escape the escape.
const MD_SPECIAL = /[\\|]/gu;
const LINE_BREAK = /\r?\n/gu;

/** Makes text safe inside a Markdown table cell: pipes and backslashes escaped, line breaks as <br>. */
export function mdCell(text: string): string {
  return text.replace(MD_SPECIAL, (c) => `\\${c}`).replace(LINE_BREAK, '<br>');
}

function renderTable(rows: readonly ReportRow[], lang: Lang): string {
  const l = labels(lang);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const out = [line(COLUMNS.map((c) => l.headers[c])), line(COLUMNS.map((c) => (c === 'daysLeft' ? '---:' : '---')))];
  for (const r of rows) {
    out.push(
      line(
        [
          r.notice,
          r.issued ? ddmmyyyy(r.issued) : '',
          `${r.taskId}. ${shortTaskText(r.taskText)}`,
          r.assignees.join('; '),
          r.phrase ?? '',
          dueText(r),
          r.daysLeft === null ? '' : String(r.daysLeft),
          l.status[r.status],
        ].map(mdCell),
      ),
    );
  }
  return out.join('\n');
}

/**
 * Renders rows as a Markdown table (GitHub style) with the summary line under it; grouped, one table
 * per group under a "###" heading.
 * @param rows sorted rows
 * @param opts language and grouping
 */
export function formatMarkdown(rows: readonly ReportRow[], opts: MarkdownOptions = {}): string {
  const lang = opts.lang ?? 'vi';
  const l = labels(lang);
  const summary = summaryLine(countStatuses(rows), lang);
  if (!opts.groupBy) return `${renderTable(rows, lang)}\n\n${summary}\n`;
  const sections = groupRows(rows, opts.groupBy).map(
    (g) => `### ${mdCell(g.key ?? l.noAssignee)}\n\n${renderTable(g.rows, lang)}\n\n${summaryLine(g.counts, lang)}\n`,
  );
  return `${sections.join('\n')}\n${summary}\n`;
}
