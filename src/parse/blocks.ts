/**
 * Paragraphs of the body. Word exports give one paragraph per line; PDF text layers hard-wrap every
 * paragraph; page breaks (blank lines, page numbers, running heads) cut sentences and list items in two.
 * This module re-joins them and remembers, for every offset of a paragraph, the input line it came from.
 */
import { squashPrepared, type LayoutLine } from './layout.js';

/** A paragraph of the body, re-joined from one or more input lines. */
export interface Para {
  text: string;
  /** 1-based first and last input line. */
  line: number;
  endLine: number;
  /** Indentation of the first line. */
  indent: number;
  /** Offsets in {@link text} where each input line starts, with that line's number. */
  segs: { offset: number; line: number }[];
}

// List labels at a line start: "1.", "1.1.", "II.", "a)", "đ)", "- ", "+ ", "•". Word auto-numbering leaves a tab
// (now a space) after the label: "1.  Thống nhất". A label that ends in ".", ")" or "-" may have no space after it
// before a capital, as drafts type it and as text layers lose the tab after an automatic number: "1.Giao Sở Tài
// chính", "a)Rà soát", "-Sở Xây dựng".
// Older and local notices also write "1/", "1-", "II/", "II-" and "a/": "1/ Giao Sở Tài chính", "I- TÌNH HÌNH"; and
// some "(a)", "(b)", but not "(i)", "(v)", "(x)", which open the small Roman numerals "(i)", "(ii)", "(iii)".
export const LABEL =
  /^(?:(?<roman>[IVXL]{1,6})[.)/-]|(?<dotted>\d{1,2}(?:\.\d{1,2}){1,4})\.?|(?<num>\d{1,2})[.)/-]|\((?<paren>\d{1,2})\)|\((?<pletter>[a-hk-uyđ])\)|(?<letter>[a-zđ])[)./]|(?<dash>[-–—•])|(?<plus>\+))(?=\s|$|(?<=[.)-])\p{Lu})/u;
/**
 * Ordinal words that number the conclusions of a notice written in prose: "Thứ nhất, ...", "Thứ hai, ...", "Một là,
 * ...", "Hai là: ...". Not a weekday, which a date follows: "Thứ hai, ngày 15/6/2026", "Thứ Ba, 16/6". The end may
 * be the label alone, as a task keeps it ("Thứ nhất,").
 */
