/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`) and Vietnam's public holidays.
 *
 * Dates are kept as ISO strings and turned into local-time `Date`s only inside date-fns calls:
 * the engine never needs a time of day, and strings compare in calendar order.
 */
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { getDay } from 'date-fns/getDay';
import { lunarNewYear, lunarToSolar } from './lunar.js';

/** A date as the engine keeps it. */
export type IsoDay = string;

/** Builds `YYYY-MM-DD`, or null when the day does not exist (31/4, 29/2/2017). */
export function isoDate(year: number, month: number, day: number): IsoDay | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  // The year has four digits here; month and day take a leading zero below 10.
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Number of days of a month (Gregorian rule). Plain arithmetic rather than date-fns here: the engine
 * asks it for every candidate, and building a Date each time dominated a 1 MB run.
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)) return 29;
  return MONTH_DAYS[month - 1] ?? 0;
}

/** The last day of a month as `YYYY-MM-DD`. */
export function monthEnd(year: number, month: number): IsoDay {
  return isoDate(year, month, daysInMonth(year, month)) as IsoDay;
}

function toDate(iso: IsoDay): Date {
  return new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

function fromDate(date: Date): IsoDay {
  return isoDate(date.getFullYear(), date.getMonth() + 1, date.getDate()) as IsoDay;
}

/** `iso` moved by `n` calendar days (n may be negative). */
export function plusDays(iso: IsoDay, n: number): IsoDay {
  return fromDate(addDays(toDate(iso), n));
}

/** `iso` moved by `n` months, clamped to the end of a shorter month (31/1 + 1 month = 28 or 29/2). */
export function plusMonths(iso: IsoDay, n: number): IsoDay {
  return fromDate(addMonths(toDate(iso), n));
}

/** Day of the week, 0 = Sunday ... 6 = Saturday. */
export function weekday(iso: IsoDay): number {
  return getDay(toDate(iso));
}

/** Year, month and day of an ISO date. */
export function parts(iso: IsoDay): { year: number; month: number; day: number } {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

/**
 * The public holidays of one year under the Labour Code 2019 (art. 112), the rule applied to every year:
 * 1/1; Tết Nguyên Đán, the last day of the lunar year and the first four days of the new one; Giỗ Tổ
 * Hùng Vương (10/3 lunar); 30/4; 1/5; Quốc khánh 2/9, and from 2021 one adjacent day (see
 * {@link nationalDayExtra}). Compensatory days off for holidays falling on a weekend and the swapped
 * working days the government announces each year are not modelled: they are decided year by year.
 */
function holidaysOf(year: number): Set<IsoDay> {
  const days = new Set<IsoDay>();
  const add = (iso: IsoDay | null) => {
    if (iso) days.add(iso);
  };
  add(isoDate(year, 1, 1));
  add(isoDate(year, 4, 30));
  add(isoDate(year, 5, 1));
  add(isoDate(year, 9, 2));
  if (year >= 2021) add(nationalDayExtra(year));
  add(lunarToSolar(10, 3, year));
  // Tết of this solar year, and of next year when its eve falls on 31 December (never happens
  // in 1990–2050, but the rule is cheap to state).
  for (const tetYear of [year, year + 1]) {
    const tet = lunarNewYear(tetYear);
    for (let i = -1; i <= 3; i++) {
      const d = plusDays(tet, i);
      if (d.startsWith(`${year}-`)) days.add(d);
    }
  }
  return days;
}

/**
 * The day added to Quốc khánh from 2021. The code leaves the choice between 1/9 and 3/9 to the
 * government, which has picked the one that is not on a weekend and joins the holiday to a weekend
 * where it can: 2021 (2/9 a Thursday) 3/9, 2022 (Friday) 1/9, 2023 (Saturday) 1/9, 2024 (Monday) 3/9,
 * 2025 (Tuesday) 1/9. So: 3/9 when 2/9 is a Sunday, Monday or Thursday, otherwise 1/9 (a Wednesday
 * has no precedent; 1/9 is assumed).
 */
function nationalDayExtra(year: number): IsoDay {
  const wd = weekday(isoDate(year, 9, 2) as IsoDay);
  return (wd === 0 || wd === 1 || wd === 4 ? isoDate(year, 9, 3) : isoDate(year, 9, 1)) as IsoDay;
}

const holidayCache = new Map<number, Set<IsoDay>>();

/** True when the date is a Vietnamese public holiday (see the rule above). */
export function isPublicHoliday(iso: IsoDay): boolean {
  const year = Number(iso.slice(0, 4));
  let set = holidayCache.get(year);
  if (!set) {
    set = holidaysOf(year);
    holidayCache.set(year, set);
  }
  return set.has(iso);
}

/** True on Saturdays, Sundays and public holidays. */
export function isNonWorkingDay(iso: IsoDay): boolean {
  const wd = weekday(iso);
  return wd === 0 || wd === 6 || isPublicHoliday(iso);
}

/**
 * The n-th working day after `iso`: counting starts the day after (the rule of Bộ luật Dân sự 2015,
 * art. 147), skipping Saturdays, Sundays and public holidays.
 * @param iso the day the period is counted from (the signing day, the day of receipt)
 * @param n how many working days, 0 or more (0 gives `iso` itself)
 * @param isDayOff which days do not count; defaults to weekends and public holidays
 */
export function addWorkingDays(iso: IsoDay, n: number, isDayOff: (iso: IsoDay) => boolean = isNonWorkingDay): IsoDay {
  let day = iso;
  let left = Math.max(0, Math.floor(n));
  // A working period never spans more than a few weeks in practice; the bound keeps a
  // pathological n (or an always-true isDayOff) from looping for ever.
  let guard = left * 7 + 400;
  while (left > 0 && guard-- > 0) {
    day = plusDays(day, 1);
    if (!isDayOff(day)) left--;
  }
  return day;
}
