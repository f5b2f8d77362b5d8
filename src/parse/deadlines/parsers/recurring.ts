/** Recurring obligations: "định kỳ hằng tháng", "hằng quý", "trước ngày 20 hằng tháng", "02 lần/01 năm", "02 tuần/lần". */
import type { Recurrence } from '../../../schema.js';
import { pattern, prepare, WEEKDAY, weekdayOf } from '../patterns.js';
import { ALL_WORDS, needs, W } from '../triggers.js';
import type { Candidate, Parser } from '../types.js';
import { candidate, count, scan } from './common.js';

type Every = Recurrence['every'];
const UNITS: Record<string, Every> = { ngày: 'day', tuần: 'week', tháng: 'month', quý: 'quarter', năm: 'year' };

function unitOf(s: string | undefined): Every | null {
  return UNITS[(s ?? '').toLowerCase()] ?? null;
}

/** ISO day of the week (1 Monday ... 7 Sunday) of "thứ Sáu", "thứ 5", "chủ nhật"; null for anything else. */
function isoWeekdayOf(written: string): number | null {
  const d = weekdayOf(written);
  return d === 0 ? 7 : d;
}

/** The note of a day named with its recurrence: "on thứ Sáu of every week". */
function dayNote(written: string, unit: Every): string {
  return `on ${written.replace(/\s+/g, ' ')} of every ${unit}`;
}

// "định kỳ hằng tháng", "hàng tháng", "hằng quý", "hằng tuần", "Hằng năm", "Định kỳ hàng năm",
// "thứ Sáu hằng tuần", "thứ Hai hàng tuần", "ngày thứ 5 hằng tuần". Not "hàng đầu", "hàng hóa".
const EVERY = pattern(
  String.raw`(?:(?:ngày\s{1,2})?(?<wd>${WEEKDAY})\s{1,2})?` +
    String.raw`(?:định\s{1,2}kỳ\s{1,2})?(?:hằng|hàng|mỗi)\s{1,2}(?<unit>ngày|tuần|tháng|quý|năm)(?![\p{L}\p{N}])`,
  'giu',
);

// The day of the week after "hằng tuần": "Định kỳ hằng tuần, trước 16 giờ 00 ngày thứ Sáu", "hằng tuần vào thứ Hai",
// "mỗi tuần, chậm nhất 10h ngày thứ 5", "hằng tuần, trước 16g00 thứ Sáu".
const EVERY_WEEK_ON = pattern(
  String.raw`(?:định\s{1,2}kỳ\s{1,2})?(?:hằng|hàng|mỗi)\s{1,2}tuần\s{0,2},?\s{1,2}(?:(?:trước|vào|chậm\s{1,2}nhất(?:\s{1,2}(?:là|vào))?)\s{1,2})?` +
    String.raw`(?:(?:\d{1,2}\s{0,2}(?:giờ|h)(?:\s{0,2}\d{1,2}(?:\s{1,2}phút)?)?|\d{1,2}[g:]\d{2})\s{1,2})?(?:ngày\s{1,2})?(?<wd>${WEEKDAY})(?![\p{L}\p{N}])`,
  'giu',
);

// The day of the month after "hằng tháng": "Định kỳ hằng tháng, trước ngày 18", "hằng tháng vào ngày 25", "Hằng tháng
// (trước ngày 20)". Not "hằng tháng, trước ngày 18/6" (a date of its own) nor "... trước ngày 18 tháng 6".
const EVERY_MONTH_ON = pattern(
  String.raw`(?:định\s{1,2}kỳ\s{1,2})?(?:hằng|hàng|mỗi)\s{1,2}tháng\s{0,2}(?:,\s{0,2}|\(\s{0,2}|\s{1,2})(?:trước|vào|chậm\s{1,2}nhất(?:\s{1,2}(?:là|vào))?)\s{1,2}` +
    String.raw`ngày\s{1,2}(?<d>\d{1,2})(?![\p{L}\p{N}/.\-])(?!\s{1,2}(?:tháng|hằng|hàng|mỗi|của)(?![\p{L}]))`,
  'giu',
);

// "trước ngày 20 hằng tháng", "chậm nhất vào ngày 05 hằng tháng", "trước ngày 15/6 hằng năm", "ngày 18 hằng tháng",
// "trước ngày 15 tháng 12 hằng năm".
const DAY_EVERY = pattern(
  String.raw`ngày\s{1,2}(?<d>\d{1,2})(?:[/.\-](?<m>\d{1,2})|\s{1,2}tháng\s{1,2}(?<mw>\d{1,2}))?\s{1,2}(?:hằng|hàng|mỗi)\s{1,2}(?<unit>tháng|năm)(?![\p{L}\p{N}])`,
  'giu',
);

