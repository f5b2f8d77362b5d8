import { defineRule } from '../check/types.js';
import { isAllCaps } from '../check/text.js';

/** C1: the issuing body's name (and its parent's) above the number line, in capitals. */
export default defineRule({
  id: 'nd30/issuer',
  description: 'The issuing body (with its parent body above it, if any) is named at the top left in capitals.',
  severity: 'error',
  docs: {
    article: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.2b (Tên cơ quan, tổ chức ban hành văn bản)',
    tt01: 'Same rule: Thông tư 01/2011/TT-BNV asks for the body and its parent in capitals.',
    party: 'Party documents name the party body the same way ("HUYỆN ỦY ...", in capitals); checked alike.',
  },
  check(ctx) {
    const { issuer, number, title } = ctx.header;
    if (issuer.length === 0) {
      const at = number?.cell.start ?? title?.start ?? 0;
      ctx.report({ message: 'No issuing body found above the number line; expected its name in capitals, e.g. "ỦY BAN NHÂN DÂN TỈNH ...".', start: at });
      return;
    }
    for (const c of issuer) {
      if (!isAllCaps(c.text)) {
        ctx.report({ message: `Issuing body line "${c.text}" is not in capitals; expected "${c.text.toUpperCase()}".`, start: c.start, end: c.end });
      }
    }
  },
});
