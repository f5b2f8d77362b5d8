import { describe, expect, it } from 'vitest';
import { formatMarkdown, mdCell } from '../../src/format/md.js';
import { formatTable } from '../../src/format/table.js';
import { ddmmyyyy, shortTaskText, summaryLine } from '../../src/format/labels.js';
import type { ReportRow } from '../../src/report/row.js';
import { countStatuses } from '../../src/report/group.js';

const OVERDUE: ReportRow = {
  notice: '307/TB-UBND',
  source: 'bg.txt',
  issued: '2017-09-15',
  taskId: '3',
  taskText: 'Rà soát tiêu chí.',
  assignees: ['Sở KH&CN'],
  assigneesText: ['Sở KH&CN'],
  coordinators: [],
  phrase: 'trước 29/9/2017',
  kind: 'before',
  start: null,
  due: '2017-09-29',
  certain: true,
  daysLeft: -2,
  status: 'overdue',
  line: 25,
};
const UNDATED: ReportRow = {
  notice: '28/TB-UBND',
  source: 'lc.txt',
  issued: '2012-06-18',
  taskId: '7',
  taskText: 'Bố trí kinh phí.',
  assignees: [],
  assigneesText: [],
  coordinators: [],
  phrase: null,
  kind: null,
  start: null,
  due: null,
  certain: null,
  daysLeft: null,
  status: 'undated',
  line: 59,
};

describe('table', () => {
  it('draws the rows without colour, Vietnamese headers, dd/mm/yyyy dates, wrapped to the width', () => {
    const expected = [
      '┌─────────────┬────────────┬────────────────────┬───────────────┬───────────────┬────────────┬────────┬────────────────┐',
      '│ Số văn bản  │ Ngày ban   │ Nhiệm vụ           │ Đơn vị thực   │ Thời hạn      │ Hạn chót   │ Còn    │ Trạng thái     │',
      '│             │ hành       │                    │ hiện          │               │            │ (ngày) │                │',
      '├─────────────┼────────────┼────────────────────┼───────────────┼───────────────┼────────────┼────────┼────────────────┤',
      '│ 307/TB-UBND │ 15/09/2017 │ 3. Rà soát tiêu    │ Sở KH&CN      │ trước         │ 29/09/2017 │     -2 │ quá hạn        │',
      '│             │            │ chí.               │               │ 29/9/2017     │            │        │                │',
      '├─────────────┼────────────┼────────────────────┼───────────────┼───────────────┼────────────┼────────┼────────────────┤',
      '│ 28/TB-UBND  │ 18/06/2012 │ 7. Bố trí kinh     │ —             │ —             │ —          │      — │ không thời hạn │',
      '│             │            │ phí.               │               │               │            │        │                │',
      '└─────────────┴────────────┴────────────────────┴───────────────┴───────────────┴────────────┴────────┴────────────────┘',
      '2 thời hạn: 1 quá hạn, 0 sắp đến hạn, 0 còn hạn, 1 không thời hạn',
      '',
    ].join('\n');
    const text = formatTable([OVERDUE, UNDATED], { width: 120 });
    expect(text).toBe(expected);
    expect(text).not.toContain('\u001b[');
  });

  it('fits the width it is given', () => {
    for (const line of formatTable([OVERDUE, UNDATED], { width: 120 }).split('\n').slice(0, 10)) {
      expect([...line].length).toBe(120);
    }
    const wide = formatTable([OVERDUE], { width: 160 }).split('\n');
    expect([...wide[0]!].length).toBe(160);
  });

  it('leaves out the issue date on a terminal too narrow for every column', () => {
    const lines = formatTable([OVERDUE, UNDATED], { width: 100 }).split('\n');
    expect(lines[1]).toBe('│ Số văn bản  │ Nhiệm vụ        │ Đơn vị thực │ Thời hạn    │ Hạn chót   │ Còn    │ Trạng thái     │');
    for (const line of lines.slice(0, 10)) expect([...line].length).toBe(100);
    expect(lines.join('\n')).not.toContain('15/09/2017');
  });

  it('speaks English with --lang en', () => {
    const text = formatTable([OVERDUE], { width: 120, lang: 'en' });
    expect(text).toContain('│ Notice      │ Issued     │ Task');
    expect(text).toContain('overdue');
    expect(text.trimEnd().split('\n').pop()).toBe('1 deadline: 1 overdue, 0 due soon, 0 upcoming, 0 undated');
  });

  it('colours overdue red and due-soon yellow only when asked', () => {
    const soon = { ...OVERDUE, daysLeft: 3, status: 'due-soon' as const };
    const coloured = formatTable([OVERDUE, soon], { width: 120, color: true });
    expect(coloured).toContain('\u001b[31mquá hạn\u001b[39m');
    expect(coloured).toContain('\u001b[33msắp đến hạn\u001b[39m');
    expect(formatTable([OVERDUE, soon], { width: 120, color: false })).not.toContain('\u001b[');
  });

  it('shows a date range on two lines and marks an inferred date with "?"', () => {
    const range = { ...OVERDUE, start: '2017-09-01', due: '2017-10-31', certain: false, daysLeft: 30, status: 'upcoming' as const };
    const lines = formatTable([range], { width: 120 }).split('\n');
    expect(lines[4]).toContain('│ 01/09/2017– │');
    expect(lines[5]).toContain('│ 31/10/2017? │');
  });

  it('prints a section per group with its counts, then the overall summary', () => {
    const other = { ...OVERDUE, notice: '28/TB-UBND', assignees: ['Sở Tài chính'] };
    const text = formatTable([OVERDUE, other, UNDATED], { width: 120, groupBy: 'notice' });
    expect(text.split('\n').filter((l) => !/^[│┌├└]/u.test(l))).toEqual([
      '28/TB-UBND (2 thời hạn: 1 quá hạn, 0 sắp đến hạn, 0 còn hạn, 1 không thời hạn)',
      '',
      '307/TB-UBND (1 thời hạn: 1 quá hạn, 0 sắp đến hạn, 0 còn hạn, 0 không thời hạn)',
      '',
      '3 thời hạn: 2 quá hạn, 0 sắp đến hạn, 0 còn hạn, 1 không thời hạn',
      '',
    ]);
    const byAssignee = formatTable([OVERDUE, other, UNDATED], { width: 120, groupBy: 'assignee' });
    expect(byAssignee).toContain('(chưa rõ đơn vị thực hiện) (1 thời hạn');
  });

  it('draws a table of many rows as one, drawn a few hundred rows at a time', () => {
    const rows = Array.from({ length: 1_203 }, (_, i) => ({ ...OVERDUE, taskId: String(i + 1) }));
    const lines = formatTable(rows, { width: 120 }).split('\n');
    // One top and one bottom border; a line under the header and between every two rows.
    expect(lines.filter((l) => l.startsWith('┌'))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('└'))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('├'))).toHaveLength(1_203);
    const between = lines.filter((l) => l.startsWith('├'));
    expect(new Set(between).size).toBe(1);
    for (const id of ['1. ', '500. ', '501. ', '1000. ', '1001. ', '1203. ']) expect(lines.some((l) => l.includes(`│ ${id}`)), id).toBe(true);
    // Each row once, in order.
    const ids = lines.flatMap((l) => /│ (\d+)\. /u.exec(l)?.[1] ?? []).map(Number);
    expect(ids).toEqual(rows.map((_, i) => i + 1));
  });

  it('says so when there is nothing to list', () => {
    expect(formatTable([], {})).toBe('Không có thời hạn nào.\n0 thời hạn: 0 quá hạn, 0 sắp đến hạn, 0 còn hạn, 0 không thời hạn\n');
  });
});

