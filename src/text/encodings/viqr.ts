/**
 * VIQR (Vietnamese Quoted-Readable, RFC 1456): Vietnamese written in ASCII, each diacritic as a
 * punctuation mark after its vowel — "a(" ă, "a^" â, "e^" ê, "o^" ô, "o+" ơ, "u+" ư, "dd" đ, and the
 * tones "'" sắc, "`" huyền, "?" hỏi, "~" ngã, "." nặng. A backslash makes the next mark literal
 * ("ho\." is "ho." and not "họ"). Example: "Tho^ng ba'o ke^'t lua^.n" is "Thông báo kết luận".
 *
 * Because the marks are also ordinary punctuation, a word is converted only when the result is a
 * valid Vietnamese syllable ("ISO." stays "ISO.") or carries a circumflex, breve or horn, which
 * punctuation after a vowel hardly ever makes (a typo such as "lua^t", or two words run together
 * as "ddo^`ngSo^'"); and a file only when VIQR is obvious ({@link looksLikeViqr}).
 */
import { isVietnameseSyllable } from './syllable.js';
import { vietnameseLetters } from './letters.js';

const MODIFIER_OF: Record<string, string> = { '^': '\u0302', '(': '\u0306', '+': '\u031B' };
// Which vowels take which modifier: a^ a( e^ o^ o+ u+.
const TAKES_MODIFIER: Record<string, string> = { a: '^(', e: '^', o: '^+', u: '+' };
const TONE_OF: Record<string, string> = {
  "'": '\u0301',
  '`': '\u0300',
  '?': '\u0309',
  '~': '\u0303',
  '.': '\u0323',
};
const MARK_CHARS = new Set(["'", '`', '?', '~', '.', '^', '(', '+']);
// Tone marks that also end sentences: after a word that is no syllable either way, they are punctuation.
const SENTENCE_MARKS = new Set(['.', '?']);
// What "dd" standing alone is đ before: a point label and "đ/c" (đồng chí). Examples: "dd) Ban Qua?n ly'",
// "(dd/c Ha?i)". Elsewhere a lone "dd" may be ASCII ("dd/mm/yyyy").
const LONE_D_BEFORE = /^(?:\)|\/[cC](?![A-Za-z]))/;

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isVowel(ch: string): boolean {
  return 'aeiouyAEIOUY'.includes(ch);
}

interface ParsedWord {
  word: string;
  end: number;
  /** The index of a tone mark that ended the word (". ?" at the end may be punctuation). */
  trailingToneAt: number;
  hasModifier: boolean;
  tone: string | null;
  /** No vowel marks: at most "dd" turned into đ. */
  onlyD: boolean;
}

function parseWord(text: string, start: number, limit: number): ParsedWord {
  let j = start;
  let word = '';
  let hasModifier = false;
  let tone: string | null = null;
  let trailingToneAt = -1;
  let onlyD = true;
  const first = text[j]!;
  if ((first === 'd' || first === 'D') && j + 1 < limit && (text[j + 1] === 'd' || text[j + 1] === 'D')) {
    word += first === 'D' ? 'Đ' : 'đ';
    j += 2;
  }
  while (j < limit && isAsciiLetter(text.charCodeAt(j))) {
    const ch = text[j]!;
    j++;
    trailingToneAt = -1;
    let letter = ch;
    if (ch === 'D' && text[j] === 'D' && j < limit && j > start + 1) {
      // Inside a word only the upper-case pair is đ: "HDDND" is HĐND, "address" stays.
      letter = 'Đ';
      j++;
    } else if (isVowel(ch)) {
      const next = text[j];
      if (next !== undefined && j < limit && (TAKES_MODIFIER[ch.toLowerCase()] ?? '').includes(next)) {
        letter += MODIFIER_OF[next]!;
        hasModifier = true;
        onlyD = false;
        j++;
      }
      const toneChar = text[j];
      if (toneChar !== undefined && j < limit && TONE_OF[toneChar] !== undefined) {
        onlyD = false;
        letter += TONE_OF[toneChar]!;
        tone = toneChar;
        trailingToneAt = j;
        j++;
      }
    }
    word += letter;
  }
  return { word: word.normalize('NFC'), end: j, trailingToneAt, hasModifier, tone, onlyD };
}

/** Where a capital follows a small letter (a mark between them aside) in text[from, to), or -1: "du.ngVLNCN" -> "V". */
function caseBreak(text: string, from: number, to: number): number {
  let small = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x61 && c <= 0x7a) small = true;
    else if (c >= 0x41 && c <= 0x5a) {
      if (small) return k;
    } else if (!MARK_CHARS.has(text[k]!)) small = false;
  }
  return -1;
}

/** What {@link decodeViqr} found. */
export interface ViqrResult {
  text: string;
  /** Words made only of ASCII letters and marks. */
  words: number;
  /** Words converted into a Vietnamese syllable with diacritics. */
  converted: number;
  /** Converted words with a circumflex, breve or horn ("dd" alone is too common in ASCII). */
  withModifier: number;
  /** The distinct tone marks used. */
  tones: Set<string>;
}

