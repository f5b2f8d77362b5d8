import { defineRule } from '../check/types.js';
import { daysInMonth, isoDate } from '../check/text.js';

/** D2/E: the issue date exists and is not after the date of the check. */
export default defineRule({
  id: 'nd30/date-valid',
  description: 'The issue date exists on the calendar and is not after today (or --as-of).',
  severity: 'error',
  docs: {
    article: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.4b (ngày, tháng, năm ban hành)',
    tt01: 'Same under Thông tư 01/2011/TT-BNV.',
    party: 'Checked alike for party documents.',
  },
  check(ctx) {
    const pd = ctx.header.placeDate;
    if (!pd?.day || !pd.month || !pd.year) return;
    const { day, month, year } = pd;
    const span = { start: day.start, end: year.start + year.text.length };
    if (month.value < 1 || month.value > 12) {
      ctx.report({ message: `Issue date has month ${month.text}, which does not exist; expected a month from 01 to 12.`, ...span });
      return;
    }
    const max = daysInMonth(year.value, month.value);
    if (day.value < 1 || day.value > max) {
      ctx.report({ message: `Issue date ${day.text}/${month.text}/${year.text} does not exist; month ${month.value} of ${year.value} has ${max} days.`, ...span });
      return;
    }
    const iso = isoDate(year.value, month.value, day.value);
    if (iso > ctx.asOf) {
      ctx.report({ message: `Issue date ${iso} is after ${ctx.asOf}; expected a date that has come.`, ...span });
    }
  },
});
