/**
 * Turns a candidate into a deadline: its kind from the qualifier and the value, its dates resolved
 * against the reference date (a missing year takes the first such date on or after it).
 */
import type { DeadlineKind } from '../../../schema.js';
import {
  addWorkingDays,
  isoDate,
  monthEnd,
  parts,
  plusDays,
  plusMonths,
  weekday,
  type IsoDay,
} from '../calendar.js';
import { lunarNewYear } from '../lunar.js';
import { THEN_ANCHOR } from '../parsers/relative.js';
import type { Candidate, DeadlineContext, FoundDeadline, Part, Qualifier, TimeValue } from '../types.js';

interface Interval {
  start: IsoDay;
  end: IsoDay;
}

/** Dates resolved from a candidate, with what was inferred. */
interface Resolved extends Interval {
  /** True when the year (or the whole date) was taken from the reference date. */
  inferred: boolean;
}

// Ten-day thirds of a month: thượng tuần, trung tuần, hạ tuần; its first and last seven days; its halves.
function monthPart(year: number, month: number, part: Part | null): Interval {
  const last = monthEnd(year, month);
  const day = (d: number) => isoDate(year, month, d) as IsoDay;
  switch (part) {
    case 'early':
      return { start: day(1), end: day(10) };
    case 'mid':
      return { start: day(11), end: day(20) };
    case 'late':
      return { start: day(21), end: last };
    case 'firstWeek':
      return { start: day(1), end: day(7) };
    case 'lastWeek':
      return { start: plusDays(last, -6), end: last };
    case 'firstHalf':
      return { start: day(1), end: day(15) };
    case 'secondHalf':
      return { start: day(16), end: last };
    default:
      return { start: day(1), end: last };
  }
}

function months(year: number, from: number, to: number): Interval {
  return { start: isoDate(year, from, 1) as IsoDay, end: monthEnd(year, to) };
}

/** The interval a value covers in a given year, or null when that year has no such day (29/2). */
function inYear(v: TimeValue, y: number): Interval | null {
  switch (v.type) {
    case 'day': {
      const d = isoDate(y, v.month, v.day);
      return d ? { start: d, end: d } : null;
    }
    case 'months': {
      const first = Math.min(...v.months);
      const last = Math.max(...v.months);
      return { start: monthPart(y, first, v.part).start, end: monthPart(y, last, v.part).end };
    }
    case 'quarter':
      return months(y, v.quarter * 3 - 2, v.quarter * 3);
    case 'yearPart':
      return months(y, v.fromMonth, v.toMonth);
    case 'year':
      // Early, middle and late year: the first quarter, the two middle ones, the last.
      if (v.part === 'early') return months(y, 1, 3);
      if (v.part === 'mid') return months(y, 4, 9);
      if (v.part === 'late') return months(y, 10, 12);
      return months(y, 1, 12);
    case 'tet': {
      // The holiday proper: the first day of the lunar year and the three after it.
      const first = lunarNewYear(y);
      return { start: first, end: plusDays(first, 3) };
    }
    default:
      return null;
  }
}

function writtenYear(v: TimeValue): number | null | undefined {
  switch (v.type) {
    case 'day':
    case 'months':
    case 'quarter':
    case 'yearPart':
    case 'year':
    case 'tet':
      return v.year;
    default:
      return undefined;
  }
}

/**
 * The interval of a dated value. A missing year is the first year whose interval does not end before
 * the reference date, or, when `before` is given (the start of a range), the last one not after it.
 */
function resolveDated(v: TimeValue, ref: IsoDay | null, before?: Interval): Resolved | null {
  const y = writtenYear(v);
  if (y === undefined) return null;
  if (y !== null) {
    const i = inYear(v, y);
    return i ? { start: i.start, end: i.end, inferred: false } : null;
  }
  if (before) {
    const base = yearOf(before.end);
    for (let k = 0; k < 8; k++) {
      const i = inYear(v, base - k);
      if (i && i.start <= before.end) return { start: i.start, end: i.end, inferred: false };
    }
    return null;
  }
  if (!ref) return null;
  // "năm nay": the reference year itself.
  const base = yearOf(ref);
  for (let k = 0; k < 8; k++) {
    const i = inYear(v, base + k);
    if (i && i.end >= ref) return { start: i.start, end: i.end, inferred: true };
  }
  return null;
}

