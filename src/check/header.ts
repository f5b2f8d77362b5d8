/**
 * Finds the parts of a notice's header (the first lines) where the formatting rules look: the national
 * title, the motto, the party line, the issuing body, the number line, the place-date line, the type
 * name and the "V/v" summary. Works on raw lines split into cells, so it finds them in Word exports
 * (cells joined by " | "), PDF text layers (columns separated by runs of spaces) and plain text alike;
 * line numbers the parser recorded in `notice.lines` are tried first.
 */
import type { Notice } from '../schema.js';
import type { SourceText } from '../text/source.js';
import { fold, foldCell, splitCells, type Cell } from './text.js';
import { SPREAD_LETTERS } from '../parse/layout.js';
import { TYPE_NAMES as PARSER_TYPE_NAMES } from '../parse/lexicon.js';

/** How many lines from the top the header is looked for in. */
export const HEADER_LINES = 30;

/** A span of the prepared text. */
export interface Span {
  text: string;
  start: number;
  end: number;
  line: number;
}

/** The number line: "Số: 307 /TB-UBND", "Số 12-TB/HU", "Số:           /SCT-CN". */
export interface NumberLine {
  cell: Cell;
  /** "Số" itself. */
  so: Span;
  /** The colon, when written (with any spaces before it). */
  colon: Span | null;
  /** The serial as written ("307", "5", "05"), null when left blank. */
  serial: Span | null;
  /** The separator between the serial and the symbol: "/" (state) or "-" (party). */
  sep: Span;
  /** Everything from "Số" to the end of the symbol. */
  whole: Span;
  /** The symbol as written after the separator, inner spaces kept: "TB-UBND", "TB - UBND". */
  symbol: Span;
}

/** One of day, month, year in the place-date line. */
export interface DatePart {
  text: string;
  value: number;
  start: number;
}

/** The place-date line: "Bắc Giang, ngày 15 tháng 9 năm 2017". */
export interface PlaceDate {
  cell: Cell;
  /** The place as written, null when the line starts with "ngày". */
  place: Span | null;
  /** The comma after the place, null when missing. */
  comma: Span | null;
  /** From the place (or "ngày") to the year. */
  whole: Span;
  /** The word "ngày" (or "Ngày", after a place). */
  ngay: Span;
  day: DatePart | null;
  month: DatePart | null;
  year: DatePart | null;
  /** The date is written in figures ("ngày 15/9/2017"), not in words. */
  figures: boolean;
}

/** What the header of a notice holds, as found. */
export interface Header {
  /** Every cell of the first {@link HEADER_LINES} lines (twice as many in a double-spaced text). */
  cells: Cell[];
  title: Span | null;
  motto: Span | null;
  partyLine: Span | null;
  /** The issuing body's lines (parent body first), as cells. */
  issuer: Cell[];
  number: NumberLine | null;
  placeDate: PlaceDate | null;
  /**
   * The type name cell ("THÔNG BÁO") and its canonical capitals; `runOn`, the words after the name when the line
   * the parser read as the type name's goes on in capitals ("THÔNG BÁO KẾT LUẬN").
   */
  typeName: { cell: Cell; canonical: string; runOn?: string } | null;
  /** The "V/v ..." summary of a công văn. */
  vv: Cell | null;
  /** Without "V/v" or a type name: a summary written out "Về việc ...", on the line the parser read the subject from. */
  veViec: Cell | null;
  /** True for a party document. */
  party: boolean;
}

/**
 * Document type names (capitals, NFC) and their official abbreviations (Decree 30, Appendix III): the parser's
 * list, longest first, so that a name is tried before any shorter one.
 */
export const TYPE_NAMES: ReadonlyArray<readonly [name: string, abbr: string]> = [...PARSER_TYPE_NAMES].sort((a, b) => b[0].length - a[0].length);

const FOLDED_TYPES = new Map(TYPE_NAMES.map(([name]) => [fold(name), name] as const));