export const ORDINAL_WORDS =
  /^(?:Thứ\s+(?<th>nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|(?<la>Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\s+là)\s*[,:](?!\s*(?:ngày|\d))\s*/u;
/**
 * The articles of a decision or a set of rules that a clerk may run through the parser: "Điều 1. ...", "Điều 2: ...".
 * Not a reference to an article, which no stop follows: "Điều 5 Luật Đất đai quy định ...".
 */
export const ARTICLE = /^Điều\s+(?<n>\d{1,3})\s*[.:](?!\d)\s*/u;

/** The number each ordinal word of {@link ORDINAL_WORDS} stands for, by the word in lower case. */
export const ORDINAL_VALUES: Readonly<Record<string, number>> = {
  nhất: 1, một: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10,
};

// A line that starts with a lower-case letter continues the sentence above it.
const LOWER_START = /^[\p{Ll}]/u;
// Footnote bodies of PDF text layers: "   1 Các quy định của Luật ..." at the foot of a page.
const FOOTNOTE_NUMBER = /^\s{2,}(\d{1,2})\s+\p{Lu}/u;
// ... or at the margin, right under the last line of the page: "1 Nội dung thiết kế mỏ được quy định tại ...".
const MARGIN_FOOTNOTE_NUMBER = /^\s{0,1}(\d{1,2})\s+\p{Lu}/u;
// A footnote's reference, glued to the word it explains: "không tự ý thay đổi thiết kế mỏ1 .", "pháp luật2.".
const NOTE_REFERENCE = /(?<=\p{Ll})\d{1,2}(?=[.,;:)]|\s|$)/gu;
// Cheap test before NOTE_REFERENCE, whose look-behind is tried at every offset: a letter with a digit after it.
const LETTER_DIGIT = /\p{Ll}\d/u;
// A line that starts with an en or em dash and a space: "– Liên Khương:".
const DASH_IN_NAME = /^[–—] /u;
// How many lines a page's footnotes take at most, down to the page number.
const FOOTNOTE_LINES = 12;
// A heading in capitals: "II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM", "NỘI DUNG TRỌNG TÂM KIỂM TRA" (eight capitals or more,
// no lower-case letter).
const LOWER_LETTER = /\p{Ll}/u;
// Anchored, and each step a run of other characters then a capital: one pass over the line, whatever it holds.
const CAPITALS = /^(?:[^\p{Lu}]*\p{Lu}){8}/u;
// The colon that opens paragraphs rather than a list in the sentence: "... kết luận như sau:", "... những nội dung sau
// đây:".
const OPENS_PARAGRAPHS = /(?<![\p{L}])(?:sau|sau đây|dưới đây)\s*:$/u;
// Words that open a sentence and never stand capitalised inside one, not even in a name: after a line without a
// stop ("6. Các sở, ban, ngành, đơn vị thuộc tỉnh; UBND các xã, phường, đặc khu"), a line that starts with one
// ("Chủ động phối hợp với ...", "Căn cứ Kế hoạch này, ...") starts a paragraph. Verbs that do stand in names
// ("Phát triển", "Quản lý", "Đào tạo", "Chỉ đạo", "Giao thông") are not among them.
const SENTENCE_OPENER =
  /^(?:Căn cứ|Trên cơ sở|Bên cạnh đó|Ngoài ra|Đồng thời|Trong đó|Theo đó|Sau khi|Trường hợp|Để|Qua|Nếu|Chủ động|Khẩn trương|Tiếp tục|Nghiêm túc|Tăng cường|Đẩy mạnh|Tập trung|Kịp thời|Yêu cầu|Đề nghị)(?![\p{L}])/u;
// In a hard-wrapped text, a line shorter than this share of a full line ended its paragraph: the wrap would have
// put the next word on it. "1. Đánh giá chung" over "UBND tỉnh ghi nhận và đánh giá cao ...".
const SHORT_LINE = 0.6;
// The same for an item's label and heading alone on its line ("7. Ủy ban nhân dân các xã, phường có cụm công
// nghiệp" over "Phối hợp chặt chẽ ..."): the first line of a wrapped item fills the line as any other does, so
// a shorter heading is told apart sooner.
const SHORT_HEADING = 0.75;

/** True for "." ";" ":" "!" "?" "…". */
function isTerminalSign(c: number): boolean {
  return c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 0x2026;
}

/**
 * True when a line ends a sentence, as /[.;:!?…]["”’)]?$/u finds it: "... như sau:", "... thực hiện.”",
 * "(trước ngày 15/6).". The last two characters decide, so the line is not scanned.
 */
function endsSentence(t: string): boolean {
  const last = t.charCodeAt(t.length - 1);
  if (isTerminalSign(last)) return true;
  return (last === 34 || last === 0x201d || last === 0x2019 || last === 41) && isTerminalSign(t.charCodeAt(t.length - 2));
}

/** True for a line in capitals, a heading, as against the end of a sentence wrapped onto a line of its own. */
function isCapitalsHeading(t: string): boolean {
  return !LOWER_LETTER.test(t) && CAPITALS.test(t);
}

/** The line ends a sentence for certain, as /[.!?]$/u finds it. */
function endsWithStop(t: string): boolean {
  const last = t.charCodeAt(t.length - 1);
  return last === 46 || last === 33 || last === 63;
}

/** A date or a number cut at a wrap ("ngày 15/", "1.2."), as /\d[-/.]$/u finds it. */
function endsInNumberPart(t: string): boolean {
  const last = t.charCodeAt(t.length - 1);
  if (last !== 45 && last !== 47 && last !== 46) return false;
  const d = t.charCodeAt(t.length - 2);
  return d >= 48 && d <= 57;
}

/** LOWER_START.test(t), without running the pattern for a line that starts with ASCII. */
export function startsLower(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_START.test(t);
}

/**
 * False when the first characters of `t` cannot start a LABEL, so that the pattern need not run: a lower-case
 * letter is a label only as "a)" or "đ.", every other label starts with a digit, "I", "V", "X", "L", "-", "+",
 * "–", "—" or "•".
 */
export function mayStartLabel(t: string): boolean {
  const c = t.charCodeAt(0);
  if ((c >= 97 && c <= 122) || c === 0x111) {
    const d = t.charCodeAt(1);
    return d === 41 || d === 46 || d === 47;
  }
  // "(1) ..." and "(a) ..." as well: an opening parenthesis and a digit or a small letter.
  if (c === 40) {
    const d = t.charCodeAt(1);
    return (d >= 48 && d <= 57) || (d >= 97 && d <= 122) || d === 0x111;
  }
  return (c >= 48 && c <= 57) || c === 73 || c === 86 || c === 88 || c === 76 || c === 45 || c === 43 || c === 0x2013 || c === 0x2014 || c === 0x2022;
}

/** LABEL.test(t), without running the pattern for a line whose first characters cannot start a label. */
function isLabelled(t: string): boolean {
  if (mayStartLabel(t)) return LABEL.test(t);
  return t.charCodeAt(0) === 0x110 ? t.startsWith('Điều') && ARTICLE.test(t) : mayStartOrdinal(t) && ORDINAL_WORDS.test(t);
}

/** True when a line may start with an ordinal word ({@link ORDINAL_WORDS}): "Thứ ..." or "... là" in its first words. */
export function mayStartOrdinal(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c === 84) return t.startsWith('Thứ');
  return (c === 77 || c === 72 || c === 66 || c === 78 || c === 83 || c === 67) && t.lastIndexOf(' là', 8) > 0;
}

