/**
 * Repairs of PDF text layers, one line at a time so that line numbers never move: syllables run
 * together after a tone mark or hook ("Sở Nội vụđề xuất", "kế hoạchđã"), a unit word glued to its number
 * ("15 giờ30", "ngày10/3/2026"), and letters spaced out ("t h ự c  h i ệ n"). A Vietnamese syllable model
 * decides where the words really break, so foreign words and abbreviations are left alone.
 */
import { isVietnameseSyllable } from './encodings/syllable.js';

// A run of letters; only runs with a letter outside ASCII can be glued Vietnamese syllables, and only
// runs of four letters or more (shorter words are left alone), so only those are matched.
// Examples: "vụđề", "hoạchđã", "đồngSố", "dụngVLNCN".
const LONG_WORD = /\p{L}{4,}/gu;
// V8 tests \p{L} (hundreds of ranges) several times slower than a class of a few ranges, so texts are
// scanned with a class that holds every letter and, to stay small, every other character outside ASCII,
// Latin-1 and General Punctuation (U+2000-U+206F, where dashes and quotes are and no letters): symbols,
// marks, private-use glyphs, surrogates. A letter run of four or more always lies whole inside one of its
// runs, and the rare run with a character that is not a letter goes through LONG_WORD (see repairRun).
// Examples: "hoạchđã", "đồngSố", "ghi≈chú" (holds "≈", not a letter; "²" ends a run).
const LONG_RUN = /[A-Za-z\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u1FFF\u2070-\uFFFF]{4,}/g;
const NON_ASCII = /[^\p{ASCII}]/u;
// A unit word glued to the number after it: "giờ30", "ngày10", "tháng5". The word start is checked
// apart (see glueUnits): a leading look-behind would stop V8 from scanning for the words quickly.
const UNIT_WORDS = ['giờ', 'ngày', 'tháng', 'năm', 'phút', 'quý', 'Quý', 'số', 'Số', 'khoản', 'điều', 'Điều', 'điểm', 'lần'];
const UNIT_DIGIT = new RegExp(`(?<unit>${UNIT_WORDS.join('|')})(?=\\d)`, 'gu');
// The last letter of a unit word before a digit ("ờ3" in "giờ30", "y1" in "ngày10"): one class that V8
// scans for several times faster than the words, so a text without it (most) skips UNIT_DIGIT.
const UNIT_END = new RegExp(`[${[...new Set(UNIT_WORDS.map((word) => word.slice(-1)))].join('')}]\\d`);
const LETTER = /\p{L}/u;
// Three or more single letters separated by single spaces: "t h ự c", "T H Ô N G"; and the words after it that
// are spaced out too, two or three spaces apart: "T H Ô N G   B Á O", "K Ế   H O Ạ C H" (two letters suffice for
// a word that other spaced words follow).
const SPACED_LETTERS =
  /(?<![\p{L}\d])(?:\p{L}(?: \p{L}){2,}|\p{L} \p{L}(?= {2,3}\p{L} \p{L}))(?: {2,3}\p{L}(?: \p{L})+)*(?![\p{L}\d])/gu;
// What every run of spaced letters ends with, starting with a space so that V8 finds it fast: a text
// without it (nearly all) skips the slower pattern above. Example: " ự c" in "t h ự c".
const SPACED_END = / \p{L} \p{L}(?![\p{L}\d])/u;
// SPACED_END with small classes, twice as fast, for a first look: the two letters may be any character
// that LONG_RUN takes, and what follows may be no ASCII, Latin-1, Latin Extended or Vietnamese letter
// nor digit, so every text that SPACED_END matches this matches too. Example: " ự c." in "t h ự c.".
const SPACED_END_LOOSE =
  / [A-Za-z\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u1FFF\u2070-\u{10FFFF}] [A-Za-z\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u1FFF\u2070-\u{10FFFF}](?![\dA-Za-z\xC0-\xD6\xD8-\xF6\xF8-\u024F\u1E00-\u1EFF])/u;

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
  const words: string[] = [];
  for (const word of run.split(/ {2,}/u)) {
    const letters = word.replace(/ /g, '');
    const parts = segment(letters);
    if (!parts || parts.length > Math.ceil(letters.length / 2)) return run;
    words.push(parts.join(' '));
  }
  return words.join(' ');
}

/** Whether the line of `text` holding `offset` has a character outside ASCII. */
function lineHasNonAscii(text: string, offset: number): boolean {
  const start = text.lastIndexOf('\n', offset) + 1;
  const nl = text.indexOf('\n', offset);
  return NON_ASCII.test(text.slice(start, nl < 0 ? text.length : nl));
}

/**
 * Repairs every line of a PDF text layer at once, exactly as {@link repairLine} repairs each line: no
 * repair crosses a line break or adds one, so line numbers stay those of the input. One pass over the
 * text costs far less than one per line.
 * @param text the whole text, lines separated by "\n"
 */
export function repairText(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  // repairLine leaves lines of pure ASCII alone; of the three repairs only joining spaced letters could
  // change one ("T H E" reads as a syllable), so that one checks its line.
  let out = SPACED_END_LOOSE.test(text) && SPACED_END.test(text)
    ? text.replace(SPACED_LETTERS, (run: string, at: number) => (lineHasNonAscii(text, at) ? joinSpaced(run) : run))
    : text;
  out = splitGluedWords(out);
  return glueUnits(out);
}

// What splitGlued makes of the words in each LONG_RUN match, null where nothing changes; kept apart from
// `seen` because a run is not always one word. Bounded like `seen`.
const repairedRuns = new Map<string, string | null>();

function repairRun(run: string): string | null {
  const known = repairedRuns.get(run);
  if (known !== undefined) return known;
  const out = run.replace(LONG_WORD, (word: string) => splitGlued(word));
  const result = out === run ? null : out;
  if (repairedRuns.size > 20000) repairedRuns.clear();
  repairedRuns.set(run, result);
  return result;
}

/** Applies splitGlued to every long word, building a new text only where a word changes. */
function splitGluedWords(text: string): string {
  LONG_RUN.lastIndex = 0;
  let out = '';
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = LONG_RUN.exec(text)) !== null) {
    const split = repairRun(m[0]);
    if (split !== null) {
      out += text.slice(last, m.index) + split;
      last = m.index + m[0].length;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Puts a space between a unit word and the number glued to it ("giờ30" -> "giờ 30"). */
function glueUnits(text: string): string {
  if (!UNIT_END.test(text)) return text;
  return text.replace(UNIT_DIGIT, (word: string, _unit: string, at: number) =>
    at > 0 && LETTER.test(text.charAt(at - 1)) ? word : `${word} `,
  );
}

/**
 * Repairs one line of a PDF text layer; other text comes back unchanged.
 * @param line one input line
 */
export function repairLine(line: string): string {
  // A line is a text of one line.
  return repairText(line);
}
