/**
 * Repairs of PDF text layers, one line at a time so that line numbers never move: syllables run
 * together after a tone mark or hook ("Sở Nội vụđề xuất", "kế hoạchđã"), a unit word glued to its number
 * ("15 giờ30", "ngày10/3/2026"), and letters spaced out ("t h ự c  h i ệ n"). A Vietnamese syllable model
 * decides where the words really break, so foreign words and abbreviations are left alone.
 */
import { isVietnameseSyllable } from './encodings/syllable.js';

// A run of letters; only runs with a letter outside ASCII can be glued Vietnamese syllables.
// Examples: "vụđề", "hoạchđã", "đồngSố", "dụngVLNCN".
const WORD = /\p{L}+/gu;
const NON_ASCII = /[^\p{ASCII}]/u;
// A unit word glued to the number after it: "giờ30", "ngày10", "tháng5".
const UNIT_DIGIT = /(?<![\p{L}])(?<unit>giờ|ngày|tháng|năm|phút|quý|Quý|số|Số|khoản|điều|Điều|điểm|lần)(?=\d)/gu;
// Three or more single letters separated by single spaces: "t h ự c", "T H Ô N G".
const SPACED_LETTERS = /(?<![\p{L}\d])\p{L}(?: \p{L}){2,}(?![\p{L}\d])/gu;

const MAX_SYLLABLE = 7;

/** Splits a word into valid syllables, longest syllable first; null when it cannot. */
function segment(word: string, depth = 0): string[] | null {
  if (word === '') return [];
  if (depth > 12) return null;
  for (let len = Math.min(MAX_SYLLABLE, word.length); len >= 1; len--) {
    const head = word.slice(0, len);
    if (!isVietnameseSyllable(head)) continue;
    const rest = segment(word.slice(len), depth + 1);
    if (rest) return [head, ...rest];
  }
  return null;
}

// Words repeat a great deal; remember the answer for each (bounded, so memory stays flat).
const seen = new Map<string, string>();

function splitGlued(word: string): string {
  if (word.length < 4 || !NON_ASCII.test(word)) return word;
  const known = seen.get(word);
  if (known !== undefined) return known;
  const out = splitGluedUncached(word);
  if (seen.size > 20000) seen.clear();
  seen.set(word, out);
  return out;
}

function splitGluedUncached(word: string): string {
  if (isVietnameseSyllable(word)) return word;
  // "đồngSố", "dụngVLNCN": a lower-case syllable followed by a capital.
  const caseBreak = /^(?<left>\p{Ll}+)(?<right>\p{Lu}[\p{L}]*)$/u.exec(word);
  if (caseBreak?.groups && isVietnameseSyllable(caseBreak.groups.left as string)) {
    return `${caseBreak.groups.left} ${splitGlued(caseBreak.groups.right as string)}`;
  }
  if (word.length > MAX_SYLLABLE * 3) return word;
  const parts = segment(word);
  // Only two or three syllables, and the first must carry a mark (the glitch follows a tone or a hook).
  if (!parts || parts.length < 2 || parts.length > 3) return word;
  if (!NON_ASCII.test(parts[0] as string)) return word;
  return parts.join(' ');
}

function joinSpaced(run: string): string {
  const letters = run.replace(/ /g, '');
  const parts = segment(letters);
  return parts && parts.length <= Math.ceil(letters.length / 2) ? parts.join(' ') : run;
}

/**
 * Repairs one line of a PDF text layer; other text comes back unchanged.
 * @param line one input line
 */
export function repairLine(line: string): string {
  if (!NON_ASCII.test(line)) return line;
  let out = line.replace(SPACED_LETTERS, joinSpaced);
  out = out.replace(WORD, splitGlued);
  out = out.replace(UNIT_DIGIT, '$<unit> ');
  return out;
}