// "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in any case or tone (folded): "cong hoa xa hoi chu nghia viet nam".
const TITLE_FOLDED = /cong[ \t]*hoa[ \t]+xa[ \t]+hoi[ \t]+chu[ \t]+nghia[ \t]+viet[ \t]+nam/;
// "Độc lập - Tự do - Hạnh phúc" with any dash or none, folded: "doc lap - tu do - hanh phuc".
const MOTTO_FOLDED = /doc[ \t]*lap[ \t]*(?:[-–—][ \t]*)?tu[ \t]*do[ \t]*(?:[-–—][ \t]*)?hanh[ \t]*phuc/;
// "ĐẢNG CỘNG SẢN VIỆT NAM", folded.
const PARTY_FOLDED = /dang[ \t]+cong[ \t]+san[ \t]+viet[ \t]+nam/;
// The number line from "Số": "Số: 307 /TB-UBND", "Số 12-TB/HU", "Số:    /SCT-CN", and "SỐ: 307/TB-UBND" typed in
// capitals (with its colon: "SỐ 12" may end an issuer line).
// Each run of spaces is bounded by a required token, so the pattern is linear.
const NUMBER = /(?<![\p{L}\p{N}])(?:Số|SỐ(?=[ \t]*:))(?<colon>[ \t]*:)?[ \t]*(?:(?<serial>\d+)[ \t]*)?(?<sep>[/-])/u;
// The same glued to a word before it by a faulty export ("... cộng đồngSố:    /UBND-NC"): colon required.
const NUMBER_GLUED = /Số(?<colon>[ \t]*:)[ \t]*(?:(?<serial>\d+)[ \t]*)?(?<sep>[/-])/u;
// "ngày" starting the date of a place-date line, or "Ngày" typed with a capital right after a place: "Hà Nội, Ngày 05
// tháng 02 năm 2021". The look-behind is tried only where "Ngày" stands, and reads back over one run of spaces.
const NGAY = /(?<!\p{L})ngày(?!\p{L})|(?<!\p{L})Ngày(?!\p{L})(?<=\p{L}[ \t]*,?[ \t]*Ngày)/u;
// The date after the place: "ngày 15 tháng 9 năm 2017", "ngày      tháng 6 năm 2026".
const DATE_TAIL =
  /^[nN]gày[ \t]*(?:(?<day>\d{1,2})[ \t]*)?tháng[ \t]*(?:(?<month>\d{1,2})[ \t]*)?năm[ \t]*(?<year>\d{4})?/u;
// The same date in figures, as informal notices write it: "ngày 15/9/2017", "ngày 15.9.2017".
const DATE_FIGURES = /^[nN]gày[ \t]*(?<day>\d{1,2})[ \t]*(?<sep>[/.-])[ \t]*(?<month>\d{1,2})[ \t]*\k<sep>[ \t]*(?<year>\d{4})(?!\d)/du;
// "V/v tăng cường ...", also "V/V", "v/v".
const VV = /^[Vv]\/[Vv](?![\p{L}])/u;
/** A công văn's summary written out: "Về việc tăng cường ...", which the decree abbreviates "V/v". */
export const VE_VIEC = /^Về[ \t]+việc(?![\p{L}])/u;
// Rules, dashes and stars that only decorate: "--------", "_____________", "*".
const DECORATION = /^[-_–—=*.·•\s]*$/;
// The Official Gazette's running header and page numbers: "CÔNG BÁO/Số 302/Ngày 02-06-2026", "70".
const GAZETTE = /^CÔNG\s+BÁO(?![\p{L}])|^\d+$/u;

function cellSpan(cell: Cell, from: number, to: number): Span {
  return { text: cell.text.slice(from, to), start: cell.start + from, end: cell.start + to, line: cell.line };
}

function findIn(cell: Cell, folded: RegExp): Span | null {
  const m = folded.exec(foldCell(cell));
  return m ? cellSpan(cell, m.index, m.index + m[0].length) : null;
}

/** The first span matching a folded pattern, trying a preferred line first. */
function findFolded(cells: Cell[], folded: RegExp, preferLine: number | null): Span | null {
  if (preferLine !== null) {
    for (const c of cells) if (c.line === preferLine) {
      const s = findIn(c, folded);
      if (s) return s;
    }
  }
  for (const c of cells) {
    const s = findIn(c, folded);
    if (s) return s;
  }
  return null;
}

/** Where a symbol ends: letters, digits, "&", ".", dashes and "/", with spaces only next to a dash or "/". */
function symbolEnd(text: string, from: number): number {
  let i = from;
  let end = from;
  const isSym = (ch: string) => /[\p{L}\p{N}&.\-–/()]/u.test(ch);
  const isJoin = (ch: string) => ch === '-' || ch === '–' || ch === '/';
  while (i < text.length) {
    const ch = text[i] as string;
    if (isSym(ch)) {
      i++;
      end = i;
      continue;
    }
    if (ch === ' ') {
      let j = i;
      while (j < text.length && text[j] === ' ') j++;
      const prev = text[end - 1] ?? '';
      const next = text[j] ?? '';
      if (j < text.length && (isJoin(next) || (end > from && isJoin(prev) && isSym(next)))) {
        i = j;
        continue;
      }
    }
    break;
  }
  return end;
}

