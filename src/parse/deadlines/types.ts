import type { Deadline } from '../../schema.js';

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