/**
 * Converts VIQR to Unicode (NFC), word by word, keeping words that would not become a valid
 * syllable as they are.
 * @param text ASCII text
 */
export function decodeViqr(text: string): ViqrResult {
  const parts: string[] = [];
  const result: ViqrResult = { text: '', words: 0, converted: 0, withModifier: 0, tones: new Set() };
  let i = 0;
  let copyFrom = 0;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code === 0x5c && i + 1 < n && (MARK_CHARS.has(text[i + 1]!) || text[i + 1] === '\\')) {
      parts.push(text.slice(copyFrom, i), text[i + 1]!);
      i += 2;
      copyFrom = i;
      continue;
    }
    if (!isAsciiLetter(code) || (i > 0 && isAsciiLetter(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    result.words++;
    const full = parseWord(text, i, n);
    let parsed = full;
    let valid = isVietnameseSyllable(full.word);
    if (full.trailingToneAt !== -1 && !valid) {
      const trimmed = parseWord(text, i, full.trailingToneAt);
      valid = isVietnameseSyllable(trimmed.word);
      if (valid || SENTENCE_MARKS.has(text[full.trailingToneAt]!)) parsed = trimmed;
    }
    if (!valid && !parsed.hasModifier) {
      // Two words run together, the second in capitals ("du.ngVLNCN"): the first may be a syllable of its own.
      const at = caseBreak(text, i, parsed.end);
      if (at !== -1) {
        const head = parseWord(text, i, at);
        if (isVietnameseSyllable(head.word)) {
          parsed = head;
          valid = true;
        }
      }
    }
    const raw = text.slice(i, parsed.end);
    const abbreviation = parsed.onlyD && parsed.word === parsed.word.toUpperCase();
    const loneD = parsed.onlyD && parsed.word === 'đ' && LONE_D_BEFORE.test(text.slice(parsed.end, parsed.end + 3));
    if (parsed.word !== raw && (abbreviation || loneD || valid || parsed.hasModifier)) {
      parts.push(text.slice(copyFrom, i), parsed.word);
      copyFrom = parsed.end;
      result.converted++;
      if (parsed.hasModifier) result.withModifier++;
      if (parsed.tone) result.tones.add(parsed.tone);
    }
    i = Math.max(parsed.end, i + 1);
  }
  parts.push(text.slice(copyFrom));
  result.text = parts.join('');
  return result;
}

/**
 * Whether a VIQR reading of ASCII text is obvious: a quarter of the words or more convert to
 * Vietnamese syllables, and at least one of them has a circumflex, breve or horn, or three do with
 * two different tones. Plain English or unaccented Vietnamese never qualifies.
 * @param r the result of {@link decodeViqr}
 */
export function looksLikeViqr(r: ViqrResult): boolean {
  if (r.converted === 0 || r.converted * 4 < r.words) return false;
  return r.withModifier >= 1 || (r.converted >= 3 && r.tones.size >= 2);
}

const VIQR_MODIFIER_CHAR: Record<string, string> = { '\u0302': '^', '\u0306': '(', '\u031B': '+' };
const VIQR_TONE_CHAR: Record<string, string> = { '\u0301': "'", '\u0300': '`', '\u0309': '?', '\u0303': '~', '\u0323': '.' };

let letterToViqr: Map<string, string> | undefined;

function viqrTable(): Map<string, string> {
  if (!letterToViqr) {
    letterToViqr = new Map();
    for (const { letter } of vietnameseLetters()) {
      if (letter === 'đ' || letter === 'Đ') {
        letterToViqr.set(letter, letter === 'đ' ? 'dd' : 'DD');
        continue;
      }
      const nfd = letter.normalize('NFD');
      let out = nfd[0]!;
      for (const mark of nfd.slice(1)) out += VIQR_MODIFIER_CHAR[mark] ?? '';
      for (const mark of nfd.slice(1)) out += VIQR_TONE_CHAR[mark] ?? '';
      letterToViqr.set(letter, out);
    }
  }
  return letterToViqr;
}

/**
 * Writes text as VIQR, escaping marks that follow a vowel or a mark so that they stay literal.
 * Characters outside ASCII that are not Vietnamese letters (dashes, quotes) are kept.
 * @param text NFC text
 */
export function encodeViqr(text: string): string {
  const table = viqrTable();
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const mapped = table.get(ch);
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    const prev = out[out.length - 1];
    if (ch.charCodeAt(0) > 0x7f) out += ch;
    else if ((MARK_CHARS.has(ch) || ch === '\\') && prev !== undefined && (isVowel(prev) || MARK_CHARS.has(prev))) out += '\\' + ch;
    else if (ch === '\\') out += '\\\\';
    else out += ch;
  }
  return out;
}