describe('text helpers', () => {
  it('writes dates as dd/mm/yyyy', () => {
    expect(ddmmyyyy('2017-10-05')).toBe('05/10/2017');
  });
  it('shortens a task to its first paragraph, cut at a word', () => {
    expect(shortTaskText('Một hai ba.\nĐoạn hai.')).toBe('Một hai ba.');
    expect(shortTaskText('một hai ba bốn năm sáu', 12)).toBe('một hai ba…');
    expect(shortTaskText('một hai ba, bốn', 10)).toBe('một hai ba…');
  });
  it('summarises counts in Vietnamese', () => {
    const rows = [OVERDUE, OVERDUE, UNDATED];
    expect(summaryLine(countStatuses(rows), 'vi')).toBe('3 thời hạn: 2 quá hạn, 0 sắp đến hạn, 0 còn hạn, 1 không thời hạn');
  });
});

describe('markdown', () => {
  it('renders a table with a header, an alignment row and the summary', () => {
    expect(formatMarkdown([OVERDUE, UNDATED])).toBe(
      [
        '| Số văn bản | Ngày ban hành | Nhiệm vụ | Đơn vị thực hiện | Thời hạn | Hạn chót | Còn (ngày) | Trạng thái |',
        '| --- | --- | --- | --- | --- | --- | ---: | --- |',
        '| 307/TB-UBND | 15/09/2017 | 3. Rà soát tiêu chí. | Sở KH&CN | trước 29/9/2017 | 29/09/2017 | -2 | quá hạn |',
        '| 28/TB-UBND | 18/06/2012 | 7. Bố trí kinh phí. |  |  |  |  | không thời hạn |',
        '',
        '2 thời hạn: 1 quá hạn, 0 sắp đến hạn, 0 còn hạn, 1 không thời hạn',
        '',
      ].join('\n'),
    );
  });

  it('escapes pipes and backslashes and keeps a cell on one line', () => {
    expect(mdCell('a | b \\ c\nd')).toBe('a \\| b \\\\ c<br>d');
    const row = { ...OVERDUE, taskText: 'Xem mục A|B.', assignees: ['Sở A|B'] };
    const line = formatMarkdown([row]).split('\n')[2]!;
    // Splitting on unescaped pipes gives the 8 columns back.
    expect(line.split(/(?<!\\)\|/u).slice(1, -1)).toHaveLength(8);
    expect(line).toContain('3. Xem mục A\\|B.');
  });

  it('prints a heading per group', () => {
    const text = formatMarkdown([OVERDUE, UNDATED], { groupBy: 'notice', lang: 'en' });
    expect(text).toContain('### 28/TB-UBND\n\n| Notice |');
    expect(text).toContain('### 307/TB-UBND\n');
    expect(text.trimEnd().split('\n').pop()).toBe('2 deadlines: 1 overdue, 0 due soon, 0 upcoming, 1 undated');
  });
});
