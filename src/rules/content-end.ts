import { defineRule } from '../check/types.js';
import { findRecipients, firstCell } from '../check/body.js';
import { trimmedEnd } from '../check/text.js';

/** E1: the content ends with "./." (a template convention; warning). */
export default defineRule({
  id: 'nd30/content-end',
  description: 'The last paragraph of the content ends with "./.".',
  severity: 'warning',
  docs: {
    article: 'Nghị định 30/2020/NĐ-CP, Phụ lục III, mẫu 1.4 and 1.5 (template convention)',
    tt01: 'Same convention in the templates of Thông tư 01/2011/TT-BNV.',
    party: 'Checked alike for party documents.',
  },
  check(ctx) {
    const { source } = ctx;
    const r = findRecipients(source);
    if (!r) return;
    // The content ends above the recipients, or above the signature where it stands over them.
    const signer = ctx.notice.lines.signer;
    const stop = signer !== null && signer < r.head.line ? signer : r.head.line;
    for (let n = stop - 1; n >= 1; n--) {
      const line = source.line(n);
      const c = firstCell(source, n);
      if (!c) continue;
      // The recipients cell may share a line with the end of the content only in odd exports.
      const text = c.line === r.head.line ? '' : line.slice(0, trimmedEnd(line)).replace(/\*+$/, '');
      if (!text) continue;
      if (!text.endsWith('./.')) {
        const end = source.lineStart(n) + text.length;
        ctx.report({
          message: `The content ends with "${text.slice(-12)}" without "./."; expected the last paragraph to end with "./.".`,
          start: Math.max(source.lineStart(n), end - 1),
          end,
        });
      }
      return;
    }
  },
});