/** The offset-to-line lookup of a paragraph. */
export function lineAt(p: Para, offset: number): number {
  let line = p.line;
  for (const s of p.segs) {
    if (s.offset <= offset) line = s.line;
    else break;
  }
  return line;
}

/** The parenthesis depth after `text`, starting from `depth`. */
function bracketDepth(text: string, depth: number): number {
  // Most lines have no parenthesis; indexOf finds that faster than a loop over every character.
  const open = text.indexOf('(');
  const close = text.indexOf(')');
  if (open < 0 && (close < 0 || depth === 0)) return depth;
  for (let i = Math.min(open < 0 ? text.length : open, close < 0 ? text.length : close); i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 40) depth++;
    else if (ch === 41 && depth > 0) depth--;
  }
  return depth;
}

/** True when the body looks hard-wrapped (a PDF text layer) rather than one paragraph per line. */
export function isHardWrapped(lines: readonly Pick<LayoutLine, 'text' | 'blank'>[]): boolean {
  let long = 0;
  let open = 0;
  let veryLong = 0;
  for (const l of lines) {
    if (l.blank) continue;
    const t = l.text.trim();
    if (t.length < 40) continue;
    long++;
    if (t.length > 130) veryLong++;
    if (!endsSentence(t)) open++;
  }
  return long >= 4 && open / long >= 0.35 && veryLong / long < 0.1;
}

/**
 * True when a page number follows line `i` within {@link FOOTNOTE_LINES} lines, with no labelled line
 * ("- ...", "2. ...") before it: the line stands at the foot of a page.
 */
function pageEndsBelow(lines: readonly LayoutLine[], i: number): boolean {
  const end = Math.min(lines.length, i + 1 + FOOTNOTE_LINES);
  for (let k = i + 1; k < end; k++) {
    const l = lines[k] as LayoutLine;
    if (l.furniture) return true;
    if (!l.blank && isLabelled(l.text.trim())) return false;
  }
  return false;
}

// "(2)", "2)", "b)" at a line start: a label whose predecessor may stand inside the paragraph above.
const ENUMERATION = /^(?:\((?<paren>\d{1,2})\)|(?<num>\d{1,2})\)|(?<letter>[a-zđ])\))(?=\s|\p{Lu})/u;
// How far back in a paragraph the label before an enumeration is looked for, in characters.
const INLINE_REACH = 1000;
/** Vietnamese alphabetical order of point labels: a b c d đ e g h i k l m n o p q r s t u v x y (no f j w z). */
export const POINT_LETTERS = 'abcdđeghiklmnopqrstuvxy';

/**
 * True when `t` opens with an enumeration label ("(2)", "2)", "b)") whose predecessor ("(1)", "1)", "a)") stands
 * inside `text` after a space or a colon, not at its start: an enumeration within a sentence, wrapped.
 */
function isInlineNext(t: string, text: string): boolean {
  const c = t.charCodeAt(0);
  if (c !== 40 && !(c >= 48 && c <= 57) && !(c >= 97 && c <= 122) && c !== 0x111) return false;
  const m = ENUMERATION.exec(t);
  if (m === null) return false;
  const { paren, num, letter } = m.groups!;
  let before: string;
  if (paren !== undefined) before = `(${Number(paren) - 1})`;
  else if (num !== undefined) before = `${Number(num) - 1})`;
  else {
    const place = POINT_LETTERS.indexOf(letter as string);
    if (place <= 0) return false;
    before = `${POINT_LETTERS[place - 1]})`;
  }
  if (before.startsWith('(0)') || before.startsWith('0)')) return false;
  // The predecessor stands a few lines up; looking no further keeps a paragraph of many such lines linear.
  const from = Math.max(0, text.length - INLINE_REACH);
  const found = text.slice(from).lastIndexOf(before);
  if (found < 0 || from + found === 0) return false;
  const prev = text.charCodeAt(from + found - 1);
  return prev === 32 || prev === 58;
}

