import { defineRule } from '../check/types.js';

// Abbreviations that also name legal normative documents, whose symbols carry the year.
const NORMATIVE = new Set(['NQ', 'QĐ', 'NĐ', 'TT', 'TTLT', 'L', 'PL', 'QH', 'UBTVQH']);

/** S5: an administrative document's symbol has no year in it (warning). */
export default defineRule({
  id: 'nd30/symbol-year',
  description: 'An administrative document\'s symbol carries no year ("Số: 12/TB-UBND", not "Số: 12/2017/TB-UBND").',
  severity: 'warning',
  fixable: false,
  docs: {
    article: 'Nghị định 30/2020/NĐ-CP, Phụ lục III, mẫu 1.1–1.6 (the year appears only in legal normative documents)',
    tt01: 'Same: the templates of Thông tư 01/2011/TT-BNV (Phụ lục III) have no year in administrative symbols.',
    party: 'Party symbols carry no year either; checked alike.',
  },
  check(ctx) {
    const n = ctx.header.number;
    if (!n) return;
    const text = n.symbol.text;
    const m = /(?<![\p{N}])(?<y>(?:19|20)\d\d)(?![\p{N}])/u.exec(text);
    if (!m) return;
    const after = text.slice(m.index + 4).replace(/^[ \t]*[/-][ \t]*/, '').split(/[-/]/)[0] ?? '';
    if (NORMATIVE.has(after)) return;
    const start = n.symbol.start + m.index;
    ctx.report({
      message: `Symbol "${text}" has the year ${m[0]} in it; an administrative document's symbol has none ("Số: ${n.serial?.text ?? '...'}/${text.replace(/(?:19|20)\d\d[ \t]*[/-][ \t]*/, '')}").`,
      start,
      end: start + 4,
    });
  },
});
