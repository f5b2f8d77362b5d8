import { defineRule } from '../check/types.js';
import { contentLines } from '../check/body.js';

// A list label at a line start with a capital straight after it: "1.Giao Sở Tài chính", "a)Rà soát", "(2)Sở Xây
// dựng", "-Sở Nội vụ", "II.NHIỆM VỤ", "**3.Giao ...". A number with a digit after its dot ("2.500") is no label.
const LABEL_GLUED = /^[ \t\f]*(?:\*\*)?(?<label>[IVX]{1,5}\.|\d{1,2}(?:\.\d{1,2}){0,3}[.)]|[a-zđ]\)|\(\d{1,2}\)|-)(?=\p{Lu})/u;

/** A list label is followed by a space before its text. */
export default defineRule({
  id: 'content/label-space',
  description: 'A list label ("1.", "a)", "-") is followed by a space before the text of its item.',
  severity: 'warning',
  fixable: true,
  docs: {
    article: 'Not from the decree: a content check of this project (Nghị định 30/2020/NĐ-CP, Phụ lục I numbers items "1.", "a)" with the text after a space)',
    tt01: 'Not a decree rule; applies under both standards.',
    party: 'Applies to party documents too.',
  },
  check(ctx) {
    const { source } = ctx;
    // The content only: "-Như trên;" in the "Nơi nhận" block is the recipients rule's business.
    const [start, stop] = contentLines(ctx);
    for (let n = start; n < stop; n++) {
      const line = source.line(n);
      const m = LABEL_GLUED.exec(line);
      if (!m?.groups) continue;
      const label = m.groups.label as string;
      const end = source.lineStart(n) + m[0].length;
      const word = /^\p{L}+/u.exec(line.slice(m[0].length))?.[0] ?? '';
      ctx.report({
        message: `Label "${label}" has no space before "${word}"; expected "${label} ${word}".`,
        start: end - label.length,
        end,
        fix: { range: [end, end], text: ' ' },
      });
    }
  },
});
