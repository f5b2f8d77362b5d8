import { defineRule } from '../check/types.js';
import { fold } from '../check/text.js';

/** The marks of Decree 30 (urgency, secrecy, circulation), as it spells them. */
export const ND30_MARKS = ['HỎA TỐC', 'THƯỢNG KHẨN', 'KHẨN', 'TUYỆT MẬT', 'TỐI MẬT', 'MẬT', 'XEM XONG TRẢ LẠI', 'LƯU HÀNH NỘI BỘ'];
/** Thông tư 01/2011/TT-BNV also had a fourth urgency level. */
export const TT01_MARKS = [...ND30_MARKS, 'HỎA TỐC HẸN GIỜ'];
// Folded shapes that are meant as a mark, spelled right or wrong (longest first).
const CANDIDATES = [
  'hoa toc hen gio', 'thuong khan cap', 'xem xong tra lai', 'luu hanh noi bo', 'thuong khan',
  'tuyet mat', 'khan cap', 'hoa toc', 'toi mat', 'rat mat', 'khan', 'mat',
];

/** U1: an urgency or secrecy mark is one of the fixed set, in capitals. */
export default defineRule({
  id: 'nd30/urgency-mark',
  description: 'An urgency or secrecy mark is spelled as one of HỎA TỐC, THƯỢNG KHẨN, KHẨN, TUYỆT MẬT, TỐI MẬT, MẬT (or XEM XONG TRẢ LẠI, LƯU HÀNH NỘI BỘ).',
  severity: 'error',
  docs: {
    article: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần III, mục 2 (Dấu chỉ độ khẩn, mật)',
    tt01: 'Thông tư 01/2011/TT-BNV had four urgency levels: KHẨN, THƯỢNG KHẨN, HỎA TỐC and HỎA TỐC HẸN GIỜ; under tt01 "HỎA TỐC HẸN GIỜ" is accepted.',
    party: 'Checked alike for party documents.',
  },
  check(ctx) {
    const allowed = ctx.standard === 'tt01' ? TT01_MARKS : ND30_MARKS;
    // The old tone placement ("HOẢ TỐC") is accepted as the national title accepts "HOÀ".
    const accepted = new Set([...allowed, ...allowed.map((m) => m.replace('HỎA', 'HOẢ'))]);
    for (const c of ctx.header.cells) {
      const t = c.text.replace(/[!.:]+$/, '').trim();
      if (!t || t.length > 20) continue;
      const f = fold(t).replace(/[ \t]+/g, ' ');
      if (!CANDIDATES.includes(f)) continue;
      if (accepted.has(t)) continue;
      // A lone "Mật"/"Khẩn" in mixed case inside running text is unlikely in a header cell, but a
      // capitalised word could be a name: only capitals-insensitive exact candidates reach here.
      const want = allowed.find((m) => fold(m) === f);
      ctx.report({
        message: `Mark "${t}" is not one of the fixed marks; expected ${want ? `"${want}"` : `one of ${allowed.join(', ')}`}.`,
        start: c.start,
        end: c.start + t.length,
      });
    }
  },
});
