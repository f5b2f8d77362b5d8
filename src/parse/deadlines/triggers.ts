/**
 * The words the engine's patterns are anchored on, found in a lower-cased text in one pass.
 *
 * Each pattern needs some of these words to match at all ("hằng tháng" needs "hằng", "02 lần/năm"
 * needs "lần"). One pass over the lower-cased text finds which occur, as bits; a parser then runs
 * only the patterns whose words are there, instead of every one of its patterns over the whole
 * text whenever one of its words occurs ("quy định" used to run all five recurring patterns).
 * A text with none of the words has no time expression and is done with after this pass.
 *
 * On a plain text (patterns.ts) a pattern runs on the lower-cased text, so a match contains its
 * words there and skipping a pattern whose words are absent changes nothing. Other texts run each
 * parser on its `triggers` (types.ts), as they always have.
 */
import { ALPHABET } from './patterns.js';

/** One bit per word, or per group of words one pattern takes any of. */
export const W = {
  /** "ngay" (at once). */
  NGAY: 1 << 0,
  /** "ngày" (day). */
  NGAY_DAY: 1 << 1,
  NAM: 1 << 2,
  /** "năm học". */
  NAM_HOC: 1 << 3,
  NHIEM: 1 << 4,
  /** "nhiệm kỳ". */
  NHIEM_KY: 1 << 5,
  KHAN: 1 << 6,
  KIP: 1 << 7,
  THUONG: 1 << 8,
  /** "thường xuyên". */
  THUONG_XUYEN: 1 << 9,
  THANG: 1 << 10,
  TUAN: 1 << 11,
  TRONG: 1 << 12,
  TRUOC: 1 << 13,
  TOI: 1 << 14,
  TET: 1 << 15,
  LIEN: 1 << 16,
  /** "liên tục". */
  LIEN_TUC: 1 << 17,
  LAN: 1 << 18,
  QUY: 1 << 19,
  QUA: 1 << 20,
  GIAI: 1 << 21,
  /** "giai đoạn". */
  GIAI_DOAN: 1 << 22,
  SAU: 1 << 23,
  CHAM: 1 << 24,
  /** "hằng", "hàng" or "mỗi" (every). */
  EVERY: 1 << 25,
  DINH: 1 << 26,
  /** "định kỳ". */
  DINH_KY: 1 << 27,
  /** A digit, a separator and a digit: a day's "15/10", "03.7", "15-10". */
  DAY_NUMBER: 1 << 28,
  /** "cuối" or "hết" (the end of). */
  END_OF: 1 << 29,
} as const;

/** Every bit: what a caller that has not looked for the words passes (every pattern runs). */
export const ALL_WORDS = -1;

// The words, with the bits each sets where it occurs: a two-word key (its words one or two
// whitespace characters apart, as the patterns write `\s{1,2}`) also sets its first word's bits.
const KEYS: ReadonlyArray<readonly [string, number]> = [
  ['ngay', W.NGAY],
  ['ngày', W.NGAY_DAY],
  ['năm', W.NAM],
  ['năm học', W.NAM | W.NAM_HOC],
  ['nhiệm', W.NHIEM],
  ['nhiệm kỳ', W.NHIEM | W.NHIEM_KY],
  ['khẩn', W.KHAN],
  ['kịp', W.KIP],
  ['thường', W.THUONG],
  ['thường xuyên', W.THUONG | W.THUONG_XUYEN],
  ['tháng', W.THANG],
  ['tuần', W.TUAN],
  ['trong', W.TRONG],
  ['trước', W.TRUOC],
  ['tối', W.TOI],
  ['tết', W.TET],
  ['liên', W.LIEN],
  ['liên tục', W.LIEN | W.LIEN_TUC],
  ['lần', W.LAN],
  ['quý', W.QUY],
  ['quí', W.QUY],
  ['quá', W.QUA],
  ['giai', W.GIAI],
  ['giai đoạn', W.GIAI | W.GIAI_DOAN],
  ['sau', W.SAU],
  ['chậm', W.CHAM],
  ['hằng', W.EVERY],
  ['hàng', W.EVERY],
  ['mỗi', W.EVERY],
  ['định', W.DINH],
  ['định kỳ', W.DINH | W.DINH_KY],
  ['cuối', W.END_OF],
  ['hết', W.END_OF],
];

/** True when `word` is one of the words the pass looks for ("1/2" standing for a day's number). */
export function isKey(word: string): boolean {
  return word === '1/2' || KEYS.some(([k]) => k === word);
}

/*
 * The pass is an Aho-Corasick automaton over character classes, run in one loop over the text as
 * written: a table gives each character of the alphabet the class of its lower case (a letter of
 * the words, a whitespace, a digit, one of "/.-", or any other), a second table the state after it,
 * and each state the bits of the words that end there. Lower-casing, the alphabet test and the
 * search for the words are then one pass without a string built, where they were three (the regex
 * alone tried its alternatives at every character). A character outside the alphabet ends the pass:
 * the text is not plain.
 */
