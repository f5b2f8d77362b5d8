import type { Pattern, Source } from '../patterns.js';
import { isWordChar } from '../patterns.js';
import { lastAnchorEnd, searchStart } from '../triggers.js';
import { readQualifier } from '../qualifier.js';
import type { Candidate, Part, TimeValue } from '../types.js';

// Where a search may stop past the end of the last anchor word, for a pattern whose matches, with
// what their look-arounds read, span fewer characters (Pattern.maxReach). The engine's patterns are
// made of bounded pieces: the longest reach a few hundred characters (the relative pattern's "kể từ ..."
// anchor, {1,120}; the month list's eleven further months).
const SCAN_TAIL = 1024;

/**
 * Runs a global pattern over a prepared text and turns each match into a candidate (or nothing).
 * Every pattern of the engine is built from bounded pieces anchored on a keyword or a digit,
 * so one pass is linear in the length of the text.
 *
 * The left word boundary is checked here rather than by a leading `(?<![\p{L}\p{N}])` in each
 * pattern: a Unicode look-behind at the start stops V8 from skipping ahead to the pattern's first
 * letters, which made every pattern several times slower. A match that starts inside a word is
 * dropped and the search goes on from the next character.
 *
 * The match is of `s.on` (the lower-cased text when plain): `build` slices what the output shows
 * from `s.text`, at the match's offsets.
 * @param notBefore the characters that may not precede a match; letters and digits when absent
 * @param out the array the candidates are added to (a parser's one array for all its patterns)
 * @param anchor the words of triggers.ts every match of the pattern holds: where the prepared text
 *   knows where they occur, the search starts shortly before the first and ends after the last
 * @returns `out`
 */
export function scan(
  s: Source,
  pattern: Pattern,
  build: (m: RegExpExecArray) => Candidate | null,
  notBefore?: Pattern,
  out: Candidate[] = [],
  anchor = 0,
): Candidate[] {
  const re = pattern.for(s.plain);
  const on = s.on;
  const before = notBefore?.for(s.plain);
  re.lastIndex = 0;
  // No match starts after `last`.
  let last = on.length;
  const words = s.words;
  if (words !== undefined && anchor !== 0) {
    if ((words.bits & anchor) === 0) return out;
    re.lastIndex = searchStart(words, anchor);
    last = lastAnchorEnd(words, anchor);
  }
  // A search that finds nothing more before `last` would read on to the end of the text; on a long
  // text whose last anchor word is early that was most of the work. A match holds an anchor word, so
  // it starts by `last`; when the pattern cannot reach SCAN_TAIL characters, no match reads a character
  // past `last + SCAN_TAIL` (nor tests for the end there), so the search runs on the text cut there (a
  // slice shares the text's characters) and finds the same matches.
  const str = last + SCAN_TAIL < on.length && pattern.maxReach < SCAN_TAIL ? on.slice(0, last + SCAN_TAIL) : on;
  let m: RegExpExecArray | null;
  while (re.lastIndex <= last && (m = re.exec(str)) !== null) {
    if (m.index > 0 && (before ? before.test(on.charAt(m.index - 1)) : isWordChar(s, m.index - 1))) {
      re.lastIndex = m.index + 1;
      continue;
    }
    const c = build(m);
    if (c) out.push(c);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/**
 * A candidate for the time expression `s.text[atomIndex, end)`, with the qualifier written in front
 * of it (when there is one) taken into the phrase.
 */
export function candidate(
  parser: string,
  s: Source,
  atomIndex: number,
  end: number,
  value: TimeValue,
  readQualifierInFront = true,
): Candidate {
  const q = readQualifierInFront ? readQualifier(s, atomIndex) : null;
  return {
    parser,
    index: q ? q.index : atomIndex,
    end,
    atomIndex,
    qualifier: q ? q.qualifier : null,
    qualifierText: q ? q.text : null,
    value,
  };
}

/** A year written with four digits, kept only when plausible for an administrative text. */
export function year(s: string | undefined): number | null {
  if (s === undefined) return null;
  const y = Number(s);
  return y >= 1900 && y <= 2199 ? y : null;
}

/** "đầu", "giữa", "cuối" and the ten-day names of a month. */
export function part(s: string | undefined): Part | null {
  if (!s) return null;
  const w = s.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'đầu' || w === 'thượng tuần') return 'early';
  if (w === 'giữa' || w === 'trung tuần') return 'mid';
  if (w === 'tuần đầu') return 'firstWeek';
  if (w === 'tuần cuối') return 'lastWeek';
  if (w === 'nửa đầu') return 'firstHalf';
  if (w === 'nửa cuối' || w === 'nửa sau') return 'secondHalf';
  return 'late';
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** A quarter written as a Roman or Arabic numeral. */
export function quarterNumber(s: string): number | null {
  const n = ROMAN[s.toLowerCase()] ?? Number(s);
  return n >= 1 && n <= 4 ? n : null;
}

const WORD_NUMBERS: Record<string, number> = {
  một: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10,
};

/** A small count written in digits or in words ("03", "sáu"). */
export function count(s: string): number | null {
  const n = /^\d+$/.test(s) ? Number(s) : WORD_NUMBERS[s.toLowerCase()];
  return n !== undefined && n > 0 ? n : null;
}
