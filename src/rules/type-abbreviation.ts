import { z } from '../zod.js';
import { TYPE_NAMES } from '../check/header.js';
import { defineRule } from '../check/types.js';

/** Decree 30, Appendix III: the official abbreviations, copies included. */
export const ND30_ABBREVIATIONS = [
  ...TYPE_NAMES.filter(([, a]) => a !== 'KL').map(([, a]) => a),
  'SY',
  'TrS',
  'SL',
];
/**
 * Abbreviations of Thông tư 01/2011/TT-BNV, Phụ lục I, that Decree 30 no longer lists, as far as
 * is known here: Bản cam kết (BCK), Giấy chứng nhận (CN), Giấy nghỉ phép (NP), Bản trích sao (TS).
 */
export const TT01_EXTRA = ['BCK', 'CN', 'NP', 'TS'];
/** Party type abbreviations (Hướng dẫn 36-HD/VPTW) used in party symbols: "12-TB/HU", "05-KL/TU". */
export const PARTY_ABBREVIATIONS = ['NQ', 'QĐ', 'CT', 'KL', 'QC', 'QĐi', 'HD', 'BC', 'KH', 'CTr', 'TB', 'TTr', 'CV', 'BB', 'ĐA', 'DA'];

/** S4 and Appendix III: the symbol's type abbreviation matches the type name and is an official one. */
export default defineRule({
  id: 'nd30/type-abbreviation',
  description: 'The symbol starts with the official abbreviation of the type name ("TB" for THÔNG BÁO); a công văn has none.',
  severity: 'error',
  options: z.strictObject({ extra: z.optional(z.array(z.string())) }),
  docs: {
    article: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.3b; Phụ lục III, mục I (bảng chữ viết tắt)',
    tt01: 'Thông tư 01/2011/TT-BNV had its own list (Phụ lục I). Under tt01 the rule also accepts BCK, CN, NP and TS, which that list is recalled to have had; this recollection was not checked against the circular\'s text.',
    party: 'Party documents use the party list (Hướng dẫn 36-HD/VPTW), where "CV" is a công văn and "KL" a kết luận.',
  },
  check(ctx) {
    const n = ctx.header.number;
    if (!n) return;
    const groups = n.symbol.text.replace(/[ \t]+/g, '').split(ctx.party ? /\// : /[-–]/);
    const first = groups[0] ?? '';
    if (!first) return;
    const extra = (ctx.options.extra as string[] | undefined) ?? [];
    const list = ctx.party
      ? PARTY_ABBREVIATIONS
      : [...ND30_ABBREVIATIONS, ...(ctx.standard === 'tt01' ? TT01_EXTRA : []), ...extra];
    const at = n.symbol.start + n.symbol.text.indexOf(first);
    const span = { start: at, end: at + first.length };
    const type = ctx.header.typeName;
    if (type) {
      const want = TYPE_NAMES.find(([name]) => name === type.canonical)?.[1];
      if (!want || (ctx.party ? false : want === 'KL')) return;
      if (first !== want) {
        ctx.report({
          message: `Symbol "${n.symbol.text}" starts with "${first}" but the type name is ${type.canonical}; expected "${want}-..." .`.replace(' .', '.'),
          ...span,
        });
      }
      return;
    }
    if (!ctx.party && first.toUpperCase() === 'CV') {
      ctx.report({ message: `Symbol "${n.symbol.text}" starts with "CV", which is not an official abbreviation; a công văn's symbol is the issuer's abbreviation then the drafting unit's ("UBND-VX").`, ...span });
      return;
    }
    // Without a type name the document is a công văn when it has a "V/v" summary; its first group is
    // then the issuer. A first group from the list means the type name is missing, which
    // nd30/type-name reports. Anything else cannot be judged.
    if (ctx.party && groups.length > 1 && !list.includes(first)) {
      ctx.report({ message: `Symbol "${n.symbol.text}" starts with "${first}", which is not a party type abbreviation; expected one of ${list.join(', ')}.`, ...span });
    }
  },
});