const NOT_PLAIN_CLASS = 0;
const OTHER = 1;
const SPACE = 2;
const DIGIT = 3;
const SEPARATOR = 4;
// One class for each letter of the words.
const LETTER_CLASS = new Map<string, number>();
for (const [k] of KEYS) for (const ch of k) if (ch !== ' ' && !LETTER_CLASS.has(ch)) LETTER_CLASS.set(ch, 5 + LETTER_CLASS.size);
const CLASSES = 5 + LETTER_CLASS.size;

// A class for every code unit, 0 for those outside the alphabet: a table as large as the code
// units spares the pass a range test per character.
const CLASS_OF = new Uint8Array(0x10000);
for (const [from, to] of alphabetRanges()) {
  for (let c = from; c <= to; c++) CLASS_OF[c] = classOfLower(String.fromCharCode(c).toLowerCase());
}

/** The class of a lower-cased character. */
function classOfLower(ch: string): number {
  // `trim` removes exactly what `\s` matches; no regex, as this runs for every character at import.
  if (ch.trim() === '') return SPACE;
  if (ch >= '0' && ch <= '9') return DIGIT;
  if (ch === '/' || ch === '.' || ch === '-') return SEPARATOR;
  return LETTER_CLASS.get(ch) ?? OTHER;
}

/** The code-unit ranges of patterns.ts's alphabet, read from its classes ("a-z", "\u00c0-\u00d6", "\u0102"). */
function alphabetRanges(): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const src of [ALPHABET.letters, ALPHABET.digits, ALPHABET.others]) {
    let i = 0;
    const unit = (): number => {
      if (src[i] === '\\') {
        const c = parseInt(src.slice(i + 2, i + 6), 16);
        i += 6;
        return c;
      }
      return src.charCodeAt(i++);
    };
    while (i < src.length) {
      const from = unit();
      if (src[i] === '-') {
        i++;
        out.push([from, unit()]);
      } else out.push([from, from]);
    }
  }
  return out;
}

// The automaton: the trie of the keys as class sequences (a key's space as one or two SPACE), then
// every missing transition through the failure links, so each character is one table look-up.
//
// A state is kept as the offset of its row in NEXT (its number times CLASSES), so a step is one
// addition and one load. States where a word ends are numbered last, after every other one: a step
// tells by one comparison with OUT_ROW that no word ends there, which is nearly every step. A
// character outside the alphabet leads from every state to DEAD, the last state, which only leads
// to itself: the pass needs no test of its own for it.
const { next: NEXT, out: OUT, outRow: OUT_ROW, deadRow: DEAD_ROW } = automaton();

function automaton(): { next: Int32Array; out: Int32Array; outRow: number; deadRow: number } {
  const sequences: Array<[number[], number]> = [[[DIGIT, SEPARATOR, DIGIT], W.DAY_NUMBER]];
  for (const [k, bits] of KEYS) {
    const words = k.split(' ').map((w) => [...w].map((ch) => LETTER_CLASS.get(ch) as number));
    const [first, second] = words as [number[], number[] | undefined];
    if (second === undefined) sequences.push([first, bits]);
    else sequences.push([[...first, SPACE, ...second], bits], [[...first, SPACE, SPACE, ...second], bits]);
  }
  const children: Array<Map<number, number>> = [new Map()];
  const ends: number[] = [0];
  for (const [sequence, bits] of sequences) {
    let state = 0;
    for (const c of sequence) {
      let child = children[state]?.get(c);
      if (child === undefined) {
        child = children.length;
        children.push(new Map());
        ends.push(0);
        children[state]?.set(c, child);
      }
      state = child;
    }
    ends[state] = (ends[state] as number) | bits;
  }
  const count = children.length;
  const next = new Int32Array(count * CLASSES);
  const fail = new Int32Array(count);
  const out = new Int32Array(count);
  // Breadth first, so a state's failure state is complete before it. A state's row is its failure
  // state's row (copied, which import time notices much less than a loop over the classes) with
  // its own children written over it.
  const queue = [0];
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q] as number;
    const f = fail[state] as number;
    out[state] = (ends[state] as number) | (state === 0 ? 0 : (out[f] as number));
    if (state !== 0) next.copyWithin(state * CLASSES, f * CLASSES, (f + 1) * CLASSES);
    for (const [c, child] of children[state] ?? []) {
      fail[child] = state === 0 ? 0 : (next[f * CLASSES + c] as number);
      next[state * CLASSES + c] = child;
      queue.push(child);
    }
  }
  // Renumbered: the start state stays 0, states where no word ends come first, then those where
  // one does, then DEAD.
  const order: number[] = [];
  for (let st = 0; st < count; st++) if (out[st] === 0) order.push(st);
  const firstOut = order.length;
  for (let st = 0; st < count; st++) if (out[st] !== 0) order.push(st);
  const dead = count;
  const rank = new Int32Array(count);
  order.forEach((st, i) => (rank[st] = i));
  const rows = new Int32Array((count + 1) * CLASSES);
  const outByRow = new Int32Array((count + 1) * CLASSES);
  for (let i = 0; i < count; i++) {
    const st = order[i] as number;
    rows[i * CLASSES + NOT_PLAIN_CLASS] = dead * CLASSES;
    for (let c = 1; c < CLASSES; c++) rows[i * CLASSES + c] = (rank[next[st * CLASSES + c] as number] as number) * CLASSES;
    outByRow[i * CLASSES] = out[st] as number;
  }
  for (let c = 0; c < CLASSES; c++) rows[dead * CLASSES + c] = dead * CLASSES;
  return { next: rows, out: outByRow, outRow: firstOut * CLASSES, deadRow: dead * CLASSES };
}

