import { describe, expect, it } from 'vitest';
import { parseAnnotation, type Annotation } from '../../src/eval/annotation.js';
import { floorFailures, formatText, summaryLine, toJson } from '../../src/eval/report.js';
import { evaluate, leadMatches, normalizeForCompare, predictedDeadlines, textsOverlap } from '../../src/eval/score.js';
import { BAC_GIANG_HEADER, bacGiangNotice, dl, emptyNotice, task } from './helpers.js';

const SKH = 'Sở Khoa học và Công nghệ';

function annotation(over: Partial<Annotation> = {}): Annotation {
  return {
    file: 'doc.txt',
    header: BAC_GIANG_HEADER,
    taskIds: ['3', '4', '4.1'],
    deadlines: [
      { task: '3', text: 'trước 29/9/2017', start: null, end: '2017-09-29', lead: SKH },
      { task: '4.1', text: 'trong tháng 9,10/2017', start: '2017-09-01', end: '2017-10-31', lead: SKH },
    ],
    ...over,
  };
}

function perfectTasks() {
  return [
    task('3', SKH, [dl('trước 29/9/2017', null, '2017-09-29')]),
    task('4', SKH, [], [task('4.1', SKH, [dl('trong tháng 9,10/2017', '2017-09-01', '2017-10-31', 'during')])]),
  ];
}

