import type { StatusCounts } from '../report/group.js';
import type { Status } from '../report/status.js';

/** Languages of the human-readable formats (table, md). */
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Column headers of the table and Markdown formats, in column order. */
export interface Headers {
  notice: string;
  issued: string;
  task: string;
  assignees: string;
  phrase: string;
  due: string;
  daysLeft: string;
  status: string;
}

/** The words each language uses in headers, statuses and summaries. */
interface Labels {
  headers: Headers;
  status: Record<Status, string>;
  /** "12 thời hạn" / "12 deadlines". */
  total: (n: number) => string;
  /** Section title for rows with no assignee. */
  noAssignee: string;
  /** Printed when no row is left. */
  empty: string;
}

const LABELS: Record<Lang, Labels> = {
  vi: {
    headers: {
      notice: 'Số văn bản',
      issued: 'Ngày ban hành',
      task: 'Nhiệm vụ',
      assignees: 'Đơn vị thực hiện',
      phrase: 'Thời hạn',
      due: 'Hạn chót',
      daysLeft: 'Còn (ngày)',
      status: 'Trạng thái',
    },
    status: { overdue: 'quá hạn', 'due-soon': 'sắp đến hạn', upcoming: 'còn hạn', undated: 'không thời hạn' },
    total: (n) => `${n} thời hạn`,
    noAssignee: '(chưa rõ đơn vị thực hiện)',
    empty: 'Không có thời hạn nào.',
  },
  en: {
    headers: {
      notice: 'Notice',
      issued: 'Issued',
      task: 'Task',
      assignees: 'Assignees',
      phrase: 'Deadline',
      due: 'Due',
      daysLeft: 'Days left',
      status: 'Status',
    },
    status: { overdue: 'overdue', 'due-soon': 'due soon', upcoming: 'upcoming', undated: 'undated' },
    total: (n) => `${n} ${n === 1 ? 'deadline' : 'deadlines'}`,
    noAssignee: '(no assignee)',
    empty: 'No deadlines.',
  },
};

/** The labels of a language. */
export function labels(lang: Lang): Labels {
  return LABELS[lang];
}

/**
 * The one-line summary under a table: "12 thời hạn: 3 quá hạn, 2 sắp đến hạn, 5 còn hạn, 2 không thời hạn".
 * Every status is named, zeros included, so the line has the same shape every time.
 */
export function summaryLine(counts: StatusCounts, lang: Lang): string {
  const l = LABELS[lang];
  const parts = (['overdue', 'due-soon', 'upcoming', 'undated'] as const).map((s) => `${counts[s]} ${l.status[s]}`);
  return `${l.total(counts.total)}: ${parts.join(', ')}`;
}

// 2017-10-15
const ISO_PARTS = /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})$/u;

/** "2017-10-15" -> "15/10/2017"; anything else is returned unchanged. */
export function ddmmyyyy(iso: string): string {
  const g = ISO_PARTS.exec(iso)?.groups;
  return g ? `${g.d}/${g.m}/${g.y}` : iso;
}

/** The due cell: "15/10/2017", a range "01/09/2017–31/10/2017", "?" after a date whose year or month was inferred. */
export function dueText(
  row: { start: string | null; due: string | null; certain: boolean | null },
  rangeSeparator = '–',
): string {
  if (row.due === null) return '';
  const mark = row.certain === false ? '?' : '';
  const end = ddmmyyyy(row.due) + mark;
  return row.start !== null && row.start !== row.due ? `${ddmmyyyy(row.start)}${rangeSeparator}${end}` : end;
}

/**
 * Shortens a task text for a table cell: its first paragraph, cut at a word boundary with "…" when
 * longer than `max` characters. The whole text stays in json and csv.
 */
export function shortTaskText(text: string, max = 120): string {
  const chars = [...text.split('\n')[0]!.trim()];
  if (chars.length <= max) return chars.join('');
  const cut = chars.slice(0, max).join('');
  // Cut at the last space, unless the cut already falls at the end of a word.
  const space = /[\p{L}\p{N}]/u.test(chars[max]!) ? cut.lastIndexOf(' ') : cut.length;
  return (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/u, '') + '…';
}
