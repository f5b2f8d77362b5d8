import { defineRule } from '../check/types.js';

/** S1: "Số:" with a colon straight after "Số", and "Số" not in capitals. */
export default defineRule({
  id: 'nd30/number-colon',
  description: 'The number line starts with "Số:", the colon straight after "Số", which is not in capitals.',
  severity: 'error',
  fixable: true,
  docs: {
    article: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.3c (Số, ký hiệu của văn bản)',
    tt01: 'Same rule: Thông tư 01/2011/TT-BNV writes "Số:" with the colon.',
    party: 'Party documents write "Số 12-TB/HU" without a colon (Hướng dẫn 36-HD/VPTW); only a missing number line is reported for them.',
  },
  check(ctx) {
    const n = ctx.header.number;
    if (!n) {
      const at = ctx.header.placeDate?.cell.start ?? ctx.header.issuer[ctx.header.issuer.length - 1]?.end ?? 0;
      ctx.report({ message: 'No number line found in the header; expected "Số: .../...".', start: at });
      return;
    }
    if (n.so.text !== 'Số') {
      ctx.report({
        message: `Number line writes "${n.so.text}" in capitals; expected "Số".`,
        start: n.so.start,
        end: n.so.end,
        fix: { range: [n.so.start, n.so.end], text: 'Số' },
      });
    }
    if (ctx.party) return;
    if (!n.colon) {
      ctx.report({
        message: `Number line reads "${n.whole.text}" without a colon; expected "Số: ${n.whole.text.slice(2).trim()}".`,
        start: n.so.start,
        end: n.so.end,
        fix: { range: [n.so.end, n.so.end], text: ':' },
      });
    } else if (n.colon.text !== ':') {
      ctx.report({
        message: `Number line has a space before the colon ("${n.so.text}${n.colon.text}"); expected "Số:".`,
        start: n.colon.start,
        end: n.colon.end,
        fix: { range: [n.colon.start, n.colon.end], text: ':' },
      });
    }
  },
});
