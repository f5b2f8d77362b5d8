import { defineRule } from '../check/types.js';
import { isoDate, weekday } from '../parse/deadlines/calendar.js';
import { NOT_ORDINAL, WEEKDAY, weekdayOf } from '../parse/deadlines/patterns.js';

// A full date in figures or in words: "12/6/2026", "12-6-2026", "12.6.2026", "12 tháng 6 năm 2026".
const DATE = String.raw`(?<d>\d{1,2})(?:(?<sep>[/.\-])(?<m>\d{1,2})\k<sep>(?<y>\d{4})|\s{1,2}tháng\s{1,2}(?<mw>\d{1,2})\s{1,2}năm\s{1,2}(?<yw>\d{4}))(?![\p{N}])`;

// The weekday in front of the date: "thứ Sáu, ngày 12/6/2026", "Thứ 6 ngày 12/6/2026", "chủ nhật 14/6/2026", "thứ Hai,
// ngày 15 tháng 6 năm 2026". Not an ordinal: "lần thứ 2 ngày 31/12/2024".
const WEEKDAY_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])${NOT_ORDINAL}(?<wd>${WEEKDAY})(?:\s{0,2},)?\s{1,2}(?:ngày\s{1,2})?${DATE}`, 'giu');
// The weekday after the date, in brackets: "ngày 15/6/2026 (thứ Hai)".
const WEEKDAY_AFTER = new RegExp(String.raw`(?<![\p{N}/.\-])${DATE}\s{0,2}\(\s{0,2}(?<wd>${WEEKDAY})\s{0,2}\)`, 'giu');

// Written as notices write them.
const NAMES = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

/** 22: a date is written with a day of the week it does not fall on ("thứ Năm, ngày 12/6/2026"). */
export default defineRule({
  id: 'content/weekday',
  description: 'A day of the week written with a date is the day that date falls on.',
  severity: 'warning',
  docs: {
    article: 'Not from the decree: a content check of this project',
    tt01: 'Not a decree rule; applies under both standards.',
    party: 'Applies to party documents too.',
  },
  check(ctx) {
    const text = ctx.source.text;
    for (const re of [WEEKDAY_BEFORE, WEEKDAY_AFTER]) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const g = m.groups as Record<string, string | undefined>;
        const wd = g.wd as string;
        const iso = isoDate(Number(g.y ?? g.yw), Number(g.m ?? g.mw), Number(g.d));
        // A date that does not exist is content/impossible-date's.
        if (iso === null) continue;
        const actual = weekday(iso);
        if (weekdayOf(wd) === actual) continue;
        const date = (g.y ? `${g.d}${g.sep}${g.m}${g.sep}${g.y}` : `${g.d} tháng ${g.mw} năm ${g.yw}`);
        const start = m.index + m[0].indexOf(wd);
        ctx.report({
          message: `"${wd}" is written with the date ${date}, which falls on ${NAMES[actual]}; expected the day of the week that date falls on.`,
          start,
          end: start + wd.length,
        });
      }
    }
  },
});