/**
 * The width a full line of a hard-wrapped text reaches: the length, margin included, that a fifth of its
 * lines reach or pass (the last lines of paragraphs, headings and list items are shorter).
 */
function fullWidth(lines: readonly LayoutLine[]): number {
  const widths: number[] = [];
  for (const l of lines) if (!l.blank) widths.push(l.text.length);
  if (widths.length === 0) return 0;
  widths.sort((a, b) => a - b);
  return widths[Math.floor(widths.length * 0.8)] as number;
}

/**
 * Builds the paragraphs of a range of layout lines.
 * @param lines the layout lines of the body, in order
 */
export function buildParagraphs(lines: readonly LayoutLine[]): Para[] {
  const wrapped = isHardWrapped(lines);
  const full = wrapped ? fullWidth(lines) : 0;
  const short = full * SHORT_LINE;
  let base = Infinity;
  if (wrapped) {
    // The left margin of continuation lines: the most common small indentation.
    const counts = new Map<number, number>();
    for (const l of lines) if (!l.blank) counts.set(l.indent, (counts.get(l.indent) ?? 0) + 1);
    let best = 0;
    for (const [indent, n] of counts) if (n > best || (n === best && indent < base)) ((best = n), (base = indent));
  }
  // Footnote numbers of a PDF text layer: their bodies are dropped below, and so is the reference glued to
  // the word it explains ("khoáng sản1.").
  const notes = new Set<string>();
  // The lines that start a footnote's body.
  const noteStarts = new Set<LayoutLine>();
  if (wrapped) {
    let gapBefore = false;
    // Numbers glued to a word so far: the references a footnote at the margin needs above it.
    const referenced = new Set<string>();
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i] as LayoutLine;
      if (l.blank) gapBefore = true;
      else {
        const m = gapBefore ? FOOTNOTE_NUMBER.exec(l.text) : null;
        if (m) {
          notes.add(m[1] as string);
          noteStarts.add(l);
        } else {
          // Without the gap and the indentation, a line that opens with a number is a footnote only when that
          // number was glued to a word above and the page ends below it; "7 Luật Địa chất và khoáng sản3." is
          // the end of "tại Điều" wrapped.
          const n = MARGIN_FOOTNOTE_NUMBER.exec(l.text)?.[1];
          if (n !== undefined && referenced.has(n) && pageEndsBelow(lines, i)) {
            notes.add(n);
            noteStarts.add(l);
          }
        }
        gapBefore = false;
        if (LETTER_DIGIT.test(l.text)) for (const r of l.text.matchAll(NOTE_REFERENCE)) referenced.add(r[0]);
      }
    }
  }
  const noteNumbers = [...notes];
  const noteRef = notes.size ? new RegExp(`(?<=\\p{Ll})(?:${noteNumbers.join('|')})(?=[.,;:)]|\\s|$)`, 'gu') : null;
  const paras: Para[] = [];
  let cur: Para | null = null;
  let gap = false;
  // The gap holds page furniture: a page break, which a hard-wrapped text puts inside paragraphs as often as
  // between them.
  let pageBreak = false;
  let inFootnote = false;
  // Open parentheses in the paragraph being built, kept as lines are added.
  let depth = 0;
  let tail = '';
  // The width of the paragraph's last line, margin included.
  let tailWidth = 0;
  for (const l of lines) {
    if (l.blank) {
      gap = true;
      if (l.furniture) {
        inFootnote = false;
        pageBreak = true;
      }
      continue;
    }
    let t = squashPrepared(l.text);
    if (noteStarts.has(l)) {
      inFootnote = true;
      continue;
    }
    if (inFootnote) {
      if (l.indent <= base + 1 && !isLabelled(t)) continue;
      inFootnote = false;
    }
    // The reference pattern starts with a look-behind that is tried at every offset; a line without any of
    // the numbers cannot hold a reference.
    if (noteRef && noteNumbers.some((n) => t.includes(n))) t = t.replace(noteRef, '');
    // A hard wrap that lands before the dash inside a name ("... cao tốc Tân Phú – Bảo Lộc và Bảo Lộc" / "– Liên
    // Khương:") leaves a line that looks like a point. Notices write their points with "-"; an en or em dash at the
    // left margin, after a line that does not end a sentence, goes on with that line.
    // A blank line parts paragraphs; a page break in a hard-wrapped text is judged as a line end is.
    const parted = gap && !(wrapped && pageBreak);
    // So does a "- " inside an open parenthesis ("(qua Phòng Cảnh sát QLHC về TTXH" / "- Địa chỉ: ...)").
    const dashWrap =
      wrapped && cur !== null && !parted && l.indent <= base + 1 && (DASH_IN_NAME.test(t) || (depth > 0 && t.startsWith('- '))) && !endsSentence(tail);
    // An enumeration inside a sentence ("... báo cáo: (1) Tiến độ ...; (2) kết quả ...") that a wrap brings to the
    // margin: the label before it stands inside the paragraph, not at a line start.
    const inlineWrap = wrapped && cur !== null && !parted && !dashWrap && isInlineNext(t, cur.text);
    const labelled = !dashWrap && !inlineWrap && isLabelled(t);
    let join = false;
    if (cur && !labelled) {
      // The paragraph's last line: its end is the paragraph's end, and testing it keeps the paragraph (a
      // growing string) from being flattened again at every line.
      const prev = tail;
      const unbalanced = depth > 0;
      if (!parted) {
        // A short labelled heading ("2. Kiến nghị") followed by an indented line: a paragraph of its own.
        const heading = cur.segs.length === 1 && isLabelled(prev) && prev.length < 60 && l.indent >= base + 3;
        // "... như:" and the list it opens at the left margin is one sentence; "... như sau:" opens paragraphs of
        // their own, and so does the colon of a labelled heading ("đ) Đối với việc ...:" over "Đề nghị ...").
        const opens =
          prev.endsWith(':') && l.indent <= base + 1 && !OPENS_PARAGRAPHS.test(prev) && (startsLower(t) || !isLabelled(cur.text));
        // A heading in capitals ends without a stop; the sentence under it starts its own paragraph. So does a
        // short line: the wrap would have filled it.
        const capitals = !unbalanced && !startsLower(t) && isCapitalsHeading(prev) && LOWER_LETTER.test(t);
        const ended =
          !unbalanced &&
          !startsLower(t) &&
          !prev.endsWith(':') &&
          !endsInNumberPart(prev) &&
          (tailWidth < short || (cur.segs.length === 1 && tailWidth < full * SHORT_HEADING && isLabelled(prev)) || SENTENCE_OPENER.test(t));
        if (inlineWrap) join = true;
        else if (wrapped) join = !heading && !capitals && !ended && (opens || !(endsSentence(prev) && !unbalanced && !startsLower(t))) && !(l.indent >= base + 3 && endsSentence(prev));
        else join = startsLower(t) || unbalanced;
      } else {
        // Across a page break: a sentence cut in two, or a list item whose parenthesis is still open.
        join = (startsLower(t) && !endsWithStop(prev)) || (unbalanced && !endsWithStop(prev));
      }
    }
    // A row of a table (cells joined by " | ") is a paragraph of its own: rows never run into each other, and a line
    // after a row goes on with it only in lower case (the rest of its last cell).
    if (join && (t.includes(' | ') || (!startsLower(t) && tail.includes(' | ')))) join = false;
    if (join && cur) {
      depth = bracketDepth(t, depth);
      // A date or a number cut at a wrap ("ngày 15/" + "10/2017") is joined without a space.
      const first = t.charCodeAt(0);
      const sep = endsInNumberPart(tail) && first >= 48 && first <= 57 ? '' : ' ';
      cur.segs.push({ offset: cur.text.length + sep.length, line: l.line });
      cur.text += sep + t;
      cur.endLine = l.line;
    } else {
      cur = { text: t, line: l.line, endLine: l.line, indent: l.indent, segs: [{ offset: 0, line: l.line }] };
      depth = bracketDepth(t, 0);
      paras.push(cur);
    }
    tail = t;
    tailWidth = l.text.length;
    gap = false;
    pageBreak = false;
  }
  return paras;
}

/** The text up to its first line break (without scanning the rest of a long text). */
export function firstLine(text: string): string {
  const nl = text.indexOf('\n');
  return nl < 0 ? text : text.slice(0, nl);
}
