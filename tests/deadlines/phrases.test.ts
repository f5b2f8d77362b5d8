import { describe, expect, it } from 'vitest';
import { analyseTimeExpressions, findDeadlines } from '../../src/parse/deadlines/index.js';
import type { DeadlineContext } from '../../src/parse/deadlines/index.js';
import table from './phrases.json' with { type: 'json' };

interface Row {
  source: string;
  sentence: string;
  ref: string;
  refCertain: boolean;
  meetingDate?: string;
  expected?: Array<Record<string, unknown>>;
}

const positive = table.positive as Row[];
const negative = table.negative as Row[];

function ctx(r: Row): DeadlineContext {
  return { ref: { date: r.ref, certain: r.refCertain }, meetingDate: r.meetingDate ?? null };
}

describe('the phrase table', () => {
  it('has at least 150 phrases in real sentences and 40 negative sentences, all NFC', () => {
    const phrases = positive.reduce((n, r) => n + (r.expected?.length ?? 0), 0);
    expect(phrases).toBeGreaterThanOrEqual(150);
    expect(negative.length).toBeGreaterThanOrEqual(40);
    for (const r of [...positive, ...negative]) expect(r.sentence).toBe(r.sentence.normalize('NFC'));
  });

  it('covers every kind', () => {
    const kinds = new Set(positive.flatMap((r) => (r.expected ?? []).map((e) => e.kind)));
    expect([...kinds].sort()).toEqual(['asap', 'before', 'during', 'on', 'ongoing', 'range', 'recurring', 'relative']);
  });
});

describe('deadlines of each sentence', () => {
  it.each(positive.map((r, i) => [i, r.sentence.slice(0, 70), r] as const))('#%i %s', (_i, _s, r) => {
    const got = findDeadlines(r.sentence, ctx(r)).map(({ index, ...d }) => {
      // The phrase is the text at its index.
      expect(r.sentence.slice(index, index + d.text.length)).toBe(d.text);
      return d;
    });
    const expected = (r.expected ?? []).map((e) => {
      const { note, ...rest } = e;
      return note === undefined ? expect.objectContaining(rest) : expect.objectContaining({ ...rest, note });
    });
    expect(got).toEqual(expected);
    // Nothing beyond what the row lists: recurrence only where expected, event only where expected.
    got.forEach((d, k) => {
      const e = (r.expected ?? [])[k] ?? {};
      expect(d.recurrence).toEqual(e.recurrence);
      expect(d.event).toEqual(e.event);
    });
  });
});

describe('negative sentences', () => {
  it.each(negative.map((r, i) => [i, r.sentence.slice(0, 70), r] as const))('#%i %s', (_i, _s, r) => {
    expect(findDeadlines(r.sentence, ctx(r))).toEqual([]);
  });
});

describe('why a time expression is not a deadline', () => {
  const reasons = (sentence: string, ref = '2017-09-15', meetingDate: string | null = null) =>
    analyseTimeExpressions(sentence, { ref: { date: ref, certain: true }, meetingDate }).map((a) => a.reason);

  it('names the reason of each rejection', () => {
    expect(reasons('Chuẩn bị báo cáo tổng kết Kế hoạch số 1787/KH-UBND ngày 03/7/2014 của UBND tỉnh.')).toEqual(['document-date']);
    expect(reasons('Dự thảo Kế hoạch thực hiện giai đoạn 2018-2020.')).toEqual(['plan-period']);
    expect(reasons('coi đây là một nhiệm vụ quan trọng của cơ quan, đơn vị trong năm 2012.', '2012-06-18')).toEqual(['description']);
    expect(reasons('các cơ quan hành chính trên địa bàn tỉnh năm 2012.', '2012-06-18')).toEqual(['bare-year']);
    expect(reasons('Từ ngày 01/10/2017, các đơn vị áp dụng quy trình mới.')).toEqual(['bare-start']);
    expect(reasons('Ngày 07/9/2017, tại Trụ sở Văn phòng UBND tỉnh.', '2017-09-01', '2017-09-07')).toEqual(['meeting-date']);
    expect(reasons('Ngày 07/9/2017, tại Trụ sở Văn phòng UBND tỉnh.', '2017-09-15')).toEqual(['past']);
    expect(reasons('Tập huấn vào ngày 20/10/2017, huyện đã triển khai.')).toEqual(['past']);
    expect(reasons('Số liệu thống kê trong tháng 10/2017.')).toEqual(['statistics']);
    expect(reasons('để có những điều chỉnh kịp thời, phù hợp.')).toEqual(['not-an-action']);
    expect(reasons('Kế hoạch thực hiện Chương trình phòng, chống ma túy đến năm 2030.', '2025-10-01')).toEqual(['plan-horizon']);
    expect(reasons('Giấy phép có thời hạn đến ngày 29/7/2032.')).toEqual(['validity']);
    expect(reasons('Đánh giá dịp Tết 2018 và Tết 2019.', '2017-09-15')).toEqual([null, 'bare-event']);
  });

  it('keeps a deadline whose clause only mentions a document', () => {
    expect(reasons('Hoàn thành trước ngày 15/10/2017, căn cứ Kế hoạch số 1787/KH-UBND ngày 03/7/2014.')).toEqual([null, 'document-date']);
  });
});
