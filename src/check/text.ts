/**
 * Small text helpers shared by the rules: a length-preserving fold for matching Vietnamese words
 * without tones or case, and the splitting of a line into table or column "cells".
 */
import { hasCellBreaks, isTableRule, LONE_BULLET } from '../parse/layout.js';

/**
 * One character folded ("Ộ" -> "o", "Đ" -> "d"), as many code units long as it is: a character outside the BMP
 * (two units) keeps two, padded with a space.
 */
function foldChar(ch: string): string {
  if (ch === 'đ' || ch === 'Đ') return 'd';
  const lower = (ch.normalize('NFD')[0] ?? ch).toLowerCase();
  return ch.length === 2 ? lower.padEnd(2, ' ').slice(0, 2) : (lower[0] ?? ' ');
}

// The fold of each BMP code unit, filled as units are met (0: not yet). Folding a character costs a
// normalisation, and the rules fold every cell of a notice several times over.
const FOLDED = new Uint16Array(0x10000);
// Code units turned into a string this many at a time (the argument count a call may take).
const CHUNK = 4096;
// apply takes the typed array as it is; spreading it goes through its iterator, several times slower.
const units = (a: Uint16Array) => String.fromCharCode.apply(null, a as unknown as number[]);

/**
 * Folds a text to lower-case letters without tone or vowel marks ("Độc lập" -> "doc lap"), one
 * character for one character, so that an index in the folded text is an index in the original.
 * @param s NFC text
 */
export function fold(s: string): string {
  const out = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      out[i] = c >= 65 && c <= 90 ? c + 32 : c;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        const pair = foldChar(s.slice(i, i + 2));
        out[i] = pair.charCodeAt(0);
        out[++i] = pair.charCodeAt(1);
        continue;
      }
    }
    let f = FOLDED[c]!;
    if (f === 0) FOLDED[c] = f = foldChar(String.fromCharCode(c)).charCodeAt(0);
    out[i] = f;
  }
  if (out.length <= CHUNK) return units(out);
  let text = '';
  for (let i = 0; i < out.length; i += CHUNK) text += units(out.subarray(i, i + CHUNK));
  return text;
}

/**
 * The fold of a text's first `length` code units: enough for a pattern anchored at the start ("noi nhan"),
 * without folding a paragraph to test its first words.
 * @param s NFC text
 * @param length how many code units to fold
 */
export function foldStart(s: string, length = 16): string {
  return fold(s.length > length ? s.slice(0, length) : s);
}

// The header's cells are matched against several folded patterns in turn: each is folded once.
const foldedCells = new WeakMap<Cell, string>();

/**
 * The fold of a cell's text, kept for as long as the cell is.
 * @param cell a cell of {@link splitCells}
 */
export function foldCell(cell: Cell): string {
  let f = foldedCells.get(cell);
  if (f === undefined) {
    f = fold(cell.text);
    foldedCells.set(cell, f);
  }
  return f;
}

/** A piece of a line: a Word table cell (" | ") or a PDF column (3+ spaces or tabs). */
export interface Cell {
  /** The cell text, trimmed, with Markdown emphasis and heading marks taken off. */
  text: string;
  /** 1-based line. */
  line: number;
  /** Offset of `text`'s first character in the whole text. */
  start: number;
  /** Offset just after `text`. */
  end: number;
  /** 0-based position of the cell on its line. */
  index: number;
}

