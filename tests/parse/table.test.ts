import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/notice.js';
import { cellsOf, isDueHeading, subheadingColumns, taskColumns, taskRow } from '../../src/parse/table.js';
import type { Task } from '../../src/schema.js';

const HEAD = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH LÀO CAI',
  'Số: 12/KH-UBND',
  'Lào Cai, ngày 05 tháng 6 năm 2026',
  '',
  'KẾ HOẠCH',
  'Triển khai công tác cải cách hành chính năm 2026',
  '',
];
const FOOT = ['', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Nguyễn Văn An'];

/** The tasks of a notice whose body is `body`, flattened: id, label, text, assignees, coordinators, deadlines. */
function tasksOf(body: string[]) {
  const n = parseNotice([...HEAD, ...body, ...FOOT].join('\n'));
  const out: unknown[] = [];
  const walk = (ts: Task[]) => {
    for (const t of ts) {
      out.push({
        id: t.id,
        label: t.label,
        text: t.text,
        line: t.line,
        section: t.section,
        assignees: t.assignees.map((a) => [a.canonical, a.line, a.inherited]),
        coordinators: t.coordinators.map((a) => a.canonical),
        deadlines: t.deadlines.map((d) => [d.text, d.kind, d.start, d.end, d.note ?? null, d.line]),
      });
      walk(t.subtasks);
    }
  };
  walk(n.tasks);
  return out;
}

describe('cellsOf', () => {
  it('splits a Word row at " | " and drops the empty cells of a Markdown row\'s edges only', () => {
    expect(cellsOf('1 | Rà soát | Sở Công Thương |  | 30/6/2026')).toEqual(['1', 'Rà soát', 'Sở Công Thương', '', '30/6/2026']);
    expect(cellsOf('| 1 | Rà soát | Sở Công Thương |')).toEqual(['1', 'Rà soát', 'Sở Công Thương']);
    expect(cellsOf(' |  | Rà soát')).toEqual(['', 'Rà soát']);
  });

  it('keeps a Word row\'s empty first or last cell where the heading has as many cells', () => {
    expect(cellsOf(' |  | Chủ trì | Phối hợp | ', 5)).toEqual(['', '', 'Chủ trì', 'Phối hợp', '']);
    expect(cellsOf('| 1 | Rà soát | Sở Công Thương |', 3)).toEqual(['1', 'Rà soát', 'Sở Công Thương']);
    expect(cellsOf('| 1 | Rà soát |', 3)).toEqual(['1', 'Rà soát', '']);
  });
});

describe('taskColumns', () => {
  it('finds the number, content, lead, coordinators and time columns by their headings', () => {
    expect(taskColumns('TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành')).toEqual({
      number: 0,
      content: 1,
      lead: 2,
      coordinators: 3,
      time: 4,
      timeHeading: 'Thời gian hoàn thành',
      count: 5,
    });
    expect(taskColumns('| STT | Nhiệm vụ | Cơ quan chủ trì thực hiện | Thời hạn |')).toMatchObject({ number: 0, content: 1, lead: 2, coordinators: -1, time: 3 });
    expect(taskColumns('Nội dung | Đơn vị thực hiện | Thời gian thực hiện')).toMatchObject({ number: -1, content: 0, lead: 1, time: 2 });
    // The official in charge is no doer.
    expect(taskColumns('TT | Nhiệm vụ | Lãnh đạo phụ trách | Cơ quan chủ trì | Thời hạn')).toMatchObject({ content: 1, lead: 3, time: 4 });
  });

  it('needs a content column and one of who leads or when, among three cells', () => {
    expect(taskColumns('TT | Tên dự án | Tổng mức đầu tư | Nguồn vốn')).toBeNull();
    expect(taskColumns('Nội dung | Thời hạn')).toBeNull();
    expect(taskColumns('Nội dung công việc thực hiện trong năm')).toBeNull();
    expect(taskColumns('Số: 12/KH-UBND | Lào Cai, ngày 05 tháng 6 năm 2026 | x')).toBeNull();
  });
});

describe('taskRow', () => {
  const cols = taskColumns('TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành')!;

  it('reads a row\'s cells by column, its number without a final "."', () => {
    expect(taskRow('1. | Rà soát quy hoạch | Sở Công Thương | Sở Xây dựng | Trước 30/6/2026', cols)).toEqual({
      number: '1',
      content: 'Rà soát quy hoạch',
      lead: 'Sở Công Thương',
      coordinators: 'Sở Xây dựng',
      time: 'Trước 30/6/2026',
    });
    expect(taskRow('II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH |  |  | ', cols)?.number).toBe('II');
    expect(taskRow('x | Rà soát | Sở Công Thương', cols)).toMatchObject({ number: null, lead: 'Sở Công Thương', time: '' });
  });

  it('gives no row for a line without cells or for an empty row of a form', () => {
    expect(taskRow('Các đơn vị báo cáo kết quả.', cols)).toBeNull();
    expect(taskRow(' |  |  |  |  | ', cols)).toBeNull();
  });
});

describe('subheadingColumns', () => {
  it('sets the lead and coordinators columns a heading\'s second row names, and leaves the rest', () => {
    const cols = taskColumns('TT | Nội dung | Cơ quan thực hiện |  | Thời hạn')!;
    expect(subheadingColumns(' |  | Chủ trì | Phối hợp | ', cols)).toEqual({ ...cols, lead: 2, coordinators: 3 });
    expect(subheadingColumns('1 | Rà soát | Sở Công Thương | Sở Xây dựng | 2026', cols)).toBe(cols);
  });
});

describe('isDueHeading', () => {
  it('tells a column of when work is due from one of when it is done', () => {
    expect(['Thời gian hoàn thành', 'Thời hạn', 'Hạn hoàn thành'].map(isDueHeading)).toEqual([true, true, true]);
    expect(['Thời gian thực hiện', 'Tiến độ', ''].map(isDueHeading)).toEqual([false, false, false]);
  });
});

describe('parseNotice: a table of tasks', () => {
  it('makes a task of each row, grouped under its Roman rows, with the columns\' doers, helpers and deadlines', () => {
    const tasks = tasksOf([
      'Phân công nhiệm vụ như sau:',
      'TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành',
      'I | CẢI CÁCH THỂ CHẾ |  |  | ',
      '1 | Rà soát văn bản quy phạm pháp luật | Sở Tư pháp | Các sở, ngành | Trước 30/6/2026',
      '2 | Bố trí kinh phí thực hiện | Sở Tài chính |  | Quý III/2026',
      'II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH |  |  | ',
      '1 | Công bố thủ tục hành chính | Văn phòng UBND tỉnh | Sở Tư pháp; Sở Nội vụ | Thường xuyên',
    ]);
    expect(tasks).toEqual([
      {
        id: 'I.1',
        label: '1',
        text: 'Rà soát văn bản quy phạm pháp luật',
        line: 12,
        section: 'CẢI CÁCH THỂ CHẾ',
        assignees: [['Sở Tư pháp', 12, false]],
        coordinators: ['Các sở, ngành'],
        deadlines: [['Trước 30/6/2026', 'before', null, '2026-06-30', null, 12]],
      },
      {
        id: 'I.2',
        label: '2',
        text: 'Bố trí kinh phí thực hiện',
        line: 13,
        section: 'CẢI CÁCH THỂ CHẾ',
        assignees: [['Sở Tài chính', 13, false]],
        coordinators: [],
        // The column says when the work is due: a quarter is the day it ends, and the note says why.
        deadlines: [['Quý III/2026', 'before', null, '2026-09-30', 'due by: the table\'s column "Thời gian hoàn thành"', 13]],
      },
      {
        id: 'II.1',
        label: '1',
        text: 'Công bố thủ tục hành chính',
        line: 15,
        section: 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH',
        assignees: [['Văn phòng Ủy ban nhân dân tỉnh', 15, false]],
        coordinators: ['Sở Tư pháp', 'Sở Nội vụ'],
        deadlines: [['Thường xuyên', 'ongoing', null, null, null, 15]],
      },
    ]);
  });

  it('nests a Markdown table under the item it stands in, a "<br>" in a cell keeping the columns', () => {
    const tasks = tasksOf([
      '1. Phân công thực hiện:',
      '',
      '| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |',
      '|---|---|---|---|---|',
      '| 1 | Tổ chức hội nghị sơ kết<br>công tác cải cách hành chính | Sở Nội vụ | Văn phòng UBND tỉnh<br>Sở Tài chính | Tháng 7/2026 |',
      '',
      '2. Sở Nội vụ tham mưu kiện toàn tổ chức bộ máy.',
    ]) as { id: string; text: string; coordinators: string[]; deadlines: unknown[][] }[];
    expect(tasks.map((t) => t.id)).toEqual(['1', '1.1', '2']);
    expect(tasks[1]).toMatchObject({
      text: 'Tổ chức hội nghị sơ kết; công tác cải cách hành chính',
      coordinators: ['Văn phòng Ủy ban nhân dân tỉnh', 'Sở Tài chính'],
    });
    // "Thời gian thực hiện" says when the work is done: the month as written.
    expect(tasks[1]!.deadlines).toEqual([['Tháng 7/2026', 'during', '2026-07-01', '2026-07-31', null, 13]]);
  });

  it('reads rows without numbers as unnumbered tasks, and a year in a time column as that year', () => {
    const tasks = tasksOf(['Nội dung | Đơn vị thực hiện | Thời hạn', 'Kiểm tra công tác cải cách hành chính | Sở Nội vụ, Văn phòng UBND tỉnh | Năm 2026']);
    expect(tasks).toEqual([
      {
        id: 'u1',
        label: null,
        text: 'Kiểm tra công tác cải cách hành chính',
        line: 10,
        section: null,
        assignees: [
          ['Sở Nội vụ', 10, false],
          ['Văn phòng Ủy ban nhân dân tỉnh', 10, false],
        ],
        coordinators: [],
        deadlines: [['Năm 2026', 'before', null, '2026-12-31', 'due by: the table\'s column "Thời hạn"', 10]],
      },
    ]);
  });

  it('reads a time cell of years alone, a period, or a recurrence as written, the due-by note only for a day it is due by', () => {
    const tasks = tasksOf([
      'TT | Nội dung | Đơn vị chủ trì | Thời gian hoàn thành',
      '1 | Việc một | Sở Tài chính | 2026',
      '2 | Việc hai | Sở Nội vụ | 2026-2030',
      '3 | Việc ba | Sở Xây dựng | Hằng năm',
      '4 | Việc bốn | Sở Y tế | Giai đoạn 2026-2030',
    ]) as { deadlines: unknown[][] }[];
    const due = 'due by: the table\'s column "Thời gian hoàn thành"';
    expect(tasks.map((t) => t.deadlines.map((d) => d.slice(0, 5)))).toEqual([
      [['2026', 'before', null, '2026-12-31', due]],
      [['2026-2030', 'during', '2026-01-01', '2030-12-31', null]],
      [['Hằng năm', 'recurring', null, null, null]],
      [['Giai đoạn 2026-2030', 'during', '2026-01-01', '2030-12-31', null]],
    ]);
  });

  it('reads a heading of two rows, a merged "Cơ quan thực hiện" split into "Chủ trì | Phối hợp"', () => {
    const tasks = tasksOf([
      'TT | Nội dung | Cơ quan thực hiện |  | Thời gian hoàn thành',
      ' |  | Chủ trì | Phối hợp | ',
      '1 | Rà soát quy hoạch | Sở Công Thương | Sở Xây dựng | Quý III/2026',
    ]) as { id: string; assignees: unknown[][]; coordinators: string[] }[];
    expect(tasks.map((t) => [t.id, t.assignees.map((a) => a[0]), t.coordinators])).toEqual([['1', ['Sở Công Thương'], ['Sở Xây dựng']]]);
  });

  it('leaves a table that lists no tasks to the paragraphs, and keeps each row a paragraph of its own', () => {
    const tasks = tasksOf([
      '1. Sở Kế hoạch và Đầu tư tổng hợp danh mục dự án:',
      'TT | Tên dự án | Tổng mức đầu tư',
      '1 | Đường trục chính | 120',
      '2 | Cầu Phố Mới | 80',
    ]) as { id: string; text: string }[];
    expect(tasks.map((t) => t.id)).toEqual(['1']);
    expect(tasks[0]!.text.split('\n')).toEqual(['Sở Kế hoạch và Đầu tư tổng hợp danh mục dự án:', 'TT | Tên dự án | Tổng mức đầu tư', '1 | Đường trục chính | 120', '2 | Cầu Phố Mới | 80']);
  });
});
