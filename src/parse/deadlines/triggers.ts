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
} as const;

/** Every bit: what a caller that has not looked for the words passes (every pattern runs). */
export const ALL_WORDS = -1;

// The words as the pass reports them (a single space between the words of a two-word key).
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
];
const BITS = new Map<string, number>(KEYS);

// Every key of KEYS, and a day's "1/2", in one pattern factored by first letters (V8 runs a flat
// list of words a fifth slower). A two-word key is the first word with an optional tail, so where
// "nhiệm kỳ" stands the pass reports both "nhiệm" and "nhiệm kỳ". Bounded: at most 20 characters a match.
// "ngay", "ngày", "năm", "năm học", "nhiệm kỳ", "khẩn", "kịp", "thường xuyên", "tháng", "tuần", "trong",
// "trước", "tối", "tết", "liên tục", "lần", "quý", "quá", "giai đoạn", "sau", "chậm", "hằng", "hàng",
// "mỗi", "định kỳ", "15/10".
export const WORDS_PATTERN =
  /n(?:g(?:ay|ày)|ăm(?:\s{1,2}học)?|hiệm(?:\s{1,2}kỳ)?)|k(?:hẩn|ịp)|t(?:h(?:ường(?:\s{1,2}xuyên)?|áng)|r(?:ong|ước)|ối|ết|uần)|l(?:iên(?:\s{1,2}tục)?|ần)|qu[ýá]|giai(?:\s{1,2}đoạn)?|sau|chậm|h[ằà]ng|mỗi|định(?:\s{1,2}kỳ)?|\d[/.\-]\d/g;

// The spacing inside a two-word key, when it is not one space ("định  kỳ", "năm\nhọc").
const SPACING = /\s+/g;

function bitsOf(word: string): number {
  const bits = BITS.get(word);
  if (bits !== undefined) return bits;
  const c = word.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return W.DAY_NUMBER;
  return BITS.get(word.replace(SPACING, ' ')) ?? 0;
}

/**
 * The words of {@link W} that occur in a lower-cased text, as bits. The search steps one character
 * after each match's start, so every occurrence is seen, and where two keys start at the same place
 * the longer one's bits include the shorter one's.
 */
export function wordsIn(lower: string): number {
  let bits = 0;
  const re = WORDS_PATTERN;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(lower)) !== null) {
    bits |= bitsOf(m[0]);
    re.lastIndex = m.index + 1;
  }
  return bits;
}

/** True when `seen` has one of the words of `any`, and one of `andAny` when given. */
export function needs(seen: number, any: number, andAny: number = ALL_WORDS): boolean {
  return (seen & any) !== 0 && (seen & andAny) !== 0;
}
