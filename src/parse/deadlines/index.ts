/**
 * The deadline engine: every time phrase of a task turned into a kind and exact dates.
 *
 * Built like chrono: an ordered list of small parsers, each finding one family of time expressions
 * (with the qualifier written in front of it), then refiners: ranges are merged ("từ ... đến ..."),
 * overlapping readings give way to the longest, each candidate is resolved against the reference
 * date, and notDeadline.ts turns down what is not a deadline. Pure functions; nothing is computed at
 * import time beyond the small tables of triggers.ts (patterns compile on first use).
 */
import { notDeadlineReason, TextIndex } from './notDeadline.js';
import { prepare, preparePlain, type Source } from './patterns.js';
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
import { relativeYears } from './refiners/relativeYear.js';
import { shareRecurrence } from './refiners/share.js';
import { isKey, NOT_PLAIN, positionsOfLastText, W, wordsIn, wordsOf } from './triggers.js';
import type { NotDeadlineReason } from './notDeadline.js';
import type { Candidate, DeadlineContext, FoundDeadline, Parser } from './types.js';

export type { Candidate, DeadlineContext, FoundDeadline, Parser, Qualifier, TimeValue } from './types.js';
export { addWorkingDays, isNonWorkingDay, isPublicHoliday } from './calendar.js';
export { lunarNewYear, lunarToSolar, solarToLunar, type LunarDate } from './lunar.js';
export { notDeadlineReason, TextIndex, type NotDeadlineReason } from './notDeadline.js';

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
  const p = prepareWords(text);
  return p === null ? [] : candidatesOf(p.s, p.seen);
}

// Every parser trigger must be a word the pass of triggers.ts looks for: a text where that pass
// finds none is done with before any parser runs, on either path.
for (const p of PARSERS) {
  for (const w of p.triggers instanceof RegExp ? ['tháng', '1/2'] : p.triggers) {
    if (!isKey(w)) throw new Error(`triggers.ts misses the trigger "${w}" of ${p.name}`);
  }
}

// The words some parser runs on.
const PARSER_WORDS = PARSERS.reduce((bits, p) => bits | p.words, 0);

/**
 * The text prepared for the patterns, with the words of triggers.ts found in its lower case; null
 * when there are none. Most task texts have no time expression: on a plain text one pass, with no
 * string built, finds that (see triggers.ts).
 */
function prepareWords(text: string): { s: Source; seen: number } | null {
  const seen = wordsOf(text);
  if (seen === 0) return null;
  // On a plain text, words no parser runs on ("nhiệm vụ", "quy định") need no lower-cased copy.
  if (seen !== NOT_PLAIN) return (seen & PARSER_WORDS) === 0 ? null : { s: preparePlain(text, positionsOfLastText(), (seen & W.QUY) !== 0), seen };
  const lower = text.toLowerCase();
  const seenLower = wordsIn(lower);
  return seenLower === 0 ? null : { s: prepare(text, lower), seen: seenLower };
}

/** @param seen the words of triggers.ts in the text's lower case (not 0) */
function candidatesOf(s: Source, seen: number): Candidate[] {
  const text = s.text;
  const all: Candidate[] = [];
  if (s.plain) {
    // Each parser runs only the patterns whose words occur (see triggers.ts).
    for (let i = 0; i < PARSERS.length; i++) {
      const p = PARSERS[i] as Parser;
      if ((seen & p.words) !== 0) for (const c of p.parse(text, s, seen)) all.push(c);
    }
  } else {
    // What the patterns run on, lower-cased: the triggers are looked for as they read it ("quí" as "quý").
    const lower = s.on.toLowerCase();
    for (const p of PARSERS) {
      const t = p.triggers;
      if (t instanceof RegExp ? !t.test(lower) : !t.some((w) => lower.includes(w))) continue;
      for (const c of p.parse(text, s)) all.push(c);
    }
  }
  if (all.length === 0) return all;
  // Stable sorts: at equal place the parsers' order decides, as it always has.
  all.sort(byPosition);
  return shareRecurrence(text, relativeYears(text, dropOverlaps(mergeRanges(text, all).sort(byPosition))));
}

/** A time expression, what it resolves to, and why it is not a deadline (null when it is one). */
export interface Analysis {
  candidate: Candidate;
  deadline: FoundDeadline;
  reason: NotDeadlineReason | null;
}

/**
 * Every time expression of a text with its resolution and the filter's verdict; what
 * {@link findDeadlines} keeps are those with no reason.
 */
export function analyseTimeExpressions(text: string, ctx: DeadlineContext): Analysis[] {
  const p = prepareWords(text);
  if (p === null) return [];
  const s = p.s;
  const candidates = candidatesOf(s, p.seen);
  if (candidates.length === 0) return [];
  const index = new TextIndex(text, s);
  const out: Analysis[] = new Array(candidates.length);
  // The last deadline so far with an end, for "trong 15 ngày sau đó".
  let before: FoundDeadline | null = null;
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i] as Candidate;
    const deadline = resolve(candidate, text, ctx, before);
    const reason = notDeadlineReason(candidate, deadline, text, ctx, index);
    if (reason === null && deadline.end !== null) before = deadline;
    out[i] = { candidate, deadline, reason };
  }
  return out;
}

/**
 * Finds every deadline phrase in a task's text.
 * @param text the task text (one or more sentences, NFC as the pipeline prepares it)
 * @param ctx the reference date (issue date, first day of the issue month for a draft, or --ref-date) and the meeting date
 * @returns the deadlines in order of appearance; each `text` is the substring of `text` at `index`
 */
export function findDeadlines(text: string, ctx: DeadlineContext): FoundDeadline[] {
  return analyseTimeExpressions(text, ctx)
    .filter((a) => a.reason === null)
    .map((a) => a.deadline);
}
