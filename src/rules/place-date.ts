import { defineRule } from '../check/types.js';

/** D1: "<Place>, ngày ... tháng ... năm ...": a comma after the place, the place capitalised, the date in words. */
export default defineRule({
  id: 'nd30/place-date',
  description: 'The place-date line reads "<Place>, ngày ... tháng ... năm ...", with a comma after the capitalised place name and the date in words.',
  severity: 'error',
  fixable: true,
  docs: {
    article: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.4c (Địa danh và thời gian ban hành văn bản)',
    tt01: 'Same rule: Thông tư 01/2011/TT-BNV writes the place name capitalised and a comma before "ngày".',
    party: 'Party documents write the place and date the same way; checked alike.',
  },
  check(ctx) {
    const pd = ctx.header.placeDate;
    if (!pd) {
      const at = ctx.header.number?.cell.end ?? ctx.header.motto?.end ?? 0;
      ctx.report({ message: 'No place-date line found in the header; expected "<Place>, ngày ... tháng ... năm ...".', start: at });
      return;
    }
    if (pd.figures && pd.day && pd.month && pd.year) {
      const words = `ngày ${pd.day.value < 10 ? '0' : ''}${pd.day.value} tháng ${pd.month.value < 3 ? '0' : ''}${pd.month.value} năm ${pd.year.text}`;
      const end = pd.year.start + pd.year.text.length;
      ctx.report({
        message: `Date "${ctx.source.text.slice(pd.ngay.start, end)}" is written in figures; expected "${words}".`,
        start: pd.ngay.start,
        end,
        fix: { range: [pd.ngay.start, end], text: words },
      });
    }
    if (!pd.place) {
      ctx.report({ message: `Date line "${pd.whole.text}" has no place before "ngày"; expected "<Place>, ngày ...".`, start: pd.ngay.start, end: pd.ngay.end });
      return;
    }
    const ngay = ctx.source.text.slice(pd.ngay.start, pd.ngay.end);
    // A date in figures is rewritten whole, "ngày" included, above.
    if (ngay !== 'ngày' && !pd.figures) {
      ctx.report({
        message: `Date word "${ngay}" is capitalised after the place; expected "${pd.place.text}, ngày ...".`,
        start: pd.ngay.start,
        end: pd.ngay.end,
        fix: { range: [pd.ngay.start, pd.ngay.end], text: 'ngày' },
      });
    }
    const low = pd.place.text.split(/[ \t]+/).filter((w) => /^\p{Ll}/u.test(w));
    if (low.length) {
      ctx.report({
        message: `Place "${pd.place.text}" is not capitalised; expected each word of the place name to start with a capital.`,
        start: pd.place.start,
        end: pd.place.end,
      });
    }
    if (!pd.comma) {
      ctx.report({
        message: `No comma after the place "${pd.place.text}"; expected "${pd.place.text}, ngày ...".`,
        start: pd.place.end,
        fix: { range: [pd.place.end, pd.place.end], text: ',' },
      });
    } else if (pd.comma.start !== pd.place.end) {
      ctx.report({
        message: `Space before the comma after "${pd.place.text}"; expected "${pd.place.text}, ngày ...".`,
        start: pd.place.end,
        end: pd.comma.end,
        fix: { range: [pd.place.end, pd.comma.start], text: '' },
      });
    }
  },
});
