import { describe, expect, it } from 'vitest';
import type { Task } from '../../src/schema.js';
import { NoticeSchema } from '../../src/schema.js';
import { parseNotice } from '../../src/parse/notice.js';
import { fixtureLines, fixtureText } from './helpers.js';

function flat(tasks: Task[]): Task[] {
  return tasks.flatMap((t) => [t, ...flat(t.subtasks)]);
}

function ids(tasks: Task[]): string[] {
  return flat(tasks).map((t) => t.id);
}

/** The text of input line `n` without its list label and Markdown bold marks, as a reader sees it. */
function itemLine(lines: string[], n: number): string {
  return (lines[n - 1] as string).replace(/\*\*/g, '').replace(/^(?:\d+\.|-)\s+/u, '').trim();
}

describe('parseNotice on the Bắc Giang notice 307/TB-UBND', () => {
  const file = 'bacgiang-307-TB-UBND-2017.txt';
  const lines = fixtureLines(file);
  const n = parseNotice(fixtureText(file), { source: `fixtures/${file}` });

  it('validates against the schema', () => {
    expect(() => NoticeSchema.parse(n)).not.toThrow();
  });

  it('gives the task tree 1, 2, 3, 4 with 4.1 and 4.2', () => {
    expect(n.tasks.map((t) => t.id)).toEqual(['1', '2', '3', '4']);
    expect(ids(n.tasks)).toEqual(['1', '2', '3', '4', '4.1', '4.2']);
  });

  it('starts each task on its line and keeps its text whole', () => {
    const at: Record<string, number> = { '1': 21, '2': 23, '3': 25, '4': 27, '4.1': 29, '4.2': 31 };
    for (const t of flat(n.tasks)) {
      expect(t.line, t.id).toBe(at[t.id]);
      expect(t.text, t.id).toBe(itemLine(lines, at[t.id]!));
    }
  });

  it('reads the header, chair and meeting', () => {
    expect(n.number).toEqual({ text: 'Số: 307 /TB-UBND', serial: 307, symbol: 'TB-UBND', value: '307/TB-UBND' });
    expect(n.place).toBe('Bắc Giang');
    expect(n.issued.date).toBe('2017-09-15');
    expect(n.docType).toBe('THÔNG BÁO');
    expect(n.chair).toMatchObject({ name: 'Dương Văn Thái', position: 'Phó Chủ tịch UBND tỉnh' });
    expect(n.meeting).toEqual({ date: '2017-09-07', location: 'Trụ sở Văn phòng UBND tỉnh' });
  });

  it('reads the assignees written in the text', () => {
    const task = (id: string) => flat(n.tasks).find((t) => t.id === id)!;
    expect(task('2').assignees.map((a) => [a.text, a.inherited])).toEqual([['Các Thành viên Ban chỉ đạo', false]]);
    expect(task('3').assignees.map((a) => a.text)).toEqual(['Cơ quan Thường trực (Sở Khoa học và Công nghệ)']);
    expect(task('4').assignees.map((a) => [a.text, a.inherited])).toEqual([['Cơ quan Thường trực (Sở Khoa học và Công nghệ)', false]]);
    // "- Phối hợp với Tổ giúp việc ..." under "4. Giao Cơ quan Thường trực ...:"
    expect(task('4.1').assignees.map((a) => [a.text, a.inherited])).toEqual([['Cơ quan Thường trực (Sở Khoa học và Công nghệ)', true]]);
    expect(task('4.1').coordinators.map((a) => a.text)).toEqual(['Tổ giúp việc']);
    // Task 1 names nobody at its start: it takes the lead-in's three addressees.
    expect(task('1').assignees.filter((a) => a.inherited).map((a) => a.text)).toEqual([
      'các Thành viên Ban chỉ đạo ISO tỉnh',
      'Cơ quan Thường trực Ban chỉ đạo',
      'Tổ giúp việc',
    ]);
  });

  it('reads recipients, electronic copies and signer', () => {
    expect(n.recipients).toEqual(['Sở KH&CN', 'Thành viên BCĐ ISO tỉnh', 'Tổ giúp việc BCĐ ISO tỉnh', 'Lưu: VT, Nam.CN']);
    expect(n.electronicRecipients).toEqual(['Chủ tịch, các PCT UBND tỉnh', 'VP UBND tỉnh: LĐVP, TH, TPCNN']);
    expect(n.signer).toMatchObject({ name: 'Trần Quốc Khánh', authority: 'TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG', position: 'PHÓ VĂN PHÒNG' });
  });
});

