/**
 * The engine's patterns, each compiled two ways, and the text they run on.
 *
 * Written as they read, the patterns are case-insensitive Unicode ones (flags `iu`) with `\p{L}` and
 * `\p{N}` classes. V8 compiles each such class into a large decision tree (about a millisecond each,
 * paid on the first parse of every process, and there are dozens) and, with `i`, cannot skip ahead
 * on a pattern's first letters, so every pass over a text is slow too.
 *
 * Notices are written in a small alphabet: ASCII, the Vietnamese letters and a little typography.
 * A text made only of it is "plain"; for a plain text the engine lower-cases it once and runs each
 * pattern in its plain form: `\p{L}` and `\p{N}` spelled as the alphabet's letters and digits, and
 * no `i` or `u` flag. On a plain text this matches exactly what the written pattern matches on the
 * text itself, at the same offsets:
 * - lower-casing a plain character gives one plain character (offsets stay), and gives the character
 *   that case-insensitive matching compares with (sources are written in lower case, so with `i` they
 *   match as they did in mixed case);
 * - a plain character is a `\p{L}` (or `\p{N}`) exactly when it is in {@link LETTERS} (or {@link DIGITS});
 * - a plain text has no surrogate pair, so `u` changes nothing.
 * tests/deadlines/plain.test.ts checks these character by character. Any other text (one with
 * "İ", Greek, an emoji ...) runs the patterns as written on the text itself.
 *
 * Text taken from a match of the lower-cased text never goes into the output as is: what the output
 * shows is sliced from the original text at the match's offsets.
 */

import type { WordPositions } from './triggers.js';

// A day of the week as written, in lower case (the patterns are compiled with `i`): "thứ Hai" ... "thứ Bảy", "thứ 2"
// ... "thứ 7", "chủ nhật". Vietnamese days count from Sunday as the first: "thứ Hai" (the second) is Monday.
/** The source of a pattern for a day of the week. */
export const WEEKDAY = String.raw`(?:thứ\s{1,2}(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s{1,2}nhật)`;

// An ordinal reads as a weekday after the word it counts: "sửa đổi lần thứ 2 ngày 31/12/2024", "tại kỳ họp thứ 5
// ngày 10/7/2026". Put in front of {@link WEEKDAY}.
/** The source of a look-behind that keeps an ordinal ("lần thứ 2") from reading as a day of the week. */
export const NOT_ORDINAL = String.raw`(?<!(?:lần|kỳ|họp|khóa|khoá|phiên|đợt|lượt|vòng)\s{1,2})`;

const WEEKDAY_NUMBERS: Record<string, number> = { hai: 1, ba: 2, tư: 3, năm: 4, sáu: 5, bảy: 6, '2': 1, '3': 2, '4': 3, '5': 4, '6': 5, '7': 6 };

/**
 * The day of the week a {@link WEEKDAY} match names, 0 for Sunday to 6 for Saturday (as calendar's `weekday()`).
 * @param written "thứ Sáu", "Thứ  5", "Chủ nhật"
 * @returns null for anything else
 */
export function weekdayOf(written: string): number | null {
  const w = written.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'chủ nhật') return 0;
  return WEEKDAY_NUMBERS[w.replace(/^thứ /, '')] ?? null;
}

// The letters of the alphabet, both cases: ASCII, Latin-1 (not × and ÷), the Vietnamese ones of
// Latin Extended-A and -B (ă đ ĩ ũ ơ ư) and Latin Extended Additional (ạ ... ỹ).
const LETTERS = String.raw`a-zA-Z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9`;
const DIGITS = String.raw`0-9`;
// Everything else of the alphabet: ASCII, no-break space, « ° · » × ÷ and General Punctuation
// (dashes, quotes, "…"), none of them a letter or a digit.
const OTHERS = String.raw`\u0000-\u007f\u00a0\u00ab\u00b0\u00b7\u00bb\u00d7\u00f7\u2000-\u206f`;

/** A character outside the alphabet: the text is not plain. */
const NOT_PLAIN = new RegExp(`[^${LETTERS}${DIGITS}${OTHERS}]`);

/** For tests: the alphabet's classes. */
export const ALPHABET = { letters: LETTERS, digits: DIGITS, others: OTHERS } as const;