// A day of a month of every quarter, as reporting regimes set it: "trước ngày 20 của tháng cuối quý", "ngày 15
// tháng cuối mỗi quý", "trước ngày 10 tháng đầu quý sau", "ngày 05 của tháng thứ hai của quý".
const QUARTER_DAY = pattern(
  String.raw`ngày\s{1,2}(?<d>\d{1,2})\s{1,2}(?:của\s{1,2})?tháng\s{1,2}(?<which>đầu|cuối|thứ\s{1,2}(?:nhất|hai|ba|[1-3]))\s{1,2}` +
    String.raw`(?:của\s{1,2})?(?:(?:mỗi|hằng|hàng)\s{1,2})?quý(?:\s{1,2}(?:sau|tiếp\s{1,2}theo|kế\s{1,2}tiếp))?(?![\p{L}\p{N}])`,
  'giu',
);
// Two or more days of each month or year: "ngày 15 và ngày 30 hằng tháng", "trước ngày 10, 20 và 30 hằng tháng", "ngày
// 15/6 và 15/12 hằng năm". Each day is a deadline of its own. A first day with its month is also the day parser's,
// which refiners/share.ts makes yearly.
const DAYS_EVERY = pattern(
  String.raw`(?<list>ngày\s{1,2}\d{1,2}(?:[/.\-]\d{1,2})?(?:(?:\s{0,2},\s{0,2}|\s{1,2}(?:và|hoặc)\s{1,2})(?:ngày\s{1,2})?\d{1,2}(?:[/.\-]\d{1,2})?){1,5})` +
    String.raw`\s{1,2}(?:hằng|hàng|mỗi)\s{1,2}(?<unit>tháng|năm)(?![\p{L}\p{N}])`,
  'giu',
);
// One day of such a list: "ngày 15", "30", "15/12".
const LISTED_DAY = /(?:ngày\s{1,2})?(?<d>\d{1,2})(?:[/.\-](?<m>\d{1,2}))?/giu;

const MONTH_OF_QUARTER: Record<string, number> = { đầu: 1, nhất: 1, '1': 1, hai: 2, '2': 2, cuối: 3, ba: 3, '3': 3 };

// "02 lần/01 năm", "2 lần/năm", "01 lần/quý", "02 lần/03 năm".
const TIMES = pattern(
  String.raw`(?<n>\d{1,2})\s{0,2}lần\s{0,2}/\s{0,2}(?:(?<k>\d{1,2})\s{1,2})?(?<unit>ngày|tuần|tháng|quý|năm)(?![\p{L}\p{N}])`,
  'giu',
);

// "02 tuần/lần", "định kỳ 02 tuần/lần", "03 tháng/lần", "6 tháng/01 lần".
const INTERVAL = pattern(
  String.raw`(?:định\s{1,2}kỳ\s{1,2})?(?<n>\d{1,2})\s{1,2}(?<unit>ngày|tuần|tháng|năm)\s{0,2}/\s{0,2}(?:0?1\s{1,2})?lần(?![\p{L}\p{N}])`,
  'giu',
);

// "định kỳ 6 tháng", "Định kỳ 06 tháng", "định kỳ 3 tháng", "định kỳ sáu tháng". Not "định kỳ 6 tháng/lần" (INTERVAL).
const PERIODIC = pattern(
  String.raw`định\s{1,2}kỳ\s{1,2}(?<n>\d{1,2}|sáu|ba)\s{1,2}(?<unit>tháng|năm|tuần)(?![\p{L}\p{N}])(?!\s{0,2}/)`,
  'giu',
);

function monthly(n: number, unit: Every): Recurrence {
  if (unit === 'month' && n === 3) return { every: 'quarter' };
  if (unit === 'month' && n === 6) return { every: 'half-year' };
  if (unit === 'month' && n === 12) return { every: 'year' };
  return n === 1 ? { every: unit } : { every: unit, interval: n };
}