/**
 * The year nearest `around` whose place in the sixty-year cycle is `index` (0 for Giáp Tý, as 1984 and 2044 were).
 * @param index 0 to 59
 * @param around a year
 */
export function nearestInCycle(index: number, around: number): number {
  const after = around + ((((index - (around - 1984)) % 60) + 60) % 60);
  return after - around <= 30 ? after : after - 60;
}

/** The year of an ISO date. */
function yearOf(iso: IsoDay): number {
  return Number(iso.slice(0, 4));
}

/** True when the value is a period (a window of days) rather than one day. */
function isPeriod(v: TimeValue): boolean {
  return v.type !== 'day';
}

// The anchors that are the notice itself: "kể từ ngày ký", "kể từ ngày ban hành Thông báo này",
// "kể từ ngày Ủy ban nhân dân tỉnh ban hành Thông báo này".
const SIGNED_ANCHOR =
  /^(?:ngày\s+)?(?:(?:ký|ban\s+hành)(?:\s+(?:Thông\s+báo|văn\s+bản|Công\s+văn|Kế\s+hoạch|Quyết\s+định|Chỉ\s+thị)(?:\s+này)?)?|[\p{L}\s]{1,60}\s(?:ký|ban\s+hành)\s+(?:Thông\s+báo|văn\s+bản|Công\s+văn|Kế\s+hoạch|Quyết\s+định|Chỉ\s+thị)\s+này)$/iu;
// Receipt of the notice: not known, so the issue date stands in for it.
// "kể từ ngày nhận được Thông báo này", "kể từ ngày nhận được văn bản này".
const RECEIPT_ANCHOR =
  /^(?:ngày\s+)?nhận\s+được\s+(?:Thông\s+báo|văn\s+bản|Công\s+văn|Kế\s+hoạch|Quyết\s+định|Chỉ\s+thị)\s+này$/iu;

function relativeEnd(v: Extract<TimeValue, { type: 'relative' }>, from: IsoDay): IsoDay {
  switch (v.unit) {
    case 'day':
      return plusDays(from, v.amount);
    case 'workday':
      return addWorkingDays(from, v.amount);
    case 'week':
      return plusDays(from, 7 * v.amount);
    case 'month':
      return plusMonths(from, v.amount);
    case 'year':
      return plusMonths(from, 12 * v.amount);
  }
}

type Draft = Omit<FoundDeadline, 'index' | 'text'>;

function dated(kind: DeadlineKind, start: IsoDay | null, end: IsoDay | null, certain: boolean, note?: string): Draft {
  return { kind, start, end, certain, ...(note ? { note } : {}) };
}

/**
 * Resolves a candidate into a deadline (kind and dates), whether or not it is one: the filter in
 * notDeadline.ts decides that afterwards.
 * @param before the last deadline before the candidate in the same text, which "sau đó" counts from
 */
export function resolve(c: Candidate, text: string, ctx: DeadlineContext, before: FoundDeadline | null = null): FoundDeadline {
  const ref = ctx.ref?.date ?? null;
  const refCertain = ctx.ref?.certain ?? false;
  const v = c.value;
  const d = v.type === 'relative' && v.anchor !== null && THEN_ANCHOR.test(v.anchor) ? resolveThen(v, before) : resolveDraft(c, ref, refCertain);
  // The draft's fields after the text and the index, in the draft's order (a draft has a note or
  // an event, never both), without copying the draft by a spread.
  const out: FoundDeadline = { text: text.slice(c.index, c.end), index: c.index, kind: d.kind, start: d.start, end: d.end, certain: d.certain };
  if (d.recurrence !== undefined) out.recurrence = d.recurrence;
  if (d.note !== undefined) out.note = d.note;
  if (d.event !== undefined) out.event = d.event;
  return out;
}

