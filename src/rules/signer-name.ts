import { z } from '../zod.js';
import { defineRule, type RuleContext } from '../check/types.js';
import { cellsOf, findRecipients, ITEM, tailRange } from '../check/body.js';
import { isAllCaps } from '../check/text.js';
import type { Cell } from '../check/text.js';

// Academic titles and degrees written before a name: "TS. Nguyễn Văn A", "PGS.TS Trần B", "ThS Lê C".
// Longest first.
const ACADEMIC = /^(?<title>(?:PGS|GS|TS|ThS|Ths|TSKH|KS|BS|CN|Th\.S)(?:\.[ \t]*|[ \t]+)(?:(?:TS|ThS|TSKH)(?:\.[ \t]*|[ \t]+))?)(?=\p{Lu})/u;
// A personal name: two to six capitalised words.
const NAME = /^\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*){1,5}$/u;

/** K2 and II.7c: the signer's full name under the title, not in capitals, without an academic title before it. */
export default defineRule({
  id: 'nd30/signer-name',
  description: 'The signer\'s full name stands under the title, not in capitals, with no academic title or degree before it.',
  severity: 'warning',
  options: z.strictObject({ allowTitles: z.optional(z.boolean()) }),
  docs: {
    article: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.7c (Họ tên người ký)',
    tt01: 'Thông tư 01/2011/TT-BNV also leaves academic titles out before the name. The decree\'s exception for armed forces, education, health and science bodies may not have been in the circular; set the option "allowTitles" for those bodies under either standard.',
    party: 'Checked alike for party documents.',
  },
  check(ctx) {
    const { source, notice } = ctx;
    // The text is read first (it knows academic titles); the parser's signer fills in when the text
    // alone finds no name.
    const own = fromText(ctx);
    const found = own && 'text' in own ? own : notice.signer?.name ? fromNotice(ctx) : own ?? (notice.signer ? fromNotice(ctx) : null);
    if (!found) return;
    if ('missing' in found) {
      ctx.report({ message: `No signer's name found under "${found.missing.text}"; expected the full name, e.g. "Nguyễn Văn A".`, start: found.missing.start, end: found.missing.end });
      return;
    }
    // Mục II.7c: the name in lower case (chữ in thường), each word capitalised.
    const nameText = found.text.replace(ACADEMIC, '');
    if (isAllCaps(nameText) && nameText.trim().split(/[ \t]+/u).length >= 2) {
      const written = nameText.trim();
      const expected = written.split(/[ \t]+/u).map((w) => w[0] + w.slice(1).toLowerCase()).join(' ');
      const start = found.start + found.text.indexOf(written);
      ctx.report({ message: `Signer's name "${written}" is in capitals; expected "${expected}".`, start, end: start + written.length });
    }
    const t = ACADEMIC.exec(found.text);
    if (t && ctx.options.allowTitles !== true) {
      ctx.report({
        message: `Signer's name is preceded by "${t.groups!.title!.trim()}"; expected the name alone ("${found.text.slice(t[0].length)}").`,
        start: found.start,
        end: found.start + t[0].length,
      });
    }
    void source;
  },
});

type Found = { text: string; start: number } | { missing: { text: string; start: number; end: number } };

/** The name the parser read, located in the text after the signature block's first line. */
function fromNotice(ctx: RuleContext): Found | null {
  const { source, notice } = ctx;
  const signer = notice.signer!;
  const first = notice.lines.signer ?? 1;
  if (!signer.name) {
    const title = signer.lines[signer.lines.length - 1] ?? signer.position ?? '';
    for (let n = first; n <= source.lineCount; n++) {
      const at = title ? source.line(n).indexOf(title) : -1;
      if (at >= 0) {
        const start = source.lineStart(n) + at;
        return { missing: { text: title, start, end: start + title.length } };
      }
    }
    return { missing: { text: title || 'the title', start: source.lineStart(first), end: source.lineStart(first) } };
  }
  const written = [...signer.lines].reverse().find((l) => l.includes(signer.name!)) ?? signer.name;
  const from = source.lineStart(first);
  const at = source.text.indexOf(written, from);
  if (at < 0) return null;
  const start = at;
  const cellText = written.trim().replace(/^\*+|\*+$/g, '');
  return { text: cellText, start: start + written.indexOf(cellText) };
}

/** Without a parsed signer: the first run of capitals after "Nơi nhận" is the title, the next cell the name. */
function fromText(ctx: RuleContext): Found | null {
  const { source } = ctx;
  const [from, to] = tailRange(source, findRecipients(source));
  let lastTitle: Cell | null = null;
  for (let n = from; n <= to; n++) {
    for (const c of cellsOf(source, n)) {
      if (!c.text || ITEM.test(c.text) || /^n[ơo]i nh/iu.test(c.text)) continue;
      if (isAllCaps(c.text) && c.text.length > 2) {
        if (lastTitle && c.line > lastTitle.line + 2) return { missing: lastTitle };
        lastTitle = c;
      } else if (lastTitle) {
        if (/\p{L}/u.test(c.text) && NAME.test(c.text.replace(ACADEMIC, ''))) return { text: c.text, start: c.start };
        return { missing: lastTitle };
      }
    }
  }
  return lastTitle ? { missing: lastTitle } : null;
}
