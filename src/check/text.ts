/**
 * Small text helpers shared by the rules: a length-preserving fold for matching Vietnamese words
 * without tones or case, and the splitting of a line into table or column "cells".
 */

/**
 * Folds a text to lower-case letters without tone or vowel marks ("Độc lập" -> "doc lap"), one
 * character for one character, so that an index in the folded text is an index in the original.
 * @param s NFC text
 */
export function fold(s: string): string {
  let out = '';
  for (const ch of s) {
    if (ch === 'đ' || ch === 'Đ') {
      out += 'd';
      continue;
    }
    const base = ch.normalize('NFD')[0] ?? ch;
    // A character outside the BMP counts two code units: keep the length by padding.
    const lower = base.toLowerCase();
    out += ch.length === 2 ? lower.padEnd(2, ' ').slice(0, 2) : (lower[0] ?? ' ');
  }
  return out;
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
// What a blank to be filled in follows or precedes: "Số:", "ngày", "tháng", "năm"; "/TB-UBND", "tháng".
const BLANK_BEFORE = /(?<!\p{L})(?:Số:?|ngày|tháng)$/u;
const BLANK_AFTER = /^(?:\/|tháng(?!\p{L})|năm(?!\p{L}))/u;
// Markdown marks around a cell: "## THÔNG BÁO", "**Nơi nhận:**", "**TL. CHỦ TỊCH".
const LEADING_MARKS = /^(?:#{1,6}[ \t]+|\*{1,3}|_{2})/;
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
  CELL_SPLIT.lastIndex = 0;
  for (let m = CELL_SPLIT.exec(line); m; m = CELL_SPLIT.exec(line)) {
    if (m[0].length === 0) {
      CELL_SPLIT.lastIndex++;
      continue;
    }
    // A blank left for the serial or the day ("Số:      /TB-UBND", "ngày      tháng 6") is not a
    // column gap.
    if (!m[0].includes('|') && (BLANK_BEFORE.test(line.slice(0, m.index)) || BLANK_AFTER.test(line.slice(m.index + m[0].length)))) {
      continue;
    }
    // Indentation is not an empty cell: only a "|" at the start of a line opens one.
    if (!(m.index === 0 && !m[0].includes('|'))) push(from, m.index);
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