/** A text and what the patterns run on: its lower-cased copy when plain, else the text itself. */
export interface Source {
  /** The text as given: what the output is sliced from. */
  readonly text: string;
  /** True when the plain patterns run on `on`, the lower-cased text. */
  readonly plain: boolean;
  /** The string the patterns run on. */
  readonly on: string;
  /** Where the words of triggers.ts occur in `on`, when known (plain texts the engine prepared). */
  readonly words?: WordPositions;
}

// "quí", the older spelling of "quý" ("quí III/2017", "hằng quí"), which the patterns write with "ý". One letter for
// another, so offsets hold.
const QUI = /(?<=[qQ][uU])[íÍ](?![\p{L}\p{M}])/gu;
const QUI_ANY_CASE = /[qQ][uU][íÍ]/u;

/** The text with "quí" respelt "quý", in its own case. */
function respell(s: string): string {
  return QUI_ANY_CASE.test(s) ? s.replace(QUI, (m) => (m === 'í' ? 'ý' : 'Ý')) : s;
}

/** The lower-cased text with "quí" respelt "quý". */
function respellLower(lower: string): string {
  return lower.includes('quí') ? lower.replace(QUI, 'ý') : lower;
}

/**
 * Prepares a text for the patterns: one test of its alphabet, one lower-casing.
 * @param lower `text.toLowerCase()` when the caller has it already
 */
export function prepare(text: string, lower?: string): Source {
  if (NOT_PLAIN.test(text)) return { text, plain: false, on: respell(text) };
  lower ??= text.toLowerCase();
  // Always true for a plain text; kept as the guard the offsets rely on.
  if (lower.length !== text.length) return { text, plain: false, on: respell(text) };
  return { text, plain: true, on: respellLower(lower) };
}

/**
 * {@link prepare} for a text known to be plain (triggers.ts tests the alphabet with its own pass).
 * @param words where the words of triggers.ts occur in the text
 * @param quarter whether "quý" or "quí" occurs in it: only then is "quí" looked for
 */
export function preparePlain(text: string, words: WordPositions, quarter = true): Source {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return { text, plain: false, on: respell(text) };
  return { text, plain: true, on: quarter ? respellLower(lower) : lower, words };
}

/**
 * A pattern written once (in lower case, `\p{L}`/`\p{N}` only inside brackets), compiled in the form
 * a text needs on first use: nothing is compiled at import time.
 */
export class Pattern {
  private plainRe: RegExp | undefined;
  private fullRe: RegExp | undefined;
  private reach: number | undefined;

  /**
   * @param source the pattern, in lower case when `flags` has `i`
   * @param flags the flags as written (`giu`, `iu`, `u`)
   */
  constructor(
    readonly source: string,
    readonly flags: string,
  ) {}

  /** The form for a text: the plain one for a plain text, the one as written otherwise. */
  for(plain: boolean): RegExp {
    if (plain) return (this.plainRe ??= new RegExp(plainSource(this.source), this.flags.replace(/[iu]/g, '')));
    return (this.fullRe ??= new RegExp(this.source, this.flags));
  }

  /**
   * The most characters a match can span, look-arounds included, or Infinity for a pattern with an
   * unbounded repeat (`*`, `+`, `{n,}`) or a back-reference: what lets a search stop short of a text's end.
   */
  get maxReach(): number {
    return (this.reach ??= maxReach(this.source));
  }

  /** The pattern on a prepared text (non-global patterns only: `test` keeps no state). */
  test(s: Source, from = 0, to = s.on.length): boolean {
    return this.for(s.plain).test(from === 0 && to === s.on.length ? s.on : s.on.slice(from, to));
  }

  /**
   * The pattern on the text as written, not lower-cased: for the few case-sensitive patterns (no `i`),
   * whose plain form is exact on any plain text.
   */
  testText(s: Source, from = 0, to = s.text.length): boolean {
    return this.for(s.plain).test(s.text.slice(from, to));
  }

  /** Like {@link test}, with the match. */
  exec(s: Source, from = 0, to = s.on.length): RegExpExecArray | null {
    return this.for(s.plain).exec(from === 0 && to === s.on.length ? s.on : s.on.slice(from, to));
  }
}

