import { z } from '../zod.js';
import { defineRule } from '../check/types.js';

/** D2, D3: a day below 10 and months 1 and 2 get a leading 0; other months are written without one. */
export default defineRule({
  id: 'nd30/date-leading-zero',
  description: 'In the issue date a day below 10 and the months 1 and 2 are written with a leading 0; months 3 to 9 without one (warning).',
  severity: 'error',
  fixable: true,
  options: z.strictObject({ monthStyle: z.optional(z.boolean()) }),
  docs: {
    article: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.4b; the table\'s examples write "tháng 6" (row 4)',
    tt01: 'Same rule: Thông tư 01/2011/TT-BNV asks for a 0 before a day below 10 and the months 1 and 2.',
    party: 'Checked alike for party documents.',
  },
  check(ctx) {
    const pd = ctx.header.placeDate;
    // A date in figures is reported whole by nd30/place-date, whose fix writes the zeros.
    if (!pd || pd.figures) return;
    const { day, month } = pd;
    if (day && day.text.length === 1 && day.value > 0) {
      ctx.report({
        message: `Day "${day.text}" is below 10 without a leading 0; expected "ngày 0${day.text}".`,
        start: day.start,
        end: day.start + 1,
        fix: { range: [day.start, day.start], text: '0' },
      });
    }
    if (month && month.text.length === 1 && (month.value === 1 || month.value === 2)) {
      ctx.report({
        message: `Month "${month.text}" is written without a leading 0; expected "tháng 0${month.text}" for January and February.`,
        start: month.start,
        end: month.start + 1,
        fix: { range: [month.start, month.start], text: '0' },
      });
    }
    if (ctx.options.monthStyle !== false && month && month.text.length === 2 && month.text[0] === '0' && month.value >= 3) {
      ctx.report({
        message: `Month "${month.text}" has a leading 0; expected "tháng ${month.value}" (only months 1 and 2 take the 0).`,
        start: month.start,
        end: month.start + 2,
        fix: { range: [month.start, month.start + 1], text: '' },
        severity: 'warning',
      });
    }
  },
});
