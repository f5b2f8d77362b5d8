import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';

/** Where a row stands on the as-of date. */
export const STATUSES = ['overdue', 'due-soon', 'upcoming', 'undated'] as const;
export type Status = (typeof STATUSES)[number];

/** The zone every "today" of the report is taken in: notices are Vietnamese, whatever the machine says. */
export const REPORT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

// 2017-10-01
const ISO_DATE = /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})$/;

/**
 * Reads an ISO calendar date as a local Date at midnight, or null when it is not a real date
 * ("2017-02-30" is refused, where `new Date` would roll it over to March).
 * @param iso "YYYY-MM-DD"
 */
export function parseIsoDate(iso: string): Date | null {
  if (!ISO_DATE.test(iso)) return null;
  const d = parse(iso, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(d) ? d : null;
}

// Asia/Ho_Chi_Minh has kept UTC+7 all year, without summer time, since 13 June 1975: today there is the UTC
// date seven hours on. Intl.DateTimeFormat finds the same in the time zone database, but loading that costs
// about 30 ms of every `check` and `report` run.
const VIETNAM_UTC_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * Today's calendar date in Asia/Ho_Chi_Minh, whatever zone the machine runs in.
 * @param now the instant to read (defaults to the current time); one after 13 June 1975
 * @returns "YYYY-MM-DD"
 */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + VIETNAM_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * Whole calendar days from the as-of date to the due date: 0 when due on the as-of date, negative
 * once it has passed.
 * @param due "YYYY-MM-DD"
 * @param asOf "YYYY-MM-DD"
 */
export function daysBetween(asOf: string, due: string): number {
  const a = parseIsoDate(asOf);
  const b = parseIsoDate(due);
  if (!a || !b) throw new RangeError(`Expected two YYYY-MM-DD dates, got "${asOf}" and "${due}".`);
  return differenceInCalendarDays(b, a);
}

/**
 * The status of a dated row: overdue once the due day has passed; due-soon from `soon` days before it
 * up to and including the due day itself; upcoming before that. Null days left means undated.
 * @param daysLeft see {@link daysBetween}
 * @param soon the due-soon window in days (`--soon`, default 7)
 */
export function statusOf(daysLeft: number | null, soon: number): Status {
  if (daysLeft === null) return 'undated';
  if (daysLeft < 0) return 'overdue';
  if (daysLeft <= soon) return 'due-soon';
  return 'upcoming';
}
