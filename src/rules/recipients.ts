import { defineRule } from '../check/types.js';
import { findRecipients, ITEM, ITEM_MARKS } from '../check/body.js';
import { fold, type Cell } from '../check/text.js';
import type { Notice } from '../schema.js';
import { BULLET_CLASS } from '../parse/layout.js';

// The archive item: "- Lưu: VT, TH.", "- Lưu: VT, KGVX (Thập).". Folded.
// The archive item, its mark (if any, reported on its own) aside: "- Lưu: VT, TH.", "Lưu: VT." without its dash.
const LUU = new RegExp(`^(?:[${ITEM_MARKS}]|\\d{1,2}[.)])?[ \\t]*luu(?![a-z])`, 'u');
const LUU_VT = new RegExp(`^(?:[${ITEM_MARKS}]|\\d{1,2}[.)])?[ \\t]*Lưu:[ \\t]*VT(?![\\p{L}])`, 'u');
// An item opened by a bullet other than "-": "· Sở Tài chính;" from a Word list, "* Sở Tài chính;" from Markdown.
const OTHER_MARK = new RegExp(`^[${BULLET_CLASS}]`, 'u');

// The two words of the recipients' head: "Nơi nhận", "Nơi  nhận", "NƠI NHẬN".
const HEAD_WORDS = /^(?<first>\p{L}+)(?<gap>[ \t]+)\p{L}+/u;

/**
 * The last item without the signature a flattened copy runs on after it ("- Lưu: VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG,
 * CHỦ NHIỆM Mai Tiến Dũng"): the item ends where the signer's title, as the parser read it on that line, starts.
 */
function withoutSignature(c: Cell, notice: Notice): Cell {
  const title = notice.signer?.lines[0];
  if (!title || notice.lines.signer !== c.line) return c;
  const at = c.text.lastIndexOf(` ${title}`);
  const text = at > 0 ? c.text.slice(0, at).trimEnd() : '';
  // Not where the title the parser read would leave no item ("- Lưu:").
  if (text.length < 4 || text.endsWith(':')) return c;
  return { ...c, text, end: c.start + text.length };
}

/** R2: "Nơi nhận:", items "- ...;", the last "- Lưu: VT, ...". */
export default defineRule({
  id: 'nd30/recipients',
  description: 'The "Nơi nhận:" block lists items "- ...;", the last being "- Lưu: VT, ..." and ending with ".".',
  severity: 'error',
  fixable: true,
  docs: {
    article: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.9d (Nơi nhận)',
    tt01: 'Same rule: Thông tư 01/2011/TT-BNV has the same items and the same "Lưu: VT, ..." last item.',
    party:
      'Party documents (Hướng dẫn 36-HD/VPTW) end each item but the last with "," rather than ";", and the list with "- Lưu ..." naming the office; "VT" and the colon are not required of them.',
  },
  check(ctx) {
    const { source } = ctx;
    const r = findRecipients(source);
    if (!r) {
      const end = source.text.length;
      ctx.report({ message: 'No "Nơi nhận:" block found; expected one after the content, ending with "- Lưu: VT, ...".', start: Math.max(0, end - 1) });
      return;
    }
    const head = r.head;
    const words = HEAD_WORDS.exec(head.text);
    const wordsEnd = head.start + (words ? words[0].length : 'Nơi nhận'.length);
    if (!/^[ \t]*:/u.test(source.text.slice(wordsEnd, head.end))) {
      ctx.report({
        message: `"${head.text}" has no colon; expected "Nơi nhận:".`,
        start: head.start,
        end: wordsEnd,
        fix: { range: [wordsEnd, wordsEnd], text: ':' },
      });
    }
    if (words && words.groups!.gap !== ' ') {
      const at = head.start + words.groups!.first!.length;
      ctx.report({
        message: `"${words[0]}" has more than one space between its words; expected "Nơi nhận".`,
        start: at,
        end: at + words.groups!.gap!.length,
        fix: { range: [at, at + words.groups!.gap!.length], text: ' ' },
      });
    }
    if (!r.items.length) {
      ctx.report({ message: 'The "Nơi nhận:" block has no "- ..." items; expected one item per line and "- Lưu: VT, ..." last.', start: head.start, end: head.end });
      return;
    }
    r.items.forEach((item, i) => {
      const c = i === r.items.length - 1 ? withoutSignature(item.cell, ctx.notice) : item.cell;
      if (item.unmarked !== undefined) {
        const mark = item.unmarked === 'none' ? '' : item.unmarked;
        ctx.report({
          message: mark
            ? `Recipient "${c.text.replace(/\s+/gu, ' ')}" starts with "${mark.trim()}"; expected "-".`
            : `Recipient "${c.text.replace(/\s+/gu, ' ')}" has no "-" before it; expected "- ${c.text.replace(/\s+/gu, ' ')}".`,
          start: c.start,
          end: c.start + (mark.length || c.text.length),
          fix: { range: [c.start, c.start + mark.length], text: '- ' },
        });
      } else if (OTHER_MARK.test(c.text)) {
        const mark = String.fromCodePoint(c.text.codePointAt(0) as number);
        ctx.report({
          message: `Recipient "${c.text.replace(/\s+/gu, ' ')}" starts with "${mark}"; expected "-".`,
          start: c.start,
          end: c.start + mark.length,
          fix: { range: [c.start, c.start + mark.length], text: '-' },
        });
      }
      const last = i === r.items.length - 1;
      // Party documents list their recipients with commas: "- Thường trực Tỉnh ủy (b/c),".
      const want = last ? '.' : ctx.party ? ',' : ';';
      const end = c.text.slice(-1);
      if (end === want) return;
      const wrong = /[;,.:]/.test(end);
      const at = c.end - (wrong ? 1 : 0);
      ctx.report({
        message: last
          ? `Last recipient "${c.text}" does not end with "."; expected "${wrong ? c.text.slice(0, -1) : c.text}.".`
          : `Recipient "${c.text}" does not end with "${want}"; expected "${wrong ? c.text.slice(0, -1) : c.text}${want}".`,
        start: at,
        end: c.end,
        fix: { range: [at, c.end], text: want },
      });
    });
    const last = r.items[r.items.length - 1]!.cell;
    const lastItem = r.items.findLast((it) => it.unmarked !== undefined || ITEM.test(it.cell.text))?.cell ?? last;
    if (!LUU.test(fold(lastItem.text))) {
      ctx.report({ message: `The last recipient is "${lastItem.text}"; expected "- Lưu: VT, <unit>." last.`, start: lastItem.start, end: lastItem.end });
    } else if (!ctx.party && !LUU_VT.test(lastItem.text)) {
      ctx.report({ message: `Archive item reads "${lastItem.text}"; expected "- Lưu: VT, <unit>.".`, start: lastItem.start, end: lastItem.end });
    }
  },
});
