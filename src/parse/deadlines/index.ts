/**
 * The deadline engine: every time phrase of a task turned into a kind and exact dates.
 *
 * Built like chrono: an ordered list of small parsers, each finding one family of time expressions
 * (with the qualifier written in front of it), then refiners: ranges are merged ("từ ... đến ..."),
 * overlapping readings give way to the longest, each candidate is resolved against the reference
 * date, and notDeadline.ts turns down what is not a deadline. Pure functions; nothing is computed at
 * import time beyond compiling the patterns.
 */
import { notDeadlineReason } from './notDeadline.js';
import { asapParser, ongoingParser } from './parsers/asap.js';
import { dayParser } from './parsers/day.js';
import { eventParser, tetParser } from './parsers/event.js';
import { monthParser } from './parsers/month.js';
import { quarterParser } from './parsers/quarter.js';
import { recurringParser } from './parsers/recurring.js';
import { relativeParser } from './parsers/relative.js';
import { yearParser } from './parsers/year.js';
import { byPosition, dropOverlaps } from './refiners/overlap.js';
import { mergeRanges } from './refiners/range.js';
import { resolve } from './refiners/resolve.js';
import type { Candidate, DeadlineContext, FoundDeadline, Parser } from './types.js';

export type { Candidate, DeadlineContext, FoundDeadline, Parser, Qualifier, TimeValue } from './types.js';
export { addWorkingDays, isNonWorkingDay, isPublicHoliday } from './calendar.js';
export { lunarNewYear, lunarToSolar, solarToLunar, type LunarDate } from './lunar.js';
export { notDeadlineReason, type NotDeadlineReason } from './notDeadline.js';

/** The parsers, in order; at equal position the longest reading wins, whatever the order. */
export const PARSERS: readonly Parser[] = [
  dayParser,
  monthParser,
  quarterParser,
  yearParser,
  relativeParser,
  recurringParser,
  tetParser,
  eventParser,
  asapParser,
  ongoingParser,
];

/** Every time expression in a text, merged and de-overlapped, before the not-a-deadline filter. */
export function findCandidates(text: string): Candidate[] {
  const all = PARSERS.flatMap((p) => p.parse(text)).sort(byPosition);
  return dropOverlaps(mergeRanges(text, all).sort(byPosition));
}

/**
 * Finds every deadline phrase in a task's text.
 * @param text the task text (one or more sentences, NFC as the pipeline prepares it)
 * @param ctx the reference date (issue date, first day of the issue month for a draft, or --ref-date) and the meeting date
 * @returns the deadlines in order of appearance; each `text` is the substring of `text` at `index`
 */
export function findDeadlines(text: string, ctx: DeadlineContext): FoundDeadline[] {
  const out: FoundDeadline[] = [];
  for (const c of findCandidates(text)) {
    const d = resolve(c, text, ctx);
    if (notDeadlineReason(c, d, text, ctx) === null) out.push(d);
  }
  return out;
}