// Cell boundaries: a Word table join ("a | b", also " |  | " for empty cells, or a line starting
// with "| ") and a PDF column gap: three or more spaces, or a tab.
//   "SỞ CÔNG THƯƠNG |  | CỘNG HÒA ..."   "  UBND TỈNH LÀO CAI             CỘNG HÕA ..."
const CELL_SPLIT = /[ \t]*\|(?=[ \t]|$)[ \t]*|^\|[ \t]*|[ \t]{3,}|[ \t]*\t[ \t]*/g;
// ... and in a Markdown table row, the "<br>" between the lines of a cell: "| **Nơi nhận:**<br>- Như trên; | ...".
const CELL_SPLIT_BREAKS = new RegExp(`${CELL_SPLIT.source}|[ \\t]*<br[ \\t]*\\/?>[ \\t]*`, 'gi');
// What a blank to be filled in follows or precedes: "Số:", "ngày", "tháng", "năm"; "/TB-UBND", "tháng".
const BLANK_BEFORE = /(?<!\p{L})(?:Số:?|SỐ:|ngày|tháng)$/u;
const BLANK_AFTER = /^(?:\/|tháng(?!\p{L})|năm(?!\p{L}))/u;
// A title spread out letter by letter has wider gaps between its words: "T H Ô N G   B Á O" is one cell. Tested on
// the few characters around a gap, so that a long line of such gaps stays linear.
const SPREAD_BEFORE = /(?:^|[ \t])\p{Lu} \p{Lu}$/u;
const SPREAD_AFTER = /^\p{Lu} \p{Lu}(?![^ \t])/u;
// Markdown marks around a cell: "## THÔNG BÁO", "**Nơi nhận:**", "**TL. CHỦ TỊCH". A star before a space is a bullet
// ("* Lưu: VT, TH."), not emphasis.
const LEADING_MARKS = /^(?:#{1,6}[ \t]+|\*{1,3}(?![ \t])|_{2})/;
const TRAILING_MARKS = /(?:\*{1,3}|_{2})$/;

/**
 * Splits one line into cells, keeping each cell's offset in the whole text. Empty cells are kept
 * (with empty text) so that cell indexes stay those of the table.
 * @param line the line's text
 * @param lineNo its 1-based number
 * @param lineStart the offset of its first character
 */
export function splitCells(line: string, lineNo: number, lineStart: number): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  let index = 0;
  const push = (a: number, b: number) => {
    let s = a;
    let e = b;
    while (s < e && /\s/.test(line[s] as string)) s++;
    while (e > s && /\s/.test(line[e - 1] as string)) e--;
    let piece = line.slice(s, e);
    const lead = LEADING_MARKS.exec(piece);
    if (lead) {
      s += lead[0].length;
      piece = piece.slice(lead[0].length);
    }
    const trail = TRAILING_MARKS.exec(piece);
    if (trail) {
      e -= trail[0].length;
      piece = piece.slice(0, piece.length - trail[0].length);
    }
    while (s < e && /\s/.test(line[s] as string)) s++;
    while (e > s && /\s/.test(line[e - 1] as string)) e--;
    cells.push({ text: line.slice(s, e), line: lineNo, start: lineStart + s, end: lineStart + e, index: index++ });
  };
  // A table's delimiter row draws nothing.
  if (isTableRule(line)) return cells;
  const split = hasCellBreaks(line) ? CELL_SPLIT_BREAKS : CELL_SPLIT;
  split.lastIndex = 0;
  for (let m = split.exec(line); m; m = split.exec(line)) {
    if (m[0].length === 0) {
      split.lastIndex++;
      continue;
    }
    const bar = m[0].includes('|');
    const after = m.index + m[0].length;
    if (!bar) {
      // A blank left for the serial or the day ("Số:      /TB-UBND", "ngày      tháng 6") is not a column gap. The
      // words before it are six characters at most, so only the last seven (with the one its look-behind reads)
      // are tested, which keeps a line of many gaps linear.
      if (BLANK_BEFORE.test(line.slice(Math.max(0, m.index - 7), m.index)) || BLANK_AFTER.test(line.slice(after))) continue;
      if (SPREAD_BEFORE.test(line.slice(Math.max(from, m.index - 4), m.index)) && SPREAD_AFTER.test(line.slice(after, after + 4))) continue;
      // Nor is the tab Word puts after a list's bullet alone ("-\tSở Tài chính;", "·\tSở Nội vụ;").
      if (LONE_BULLET.test(line.slice(from, m.index).trim())) continue;
    }
    // Indentation is not an empty cell: only a "|" at the start of a line opens one.
    if (!(m.index === 0 && !bar)) push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, line.length);
  return cells;
}

/**
 * True when every letter of `s` is a capital (digits and punctuation do not count); false when
 * `s` has no letter.
 */
export function isAllCaps(s: string): boolean {
  let letters = 0;
  for (const ch of s) {
    if (/\p{L}/u.test(ch)) {
      letters++;
      if (ch !== ch.toUpperCase()) return false;
    }
  }
  return letters > 0;
}

/** The offset of the last non-space character of a line plus one (the line's visible end). */
export function trimmedEnd(line: string): number {
  let e = line.length;
  while (e > 0 && /\s/.test(line[e - 1] as string)) e--;
  return e;
}

/** Number of days in a month of a year (Gregorian). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD` of a year, month and day. */
export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