function parseNumber(cell: Cell, atStartOnly: boolean, re: RegExp = NUMBER): NumberLine | null {
  const m = re.exec(cell.text);
  if (!m || !m.groups) return null;
  if (atStartOnly && m.index !== 0) return null;
  const g = m.groups;
  const base = m.index;
  const so = cellSpan(cell, base, base + 2);
  let colon: Span | null = null;
  if (g.colon !== undefined) colon = cellSpan(cell, base + 2, base + 2 + g.colon.length);
  const sepAt = base + m[0].length - 1;
  let serial: Span | null = null;
  if (g.serial !== undefined) {
    const at = cell.text.lastIndexOf(g.serial, sepAt);
    serial = cellSpan(cell, at, at + g.serial.length);
  }
  const sep = cellSpan(cell, sepAt, sepAt + 1);
  const symEnd = symbolEnd(cell.text, sepAt + 1);
  return { cell, so, colon, serial, sep, symbol: cellSpan(cell, sepAt + 1, symEnd), whole: cellSpan(cell, base, symEnd) };
}

function parsePlaceDate(cell: Cell): PlaceDate | null {
  const n = NGAY.exec(cell.text);
  if (!n) return null;
  const tailAt = n.index;
  const after = cell.text.slice(tailAt);
  const m = DATE_TAIL.exec(after);
  const f = m ? null : DATE_FIGURES.exec(after);
  if (!m?.groups && !f?.groups) return null;
  let day: DatePart | null;
  let month: DatePart | null;
  let year: DatePart | null;
  let tail: string;
  if (m?.groups) {
    const g = m.groups;
    // Locate each number inside the matched tail, left to right, so equal numbers do not collide.
    tail = m[0];
    let cursor = 0;
    const find = (text: string | undefined, word: string): DatePart | null => {
      if (text === undefined) return null;
      const w = tail.indexOf(word, cursor);
      const at = tail.indexOf(text, w + word.length);
      cursor = at + text.length;
      return { text, value: Number(text), start: cell.start + tailAt + at };
    };
    day = find(g.day, tail.slice(0, 4));
    month = find(g.month, 'tháng');
    year = find(g.year, 'năm');
  } else {
    const figures = f as RegExpExecArray;
    tail = figures[0];
    const part = (name: 'day' | 'month' | 'year'): DatePart => {
      const text = figures.groups![name] as string;
      return { text, value: Number(text), start: cell.start + tailAt + (figures.indices!.groups![name] as [number, number])[0] };
    };
    day = part('day');
    month = part('month');
    year = part('year');
  }
  const end = tailAt + tail.length;
  // The place: the capitalised words right before "ngày" (at most five), after an optional comma.
  const prefix = cell.text.slice(0, tailAt);
  let p = prefix.length;
  while (p > 0 && prefix[p - 1] === ' ') p--;
  let comma: Span | null = null;
  if (p > 0 && prefix[p - 1] === ',') {
    comma = cellSpan(cell, p - 1, p);
    p--;
    while (p > 0 && prefix[p - 1] === ' ') p--;
  }
  const placeEnd = p;
  let placeStart = p;
  // Walk back over whole words made of letters and dots ("TP. Hồ Chí Minh"), five at most.
  for (let words = 0; words < 5; words++) {
    let w = placeStart;
    while (w > 0 && prefix[w - 1] === ' ') w--;
    const wordEnd = w;
    while (w > 0 && /[\p{L}.]/u.test(prefix[w - 1] as string)) w--;
    if (w === wordEnd || (w > 0 && prefix[w - 1] !== ' ')) break;
    placeStart = w;
  }
  const place = placeEnd > placeStart ? cellSpan(cell, placeStart, placeEnd) : null;
  // "Ngày" with its capital opens sentences ("Ngày 07/9/2017, đồng chí ..."): a date line only after a place.
  if (!place && cell.text[tailAt] === 'N') return null;
  // A date inside a sentence ("tại cuộc họp ngày 07 tháng 9 năm 2017 về ...") is not the place-date
  // line: that one has a comma after the place, or is the whole cell.
  const rest = cell.text.slice(end).trim();
  const wholeCell = rest.length === 0 && cell.text.slice(0, placeStart).trim().length === 0;
  if (!comma && !wholeCell) return null;
  const from = place ? placeStart : comma ? comma.start - cell.start : tailAt;
  return {
    cell,
    place,
    comma,
    whole: cellSpan(cell, from, end),
    ngay: cellSpan(cell, tailAt, tailAt + 4),
    day,
    month,
    year,
    figures: m === null,
  };
}

// The type names folded and without spaces, for a name spread out letter by letter ("T H Ô N G   B Á O").
const FOLDED_TYPES_UNSPACED = new Map(TYPE_NAMES.map(([name]) => [fold(name).replaceAll(' ', ''), name] as const));

