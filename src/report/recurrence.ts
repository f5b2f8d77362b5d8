/**
 * The next occurrence of a recurring deadline that names its day: "trước ngày 18 hằng tháng", "ngày thứ Sáu
 * hằng tuần", "trước ngày 20 của tháng cuối quý", "trước ngày 15/6 hằng năm". Only `report --recurring` uses
 * it: the notice states the rule, the date is inferred from the day the report is made.
 */
import { daysInMonth, isoDate, monthEnd, parts, plusDays, weekday, type IsoDay } from '../parse/deadlines/calendar.js';
import type { Recurrence } from '../schema.js';

/** A day of a month, or the month's last day when the month is shorter ("ngày 31 hằng tháng" in April: 30/4). */
function dayOfMonth(year: number, month: number, day: number): IsoDay {
  return isoDate(year, month, Math.min(day, daysInMonth(year, month))) as IsoDay;
}

/**
 * The first day on or after `from` on which a recurring deadline falls due, or null when its phrase does not
 * say which day: a week needs its weekday, a month its day, a quarter its day and the month of the quarter
 * ("trước ngày 20 của tháng cuối quý"), a year its month; a rule "every two weeks" has no first week to count
 * from. A year's month without a day falls due at the month's end ("trong tháng 6 hằng năm").
 * @param r the recurrence the parser read
 * @param from "YYYY-MM-DD": the as-of date, or the issue date when that is later
 */
export function nextOccurrence(r: Recurrence | undefined, from: IsoDay): IsoDay | null {
  if (r === undefined || (r.interval ?? 1) !== 1 || r.times !== undefined) return null;
  const { year, month } = parts(from);
  switch (r.every) {
    case 'week': {
      if (r.weekday === undefined) return null;
      // calendar.weekday counts from Sunday = 0; the schema from Monday = 1 to Sunday = 7.
      const today = weekday(from) || 7;
      return plusDays(from, (r.weekday - today + 7) % 7);
    }
    case 'month': {
      if (r.day === undefined) return null;
      const here = dayOfMonth(year, month, r.day);
      if (here >= from) return here;
      return month === 12 ? dayOfMonth(year + 1, 1, r.day) : dayOfMonth(year, month + 1, r.day);
    }
    case 'quarter': {
      // The month of each quarter the phrase names (1 to 3: "tháng cuối quý" is the third), and its day.
      if (r.day === undefined || r.month === undefined || r.month > 3) return null;
      for (let k = 0; k < 5; k++) {
        const m = month + k;
        if ((m - 1) % 3 !== r.month - 1) continue;
        const at = dayOfMonth(year + Math.floor((m - 1) / 12), ((m - 1) % 12) + 1, r.day);
        if (at >= from) return at;
      }
      return null;
    }
    case 'year': {
      if (r.month === undefined) return null;
      const at = (y: number) => (r.day === undefined ? monthEnd(y, r.month as number) : dayOfMonth(y, r.month as number, r.day));
      const here = at(year);
      return here >= from ? here : at(year + 1);
    }
    default:
      return null;
  }
}
