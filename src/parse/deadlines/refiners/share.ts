/**
 * Gives a day without its year the yearly recurrence of the day listed after it: in "trước ngày 15 tháng 6 và
 * ngày 15 tháng 12 hằng năm" both days come back every year; the first is no date of some one year.
 */
import type { Candidate } from '../types.js';

// Between the two days (the second with its qualifier): a comma or "và". "ngày 15/6, ngày 15/12 hằng năm", "trước
// ngày 15/6 và trước ngày 15/12 hằng năm".
const LIST_JOIN = /^\s{0,3}(?:,\s{0,3}(?:và\s{1,3})?|và\s{1,3})$/u;

/**
 * Makes a yearless day recurring where the next candidate is a yearly day it is listed with.
 * @param text the text the candidates were read from
 * @param sorted candidates sorted by position, without overlaps
 */
export function shareRecurrence(text: string, sorted: Candidate[]): Candidate[] {
  for (let i = sorted.length - 2; i >= 0; i--) {
    const a = sorted[i] as Candidate;
    const b = sorted[i + 1] as Candidate;
    if (a.value.type !== 'day' || a.value.year !== null || b.value.type !== 'recurring') continue;
    const r = b.value.recurrence;
    if (r.every !== 'year' || r.day === undefined || r.month === undefined || r.interval !== undefined) continue;
    if (!LIST_JOIN.test(text.slice(a.end, b.index))) continue;
    sorted[i] = { ...a, value: { type: 'recurring', recurrence: { every: 'year', day: a.value.day, month: a.value.month } } };
  }
  return sorted;
}