describe('evaluate', () => {
  it('scores a perfect prediction at 100% everywhere', () => {
    const r = evaluate([{ annotation: annotation(), notice: bacGiangNotice(perfectTasks()) }]);
    expect(r.summary.header).toBe(1);
    expect(r.summary.taskIds).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(r.summary.deadlines).toMatchObject({ tp: 2, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(r.summary.assignee).toBe(1);
    expect(r.misses).toEqual([]);
  });

  it('lowers recall and lists the miss when a deadline is not found', () => {
    const tasks = perfectTasks();
    tasks[0]!.deadlines = [];
    const r = evaluate([{ annotation: annotation(), notice: bacGiangNotice(tasks) }]);
    expect(r.summary.deadlines).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(r.misses).toContainEqual({ file: 'doc.txt', field: 'deadline (task 3)', expected: '"trước 29/9/2017" 2017-09-29', got: 'nothing' });
  });

  it('lowers precision for a date that is not a deadline', () => {
    const tasks = perfectTasks();
    tasks[0]!.deadlines.push(dl('ngày 03/7/2014', null, '2014-07-03', 'on'));
    const r = evaluate([{ annotation: annotation(), notice: bacGiangNotice(tasks) }]);
    expect(r.summary.deadlines).toMatchObject({ tp: 2, fp: 1, fn: 0, recall: 1 });
    expect(r.summary.deadlines.precision).toBeCloseTo(2 / 3);
    expect(r.misses.some((m) => m.expected === 'none' && m.got.includes('03/7/2014'))).toBe(true);
  });

  it('needs the same dates and overlapping text to match a deadline', () => {
    const tasks = perfectTasks();
    tasks[1]!.subtasks[0]!.deadlines = [dl('trong tháng 9,10/2017', '2017-10-01', '2017-10-31', 'during')];
    tasks[0]!.deadlines = [dl('trước ngày 30/10/2017', null, '2017-09-29')];
    const r = evaluate([{ annotation: annotation(), notice: bacGiangNotice(tasks) }]);
    expect(r.summary.deadlines).toMatchObject({ tp: 0, fp: 2, fn: 2 });
  });

  it('does not compare the start when the annotation leaves it out', () => {
    const ann = annotation({ taskIds: ['1'], deadlines: [{ task: '1', text: 'cuối năm 1982', end: '1982-12-31', lead: 'Bộ X' }] });
    const r = evaluate([{ annotation: ann, notice: bacGiangNotice([task('1', 'Bộ X', [dl('cuối năm 1982', '1982-10-01', '1982-12-31', 'during')])]) }]);
    expect(r.summary.deadlines.tp).toBe(1);
  });

  it('matches a deadline found under another task, and reports the task id', () => {
    const tasks = [task('3', SKH, [dl('trước 29/9/2017', null, '2017-09-29'), dl('trong tháng 9,10/2017', '2017-09-01', '2017-10-31')])];
    const r = evaluate([{ annotation: annotation(), notice: bacGiangNotice(tasks) }]);
    expect(r.summary.deadlines.tp).toBe(2);
    expect(r.summary.deadlineTaskAgreement).toBe(0.5);
    expect(r.misses).toContainEqual({ file: 'doc.txt', field: 'deadline task of "trong tháng 9,10/2017"', expected: '4.1', got: '3' });
  });

  it('keeps contested header fields out of the score', () => {
    const header = { ...BAC_GIANG_HEADER, chairPosition: { value: 'Trưởng Ban', contested: true as const, why: 'open' } };
    const r = evaluate([{ annotation: annotation({ header }), notice: bacGiangNotice(perfectTasks()) }]);
    expect(r.summary.header).toBe(1);
    expect(r.fields.chairPosition).toMatchObject({ correct: 0, wrong: 0, missing: 0, excluded: 1, accuracy: null });
  });

  it('counts a wrong value as wrong and an absent one as missing', () => {
    const n = bacGiangNotice(perfectTasks());
    n.place = 'Lạng Sơn';
    n.signer = null;
    const r = evaluate([{ annotation: annotation(), notice: n }]);
    expect(r.fields.place).toMatchObject({ correct: 0, wrong: 1, missing: 0 });
    expect(r.fields.signerName).toMatchObject({ correct: 0, wrong: 0, missing: 1 });
    expect(r.summary.header).toBeCloseTo(8 / 11);
    expect(r.misses).toContainEqual({ file: 'doc.txt', field: 'place', expected: '"Bắc Giang"', got: '"Lạng Sơn"' });
    expect(r.misses).toContainEqual({ file: 'doc.txt', field: 'signerName', expected: '"Trần Quốc Khánh"', got: 'null' });
  });

  it('counts a value found where the annotation has none as wrong', () => {
    const ann = annotation({ header: { ...BAC_GIANG_HEADER, chairName: null, chairPosition: null } });
    const r = evaluate([{ annotation: ann, notice: bacGiangNotice(perfectTasks()) }]);
    expect(r.fields.chairName).toMatchObject({ wrong: 1 });
  });

  it('compares header text ignoring spacing and old or new tone placement', () => {
    const ann = annotation({ header: { ...BAC_GIANG_HEADER, chairName: 'Nguyễn Thị Thủy', numberSymbol: 'TB-UBND' } });
    const n = bacGiangNotice(perfectTasks());
    n.chair = { name: '  Nguyễn  Thị Thuỷ ', position: 'Phó Chủ tịch UBND tỉnh', text: '' };
    n.number.symbol = 'TB- UBND';
    const r = evaluate([{ annotation: ann, notice: n }]);
    expect(r.summary.header).toBe(1);
  });

  it('lets a contested deadline absorb its prediction without counting it in recall', () => {
    const ann = annotation({
      deadlines: [
        { task: '3', text: 'trước 29/9/2017', start: null, end: '2017-09-29', lead: SKH },
        { task: '4', text: 'trong năm 2017', start: '2017-01-01', end: '2017-12-31', lead: null, contested: true, why: 'a period' },
        { task: null, text: 'trong thời hạn 03 tháng kể từ ngày ký', end: null, lead: null, contested: true, why: 'relative' },
      ],
    });
    const tasks = [
      task('3', SKH, [dl('trước 29/9/2017', null, '2017-09-29')]),
      task('4', SKH, [dl('năm 2017', '2017-01-01', '2017-12-31', 'during'), dl('trong thời hạn 03 tháng', null, '2017-12-15', 'relative')]),
    ];
    const r = evaluate([{ annotation: ann, notice: bacGiangNotice(tasks) }]);
    expect(r.summary.deadlines).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('lets a contested deadline absorb a differently cut phrase with its end date', () => {
    const ann = annotation({
      taskIds: [],
      deadlines: [{ task: null, text: 'Từ 13h30’ ngày 02/6/2026', start: null, end: '2026-06-02', lead: null, contested: true, why: 'a schedule' }],
    });
    const n = bacGiangNotice([task('1', null, [dl('ngày 02/6/2026 (Thứ Ba)', null, '2026-06-02', 'on'), dl('ngày 03/6/2026 (Thứ Tư)', null, '2026-06-03', 'on')])]);
    const r = evaluate([{ annotation: ann, notice: n }]);
    expect(r.summary.deadlines).toMatchObject({ tp: 0, fp: 1, fn: 0 });
  });

  it('scores the lead assignee by containment, case and tone placement aside', () => {
    const ann = annotation();
    const tasks = perfectTasks();
    tasks[0]!.assignees = [{ text: 'Cơ quan Thường trực (Sở KH&CN)', canonical: 'Cơ quan Thường trực (sở khoa học và công nghệ)', inherited: false }];
    tasks[1]!.subtasks[0]!.assignees = [{ text: 'Tổ giúp việc', canonical: 'Tổ giúp việc', inherited: false }];
    const r = evaluate([{ annotation: ann, notice: bacGiangNotice(tasks) }]);
    expect(r.summary.assignee).toBe(0.5);
    expect(r.misses).toContainEqual({ file: 'doc.txt', field: 'lead of "trong tháng 9,10/2017" (task 4.1)', expected: `"${SKH}"`, got: '"Tổ giúp việc"' });
  });

  it('keeps a contested lead out of the assignee score but still scores its deadline', () => {
    const ann = annotation({
      deadlines: [{ task: '3', text: 'trước 29/9/2017', start: null, end: '2017-09-29', lead: { value: 'X', contested: true, why: 'open' } }],
    });
    const r = evaluate([{ annotation: ann, notice: bacGiangNotice([task('3', 'Y', [dl('trước 29/9/2017', null, '2017-09-29')])]) }]);
    expect(r.summary.deadlines.tp).toBe(1);
    expect(r.summary.assignee).toBeNull();
  });

  it('does not penalise optional task ids and skips contested ones', () => {
    const optional = annotation({ taskIds: ['3'], taskIdsOptional: ['4', '4.1'], taskIdsOptionalWhy: 'open', deadlines: [] });
    const a = evaluate([{ annotation: optional, notice: bacGiangNotice(perfectTasks()) }]);
    expect(a.summary.taskIds).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    const disputed = annotation({ taskIds: { value: ['9'], contested: true, why: 'open' }, deadlines: [] });
    const b = evaluate([{ annotation: disputed, notice: bacGiangNotice(perfectTasks()) }]);
    expect(b.perDocument[0]!.taskIds).toBeNull();
    expect(b.summary.taskIds).toMatchObject({ tp: 0, fp: 0, fn: 0, f1: null });
  });

  it('reports missing and extra task ids', () => {
    const r = evaluate([{ annotation: annotation({ taskIds: ['3', '4', '4.1', '4.2'] }), notice: bacGiangNotice([...perfectTasks(), task('5', null)]) }]);
    expect(r.summary.taskIds).toMatchObject({ tp: 3, fp: 1, fn: 1 });
    expect(r.misses).toContainEqual({ file: 'doc.txt', field: 'task ids', expected: '4.2', got: 'not found' });
    expect(r.misses).toContainEqual({ file: 'doc.txt', field: 'task ids', expected: 'none', got: 'extra 5' });
  });

  it('counts a document the parser failed on as all missing', () => {
    const r = evaluate([{ annotation: annotation(), notice: null, error: 'the parser threw: boom' }]);
    expect(r.summary.deadlines).toMatchObject({ tp: 0, fn: 2, recall: 0 });
    expect(r.perDocument[0]!.error).toBe('the parser threw: boom');
    expect(r.misses[0]).toEqual({ file: 'doc.txt', field: 'parse', expected: 'a notice', got: 'the parser threw: boom' });
  });

  it('sums counts over documents (micro average)', () => {
    const good = { annotation: annotation({ file: 'a.txt' }), notice: bacGiangNotice(perfectTasks()) };
    const bad = { annotation: annotation({ file: 'b.txt' }), notice: emptyNotice() };
    const r = evaluate([good, bad]);
    expect(r.summary.deadlines).toMatchObject({ tp: 2, fn: 2, recall: 0.5, precision: 1 });
    expect(r.perDocument.map((d) => d.deadlines.recall)).toEqual([1, 0]);
  });
});

describe('comparison helpers', () => {
  it('unifies old and new tone placement only at the end of a syllable', () => {
    expect(normalizeForCompare('Thủy')).toBe(normalizeForCompare('Thuỷ'));
    expect(normalizeForCompare('hòa bình')).toBe(normalizeForCompare('hoà bình'));
    expect(normalizeForCompare('khỏe')).toBe(normalizeForCompare('khoẻ'));
    expect(normalizeForCompare('Hoàng')).toBe('Hoàng');
    expect(normalizeForCompare('thuyền')).toBe('thuyền');
    expect(normalizeForCompare('Ủy ban')).toBe(normalizeForCompare('Uỷ ban'));
    expect(normalizeForCompare('Thuy\u0309')).toBe(normalizeForCompare('Thu\u0309y'));
    expect(normalizeForCompare('Nguyễn  Thị\u00a0Thủy ').normalize('NFC')).toBe(normalizeForCompare('Nguyễn Thị Thủy'));
  });

  it('treats text overlap as containment either way', () => {
    expect(textsOverlap('chậm nhất trước ngày 30/6/2012', 'trước ngày  30/6/2012')).toBe(true);
    expect(textsOverlap('trước ngày 30/6', 'trước ngày 30/6/2012')).toBe(true);
    expect(textsOverlap('trước ngày 30/6/2012', 'vào tháng 6/2012')).toBe(false);
    expect(textsOverlap('', 'x')).toBe(false);
  });

  it('accepts any of several lead spellings and rejects an empty one', () => {
    expect(leadMatches(['Trung tâm Xúc đầu tư', 'Trung tâm Xúc tiến Đầu tư'], 'trung tâm xúc tiến đầu tư, thương mại')).toBe(true);
    expect(leadMatches('Sở Tài chính', null)).toBe(false);
    expect(leadMatches('Sở Tài chính', ' ')).toBe(false);
    expect(leadMatches('Ủy ban nhân dân xã A', 'Uỷ ban nhân dân xã A')).toBe(true);
  });
});

describe('report', () => {
  const r = evaluate([{ annotation: annotation(), notice: bacGiangNotice(perfectTasks()) }]);

  it('prints the summary line in the documented shape', () => {
    expect(summaryLine(r)).toBe('header 100.0% · task ids P 100.0% R 100.0% · deadlines P 100.0% R 100.0% F1 100.0% · lead assignee 100.0% (1 documents)');
    expect(formatText(r).split('\n').at(-1)).toBe(summaryLine(r));
  });

  it('names every figure below its floor', () => {
    expect(floorFailures(r, { header: 100, taskIdsF1: 100, deadlineF1: 100, assignee: 100 })).toEqual([]);
    const worse = evaluate([{ annotation: annotation(), notice: emptyNotice() }]);
    const fails = floorFailures(worse, { header: 50, taskIdsF1: 0, deadlineF1: 10, assignee: 0 });
    expect(fails).toHaveLength(2);
    expect(fails[0]).toMatch(/^header is \d+\.\d%, below its floor of 50%\.$/);
    expect(fails[1]).toBe('deadlineF1 is 0.0%, below its floor of 10%.');
  });

  it('gives the same figures as JSON', () => {
    const j = toJson(r, { header: 1, taskIdsF1: 1, deadlineF1: 1, assignee: 1 }) as Record<string, unknown>;
    expect(j.figures).toEqual({ header: 100, taskIdsF1: 100, deadlineF1: 100, assignee: 100 });
    expect(j.belowFloors).toEqual([]);
  });
});

describe('parseAnnotation', () => {
  const base = { file: 'x.txt', header: BAC_GIANG_HEADER, taskIds: ['1'], deadlines: [] };

  it('accepts a well-formed annotation', () => {
    expect(parseAnnotation(base).ok).toBe(true);
  });

  it('rejects unknown keys, contested values without a reason and scored deadlines without an end', () => {
    const bad = [
      { ...base, extra: 1 },
      { ...base, header: { ...BAC_GIANG_HEADER, place: { value: 'X', contested: true } } },
      { ...base, deadlines: [{ task: '1', text: 'ngay', start: null, end: null, lead: null }] },
      { ...base, deadlines: [{ task: '1', text: 'x', start: '2017-10-01', end: '2017-09-01', lead: null }] },
      { ...base, taskIds: ['1', '1'] },
      { ...base, taskIdsOptional: ['2'] },
      { ...base, file: 'dir/x.txt' },
    ];
    for (const b of bad) {
      const r = parseAnnotation(b);
      expect(r.ok, JSON.stringify(b).slice(0, 120)).toBe(false);
    }
  });
});

describe('predictedDeadlines', () => {
  it('counts a phrase set for every item once, and keeps distinct phrases apart', () => {
    const shared = { ...dl('trước ngày 12/6/2026', null, '2026-06-12'), line: 17 };
    const own = { ...dl('trước ngày 15/6/2026', null, '2026-06-15'), line: 16 };
    const tasks = [task('1', 'Sở Công Thương', [shared]), task('2', 'Sở Tài chính', [shared, own])];
    expect(predictedDeadlines(tasks).map((d) => [d.task, d.text])).toEqual([
      ['1', 'trước ngày 12/6/2026'],
      ['2', 'trước ngày 15/6/2026'],
    ]);
  });
});
