import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextOccurrence } from '../../src/report/recurrence.js';
import { plusDays, weekday } from '../../src/parse/deadlines/calendar.js';

describe('nextOccurrence', () => {
  it('finds the named weekday on or after the day (2026-12-03 is a Thursday)', () => {
    expect(nextOccurrence({ every: 'week', weekday: 4 }, '2026-12-03')).toBe('2026-12-03');
    expect(nextOccurrence({ every: 'week', weekday: 5 }, '2026-12-03')).toBe('2026-12-04');
    expect(nextOccurrence({ every: 'week', weekday: 1 }, '2026-12-03')).toBe('2026-12-07');
    expect(nextOccurrence({ every: 'week', weekday: 7 }, '2026-12-03')).toBe('2026-12-06');
    expect(nextOccurrence({ every: 'week', weekday: 3 }, '2026-12-03')).toBe('2026-12-09');
  });

  it('finds the named day of this month or the next, the month end when the month is shorter', () => {
    expect(nextOccurrence({ every: 'month', day: 18 }, '2026-12-03')).toBe('2026-12-18');
    expect(nextOccurrence({ every: 'month', day: 18 }, '2026-12-18')).toBe('2026-12-18');
    expect(nextOccurrence({ every: 'month', day: 5 }, '2026-12-06')).toBe('2027-01-05');
    expect(nextOccurrence({ every: 'month', day: 31 }, '2027-02-10')).toBe('2027-02-28');
    expect(nextOccurrence({ every: 'month', day: 30 }, '2028-02-10')).toBe('2028-02-29');
    expect(nextOccurrence({ every: 'month', day: 31 }, '2027-03-01')).toBe('2027-03-31');
  });

  it('finds the named day of a year, or the month end when no day is named', () => {
    expect(nextOccurrence({ every: 'year', month: 6, day: 15 }, '2026-12-03')).toBe('2027-06-15');
    expect(nextOccurrence({ every: 'year', month: 12, day: 15 }, '2026-12-03')).toBe('2026-12-15');
    expect(nextOccurrence({ every: 'year', month: 12 }, '2026-12-03')).toBe('2026-12-31');
    expect(nextOccurrence({ every: 'year', month: 2, day: 29 }, '2026-12-03')).toBe('2027-02-28');
  });

  it('finds the named day of the named month of a quarter ("trước ngày 20 của tháng cuối quý")', () => {
    expect(nextOccurrence({ every: 'quarter', day: 20, month: 3 }, '2026-12-03')).toBe('2026-12-20');
    expect(nextOccurrence({ every: 'quarter', day: 20, month: 3 }, '2026-12-21')).toBe('2027-03-20');
    expect(nextOccurrence({ every: 'quarter', day: 10, month: 1 }, '2026-12-03')).toBe('2027-01-10');
    expect(nextOccurrence({ every: 'quarter', day: 5, month: 2 }, '2026-12-03')).toBe('2027-02-05');
    expect(nextOccurrence({ every: 'quarter', day: 31, month: 2 }, '2027-04-01')).toBe('2027-05-31');
    expect(nextOccurrence({ every: 'quarter', day: 30, month: 2 }, '2027-01-15')).toBe('2027-02-28');
    // Without the day or the month of the quarter, no day is named.
    expect(nextOccurrence({ every: 'quarter', day: 20 }, '2026-12-03')).toBeNull();
  });

  it('gives nothing when the phrase does not say which day', () => {
    expect(nextOccurrence(undefined, '2026-12-03')).toBeNull();
    expect(nextOccurrence({ every: 'week' }, '2026-12-03')).toBeNull();
    expect(nextOccurrence({ every: 'month' }, '2026-12-03')).toBeNull();
    expect(nextOccurrence({ every: 'month', weekday: 1 }, '2026-12-03')).toBeNull();
    expect(nextOccurrence({ every: 'year' }, '2026-12-03')).toBeNull();
    expect(nextOccurrence({ every: 'quarter' }, '2026-12-03')).toBeNull();
    // "định kỳ 02 tuần/lần": no first week to count from; "02 lần/01 năm": no days at all.
    expect(nextOccurrence({ every: 'week', interval: 2, weekday: 5 }, '2026-12-03')).toBeNull();
    expect(nextOccurrence({ every: 'year', times: 2, month: 6 }, '2026-12-03')).toBeNull();
  });

  it('is never before the day, never a week or more after it, and falls on the weekday', () => {
    const day = fc.integer({ min: 0, max: 40_000 }).map((n) => plusDays('1990-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 7 }), (from, wd) => {
        const next = nextOccurrence({ every: 'week', weekday: wd }, from) as string;
        expect(next >= from && next < plusDays(from, 7)).toBe(true);
        expect(weekday(next) || 7).toBe(wd);
      }),
    );
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 31 }), (from, d) => {
        const next = nextOccurrence({ every: 'month', day: d }, from) as string;
        expect(next >= from && next <= plusDays(from, 62)).toBe(true);
        expect(Number(next.slice(8))).toBeLessThanOrEqual(d);
      }),
    );
    // A quarter's day: within four months, in a month of the quarter's place.
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 3 }), (from, d, m) => {
        const next = nextOccurrence({ every: 'quarter', day: d, month: m }, from) as string;
        expect(next >= from && next <= plusDays(from, 124)).toBe(true);
        expect((Number(next.slice(5, 7)) - 1) % 3).toBe(m - 1);
      }),
    );
  });
});