function inferredNote(ref: IsoDay | null, refCertain: boolean): string {
  const base = `the year is not written; taken as the first such date on or after the reference date ${ref}`;
  return refCertain ? base : `${base}, itself uncertain`;
}

function resolveDraft(c: Candidate, ref: IsoDay | null, refCertain: boolean): Draft {
  let v = c.value;
  switch (v.type) {
    case 'recurring':
      return { kind: 'recurring', start: null, end: null, certain: true, recurrence: v.recurrence, ...(v.note ? { note: v.note } : {}) };
    case 'asap':
      return { kind: 'asap', start: null, end: null, certain: true, ...(v.note ? { note: v.note } : {}) };
    case 'ongoing':
      return dated('ongoing', null, null, true);
    case 'event':
      return { kind: 'before', start: null, end: null, certain: true, event: v.event, ...(v.lead ? { note: `${v.lead} before the event, whose date is not written` } : {}) };
    case 'period':
      return dated('during', `${v.from}-01-01`, `${v.to}-12-31`, true);
    case 'schoolYear':
      return dated('during', `${v.year}-09-01`, `${v.year + 1}-05-31`, true);
    case 'relative':
      return resolveRelative(v, ref, refCertain);
    case 'calendar':
      return resolveCalendar(v, ref, refCertain, c.qualifier);
    case 'range':
      return resolveRange(v.from, v.to, ref, refCertain);
    default:
      break;
  }
  if (v.type === 'year' && v.year === null) {
    // "năm nay": the reference year, as certain as the reference date.
    if (!ref) return dated('during', null, null, false, 'this year, and there is no reference date');
    v = { ...v, year: yearOf(ref) };
    const r = resolveDated(v, ref, undefined) as Resolved;
    const note = `the year of the reference date ${ref}`;
    if (c.qualifier === 'by' || c.qualifier === 'before') return dated('before', null, c.qualifier === 'by' ? r.end : plusDays(r.start, -1), refCertain, note);
    return dated('during', r.start, r.end, refCertain, note);
  }
  // "Tết Bính Ngọ": the year named by its place in the sixty-year cycle, the one of them nearest the reference date.
  let cycleNote: string | undefined;
  if (v.type === 'tet' && v.year === null && v.cycle !== undefined && ref) {
    const y = nearestInCycle(v.cycle.index, yearOf(ref));
    cycleNote = `the year ${v.cycle.name} is ${y}, the one of that name nearest the reference date ${ref}`;
    v = { ...v, year: y };
  }
  // "trước ngày 15/12 năm nay", "trong quý I năm sau": the reference year, or the one after it.
  let yearNote: string | undefined;
  if (c.yearOffset !== undefined && writtenYear(v) === null && ref) {
    v = { ...v, year: yearOf(ref) + c.yearOffset } as TimeValue;
    yearNote = `the year of the reference date ${ref}${c.yearOffset ? `, plus ${c.yearOffset}` : ''}`;
  }
  const r = resolveDated(v, ref, undefined);
  if (!r) {
    const kind: DeadlineKind = c.qualifier === 'before' || c.qualifier === 'by' ? 'before' : isPeriod(v) ? 'during' : 'on';
    return dated(kind, null, null, false, 'the year is not written and there is no reference date');
  }
  const certain = yearNote !== undefined ? refCertain : !r.inferred;
  const note = yearNote ?? (r.inferred ? inferredNote(ref, refCertain) : cycleNote);
  if (c.qualifier === 'before') {
    // "trước ngày 15/10" allows the 15th (the usage of notices); "trước tháng 10", "trước Tết" end the day before.
    return dated('before', null, isPeriod(v) ? plusDays(r.start, -1) : r.end, certain, note);
  }
  if (c.qualifier === 'by') return dated('before', null, r.end, certain, note);
  if (c.qualifier === 'from') return dated('range', r.start, v.type === 'months' && v.span ? r.end : null, certain, note);
  if (v.type === 'months' && v.span && c.qualifier === null) return dated('during', r.start, r.end, certain, note);
  return isPeriod(v) ? dated('during', r.start, r.end, certain, note) : dated('on', r.start, r.end, certain, note);
}