/** What {@link wordsOf} returns for a text that is not plain. */
export const NOT_PLAIN = 1 << 30;

const BIT_COUNT = 30;
// Where the last wordsOf call saw each word: the offset of the last character of its first and of
// its last occurrence (valid for the bits it returned). Kept once, not copied per text: a text's
// positions are used while its candidates are found, before the next text's pass; the pass count
// tells positions of an earlier text, which are then not used.
let passes = 0;
let lastBits = 0;
const FIRST_END = new Int32Array(BIT_COUNT);
const LAST_END = new Int32Array(BIT_COUNT);

/** Where the words of the text of one {@link wordsOf} call occur, for {@link searchStart} and {@link lastAnchorEnd}. */
export interface WordPositions {
  readonly bits: number;
  /** Which pass found them: once another text has been read, they are not known any more. */
  readonly pass: number;
}

/** Where the words occur in the text of the last {@link wordsOf} call. */
export function positionsOfLastText(): WordPositions {
  return { bits: lastBits, pass: passes };
}

// How far before the end of its anchor word (the words scan() is given) a match can start, at most.
// The longest lead is the clock and weekday a day may be written after, and "ngày", in front of the
// day's "15/10": "lúc  13 giờ 30 phút  ,  ngày  chủ  nhật  ,  ngày  15/1" puts the end of "5/1" 54 characters
// after the start; "định kỳ hằng tháng" after "ngày thứ Hai" and "định kỳ 02 tuần/01 lần" are 31.
// tests/deadlines/triggers.test.ts checks the day's lead.
const REACH = 64;

/**
 * Where a search for a pattern whose every match holds one of the words `anchor` can start: a match
 * holds an occurrence, which ends no earlier than the first one, and starts at most {@link REACH}
 * before its end.
 */
export function searchStart(p: WordPositions, anchor: number): number {
  if (p.pass !== passes) return 0;
  let first = Number.MAX_SAFE_INTEGER;
  for (let m = p.bits & anchor; m !== 0; m &= m - 1) first = Math.min(first, FIRST_END[31 - Math.clz32(m & -m)] as number);
  return Math.max(0, first - REACH);
}

/**
 * No match holding one of the words `anchor` starts after the end of their last occurrence
 * (`Number.MAX_SAFE_INTEGER` when the positions are not known any more).
 */
export function lastAnchorEnd(p: WordPositions, anchor: number): number {
  if (p.pass !== passes) return Number.MAX_SAFE_INTEGER;
  let last = -1;
  for (let m = p.bits & anchor; m !== 0; m &= m - 1) last = Math.max(last, LAST_END[31 - Math.clz32(m & -m)] as number);
  return last;
}

/**
 * The words of {@link W} in the lower case of a text, as bits, or {@link NOT_PLAIN} when a character
 * is outside the alphabet (then see {@link wordsIn}). 0: none of the words, so no time expression.
 * Where they occur is kept for {@link positionsOfLastText}.
 */
export function wordsOf(text: string): number {
  passes++;
  let row = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    row = NEXT[row + (CLASS_OF[text.charCodeAt(i)] as number)] as number;
    if (row >= OUT_ROW) {
      if (row === DEAD_ROW) return NOT_PLAIN;
      const ends = OUT[row] as number;
      for (let m = ends; m !== 0; m &= m - 1) {
        const b = 31 - Math.clz32(m & -m);
        if ((bits & (1 << b)) === 0) FIRST_END[b] = i;
        LAST_END[b] = i;
      }
      bits |= ends;
    }
  }
  lastBits = bits;
  return bits;
}

/**
 * The words of {@link W} in an already lower-cased text of any alphabet, as bits. (A lower-cased
 * character of the alphabet is its own lower case, so its class is the table's.)
 */
export function wordsIn(lower: string): number {
  let row = 0;
  let bits = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    let k = CLASS_OF[c] as number;
    // The whitespace outside the alphabet: ogham, ideographic space, byte order mark.
    if (k === NOT_PLAIN_CLASS) k = c === 0x1680 || c === 0x3000 || c === 0xfeff ? SPACE : OTHER;
    row = NEXT[row + k] as number;
    bits |= OUT[row] as number;
  }
  return bits;
}

/** True when `seen` has one of the words of `any`, and one of `andAny` when given. */
export function needs(seen: number, any: number, andAny: number = ALL_WORDS): boolean {
  return (seen & any) !== 0 && (seen & andAny) !== 0;
}