function typeNameOf(cell: Cell): string | null {
  const t = foldCell(cell).replace(/[ \t]+/g, ' ').replace(/[.:]$/, '').trim();
  const name = FOLDED_TYPES.get(t);
  if (name !== undefined) return name;
  // Capitals spaced out one by one: "T H Ô N G   B Á O".
  return cell.text.length < 80 && SPREAD_LETTERS.test(cell.text.replace(/[ \t]+/g, ' ')) ? (FOLDED_TYPES_UNSPACED.get(t.replaceAll(' ', '')) ?? null) : null;
}

/** The type name that opens the parser's type-name line and runs on into its summary: "THÔNG BÁO KẾT LUẬN". */
function typeRunOn(cells: Cell[], line: number | null): { cell: Cell; canonical: string; runOn: string } | null {
  if (line === null) return null;
  for (const c of cells) {
    if (c.line !== line) continue;
    const text = c.text.replace(/[ \t]+/g, ' ');
    for (const [name] of TYPE_NAMES) if (text.startsWith(`${name} `)) return { cell: c, canonical: name, runOn: text.slice(name.length + 1) };
  }
  return null;
}

function firstOn<T>(cells: Cell[], preferLine: number | null, f: (c: Cell) => T | null): T | null {
  if (preferLine !== null) {
    for (const c of cells) if (c.line === preferLine) {
      const r = f(c);
      if (r) return r;
    }
  }
  for (const c of cells) {
    const r = f(c);
    if (r) return r;
  }
  return null;
}

/**
 * Finds the header parts of a notice.
 * @param source the prepared text
 * @param notice the parsed notice; its `lines` are tried first
 * @param doubleSpaced whether a blank line follows every line of the text: the header then spans twice the lines
 */
export function findHeader(source: SourceText, notice: Notice | null, doubleSpaced = false): Header {
  const cells: Cell[] = [];
  const last = Math.min(source.lineCount, doubleSpaced ? 2 * HEADER_LINES : HEADER_LINES);
  for (let n = 1; n <= last; n++) for (const item of splitCells(source.line(n), n, source.lineStart(n))) cells.push(item);
  const lines = notice?.lines;

  const title = findFolded(cells, TITLE_FOLDED, null);
  const partyLine = findFolded(cells, PARTY_FOLDED, null);
  const motto = findFolded(cells, MOTTO_FOLDED, null);
  const number =
    firstOn(cells, lines?.number ?? null, (c) => parseNumber(c, true)) ??
    firstOn(cells, lines?.number ?? null, (c) => parseNumber(c, false)) ??
    firstOn(cells, lines?.number ?? null, (c) => parseNumber(c, false, NUMBER_GLUED));
  const placeDate = firstOn(cells, lines?.issued ?? null, parsePlaceDate);
  const typeName =
    firstOn(cells, lines?.docType ?? null, (c) => {
      const canonical = typeNameOf(c);
      return canonical ? { cell: c, canonical } : null;
    }) ?? typeRunOn(cells, lines?.docType ?? null);
  const vv = firstOn(cells, null, (c) => (VV.test(c.text) ? c : null));
  const veViec =
    vv || typeName || lines?.subject == null ? null : firstOn(cells, lines.subject, (c) => (c.line === lines.subject && VE_VIEC.test(c.text) ? c : null));

  // The issuing body: cells above the number line (or, without one, above the first of the date,
  // type name and summary) that are none of the other header parts.
  const stops = [number?.cell.line, placeDate?.cell.line, typeName?.cell.line, vv?.line].filter(
    (x): x is number => x !== undefined,
  );
  const stopLine = number ? number.cell.line : stops.length ? Math.min(...stops) : 0;
  const taken = (c: Cell) =>
    (title && c.line === title.line && title.start >= c.start && title.end <= c.end) ||
    (motto && c.line === motto.line && motto.start >= c.start && motto.end <= c.end) ||
    (partyLine && c.line === partyLine.line && partyLine.start >= c.start && partyLine.end <= c.end) ||
    c === placeDate?.cell ||
    c === vv ||
    c === typeName?.cell ||
    c === number?.cell;
  const issuer = cells.filter(
    (c) =>
      (c.line < stopLine || (number !== null && c.line === stopLine && c.index < number.cell.index)) &&
      c.text.length > 0 &&
      !DECORATION.test(c.text) &&
      !GAZETTE.test(c.text) &&
      !taken(c),
  );
  const party =
    (partyLine !== null && (title === null || partyLine.start < title.start)) ||
    (title === null && number !== null && number.sep.text === '-' && number.symbol.text.includes('/'));
  return { cells, title, motto, partyLine, issuer, number, placeDate, typeName, vv, veViec, party };
}
