import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDeadlines } from '../../src/parse/deadlines/index.js';
import type { DeadlineContext } from '../../src/parse/deadlines/index.js';

// Pieces of real time phrases, so that random texts hit the parsers' paths and not only their misses.
const FRAGMENTS = [
  'trước ngày ', 'chậm nhất ', 'chậm nhất là ', 'trong tháng ', 'tháng ', 'quý ', 'IV', 'III', 'năm ', 'năm học ',
  'từ ngày ', ' đến ngày ', ' đến hết ', 'kể từ ngày ký', 'trong vòng ', ' ngày làm việc', ' ngày', 'hằng tháng',
  'định kỳ ', 'lần/', 'tuần', 'Tết Nguyên đán ', 'ngay', 'khẩn trương', 'kịp thời', 'thường xuyên', 'giai đoạn ',
  'Kế hoạch số ', '/KH-UBND ', 'đầu ', 'cuối ', '6 tháng đầu năm', 'trước kỳ họp ', '15', '10', '2017', '29', '2',
  '31', '0', '/', '-', '.', ',', ' ', '\n', ';', 'đã ', 'là nhiệm vụ ', '13h30’ ', 'sau khi ', 'đ', 'Đ',
];
const phraseLike = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((a) => a.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 100 }), phraseLike);
const isoDay = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2050, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const context: fc.Arbitrary<DeadlineContext> = fc.record({
  ref: fc.option(fc.record({ date: isoDay, certain: fc.boolean() }), { nil: null }),
  meetingDate: fc.option(isoDay, { nil: null }),
});
const ISO = /^\d{4}-\d{2}-\d{2}$/;

describe('findDeadlines on any text', () => {
  it('never throws, and every phrase is the text at its index, with ordered ISO dates', () => {
    fc.assert(
      fc.property(anyText, context, (text, ctx) => {
        const found = findDeadlines(text, ctx);
        let last = -1;
        for (const d of found) {
          expect(text.slice(d.index, d.index + d.text.length)).toBe(d.text);
          expect(d.text.length).toBeGreaterThan(0);
          expect(d.index).toBeGreaterThanOrEqual(last);
          last = d.index + d.text.length;
          if (d.start !== null) expect(d.start).toMatch(ISO);
          if (d.end !== null) expect(d.end).toMatch(ISO);
          if (d.start !== null && d.end !== null) expect(d.start <= d.end).toBe(true);
          if (['asap', 'ongoing', 'recurring'].includes(d.kind)) expect(d.end).toBeNull();
          if (d.kind === 'recurring') expect(d.recurrence).toBeDefined();
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('marks dates inferred from an uncertain reference as uncertain', () => {
    fc.assert(
      fc.property(isoDay, (date) => {
        const found = findDeadlines('Báo cáo trước ngày 15/8 và trong vòng 10 ngày kể từ ngày ký.', {
          ref: { date, certain: false },
        });
        expect(found.length).toBe(2);
        for (const d of found) expect(d.certain).toBe(false);
        // The first 15/8 on or after the reference date.
        const first = found[0];
        expect(first?.end !== null && first!.end! >= date).toBe(true);
        expect(first?.end?.slice(5)).toBe('08-15');
      }),
      { numRuns: 300 },
    );
  });
});
