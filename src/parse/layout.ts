/**
 * Layout of a plain-text notice: the clean text of each input line, the "cells" a line holds (Word
 * tables exported as "cell | cell", PDF text layers with two columns side by side), and the lines
 * that carry no content (page numbers, gazette running heads, digital-signature stamps).
 */

/** A piece of a line: one table cell or one column of a PDF layout. */
export interface Cell {
  /** 1-based input line. */
  line: number;
  /** 0-based column of the cell's first character in the cleaned line. */
  col: number;
  text: string;
}

/** One input line after mark-up removal. */
export interface LayoutLine {
  /** 1-based input line. */
  line: number;
  /** The line without Markdown mark-up, tabs as spaces, right-trimmed. */
  text: string;
  /** Leading spaces of {@link text}. */
  indent: number;
  /** True for an empty line or one that only carries page furniture. */
  blank: boolean;
  /** True for page furniture (page number, running head, signature stamp). */
  furniture: boolean;
}

// "## THÔNG BÁO", "**6. Giao Sở Tài chính:**", "TL. CHỦ TỊCH  " (Markdown hard break), "dòng\" (backslash break)
const MD_HEADING = /^(\s*)#{1,6}\s+/;
// Only "**": runs of underscores are the rules drawn under a header, not emphasis.
const MD_EMPHASIS = /\*\*/g;
const MD_BACKSLASH_BREAK = /\\$/;
// The delimiter row of a Markdown table, two columns or more: "|---|---|", "| :--- | ---: |". It draws nothing.
const MD_TABLE_RULE = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$/;
// A line break inside a Markdown table's cell, as converters from Word write it: "**Nơi nhận:**<br>- Như trên;".
const HTML_BREAK = /<br[ \t]*\/?>/gi;
const HAS_HTML_BREAK = /<br[ \t]*\/?>/i;
// A Markdown table row: it starts with "|".
const TABLE_ROW = /^[ \t]*\|/;
// What a converter escapes so that a paragraph is not read as Markdown: "1\. Giao Sở Tài chính ...", "a\) Rà soát ...",
// "\- Đôn đốc ...", "\* Ghi chú" (a backslash before ASCII punctuation, as CommonMark reads it).
const MD_ESCAPE = /\\([!-\/:-@[-`{-~])/g;
// Bullets other than "-", each read as "-": a Markdown star ("* Sở Tài chính;", from Google Docs and many editors),
// the symbol-font bullets of Word lists as they come out in plain text ("· " and "\uF0B7 " from Symbol, "§ ",
// "Ø " and "\uF0A7 " from Wingdings), other bullet signs ("▪", "◦", "●", "➢", "✓"), and dashes that are not a
// hyphen-minus ("‐", "−", "－"). Only before white space: "§ 2" aside, none of them starts a Vietnamese word.
const OTHER_BULLETS = [...'*·▪◦○●■□➢►✓✔§Ø\uF0B7\uF0A7\uF0D8\uF076\uF0FC\uF06E\uF0A8‐‑−﹣－'];
/** Those bullets as the inside of a pattern's character class ("\u002a\u00b7..."), for other modules' patterns too. */
export const BULLET_CLASS = OTHER_BULLETS.map((c) => `\\u${(c.codePointAt(0) as number).toString(16).padStart(4, '0')}`).join('');
const OTHER_BULLET = new RegExp(`^(\\s*)[${BULLET_CLASS}](?=\\s)`, 'u');
// The first code unit of each: a line that starts otherwise needs no pattern.
const BULLET_START = new Set(OTHER_BULLETS.map((c) => c.charCodeAt(0)));
/**
 * The marks a list item of the header or the footer opens with, as the inside of a character class: "- Như trên;",
 * "+ ...", "• ...", and the en and em dashes Word's autocorrect makes of "- " ("– Như trên;", "— Lưu: VT.").
 */
export const ITEM_DASHES = '\\-–—+•';
/** A list item numbered rather than dashed, its number and the space after it: "1. Sở Tài chính;", "2) Lưu: VT.". */
export const NUMBERED_ITEM = /^\d{1,2}[.)][ \t]+(?=\S)/u;
// A line that opens with a capital, as a body's name does.
const UPPER_FIRST = /^\p{Lu}/u;

/**
 * True for a list item whose dash a Word export dropped with its automatic bullets, one a line: it opens with a
 * capital, as a body's name does, and ends with ";", or with "." after an item that ended with ";" (the last).
 * "Sở Tài chính;" / "Lưu: VT.". The footer and check read a recipients list by it alike.
 * @param previous the item before it, if any
 */
export function isUnmarkedItem(text: string, previous: string | undefined): boolean {
  return UPPER_FIRST.test(text) && (text.endsWith(';') || (text.endsWith('.') && previous !== undefined && previous.trimEnd().endsWith(';')));
}

// A bullet alone before a column gap: Word puts a tab after a list's bullet ("-\tSở Tài chính;", "·\tSở Xây dựng").
export const LONE_BULLET = new RegExp(`^[${ITEM_DASHES}${BULLET_CLASS}]$`, 'u');
// Word table cells exported as " | ": "Số: 05/TB-VP | Lào Cai, ngày 12 tháng 6 năm 2026"
const CELL_BAR = / ?\| ?/;
// PDF text layers put two columns on a line separated by a run of spaces: "UBND TỈNH LÀO CAI      CỘNG HÒA ..."
const COLUMN_GAP = / {3,}|\t+ */;
// Words after which a draft leaves a blank rather than a column gap: "Số:      /TB-UBND", "ngày      tháng".
const BLANK_BEFORE = /(?:Số\s*:?|SỐ\s*:|ngày|tháng|năm)$/u;
/** Capitals spaced out one by one, single spaces between them: "T H Ô N G", "B Á O". */
export const SPREAD_LETTERS = /^\p{Lu}(?: \p{Lu})+$/u;
const BLANK_AFTER = /^(?:[\/-]\s?\p{Lu}|tháng|năm)(?![\p{L}\d])/u;
// A page number alone on a line: "2", "- 3 -", "Trang 4"
const PAGE_NUMBER = /^\s*(?:-\s*)?(?:Trang\s+)?\d{1,3}(?:\s*-)?\s*(?:\/\s*\d{1,3})?\s*$/u;
// Running head of the Official Gazette: "CÔNG BÁO/Số 302/Ngày 02-06-2026", "CÔNG BÁO/Số 302 + 303/Ngày ...", and
// "CÔNG  BÁO/Số  302" as a text layer may space it
const GAZETTE_HEAD = /^\s*CÔNG\s+BÁO\s*\/\s*Số(?![\p{L}\d])/u;
// Digital-signature stamps, by label: "Ký bởi: ...", "Cơ quan: VĂN PHÒNG CHÍNH PHỦ", "Ngày ký: 2026-06-02 08:06:58 +07:00"
const STAMP_LABEL = /^\s*(?:Ký bởi|Người ký|Cơ quan|Ngày ký|Thời gian ký|Email)\s*:/u;
// ... or by the signing time at the line end: "SỞ CÔNG THƯƠNG TỈNH LÀO CAI / 12.06.2026 09:15:02 +07:00"
const STAMP_TIME = /^\s*.*(?<!\d)\d{1,2}[.:]\d{2}[.:]\d{2}\s*\+0?7:?00\s*$/u;

// White space other than U+0020 (what squash has to change besides runs of spaces), as two classes and
// U+00A0 apart: "Lào\u00a0Cai", "ngày\t12", "Số\u2009:". On Vietnamese text V8 scans for each of the two
// classes about three times as fast as for one class of them all, whose U+00A0 falls into the lookup slot of
// the ordinary space (indexOf finds U+00A0 by its rare byte instead).
const ODD_WHITE_SPACE = /[\t-\r\u1680\u2000-\u200a\u3000\ufeff]/;
const ODD_WHITE_SPACE_2 = /[\u2028\u2029\u202f\u205f]/;
// What /\s+/g -> ' ' changes: runs of 2+ white space characters and any single one that is not U+0020.
// Single spaces are not matched, so a line pays a match per run rather than per word: "Số:   05", "a\u00a0b".
const WHITE_RUN = / \s+|[^\S ]\s*/g;

/** True for the delimiter row of a Markdown table ("|---|---|"), which draws nothing. */
export function isTableRule(line: string): boolean {
  return line.includes('-') && line.includes('|') && MD_TABLE_RULE.test(line);
}

/** True for a Markdown table row whose cells break their lines with "<br>". */
export function hasCellBreaks(line: string): boolean {
  return line.includes('<') && HAS_HTML_BREAK.test(line) && TABLE_ROW.test(line);
}

/**
 * Removes Markdown mark-up that converters put into notices (headings, emphasis, escapes, a table's delimiter row,
 * its cells' "<br>"), and reads a star bullet as a dash, without moving anything else.
 * @param raw one input line
 * @param cellBreak what a "<br>" inside a table's cell becomes: " | " where the lines of a cell stand side by side as
 *   cells of their own (the header and the signature), "; " where a row's cells must keep their columns (the body's
 *   tables of tasks, whose cells list names a line each)
 */
export function stripMarkup(raw: string, cellBreak: ' | ' | '; ' = ' | '): string {
  // Most lines carry no mark-up: the string tests spare them the patterns.
  let s = raw.includes('#') ? raw.replace(MD_HEADING, '$1') : raw;
  if (isTableRule(s)) return '';
  // Elsewhere than in a table's cell a break is a space.
  if (s.includes('<') && HAS_HTML_BREAK.test(s)) s = s.replace(HTML_BREAK, TABLE_ROW.test(s) ? cellBreak : ' ');
  if (s.includes('**')) s = s.replace(MD_EMPHASIS, '');
  s = asDash(s);
  if (s.endsWith('\\') && MD_BACKSLASH_BREAK.test(s)) s = s.slice(0, -1);
  if (s.includes('\\')) s = s.replace(MD_ESCAPE, '$1');
  return s;
}

/** A bullet at the start of `s` as "-" (see OTHER_BULLET). */
function asDash(s: string): string {
  // Most lines start with a letter, a digit or "-": only a line whose first other character is a bullet needs
  // the pattern.
  let i = 0;
  let c = s.charCodeAt(0);
  while (c === 32 || c === 9) c = s.charCodeAt(++i);
  // Vietnamese letters lie below U+2010, where the bullets are but "*", "§", "·" and "Ø".
  const bullet = c === 42 || c === 0xa7 || c === 0xb7 || c === 0xd8 || (c >= 0x2010 && BULLET_START.has(c));
  return bullet ? s.replace(OTHER_BULLET, '$1-') : s;
}

/** Expands tabs to single spaces (enough for indentation tests) and trims the right end. */
function detab(s: string): string {
  // trimEnd() removes what /\s+$/ would: both use ECMAScript's white space and line terminators.
  return (s.includes('\t') ? s.replace(/\t/g, ' ') : s).trimEnd();
}

/** True when a line carries only page furniture. */
export function isFurniture(text: string): boolean {
  if (text.length < 16 && PAGE_NUMBER.test(text)) return true;
  if (text.startsWith('CÔNG') && GAZETTE_HEAD.test(text)) return true;
  if (text.length >= 200) return false;
  if (text.includes(':') && STAMP_LABEL.test(text)) return true;
  // STAMP_TIME backtracks over the whole line; a time stamp needs a "+" and ends in "00" (before any white
  // space, which trimEnd() and \s agree on), so most lines are settled without it.
  return text.includes('+') && text.trimEnd().endsWith('00') && STAMP_TIME.test(text);
}

/**
 * Lines with whether each is blank (white space only), as {@link isDoubleSpaced}, {@link undoubleSpacing} and the
 * hard-wrap test take them.
 * @param lines the lines of a prepared text
 */
export function markBlanks(lines: readonly string[]): { text: string; blank: boolean }[] {
  return lines.map((text) => ({ text, blank: text.trim() === '' }));
}

/** Lines without the blank line that double spacing puts after each, and where each of them stood. */
export interface Undoubled {
  lines: string[];
  /** The 1-based input line of each of {@link lines}. */
  lineOf: number[];
}

// How few non-blank lines may follow another directly in a double-spaced text: none, but for a stray one. Notices
// written with a blank line between their paragraphs keep their header lines together (a fifth of their lines
// or more follow another).
const DOUBLE_SPACED_ADJACENT = 0.05;
// Below this many non-blank lines the count says too little.
const DOUBLE_SPACED_MIN_LINES = 10;

/**
 * True when a text is double-spaced: a blank line after every line, but for a stray one (see {@link undoubleSpacing}).
 * @param lines the lines of the text, each with whether it is blank
 */
export function isDoubleSpaced(lines: readonly { blank: boolean }[]): boolean {
  let nonBlank = 0;
  let adjacent = 0;
  let prevBlank = true;
  for (const { blank } of lines) {
    if (!blank) {
      nonBlank++;
      if (!prevBlank) adjacent++;
    }
    prevBlank = blank;
  }
  return nonBlank >= DOUBLE_SPACED_MIN_LINES && adjacent <= nonBlank * DOUBLE_SPACED_ADJACENT;
}

/**
 * Undoes double spacing: a text that went through two line-ending conversions ("\r\r\n", read as two line
 * breaks) or was copied from a viewer that puts a blank line after every line. There every line of the document
 * stands alone, and a blank line says nothing of where a sentence, a subject or a list ends; the document's own
 * blank lines became runs of two or more. A single blank line is dropped, a longer run kept as one.
 * @param lines the lines of the prepared text, each with whether it is blank (as the hard-wrap test takes them)
 * @returns null when the text is not double-spaced
 */
export function undoubleSpacing(lines: readonly { text: string; blank: boolean }[]): Undoubled | null {
  if (!isDoubleSpaced(lines)) return null;
  const out: Undoubled = { lines: [], lineOf: [] };
  for (let i = 0; i < lines.length; i++) {
    const { text, blank } = lines[i] as { text: string; blank: boolean };
    if (!blank) {
      out.lines.push(text);
      out.lineOf.push(i + 1);
      continue;
    }
    let end = i;
    while (end + 1 < lines.length && (lines[end + 1] as { blank: boolean }).blank) end++;
    // A run at the start or the end of the text, or of two or more lines, stays as one blank line.
    if (end > i || i === 0 || end === lines.length - 1) {
      out.lines.push(text);
      out.lineOf.push(i + 1);
    }
    i = end;
  }
  return out;
}

/**
 * Builds the layout lines of a prepared text (a notice's body: a "<br>" in a table's cell keeps the row's columns).
 * @param lines the lines of the prepared text
 * @param firstLine the 1-based number of the first of them
 */
export function layoutLines(lines: readonly string[], firstLine = 1): LayoutLine[] {
  const out: LayoutLine[] = new Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const text = detab(stripMarkup(lines[i] as string, '; '));
    // detab() trimmed the right end, so trim() only removes the indentation.
    const trimmed = text.trim();
    const furniture = trimmed !== '' && isFurniture(trimmed);
    const indent = text.length - trimmed.length;
    out[i] = { line: i + firstLine, text, indent, blank: trimmed === '' || furniture, furniture };
  }
  return out;
}

/**
 * Splits a raw line into cells: on " | " (Word tables) and on runs of 3+ spaces or tabs (PDF columns).
 * Empty cells are dropped; each cell keeps its column.
 * @param raw the input line (Markdown is stripped here)
 * @param line its 1-based number
 */
export function splitCells(raw: string, line: number): Cell[] {
  const text = stripMarkup(raw);
  // Most lines have no bar, no tab and no run of spaces: one cell. The scan for "  " that rules out column
  // gaps also rules out runs of spaces for squash, so the line is scanned for them once.
  if (!text.includes('|') && !text.includes('\t') && !text.includes('  ')) {
    let t = text.trim();
    if (hasOddWhiteSpace(t)) t = t.replace(WHITE_RUN, ' ');
    return t ? [{ line, col: text.length - text.trimStart().length, text: t }] : [];
  }
  const cells: Cell[] = [];
  let pos = 0;
  const bars = text.includes('|') ? text.split(CELL_BAR) : [text];
  for (const bar of bars) {
    let inner = 0;
    let prev: Cell | null = null;
    // The pieces of `prev`, and whether every one is capitals spread out letter by letter.
    let prevParts: string[] = [];
    let prevSpread = false;
    const pieces = bar.includes('   ') || bar.includes('\t') ? bar.split(COLUMN_GAP) : [bar];
    // A lone bullet waiting for the piece after the gap, and where it stood.
    let bullet: { text: string; at: number } | null = null;
    for (let k = 0; k < pieces.length; k++) {
      const piece = pieces[k] as string;
      let at = bar.indexOf(piece, inner);
      inner = at + piece.length;
      let raw = squash(piece);
      if (LONE_BULLET.test(raw) && k + 1 < pieces.length) {
        bullet = { text: raw, at: at + piece.length - piece.trimStart().length };
        continue;
      }
      let lead = piece.length - piece.trimStart().length;
      if (bullet !== null && raw) {
        raw = `${bullet.text} ${raw}`;
        at = bullet.at;
        lead = 0;
      }
      bullet = null;
      // A cell opens with a bullet as a line does ("Kính gửi: | * Sở Tài chính;").
      const t = asDash(raw);
      if (!t || t === '|') continue;
      // A draft leaves blanks to fill in: "Số:           /TB-VP", "ngày        tháng 6 năm 2026".
      // ... and a title spread out letter by letter has wider gaps between its words: "T H Ô N G   B Á O".
      const spread = t.length < 120 && SPREAD_LETTERS.test(t);
      // The pieces joined so far are kept apart until the cell ends, and only the last is tested: a long line of
      // such pieces stays linear.
      if (prev && (BLANK_BEFORE.test(prevParts[prevParts.length - 1] as string) || BLANK_AFTER.test(t) || (spread && prevSpread))) {
        prevParts.push(t);
        prevSpread &&= spread;
        continue;
      }
      if (prev && prevParts.length > 1) prev.text = prevParts.join(' ');
      prevSpread = spread;
      prevParts = [t];
      prev = { line, col: pos + at + lead, text: t };
      cells.push(prev);
    }
    if (prev && prevParts.length > 1) prev.text = prevParts.join(' ');
    pos += bar.length;
    if (bars.length === 1) break;
    // Skip the separator itself: find where the next piece starts in the original text.
    const next = text.slice(pos).match(CELL_BAR);
    if (next && next.index === 0) pos += next[0].length;
  }
  return cells;
}

/**
 * Collapses runs of white space to one space and trims (as `s.trim().replace(/\s+/g, ' ')`). Lines that only
 * have single spaces (most) are returned as they are.
 */
export function squash(s: string): string {
  const t = s.trim();
  return t.includes('  ') || hasOddWhiteSpace(t) ? t.replace(WHITE_RUN, ' ') : t;
}

// A line of prepared text comes from prepareText, which turns every Unicode space but these into U+0020 (the PDF
// repairs only add or remove U+0020), through layoutLines, which turns tabs into spaces: "a\u2028b", "a\fb".
// So such a line needs squashing only for a run of spaces or one of these, and V8 scans for this short class
// about three times as fast as for all of \s (tests/parse/blocks-prepared.test.ts holds prepareText to it).
const PREPARED_ODD_WHITE_SPACE = /[\t-\r\u1680\u2028\u2029]/;

/** {@link squash} for a layout line of prepared text (see PREPARED_ODD_WHITE_SPACE). */
export function squashPrepared(s: string): string {
  const t = s.trim();
  return t.includes('  ') || PREPARED_ODD_WHITE_SPACE.test(t) ? t.replace(WHITE_RUN, ' ') : t;
}

/** True when `t` holds white space other than U+0020. */
function hasOddWhiteSpace(t: string): boolean {
  return t.includes('\u00a0') || ODD_WHITE_SPACE.test(t) || ODD_WHITE_SPACE_2.test(t);
}
