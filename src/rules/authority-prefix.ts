import { defineRule } from '../check/types.js';
import { cellsOf, findRecipients, tailRange } from '../check/body.js';

// An authority prefix in any spelling, then the rest of the line in capitals:
//   "TL. CHỦ TỊCH", "TL.CHỦ TỊCH", "Tl. CHỦ TỊCH", "T/M BAN THƯỜNG VỤ", "KT CHÁNH VĂN PHÒNG".
// Longest alternatives first; the rest is one character class, so the pattern is linear.
const AUTHORITY =
  /^(?<prefix>[Tt][./]?[Uu][.]?[Qq]|[Tt][./ ]?[Mm]|[Kk][./ ]?[Tt]|[Tt][./ ]?[Ll]|Q(?=[. ]))(?<after>\.?[ \t]*)(?<rest>\p{Lu}[\p{Lu}\p{N} ,.&()-]*)$/u;

const STATE: Record<string, string> = { TM: 'TM.', KT: 'KT.', TL: 'TL.', TUQ: 'TUQ.', Q: 'Q.' };
const PARTY: Record<string, string> = { TM: 'T/M', KT: 'K/T', TL: 'T/L', TUQ: 'T/UQ', Q: 'Q.' };

/** K1: authority prefixes TM., KT., TL., TUQ., Q. written exactly so. */
export default defineRule({
  id: 'nd30/authority-prefix',
  description: 'Authority prefixes before the signer\'s title are written "TM.", "KT.", "TL.", "TUQ.", "Q." in capitals, followed by a space.',
  severity: 'error',
  fixable: true,
  docs: {
    article: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.7b and 7đ (Quyền hạn, chức vụ của người ký)',
    tt01: 'Thông tư 01/2011/TT-BNV uses TM., KT., TL. and TUQ. the same way. Whether it also set "Q." for an acting head is not certain here; the rule accepts "Q." under both standards.',
    party: 'Party documents write "T/M", "K/T", "T/L" (Hướng dẫn 36-HD/VPTW); those are expected instead.',
  },
  check(ctx) {
    const { source } = ctx;
    const [from, to] = tailRange(source, findRecipients(source));
    const table = ctx.party ? PARTY : STATE;
    for (let n = from; n <= to; n++) {
      for (const c of cellsOf(source, n)) {
        const m = AUTHORITY.exec(c.text);
        if (!m?.groups) continue;
        const key = m.groups.prefix!.replace(/[./ ]/g, '').toUpperCase();
        const want = table[key];
        if (!want) continue;
        const written = m.groups.prefix! + m.groups.after!;
        const expected = `${want} `;
        if (written === expected) continue;
        const alt = ctx.party ? undefined : PARTY[key];
        // In a state document a party prefix ("T/M") is wrong too, and the reverse.
        void alt;
        ctx.report({
          message: `Authority prefix "${written.trim()}" before "${m.groups.rest}"; expected "${expected}${m.groups.rest}".`,
          start: c.start,
          end: c.start + written.length,
          fix: { range: [c.start, c.start + written.length], text: expected },
        });
      }
    }
  },
});
