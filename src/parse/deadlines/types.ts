import type { Deadline, Recurrence } from '../../schema.js';
import type { Source } from './patterns.js';

/** What the deadline engine needs to know about the notice a phrase comes from. */
export interface DeadlineContext {
  /**
   * The reference date phrases without a year (or relative phrases) are resolved against: the issue
   * date, the first day of the issue month when the day is blank (a draft), or `--ref-date`.
   * `certain: false` makes every date computed from it `certain: false`. Null when nothing is known.
   */
  ref: { date: string; certain: boolean } | null;
  /** The date of the meeting the notice reports, when known: a date equal to it is not a deadline. */
  meetingDate?: string | null;
}

/** A deadline found in a text, with the offset of its phrase (in UTF-16 code units) instead of a line. */
export type FoundDeadline = Omit<Deadline, 'line'> & { index: number };

/**
 * How the words in front of a time expression bound the action:
 * - `before`: "trước" (before a day: that day is the last; before a period: the day before it starts)
 * - `by`: "chậm nhất", "hạn cuối", "đến hết", "đến" (the last day of the expression)
 * - `within`: "trong", "trong suốt", "ngay trong", "dịp" (inside the expression)
 * - `at`: "vào" (on the day, or inside the period)
 * - `from`: "từ", "kể từ", "bắt đầu từ" (a start; a deadline only when an end follows)
 */
export type Qualifier = 'before' | 'by' | 'within' | 'at' | 'from';

/**
 * Early, middle or late part of a month or a year ("đầu", "giữa", "cuối"); for a month also its first or last
 * week ("tuần đầu", "tuần cuối") and half ("nửa đầu", "nửa cuối").
 */
export type Part = 'early' | 'mid' | 'late' | 'firstWeek' | 'lastWeek' | 'firstHalf' | 'secondHalf';

/** What a time expression means, before it is resolved against the reference date. */
export type TimeValue =
  | { type: 'day'; year: number | null; month: number; day: number }
  | { type: 'months'; year: number | null; months: number[]; part: Part | null; span: boolean }
  | { type: 'quarter'; year: number | null; quarter: number }
  | { type: 'yearPart'; year: number | null; fromMonth: number; toMonth: number }
  | { type: 'year'; year: number | null; part: Part | null }
  | { type: 'schoolYear'; year: number }
  | { type: 'period'; from: number; to: number; label: string }
  | { type: 'relative'; amount: number; unit: 'day' | 'workday' | 'week' | 'month' | 'year'; anchor: string | null }
  /** `part`: a third of the month ("đầu / giữa / cuối tháng này"), as the months' own parts. */
  | { type: 'calendar'; unit: 'week' | 'month' | 'quarter' | 'year'; offset: 0 | 1; part?: Part }
  | { type: 'recurring'; recurrence: Recurrence; note?: string }
  | { type: 'asap'; note?: string }
  | { type: 'ongoing' }
  /** `cycle`: the year's place in the sixty-year cycle, 0 for Giáp Tý, when its name is written ("Tết Bính Ngọ"). */
  | { type: 'tet'; year: number | null; cycle?: { index: number; name: string } }
  /** `lead`: how long before the event, as written ("05 ngày làm việc" of "05 ngày làm việc trước ngày khai mạc"). */
  | { type: 'event'; event: string; lead?: string }
  | { type: 'range'; from: Candidate; to: Candidate };

/** A time expression one parser found, with the qualifier read in front of it. */
export interface Candidate {
  /** Name of the parser (or refiner) that made it, for tests and debugging. */
  parser: string;
  /** Offset where the phrase starts, qualifier included. */
  index: number;
  /** Offset just past the phrase. */
  end: number;
  /** Offset where the time expression itself starts (after the qualifier). */
  atomIndex: number;
  qualifier: Qualifier | null;
  /** The qualifier as written ("chậm nhất trước"), null when there is none. */
  qualifierText: string | null;
  value: TimeValue;
  /**
   * A year written as the reference year's: 0 for "năm nay", 1 for "năm sau" / "năm tới" ("trước ngày 15/12 năm
   * nay"); only for a value whose year is not written.
   */
  yearOffset?: number;
}

/** A parser: finds candidates in a text. Parsers never decide whether a candidate is a deadline. */
export interface Parser {
  name: string;
  /**
   * Words (lower case) or a pattern one of which must occur in the lower-cased text for the parser to
   * run, on a text outside the plain alphabet (patterns.ts); plain texts go by {@link words}.
   */
  triggers: readonly string[] | RegExp;
  /**
   * The words (bits of triggers.ts) the parser's patterns are anchored on: on a plain text with none
   * of them the parser finds nothing and is not run.
   */
  words: number;
  /**
   * @param text the text
   * @param s the text prepared for the patterns (see patterns.ts); prepared here when absent
   * @param seen the words of triggers.ts found in the lower-cased text of a plain `s`: each pattern
   *   runs only when its words are there. Every pattern runs when absent.
   */
  parse(text: string, s?: Source, seen?: number): Candidate[];
}
