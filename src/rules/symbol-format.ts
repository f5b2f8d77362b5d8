import { z } from '../zod.js';
import { defineRule } from '../check/types.js';

/** Official abbreviations written in mixed case (Appendix III), which the capitals check must let through. */
export const MIXED_CASE = ['QyĐ', 'CTr', 'TTr', 'TrS', 'QĐi'];
/** Issuer abbreviations that are written in mixed case by long use: Thủ tướng Chính phủ. */
export const MIXED_CASE_ISSUERS = ['TTg'];

// Spaces around a joining mark inside a symbol: "TB - UBND", "TB- UBND", "TB /HU".
const SPACED_JOIN = /[ \t]*(?<mark>[-–/])[ \t]*/g;

/** S3: "/" between number and symbol, "-" between groups, no spaces, capitals. */
export default defineRule({
  id: 'nd30/symbol-format',
  description: 'Number and symbol are joined by "/", symbol groups by "-", with no spaces, and the symbol is in capitals.',
  severity: 'error',
  fixable: true,
  options: z.strictObject({ allow: z.optional(z.array(z.string())) }),
  docs: {
    article: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.3c; mixed-case abbreviations from Phụ lục III',
    tt01: 'Same rule: Thông tư 01/2011/TT-BNV joins number and symbol with "/" and groups with "-", without spaces.',
    party: 'Party documents join the number and the symbol with "-" and the symbol groups with "/" ("Số 12-TB/HU", Hướng dẫn 36-HD/VPTW).',
  },
  check(ctx) {
    const n = ctx.header.number;
    if (!n) return;
    const wantSep = ctx.party ? '-' : '/';
    if (n.sep.text !== wantSep) {
      ctx.report({
        message: `Number and symbol are joined by "${n.sep.text}"; expected "${wantSep}" ("Số: 12/TB-UBND").`,
        start: n.sep.start,
        end: n.sep.end,
      });
    }
    // Spaces between the serial and the separator (a blank serial is a space to be filled in).
    if (n.serial && n.sep.start > n.serial.end) {
      ctx.report({
        message: `Number line "${n.whole.text}" has a space before "${n.sep.text}"; expected "${n.serial.text}${n.sep.text}${n.symbol.text.replace(/[ \t]+/g, '').trim()}" with no spaces.`,
        start: n.serial.end,
        end: n.sep.start,
        fix: { range: [n.serial.end, n.sep.start], text: '' },
      });
    }
    // Spaces right after the separator.
    const cellText = n.cell.text;
    let i = n.sep.end - n.cell.start;
    const afterSep = i;
    while (cellText[i] === ' ' || cellText[i] === '\t') i++;
    if (i > afterSep && i < cellText.length && /[\p{L}\p{N}]/u.test(cellText[i] as string)) {
      ctx.report({
        message: `Number line "${n.whole.text}" has a space after "${n.sep.text}"; expected no spaces in the number and symbol.`,
        start: n.cell.start + afterSep,
        end: n.cell.start + i,
        fix: { range: [n.cell.start + afterSep, n.cell.start + i], text: '' },
      });
    }
    const sym = n.symbol;
    SPACED_JOIN.lastIndex = 0;
    for (let m = SPACED_JOIN.exec(sym.text); m; m = SPACED_JOIN.exec(sym.text)) {
      const mark = m.groups?.mark as string;
      const fixed = mark === '–' ? '-' : mark;
      if (m[0] === fixed) continue;
      const start = sym.start + m.index;
      const what = mark === '–' ? `a dash "–" instead of "-"` : `spaces around "${mark}"`;
      ctx.report({
        message: `Symbol "${sym.text}" has ${what}; expected "${sym.text.replace(/[ \t]*[-–][ \t]*/g, '-').replace(/[ \t]*\/[ \t]*/g, '/')}".`,
        start,
        end: start + m[0].length,
        fix: { range: [start, start + m[0].length], text: fixed },
      });
    }
    const allow = (ctx.options.allow as string[] | undefined) ?? [];
    const groups = sym.text.replace(/[ \t]+/g, '').split(/[-–/]/);
    for (const g of groups) {
      if (!g || /^\d+$/.test(g)) continue;
      if (g !== g.toUpperCase() && !MIXED_CASE.includes(g) && !MIXED_CASE_ISSUERS.includes(g) && !allow.includes(g)) {
        const at = sym.start + sym.text.indexOf(g);
        ctx.report({
          message: `Symbol group "${g}" is not in capitals; expected "${g.toUpperCase()}" (only ${MIXED_CASE.slice(0, 4).join(', ')} are mixed case).`,
          start: at,
          end: at + g.length,
        });
      }
    }
  },
});