/** Finds recurring obligations. */
export const recurringParser: Parser = {
  name: 'recurring',
  triggers: ['hằng', 'hàng', 'mỗi', 'lần', 'định', 'quý'],
  words: W.EVERY | W.LAN | W.DINH_KY | W.QUY,
  parse(text, s = prepare(text), seen = ALL_WORDS) {
    const out: Candidate[] = [];
    if (needs(seen, W.EVERY)) scan(s, EVERY, (m) => {
      const unit = unitOf(m.groups?.unit);
      if (!unit) return null;
      let wd = m.groups?.wd;
      if (wd) {
        // The weekday as written: the group starts the match, or follows "ngày" (which holds no "thứ" or "chủ").
        const at = m.index + m[0].indexOf(wd);
        wd = text.slice(at, at + wd.length);
      }
      // A day of the week only goes with "hằng tuần": "thứ Hai hằng tháng" names no one day.
      const weekday = wd && unit === 'week' ? isoWeekdayOf(wd) : null;
      return candidate('recurring', s, m.index, m.index + m[0].length, {
        type: 'recurring',
        recurrence: weekday === null ? { every: unit } : { every: unit, weekday },
        ...(wd ? { note: dayNote(wd, unit) } : {}),
      });
    }, undefined, out, W.EVERY);
    if (needs(seen, W.EVERY)) scan(s, EVERY_WEEK_ON, (m) => {
      const at = m.index + m[0].lastIndexOf(m.groups?.wd ?? '');
      const wd = text.slice(at, m.index + m[0].length);
      const weekday = isoWeekdayOf(wd);
      if (weekday === null) return null;
      return candidate('recurring', s, m.index, m.index + m[0].length, {
        type: 'recurring',
        recurrence: { every: 'week', weekday },
        note: dayNote(wd, 'week'),
      });
    }, undefined, out, W.EVERY);
    if (needs(seen, W.EVERY, W.NGAY_DAY)) scan(s, EVERY_MONTH_ON, (m) => {
      const d = Number(m.groups?.d);
      if (d < 1 || d > 31) return null;
      // "Hằng tháng (trước ngày 20)": the phrase takes its closing parenthesis.
      const end = m.index + m[0].length + (m[0].includes('(') && s.text[m.index + m[0].length] === ')' ? 1 : 0);
      return candidate('recurring', s, m.index, end, { type: 'recurring', recurrence: { every: 'month', day: d } });
    }, undefined, out, W.EVERY);
    if (needs(seen, W.EVERY, W.NGAY_DAY)) scan(s, DAY_EVERY, (m) => {
      const g = m.groups ?? {};
      const unit = unitOf(g.unit);
      const d = Number(g.d);
      const written = g.m ?? g.mw;
      const mo = written === undefined ? undefined : Number(written);
      if (!unit || d < 1 || d > 31 || (mo !== undefined && (mo < 1 || mo > 12))) return null;
      // "ngày 15/6 hằng tháng" cannot name a month; "ngày 20 hằng năm" names no month.
      if ((unit === 'month') !== (mo === undefined)) return null;
      const recurrence: Recurrence = mo === undefined ? { every: unit, day: d } : { every: unit, day: d, month: mo };
      return candidate('recurring', s, m.index, m.index + m[0].length, { type: 'recurring', recurrence });
    }, undefined, out, W.EVERY);
    if (needs(seen, W.EVERY, W.NGAY_DAY)) scan(s, DAYS_EVERY, (m) => {
      const unit = unitOf(m.groups?.unit);
      if (!unit) return null;
      const days = [...(m.groups?.list ?? '').matchAll(LISTED_DAY)].map((d) => ({
        at: m.index + (d.index ?? 0),
        length: d[0].length,
        day: Number(d.groups?.d),
        month: d.groups?.m === undefined ? undefined : Number(d.groups.m),
      }));
      // Days of a month without their month, days of a year with theirs.
      if (days.some((d) => d.day < 1 || d.day > 31 || (unit === 'month') !== (d.month === undefined) || (d.month ?? 1) > 12 || d.month === 0)) return null;
      const whole = text.slice(m.index, m.index + m[0].length).replace(/\s+/gu, ' ');
      // The days are pushed here, the last with the words of its recurrence ("30 hằng tháng").
      days.forEach((d, i) => {
        const last = i === days.length - 1;
        const recurrence: Recurrence = d.month === undefined ? { every: unit, day: d.day } : { every: unit, day: d.day, month: d.month };
        out.push(candidate('recurring', s, d.at, last ? m.index + m[0].length : d.at + d.length, {
          type: 'recurring',
          recurrence,
          ...(last ? {} : { note: `one of the days of "${whole}"` }),
        }, i === 0));
      });
      return null;
    }, undefined, out, W.EVERY);
    if (needs(seen, W.QUY, W.NGAY_DAY)) scan(s, QUARTER_DAY, (m) => {
      const g = m.groups ?? {};
      const d = Number(g.d);
      const which = (g.which as string).toLowerCase().replace(/^thứ\s+/u, '');
      const month = MONTH_OF_QUARTER[which];
      // "tháng cuối quý sau" would be the quarter's last month all the same; "tháng đầu quý sau" is the first of each.
      if (d < 1 || d > 31 || month === undefined) return null;
      return candidate('recurring', s, m.index, m.index + m[0].length, { type: 'recurring', recurrence: { every: 'quarter', day: d, month } });
    }, undefined, out, W.QUY);
    if (needs(seen, W.LAN)) scan(s, TIMES, (m) => {
      const g = m.groups ?? {};
      const unit = unitOf(g.unit);
      const n = count(g.n ?? '');
      const k = g.k === undefined ? 1 : count(g.k);
      if (!unit || n === null || k === null) return null;
      const recurrence: Recurrence = k === 1 ? { every: unit, times: n } : { every: unit, interval: k, times: n };
      return candidate('recurring', s, m.index, m.index + m[0].length, { type: 'recurring', recurrence }, false);
    }, undefined, out, W.LAN);
    const interval = (m: RegExpExecArray) => {
      const g = m.groups ?? {};
      const unit = unitOf(g.unit);
      const n = count(g.n ?? '');
      if (!unit || n === null) return null;
      return candidate('recurring', s, m.index, m.index + m[0].length, { type: 'recurring', recurrence: monthly(n, unit) }, false);
    };
    if (needs(seen, W.LAN)) scan(s, INTERVAL, interval, undefined, out, W.LAN);
    if (needs(seen, W.DINH_KY)) scan(s, PERIODIC, interval, undefined, out, W.DINH_KY);
    return out;
  },
};
