import { defineRule } from '../check/types.js';
import { firstCell } from '../check/body.js';
import { fold, isAllCaps } from '../check/text.js';
import { TYPE_NAMES, VE_VIEC } from '../check/header.js';

// What may not stand in for the summary under a type name: the addressee, the grounds, a numbered item.
const NOT_SUBJECT = /^(?:kinh gui|can cu|\d+[.)]|[ivx]+\.[ \t])/;

/** T1, T2: the type name on its own line in capitals with the summary under it; a công văn has "V/v". */
export default defineRule({
  id: 'nd30/type-name',
  description: 'The type name ("THÔNG BÁO") stands on its own line in capitals with the summary under it; a công văn has a "V/v" summary instead.',
  severity: 'error',
  fixable: true,
  docs: {
    article: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.5b (Tên loại và trích yếu nội dung)',
    tt01: 'Same rule: Thông tư 01/2011/TT-BNV.',
    party: 'Party documents place the type name and summary the same way; checked alike.',
  },
  check(ctx) {
    const { header, source } = ctx;
    const t = header.typeName;
    if (!t) {
      // Lower-case type names are not found by the header (it looks for capitals or any case as a
      // whole cell); a công văn is recognised by its "V/v" summary.
      if (!header.vv && header.veViec) {
        const c = header.veViec;
        const words = VE_VIEC.exec(c.text)![0];
        ctx.report({
          message: `The summary opens with "${words}"; expected "V/v", as a công văn abbreviates it.`,
          start: c.start,
          end: c.start + words.length,
          fix: { range: [c.start, c.start + words.length], text: 'V/v' },
        });
      } else if (!header.vv) {
        const at = header.placeDate?.cell.end ?? header.number?.cell.end ?? 0;
        ctx.report({ message: 'No type name (e.g. "THÔNG BÁO") and no "V/v" summary found in the header; expected one of them.', start: at });
      }
      return;
    }
    if (t.runOn !== undefined) {
      ctx.report({
        message: `Type name "${t.canonical}" runs on into "${t.runOn}" on one line; expected "${t.canonical}" alone on its line, the summary under it.`,
        start: t.cell.start,
        end: t.cell.end,
      });
      return;
    }
    if (isAllCaps(t.cell.text) && t.cell.text.replace(/[ \t]+/g, '') === t.canonical.replaceAll(' ', '') && t.cell.text.replace(/[ \t]+/g, ' ') !== t.canonical) {
      ctx.report({
        message: `Type name "${t.cell.text}" is spread out with spaces; expected "${t.canonical}", the spacing set in the font.`,
        start: t.cell.start,
        end: t.cell.end,
      });
    } else if (/[.:]$/.test(t.cell.text) && t.cell.text.slice(0, -1).trimEnd().replace(/[ \t]+/g, ' ') === t.canonical) {
      ctx.report({
        message: `Type name "${t.cell.text}" ends with "${t.cell.text.slice(-1)}"; expected "${t.canonical}" alone.`,
        start: t.cell.start,
        end: t.cell.end,
      });
    } else if (!isAllCaps(t.cell.text) || t.cell.text.replace(/[ \t]+/g, ' ') !== t.canonical) {
      ctx.report({
        message: `Type name reads "${t.cell.text}"; expected "${t.canonical}" in capitals.`,
        start: t.cell.start,
        end: t.cell.end,
      });
    }
    // The summary: the next non-empty line, at most two blank lines down (twice as far in a double-spaced text).
    let next = null;
    const reach = ctx.doubleSpaced ? 6 : 3;
    for (let n = t.cell.line + 1; n <= Math.min(source.lineCount, t.cell.line + reach) && !next; n++) next = firstCell(source, n);
    if (!next || NOT_SUBJECT.test(fold(next.text)) || TYPE_NAMES.some(([name]) => name === next!.text)) {
      ctx.report({
        message: `No summary (trích yếu) under the type name ${t.canonical}; expected a line saying what the document is about.`,
        start: t.cell.start,
        end: t.cell.end,
      });
    }
  },
});