describe('parseNotice on the Lai Châu notice 28/TB-UBND', () => {
  const file = 'laichau-28-TB-UBND-2012.txt';
  const lines = fixtureLines(file);
  const n = parseNotice(fixtureText(file), { source: `fixtures/${file}` });
  const task = (id: string) => flat(n.tasks).find((t) => t.id === id)!;

  it('validates against the schema', () => {
    expect(() => NoticeSchema.parse(n)).not.toThrow();
  });

  it('gives the task tree 1 to 7, with 4.1-4.4 and 6.1-6.5', () => {
    expect(n.tasks.map((t) => t.id)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(task('4').subtasks.map((t) => t.id)).toEqual(['4.1', '4.2', '4.3', '4.4']);
    expect(task('6').subtasks.map((t) => t.id)).toEqual(['6.1', '6.2', '6.3', '6.4', '6.5']);
    for (const id of ['1', '2', '3', '5', '7']) expect(task(id).subtasks, id).toEqual([]);
  });

  it('re-joins task 5 across the page break: both halves of the list and the "Yêu cầu" paragraph', () => {
    const five = task('5');
    expect(five.text).toContain('Phòng Lao động, Thương binh & Xã hội huyện Tân Uyên');
    expect(five.text).toContain('Yêu cầu Thủ trưởng');
    expect(five.text).toBe(`${itemLine(lines, 41)} ${itemLine(lines, 43)}\n${itemLine(lines, 45)}`);
    expect([five.line, five.endLine]).toEqual([41, 45]);
  });

  it('keeps every task\u2019s text whole, continuation paragraphs included', () => {
    const single: Record<string, number> = {
      '1': 23, '2': 25, '4': 31, '4.1': 33, '4.2': 35, '4.3': 37, '4.4': 39,
      '6': 47, '6.1': 49, '6.2': 51, '6.3': 53, '6.4': 55, '6.5': 57, '7': 59,
    };
    for (const [id, line] of Object.entries(single)) {
      expect(task(id).line, id).toBe(line);
      expect(task(id).text, id).toBe(itemLine(lines, line));
    }
    expect(task('3').text).toBe(`${itemLine(lines, 27)}\n${itemLine(lines, 29)}`);
  });

  it('reads no task text from outside the list', () => {
    const all = flat(n.tasks).map((t) => t.text).join('\n');
    expect(all).not.toContain('Trên đây là ý kiến kết luận');
    expect(all).not.toContain('kết luận như sau');
    expect(all).not.toContain('Nơi nhận');
  });

  it('reads the assignees written in the text', () => {
    expect(task('7').assignees.map((a) => [a.text, a.canonical, a.inherited])).toEqual([['Sở Tài chính', 'Sở Tài chính', false]]);
    expect(task('7').coordinators.map((a) => a.text)).toEqual(['Sở Khoa học và Công nghệ']);
    expect(task('6').assignees.map((a) => a.canonical)).toEqual(['Thường trực Ban Chỉ đạo ISO-Hành chính tỉnh - Sở Khoa học và Công nghệ']);
    expect(task('6.1').assignees.map((a) => [a.text, a.inherited])).toEqual([['Thường trực Ban Chỉ đạo ISO-Hành chính tỉnh - Sở KH&CN', true]]);
    // "4. Đối với các cơ quan, đơn vị triển khai áp dụng năm 2012:" over "- " items: inherited by each.
    for (const id of ['4.1', '4.2', '4.3', '4.4']) {
      const a = task(id).assignees;
      expect(a.length, id).toBe(1);
      expect(a[0]!.inherited, id).toBe(true);
      expect(a[0]!.text.startsWith('các cơ quan, đơn vị'), id).toBe(true);
      expect(a[0]!.text, id).toBe(task('4').assignees[0]!.text);
    }
    // Tasks 1 and 2 name nobody: they take the lead-in's addressees.
    for (const id of ['1', '2']) {
      expect(task(id).assignees.map((a) => [a.text, a.inherited]), id).toEqual([
        ['Thủ trưởng các cơ quan, đơn vị có liên quan', true],
        ['Chủ tịch UBND các huyện, thị', true],
      ]);
    }
  });

  it('reads the header, chair, recipients and signer', () => {
    expect(n.number.value).toBe('28/TB-UBND');
    expect(n.issued.date).toBe('2012-06-18');
    expect(n.place).toBe('Lai Châu');
    expect(n.chair).toMatchObject({ name: 'Lê Xuân Phùng', position: 'Phó Chủ tịch UBND tỉnh' });
    expect(n.meeting?.date).toBe('2012-06-07');
    expect(n.recipients).toHaveLength(7);
    expect(n.recipients[0]).toBe('TT. Tỉnh ủy (b/c)');
    expect(n.recipients[6]).toBe('Lưu: VT, TH');
    expect(n.signer).toMatchObject({ name: 'Lê Thanh Hải', authority: 'TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG', position: 'PHÓ CHÁNH VĂN PHÒNG' });
  });
});

describe('parseNotice: a name inherited and also stated in the task', () => {
  it('is stated, on the line that states it, where the inherited one stood', () => {
    const text = [
      'ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN',
      'VĂN PHÒNG',
      'Số: 12/VP-NC',
      'V/v công bố thủ tục hành chính',
      'Kính gửi: Các cơ quan chuyên môn thuộc UBND tỉnh.',
      'Nhằm cải thiện tiêu chí công khai, minh bạch; Văn phòng UBND tỉnh đề nghị các cơ quan chuyên môn thuộc UBND tỉnh thường xuyên rà soát các quyết định công bố.',
      'Nơi nhận:',
      '- Như trên;',
    ].join('\n');
    const n = parseNotice(text, { source: null });
    expect(n.tasks.map((t) => t.assignees)).toEqual([
      [{ text: 'các cơ quan chuyên môn thuộc UBND tỉnh', canonical: 'Các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh', inherited: false, line: 6 }],
    ]);
  });
});

describe('parseNotice: a Roman section without items', () => {
  const notice = (section: string[]) =>
    parseNotice(
      [
        'UBND TỈNH LÀO CAI',
        'SỞ CÔNG THƯƠNG',
        'Số: 12/KH-SCT',
        'Lào Cai, ngày 10 tháng 4 năm 2026',
        'KẾ HOẠCH',
        'Thực hiện Đề án số 08 về phát triển công nghiệp',
        'I. NHIỆM VỤ TRỌNG TÂM',
        '1. Phòng Quản lý Công nghiệp rà soát danh mục dự án.',
        ...section,
        'Nơi nhận:',
        '- Như trên;',
      ].join('\n'),
      { source: null },
    );

  it('is a task itself when its paragraphs name who does what, titled by its section (025)', () => {
    const n = notice([
      'II. CHẾ ĐỘ BÁO CÁO',
      'Các phòng, đơn vị báo cáo tình hình thực hiện về Phòng Kế hoạch - Tổng hợp trước ngày 18 hằng tháng.',
    ]);
    expect(n.tasks.map((t) => t.id)).toEqual(['I.1', 'II']);
    const task = n.tasks[1]!;
    expect(task).toMatchObject({ label: 'II.', section: 'CHẾ ĐỘ BÁO CÁO', line: 10, endLine: 10 });
    expect(task.text.startsWith('Các phòng, đơn vị báo cáo')).toBe(true);
    expect(task.assignees.map((a) => [a.text, a.line])).toEqual([['Các phòng, đơn vị', 10]]);
    expect(task.deadlines.map((d) => [d.text, d.kind])).toEqual([['trước ngày 18 hằng tháng', 'recurring']]);
  });

  it('is no task when its paragraphs name nobody', () => {
    const n = notice(['II. KINH PHÍ', 'Kinh phí thực hiện từ nguồn ngân sách nhà nước theo phân cấp hiện hành.']);
    expect(n.tasks.map((t) => t.id)).toEqual(['I.1']);
  });
});

describe('parseNotice: a double-spaced text', () => {
  // A Word export whose subject takes two lines (011) and a PDF text layer with hard wraps and footnotes (022).
  const cases = ['011_lamdong-tbkl-kiem-tra-cao-toc-gpmb.txt', '022_laocai-cv-6795-snnmt-nghia-vu-mo-quy-xa.txt'].flatMap((file) => {
    const text = fixtureText(file).replace(/\r\n?/gu, '\n');
    return [
      [`${file}, a blank line after every line (a copy from a viewer)`, text, text.split('\n').join('\n\n')],
      [`${file}, "\\r\\r\\n" line ends (converted twice)`, text, text.split('\n').join('\r\r\n')],
    ] as const;
  });

  it.each(cases)('reads %s as the plain text, with the input line numbers', (_name, text, spacedText) => {
    const plain = parseNotice(text, { source: null });
    const spaced = parseNotice(spacedText, { source: null });
    // Every line number n of the plain text is 2n - 1 in the double-spaced one.
    const at = (n: number) => 2 * n - 1;
    const { lines: plainLines, tasks: plainTasks, warnings: plainWarnings, ...plainRest } = plain;
    const { lines: spacedLines, tasks: spacedTasks, warnings: spacedWarnings, ...spacedRest } = spaced;
    expect(spacedRest).toEqual(plainRest);
    expect(spacedWarnings).toEqual(plainWarnings.map((w) => w.replace(/on line (\d+)/gu, (_m, n: string) => `on line ${at(Number(n))}`)));
    expect(spacedLines).toEqual(Object.fromEntries(Object.entries(plainLines).map(([k, v]) => [k, v === null ? null : at(v)])));
    const p = flat(plainTasks);
    const q = flat(spacedTasks);
    expect(q.map((t) => t.id)).toEqual(p.map((t) => t.id));
    q.forEach((t, k) => {
      const o = p[k]!;
      expect(t.text).toBe(o.text);
      expect([t.line, t.endLine]).toEqual([at(o.line), at(o.endLine)]);
      expect(t.assignees).toEqual(o.assignees.map((a) => ({ ...a, ...(a.line === undefined ? {} : { line: at(a.line) }) })));
      expect(t.coordinators).toEqual(o.coordinators.map((a) => ({ ...a, ...(a.line === undefined ? {} : { line: at(a.line) }) })));
      expect(t.deadlines).toEqual(o.deadlines.map((d) => ({ ...d, line: at(d.line) })));
    });
  });
});

describe('parseNotice: Markdown conversions', () => {
  it('reads "1\\.", "a\\)" and "\\- " as the labels they stand for (Lai Châu)', () => {
    const text = fixtureText('laichau-28-TB-UBND-2012.txt');
    const escaped = text
      .split('\n')
      .map((l) => l.replace(/^(\s*(?:\*\*)?)(\d+|[IVX]+)\. /u, '$1$2\\. ').replace(/^(\s*)([a-zđ])\) /u, '$1$2\\) ').replace(/^(\s*)- /u, '$1\\- '))
      .join('\n');
    expect(escaped).not.toBe(text);
    expect(parseNotice(escaped, { source: null })).toEqual(parseNotice(text, { source: null }));
  });

  it('reads "* " bullets as "- " ones (Bắc Giang)', () => {
    const text = fixtureText('bacgiang-307-TB-UBND-2017.txt');
    const starred = text.replace(/^- /gmu, '* ');
    expect(starred).not.toBe(text);
    expect(parseNotice(starred, { source: null })).toEqual(parseNotice(text, { source: null }));
  });
});
