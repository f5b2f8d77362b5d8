import { defineRule } from '../check/types.js';

// "Phụ lục I", "PHỤ LỤC 02", "phụ lục 1": the word and its number or numeral.
const APPENDIX = /(?<!\p{L})(?:Phụ lục|PHỤ LỤC|phụ lục)[ \t]+(?:số[ \t]+)?(?<id>[IVXLC]+|\d{1,2})(?![\p{L}\p{N}])/gu;

/** P1: two or more appendices are numbered with Roman numerals. */
export default defineRule({
  id: 'nd30/appendix-numerals',
  description: 'When a document has several appendices they are numbered with Roman numerals ("Phụ lục I", "Phụ lục II").',
  severity: 'error',
  docs: {
    article: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần III, mục 1 (Phụ lục văn bản)',
    tt01: 'Same rule: Thông tư 01/2011/TT-BNV numbers several appendices with Roman numerals.',
    party: 'Checked alike for party documents.',
  },
  check(ctx) {
    const text = ctx.source.text;
    const seen = new Map<string, { start: number; end: number; text: string }>();
    APPENDIX.lastIndex = 0;
    for (let m = APPENDIX.exec(text); m; m = APPENDIX.exec(text)) {
      const id = m.groups!.id!;
      const key = /^\d+$/.test(id) ? String(Number(id)) : id;
      if (!seen.has(key)) seen.set(key, { start: m.index, end: m.index + m[0].length, text: m[0] });
    }
    if (seen.size < 2) return;
    for (const [key, at] of seen) {
      if (!/^\d+$/.test(key)) continue;
      ctx.report({
        message: `Appendix "${at.text}" is numbered in Arabic digits while the document has several appendices; expected Roman numerals ("Phụ lục ${toRoman(Number(key))}").`,
        start: at.start,
        end: at.end,
      });
    }
  },
});

function toRoman(n: number): string {
  const table: Array<[number, string]> = [[50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let rest = n;
  for (const [v, s] of table) while (rest >= v) { out += s; rest -= v; }
  return out || String(n);
}
