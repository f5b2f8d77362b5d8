/**
 * Finds the parts after the header that rules look at: the "Nơi nhận" block, the signature block,
 * the end of the content, and the dates written anywhere in the text.
 */
import type { SourceText } from '../text/source.js';
import { BULLET_CLASS, hasCellBreaks, isFurniture, isUnmarkedItem, ITEM_DASHES, NUMBERED_ITEM } from '../parse/layout.js';
import type { RuleContext } from './types.js';
import { foldStart, isAllCaps, splitCells, type Cell } from './text.js';

/** One "- ...;" item of the recipients block (its first cell). */
export interface Item {
  cell: Cell;
  /**
   * How the item is marked when not with one of {@link ITEM_MARKS}: `none` for an item whose dash a Word export
   * dropped ("Sở Tài chính;"), else the number it opens with ("1. ").
   */
  unmarked?: 'none' | string;
}

/** The "Nơi nhận:" block. */
export interface Recipients {
  /** The cell holding "Nơi nhận". */
  head: Cell;
  items: Item[];
}

// "Nơi nhận:" at the start of a cell, in any case: folded "noi nhan". A cell holds no tab and no run of three
// spaces (it is split there), so these words, and "phu luc" below, lie within its first 16 characters.
const NOI_NHAN = /^noi[ \t]+nhan(?![a-z])/;
// An appendix heading ends the signature area: "PHỤ LỤC", "Phụ lục I".
const APPENDIX_HEAD = /^phu[ \t]+luc(?![a-z])/;
/**
 * The marks a recipient item opens with, as the inside of a character class: "- Như trên;", "+ ...", "• ...", the
 * en and em dashes of Word's autocorrect, and the bullets other editors write ("· Như trên;" from a Word list,
 * "* Như trên;"), which nd30/recipients asks to be "-".
 */
export const ITEM_MARKS = `${ITEM_DASHES}${BULLET_CLASS}`;
/** A cell that opens with one of {@link ITEM_MARKS}. */
export const ITEM = new RegExp(`^[${ITEM_MARKS}]`, 'u');

/** The first non-empty cell of a line, or null. */
export function firstCell(source: SourceText, n: number): Cell | null {
  for (const c of splitCells(source.line(n), n, source.lineStart(n))) if (c.text.length) return c;
  return null;
}

/** The cells of a line. */
export function cellsOf(source: SourceText, n: number): Cell[] {
  return splitCells(source.line(n), n, source.lineStart(n));
}

/**
 * The lines of the content, as `[first, end)`: from the line after the header's last part (type name, "V/v",
 * place and date, subject) to the "Nơi nhận" block, or the end of the text.
 * @param ctx the rule's context
 */
export function contentLines(ctx: Pick<RuleContext, 'source' | 'header' | 'notice'>): [first: number, end: number] {
  const { header, notice, source } = ctx;
  const first = Math.max(header.typeName?.cell.line ?? 0, header.vv?.line ?? 0, header.placeDate?.cell.line ?? 0, notice.lines.subject ?? 0) + 1;
  return [first, findRecipients(source)?.head.line ?? source.lineCount + 1];
}

// Five rules and the date helpers ask for the block of the same text: it is looked for once per text.
const recipientsOf = new WeakMap<SourceText, Recipients | null>();

/**
 * Finds the "Nơi nhận" block and its items. Blank lines (page breaks) may sit between items; a line
 * that does not start with a dash continues the item above when that item has no closing ";" or ".".
 * The result is shared by every caller for the same text: read it, do not change it.
 * @param source the prepared text
 */
export function findRecipients(source: SourceText): Recipients | null {
  let found = recipientsOf.get(source);
  if (found === undefined) {
    found = scanRecipients(source);
    recipientsOf.set(source, found);
  }
  return found;
}

