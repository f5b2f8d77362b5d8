/**
 * Paragraphs of the body. Word exports give one paragraph per line; PDF text layers hard-wrap every
 * paragraph; page breaks (blank lines, page numbers, running heads) cut sentences and list items in two.
 * This module re-joins them and remembers, for every offset of a paragraph, the input line it came from.
 */
import { squash, type LayoutLine } from './layout.js';

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
// (now a space) after the label: "1.  Thống nhất".
export const LABEL =
  /^(?:(?<roman>[IVXL]{1,6})[.)]|(?<dotted>\d{1,2}(?:\.\d{1,2}){1,4})\.?|(?<num>\d{1,2})[.)]|(?<letter>[a-zđ])[).]|(?<dash>[-–—•])|(?<plus>\+))(?=\s|$)/u;
// Words and signs that close a sentence at a line end.
const TERMINAL = /[.;:!?…]["”’)]?$/u;
// A line that starts with a lower-case letter continues the sentence above it.
const LOWER_START = /^[\p{Ll}]/u;
// Footnote bodies of PDF text layers: "   1 Các quy định của Luật ..." at the foot of a page.
const FOOTNOTE = /^\s{2,}\d{1,2}\s+\p{Lu}/u;
const FOOTNOTE_NUMBER = /^\s{2,}(\d{1,2})\s+\p{Lu}/u;

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
    if (!TERMINAL.test(t)) open++;
  }
  return long >= 4 && open / long >= 0.35 && veryLong / long < 0.1;
}

/**
 * Builds the paragraphs of a range of layout lines.
 * @param lines the layout lines of the body, in order
 */
export function buildParagraphs(lines: readonly LayoutLine[]): Para[] {
  const wrapped = isHardWrapped(lines);
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
  if (wrapped) {
    let gapBefore = false;
    for (const l of lines) {
      if (l.blank) gapBefore = true;
      else {
        const m = gapBefore ? FOOTNOTE_NUMBER.exec(l.text) : null;
        if (m) notes.add(m[1] as string);
        gapBefore = false;
      }
    }
  }
  const noteRef = notes.size ? new RegExp(`(?<=\\p{Ll})(?:${[...notes].join('|')})(?=[.,;:)]|\\s|$)`, 'gu') : null;
  const paras: Para[] = [];
  let cur: Para | null = null;
  let gap = false;
  let inFootnote = false;
  // Open parentheses in the paragraph being built, kept as lines are added.
  let depth = 0;
  let tail = '';
  for (const l of lines) {
    if (l.blank) {
      gap = true;
      if (l.furniture) inFootnote = false;
      continue;
    }
    let t = squash(l.text);
    if (wrapped && gap && FOOTNOTE.test(l.text)) {
      inFootnote = true;
      continue;
    }
    if (inFootnote) {
      if (l.indent <= base + 1 && !LABEL.test(t)) continue;
      inFootnote = false;
    }
    if (noteRef) t = t.replace(noteRef, '');
    const labelled = LABEL.test(t);
    let join = false;
    if (cur && !labelled) {
      // The paragraph's last line: its end is the paragraph's end, and testing it keeps the paragraph (a
      // growing string) from being flattened again at every line.
      const prev = tail;
      const unbalanced = depth > 0;
      if (!gap) {
        // A short labelled heading ("2. Kiến nghị") followed by an indented line: a paragraph of its own.
        const heading = cur.segs.length === 1 && LABEL.test(prev) && prev.length < 60 && l.indent >= base + 3;
        // "... như:" and the list it opens at the left margin is one sentence.
        const opens = prev.endsWith(':') && l.indent <= base + 1;
        if (wrapped) join = !heading && (opens || !(TERMINAL.test(prev) && !unbalanced && !LOWER_START.test(t))) && !(l.indent >= base + 3 && TERMINAL.test(prev));
        else join = LOWER_START.test(t) || unbalanced;
      } else {
        // Across a page break: a sentence cut in two, or a list item whose parenthesis is still open.
        join = (LOWER_START.test(t) && !/[.!?]$/u.test(prev)) || (unbalanced && !/[.!?]$/u.test(prev));
      }
    }
    if (join && cur) {
      depth = bracketDepth(t, depth);
      // A date or a number cut at a wrap ("ngày 15/" + "10/2017") is joined without a space.
      const sep = /\d[-/.]$/u.test(tail) && /^\d/u.test(t) ? '' : ' ';
      cur.segs.push({ offset: cur.text.length + sep.length, line: l.line });
      cur.text += sep + t;
      cur.endLine = l.line;
    } else {
      cur = { text: t, line: l.line, endLine: l.line, indent: l.indent, segs: [{ offset: 0, line: l.line }] };
      depth = bracketDepth(t, 0);
      paras.push(cur);
    }
    tail = t;
    gap = false;
  }
  return paras;
}

/** The text up to its first line break (without scanning the rest of a long text). */
export function firstLine(text: string): string {
  const nl = text.indexOf('\n');
  return nl < 0 ? text : text.slice(0, nl);
}
