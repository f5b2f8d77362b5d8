import { defineRule } from '../check/types.js';

/** S2: a number below 10 is written with a leading 0. */
export default defineRule({
  id: 'nd30/number-leading-zero',
  description: 'A document number below 10 is written with a leading 0 ("Số: 05/...").',
  severity: 'error',
  fixable: true,
  docs: {
    article: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.3c; numbering from 01 (Điều 15.1)',
    tt01: 'Same rule: Thông tư 01/2011/TT-BNV asks for a 0 before numbers below 10.',
    party: 'Applied to party documents too.',
  },
  check(ctx) {
    const s = ctx.header.number?.serial;
    if (!s) return;
    if (s.text.length === 1 && s.text !== '0') {
      ctx.report({
        message: `Number "${s.text}" is below 10 without a leading 0; expected "0${s.text}".`,
        start: s.start,
        end: s.end,
        fix: { range: [s.start, s.start], text: '0' },
      });
    }
  },
});