function scanRecipients(source: SourceText): Recipients | null {
  let head: Cell | null = null;
  // The cells after the head on its line: a Markdown table's cell whose lines "<br>" parted ("Nơi nhận:<br>- ...").
  let after: Cell[] = [];
  for (let n = 1; n <= source.lineCount && !head; n++) {
    const cells = cellsOf(source, n);
    for (let k = 0; k < cells.length; k++) {
      if (NOI_NHAN.test(foldStart((cells[k] as Cell).text))) {
        head = cells[k] as Cell;
        after = cells.slice(k + 1);
        break;
      }
    }
  }
  if (!head) return null;
  const items: Item[] = [];
  if (hasCellBreaks(source.line(head.line))) {
    for (const c of after) {
      if (!ITEM.test(c.text)) break;
      items.push({ cell: c });
    }
    if (items.length) return { head, items };
  }
  let blanks = 0;
  for (let n = head.line + 1; n <= source.lineCount && n <= head.line + 60; n++) {
    const c = firstCell(source, n);
    // A page break (its number, the blank lines around it) does not end the list.
    if (c && isFurniture(c.text)) {
      blanks = 0;
      continue;
    }
    if (!c) {
      if (++blanks > 3) break;
      continue;
    }
    blanks = 0;
    if (ITEM.test(c.text)) {
      items.push({ cell: c });
      continue;
    }
    const prev = items[items.length - 1];
    // Items without their dashes, one a line, each ending with ";" (the last with "."), or numbered: as the parser
    // reads them.
    const number = NUMBERED_ITEM.exec(c.text);
    const open = prev !== undefined && !/[;.]$/.test(prev.cell.text);
    if (!open && (number || isUnmarkedItem(c.text, prev?.cell.text))) {
      items.push({ cell: c, unmarked: number ? number[0] : 'none' });
      continue;
    }
    if (prev && !/[;.]$/.test(prev.cell.text) && !isAllCaps(c.text) && /^\p{Ll}/u.test(c.text)) {
      // A wrapped item: the closing mark is judged on the continuation line.
      items[items.length - 1] = { cell: { ...c, text: c.text } };
      continue;
    }
    break;
  }
  return { head, items };
}

/**
 * The lines after the content where the signature block may be: from the "Nơi nhận" line (or, without
 * one, the last 30 lines) to the end or to an appendix heading.
 * @param source the prepared text
 * @param recipients the recipients block, if found
 */
export function tailRange(source: SourceText, recipients: Recipients | null): [number, number] {
  const from = recipients ? Math.max(1, recipients.head.line - 2) : Math.max(1, source.lineCount - 30);
  let to = source.lineCount;
  for (let n = from + 1; n <= source.lineCount; n++) {
    const c = firstCell(source, n);
    if (c && APPENDIX_HEAD.test(foldStart(c.text)) && isAllCaps(c.text)) {
      to = n - 1;
      break;
    }
  }
  return [from, Math.min(to, from + 60)];
}

/** A date written in the text, with where it is. */
export interface DateMention {
  day: number;
  month: number;
  year: number;
  text: string;
  start: number;
  end: number;
}

// "07/9/2017", "18/06/2014", "02-06-2026": day, month, year with the same separator.
const NUMERIC_DATE = /(?<![\p{N}/.-])(?<d>\d{1,2})(?<s>[/-])(?<m>\d{1,2})\k<s>(?<y>\d{4})(?![\p{N}/-])/gu;
// "ngày 08 tháng 10 năm 2024", "Ngày 19 tháng 6 năm 2026".
const WORD_DATE = /(?<!\p{L})[Nn]gày[ \t]+(?<d>\d{1,2})[ \t]+tháng[ \t]+(?<m>\d{1,2})[ \t]+năm[ \t]+(?<y>\d{4})(?!\p{N})/gu;

/**
 * Every full date (day, month and year) written in the text, in order.
 * @param text the prepared text
 */
export function findDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const re of [NUMERIC_DATE, WORD_DATE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const g = m.groups as Record<string, string>;
      out.push({
        day: Number(g.d),
        month: Number(g.m),
        year: Number(g.y),
        text: m[0],
        start: m.index,
        end: m.index + m[0].length,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
