import { defineRule } from '../check/types.js';

const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Q2: the motto, hyphens with one space each side, each phrase capitalised. */
export default defineRule({
  id: 'nd30/motto',
  description: 'The motto under the national title reads exactly "Độc lập - Tự do - Hạnh phúc".',
  severity: 'error',
  fixable: true,
  docs: {
    article: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.1b (Tiêu ngữ)',
    tt01: 'Same rule: Thông tư 01/2011/TT-BNV sets the same motto with hyphens between the phrases.',
    party: 'Party documents have no motto; the rule does not apply to them.',
  },
  check(ctx) {
    if (ctx.party) return;
    const { title, motto } = ctx.header;
    if (!motto) {
      // A missing title is reported by nd30/national-title; the motto belongs under it.
      if (title) ctx.report({ message: `No motto found under the national title; expected "${MOTTO}".`, start: title.start, end: title.end });
      return;
    }
    if (motto.text === MOTTO) return;
    const what = /[–—]/.test(motto.text)
      ? 'with a dash other than "-"'
      : /\S-|-\S|[ \t]{2,}/.test(motto.text) || !motto.text.includes('-')
        ? 'with the hyphens or spaces wrong'
        : 'with the capitals wrong';
    ctx.report({
      message: `Motto reads "${motto.text}" (${what}); expected "${MOTTO}".`,
      start: motto.start,
      end: motto.end,
      fix: { range: [motto.start, motto.end], text: MOTTO },
    });
  },
});