function resolveRange(from: Candidate, to: Candidate, ref: IsoDay | null, refCertain: boolean): Draft {
  const b = resolveDated(to.value, ref, undefined);
  if (!b) return dated('range', null, null, false, 'the year is not written and there is no reference date');
  const a = resolveDated(from.value, ref, b);
  const certain = !b.inferred;
  const note = b.inferred ? inferredNote(ref, refCertain) : undefined;
  if (!a) return dated('range', null, b.end, certain, note);
  return dated('range', a.start, b.end, certain, note);
}

function resolveRelative(v: Extract<TimeValue, { type: 'relative' }>, ref: IsoDay | null, refCertain: boolean): Draft {
  const anchor = v.anchor;
  if (anchor !== null && !SIGNED_ANCHOR.test(anchor) && !RECEIPT_ANCHOR.test(anchor)) {
    return dated('relative', null, null, true, `counted from: ${anchor}`);
  }
  if (!ref) return dated('relative', null, null, false, 'counted from the issue date, which is not known');
  const end = relativeEnd(v, ref);
  if (anchor !== null && RECEIPT_ANCHOR.test(anchor)) {
    return dated('relative', null, end, false, `counted from the reference date ${ref}; the notice's receipt date is not known`);
  }
  const note = anchor === null ? `counted from the reference date ${ref}` : `counted from the signing date ${ref}`;
  return dated('relative', null, end, refCertain, refCertain ? note : `${note}, itself uncertain`);
}

/** "trong 15 ngày sau đó": counted from the end of the deadline before it in the same text, when it has one. */
function resolveThen(v: Extract<TimeValue, { type: 'relative' }>, before: FoundDeadline | null): Draft {
  if (!before?.end) return dated('relative', null, null, true, 'counted from the step before it, which has no date');
  return dated('relative', null, relativeEnd(v, before.end), before.certain, `counted from the deadline before it, "${before.text}" (${before.end})`);
}

function resolveCalendar(v: Extract<TimeValue, { type: 'calendar' }>, ref: IsoDay | null, refCertain: boolean, qualifier: Qualifier | null): Draft {
  const bound = qualifier === 'by' || qualifier === 'before';
  if (!ref) return dated(bound ? 'before' : 'relative', null, null, false, 'counted from the issue date, which is not known');
  if (v.unit === 'week') {
    // Weeks run Monday to Sunday.
    const monday = plusDays(ref, -((weekday(ref) + 6) % 7) + 7 * v.offset);
    return dated('relative', monday, plusDays(monday, 6), refCertain, `the week of the reference date ${ref}${v.offset ? ', plus one' : ''}`);
  }
  const plus = v.offset ? ', plus one' : '';
  // The month, quarter or year the reference date falls in, moved on by one of them.
  const { year, month } = parts(plusMonths(`${ref.slice(0, 7)}-01`, v.offset * (v.unit === 'quarter' ? 3 : v.unit === 'year' ? 12 : 1)));
  let iv: Interval;
  let what: string;
  if (v.unit === 'year') [iv, what] = [months(year, 1, 12), 'year'];
  else if (v.unit === 'quarter') {
    const first = month - ((month - 1) % 3);
    [iv, what] = [months(year, first, first + 2), 'quarter'];
  } else if (v.part) [iv, what] = [monthPart(year, month, v.part), `${v.part === 'early' ? 'first' : v.part === 'mid' ? 'middle' : 'last'} third of the month`];
  else [iv, what] = [months(year, month, month), 'month'];
  const note = `the ${what} of the reference date ${ref}${plus}`;
  // "đến hết tháng" ends with the month; "trước cuối tháng" the day before its last third.
  if (qualifier === 'by') return dated('before', null, iv.end, refCertain, note);
  if (qualifier === 'before') return dated('before', null, plusDays(iv.start, -1), refCertain, note);
  return dated('relative', iv.start, iv.end, refCertain, note);
}