/**
 * An upper bound on the characters a match of `source` spans, look-arounds included: each atom (a
 * character, an escape, a class) counts one, a group the longest of its branches, a bounded repeat
 * `{n,m}` or `?` m times its atom, a back-reference the reach of the rest. Infinity for `*`, `+` and `{n,}`.
 * Examples: "trong\s{1,2}(?:ngày|tháng)" -> 11; "\d+" -> Infinity.
 * @param source a pattern's source
 */
export function maxReach(source: string): number {
  // A back-reference matches what its group matched: no more than the pattern reaches without it.
  return reach(source, reach(source, 0));
}

function reach(source: string, backReference: number): number {
  // One frame per open group: the longest finished branch, the branch being read, its last atom.
  const stack: { best: number; cur: number; last: number }[] = [{ best: 0, cur: 0, last: 0 }];
  let top = stack[0]!;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (/[1-9k]/.test(next)) {
        if (next === 'k') i = source.indexOf('>', i);
        else while (/\d/.test(source[i + 1] ?? '')) i++;
        top.cur += top.last = backReference;
        continue;
      }
      if ((next === 'p' || next === 'P' || next === 'u' || next === 'x') && source[i + 2] === '{') {
        i = source.indexOf('}', i);
      } else if (next === 'u') i += 5;
      else if (next === 'x') i += 3;
      else i += 1;
      top.cur += top.last = 1;
    } else if (c === '[') {
      // A class is one character, whatever it holds; "]" right after "[" or "[^" is a member.
      let j = i + 1;
      if (source[j] === '^') j++;
      if (source[j] === ']') j++;
      for (; j < source.length && source[j] !== ']'; j++) if (source[j] === '\\') j++;
      i = j;
      top.cur += top.last = 1;
    } else if (c === '(') {
      // "(?:", "(?=", "(?!", "(?<=", "(?<!", "(?<name>": the group's own syntax reads nothing.
      if (source[i + 1] === '?') {
        if (source[i + 2] !== '<') i += 2;
        else i = source[i + 3] === '=' || source[i + 3] === '!' ? i + 3 : source.indexOf('>', i);
      }
      top = { best: 0, cur: 0, last: 0 };
      stack.push(top);
    } else if (c === '|') {
      top.best = Math.max(top.best, top.cur);
      top.cur = 0;
      top.last = 0;
    } else if (c === ')') {
      const group = Math.max(top.best, top.cur);
      stack.pop();
      top = stack[stack.length - 1]!;
      top.cur += top.last = group;
    } else if (c === '*' || c === '+') {
      return Infinity;
    } else if (c === '?') {
      // "??" is a lazy "?": the atom was counted once already.
      if (source[i - 1] === '?' || source[i - 1] === '}') continue;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (m === null) {
        top.cur += top.last = 1;
        continue;
      }
      if (m[2] !== undefined && m[3] === '') return Infinity;
      const times = Number(m[3] ?? m[1]);
      top.cur += top.last * (times - 1);
      top.last *= times;
      i += m[0].length - 1;
    } else {
      top.cur += top.last = 1;
    }
  }
  return Math.max(top.best, top.cur);
}

/** `\p{L}` and `\p{N}` as the alphabet's classes (bracketed when they stand outside a class). */
export function plainSource(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (ch === '\\') {
      const escape = source.slice(i, i + 5);
      if (escape === String.raw`\p{L}` || escape === String.raw`\p{N}`) {
        const ranges = escape === String.raw`\p{L}` ? LETTERS : DIGITS;
        out += inClass ? ranges : `[${ranges}]`;
        i += 4;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    out += ch;
  }
  return out;
}

/** Shorthand for `new Pattern(...)`. */
export function pattern(source: string, flags: string): Pattern {
  return new Pattern(source, flags);
}

/** A letter or a digit of a plain lower-cased text (by code, without a pattern). */
function plainWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  if (c < 0x100) return c >= 0xc0 && c !== 0xd7 && c !== 0xf7;
  return c < 0x2000;
}

// Checked on texts that are not plain.
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when the character at `i` of the prepared text is a letter or a digit. */
export function isWordChar(s: Source, i: number): boolean {
  return s.plain ? plainWordChar(s.on.charCodeAt(i)) : WORD_CHAR.test(s.on.charAt(i));
}
