import { defineRule } from '../check/types.js';

// The national title as the decree writes it, and with the old tone placement its own table uses.
const TITLES = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM'];
const PARTY_TITLE = 'ĐẢNG CỘNG SẢN VIỆT NAM';

/** Q1: the national title line, exactly and in capitals; the party line for party documents. */
export default defineRule({
  id: 'nd30/national-title',
  description: 'The national title reads exactly "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in capitals (party documents: "ĐẢNG CỘNG SẢN VIỆT NAM").',
  severity: 'error',
  docs: {
    article: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.1a (Quốc hiệu)',
    tt01: 'Same rule: Thông tư 01/2011/TT-BNV sets the same title in capitals.',
    party: 'A party document carries "ĐẢNG CỘNG SẢN VIỆT NAM" instead (Hướng dẫn 36-HD/VPTW); that line is checked the same way.',
  },
  check(ctx) {
    const { header } = ctx;
    if (ctx.party) {
      const p = header.partyLine;
      if (p && p.text !== PARTY_TITLE) {
        ctx.report({ message: `Party line reads "${p.text}"; expected "${PARTY_TITLE}" in capitals.`, start: p.start, end: p.end });
      }
      return;
    }
    const t = header.title;
    if (!t) {
      // It heads the document: point at the first line.
      ctx.report({
        message: `No national title found in the header; expected "${TITLES[0]}" with the motto under it.`,
        start: 0,
      });
      return;
    }
    const text = t.text.replace(/[ \t]+/g, ' ');
    if (!TITLES.includes(t.text)) {
      const why = text !== text.toUpperCase() ? 'not all in capitals' : TITLES.includes(text) ? 'with extra spaces' : 'misspelt';
      ctx.report({ message: `National title reads "${t.text}" (${why}); expected "${TITLES[0]}".`, start: t.start, end: t.end });
    }
  },
});
