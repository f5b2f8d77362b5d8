/**
 * The deadline engine: every time phrase of a task turned into a kind and exact dates.
 *
 * Built like chrono: an ordered list of small parsers, each finding one family of time expressions
 * (with the qualifier written in front of it), then refiners: ranges are merged ("từ ... đến ..."),
 * overlapping readings give way to the longest, each candidate is resolved against the reference
 * date, and notDeadline.ts turns down what is not a deadline. Pure functions; nothing is computed at
 * import time beyond compiling the patterns.
 */
import { notDeadlineReason, TextIndex } from './notDeadline.js';
import { prepare, type Source } from './patterns.js';
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
  return candidatesOf(prepare(text));
}

// Every trigger of the parsers, for one pass over a plain text (see triggeredParsers): "ngay", "năm",
// "nhiệm", "khẩn", "kịp", "thường", "tháng", "trong", "trước", "tối", "tết", "liên", "lần", "quý", "quá",
// "giai", "sau", "chậm", "hằng", "hàng", "mỗi", "định" and a day's "1/2". Factored by first letters:
// V8 runs a flat list of twenty words a fifth slower. Must list what PARSERS' triggers list.
const TRIGGERS = /n(?:gay|ăm|hiệm)|k(?:hẩn|ịp)|t(?:h(?:ường|áng)|r(?:ong|ước)|ối|ết)|l(?:iên|ần)|qu[ýá]|giai|sau|chậm|h[ằà]ng|mỗi|định|\d[/.\-]\d/g;
// The parsers (bits in PARSERS order) each trigger starts; a digit starts "1/2", a day's trigger.
const TRIGGERED = new Map<string, number>();
PARSERS.forEach((p, i) => {
  for (const w of p.triggers instanceof RegExp ? ['tháng'] : p.triggers) {
    TRIGGERS.lastIndex = 0;
    if (TRIGGERS.exec(w)?.[0] !== w) throw new Error(`TRIGGERS misses the trigger "${w}" of ${p.name}`);
    TRIGGERED.set(w, (TRIGGERED.get(w) ?? 0) | (1 << i));
  }
});
const DAY_BIT = 1 << PARSERS.indexOf(dayParser);

/**
 * The parsers whose triggers occur in a plain lower-cased text, as bits, found in one pass rather than
 * one search per word. No trigger is a prefix of another, and the search steps one character after
 * each, so every occurrence is seen. (On a plain text a trigger only saves time: each parser's patterns
 * need its words anyway.)
 */
function triggeredParsers(lower: string): number {
  let bits = 0;
  const re = TRIGGERS;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(lower)) !== null) {
    bits |= TRIGGERED.get(m[0]) ?? DAY_BIT;
    re.lastIndex = m.index + 1;
  }
  return bits;
}

function candidatesOf(s: Source): Candidate[] {
  const text = s.text;
  const all: Candidate[] = [];
  if (s.plain) {
    const bits = triggeredParsers(s.on);
    for (let i = 0; i < PARSERS.length; i++) {
      if (bits & (1 << i)) for (const c of (PARSERS[i] as Parser).parse(text, s)) all.push(c);
    }
  } else {
    const lower = text.toLowerCase();
    for (const p of PARSERS) {
      const t = p.triggers;
      if (t instanceof RegExp ? !t.test(lower) : !t.some((w) => lower.includes(w))) continue;
      for (const c of p.parse(text, s)) all.push(c);
    }
  }
  if (all.length === 0) return all;
  // Stable sorts: at equal place the parsers' order decides, as it always has.
  all.sort(byPosition);
  return dropOverlaps(mergeRanges(text, all).sort(byPosition));
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
  const s = prepare(text);
  const candidates = candidatesOf(s);
  if (candidates.length === 0) return [];
  const index = new TextIndex(text, s);
  return candidates.map((candidate) => {
    const deadline = resolve(candidate, text, ctx);
    return { candidate, deadline, reason: notDeadlineReason(candidate, deadline, text, ctx, index) };
  });
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
