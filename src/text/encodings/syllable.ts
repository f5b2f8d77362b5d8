/**
 * A small model of the Vietnamese syllable (onset + vowel nucleus + coda, at most one tone), used to
 * tell which of several decodings of the same bytes is Vietnamese. A right decoding is made of
 * valid syllables; a wrong one is full of impossible letter sequences ("Th«ng", "Thoâng", "Sụỡ").
 */

// Onsets, longest first. Examples: "ngh" in "nghiêm", "qu" in "quản", "gi" in "giao", "đ" in "đồng".
const ONSET = 'ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x';

// Vowel nuclei with their closing semivowel, toneless, longest first.
// Examples: "ươi" in "người", "uyê" in "chuyển", "iê" in "kiến", "oa" in "hoạt", "ê" in "kết".
const NUCLEUS = [
  'uyê', 'uya', 'uyu', 'uây', 'ươi', 'ươu', 'uôi', 'oai', 'oay', 'oao', 'oeo', 'iêu', 'yêu',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi', 'oo',
  'ôi', 'ơi', 'ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'uy', 'ưa', 'ưi', 'ưu', 'ươ', 'yê',
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
].join('|');

// Final consonants, longest first. Examples: "ng" in "tháng", "ch" in "thích", "t" in "kết".
const CODA = 'ng|nh|ch|c|m|n|p|t';

// A toneless, lower-case syllable. Anchored and over short words only (see MAX_SYLLABLE), so the
// alternations cannot backtrack far. Examples: "thong", "bao", "ket", "luan", "nguoi" (after
// removing tones: "thông", "báo" -> "bao"...).
const SYLLABLE = new RegExp(`^(?:${ONSET})?(?:${NUCLEUS})(?<coda>${CODA})?$`, 'u');

// The longest syllable has 7 letters ("nghiêng", "khuyếch").
const MAX_SYLLABLE = 7;

// Tone marks after NFD: huyền, sắc, ngã, hỏi, nặng.
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/gu;

// Syllables ending in a stop (c, ch, p, t) only take sắc or nặng: "kết", "thực", but never "kềt".
const STOP_CODA = new Set(['c', 'ch', 'p', 't']);

/**
 * Whether a word is one valid Vietnamese syllable (any case, NFC or NFD).
 * @param word letters only
 */
export function isVietnameseSyllable(word: string): boolean {
  if (word.length === 0 || word.length > MAX_SYLLABLE * 3) return false;
  const nfd = word.toLowerCase().normalize('NFD');
  const tones = nfd.match(TONE);
  if (tones && tones.length > 1) return false;
  const bare = (tones ? nfd.replace(TONE, '') : nfd).normalize('NFC');
  if (bare.length > MAX_SYLLABLE) return false;
  const m = SYLLABLE.exec(bare);
  if (!m) return false;
  const coda = m.groups?.['coda'];
  if (coda && STOP_CODA.has(coda)) {
    return tones !== null && (tones[0] === '\u0301' || tones[0] === '\u0323');
  }
  return true;
}

// Words that fill every administrative notice; a decoding that produces them is almost surely right.
// Kept NFC and lower case (tested).
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  'ngày', 'tháng', 'năm', 'số', 'ủy', 'uỷ', 'ban', 'nhân', 'dân', 'của', 'và', 'các', 'thông', 'báo',
  'kết', 'luận', 'tỉnh', 'huyện', 'xã', 'được', 'những', 'với', 'trong', 'về', 'cho', 'có', 'không',
  'này', 'đã', 'thực', 'hiện', 'người', 'đồng', 'chí', 'chủ', 'tịch', 'phó', 'sở', 'công', 'tác',
  'việc', 'quản', 'lý', 'nội', 'dung', 'theo', 'đơn', 'vị', 'cơ', 'quan', 'chức', 'trưởng', 'để',
  'tại', 'kế', 'hoạch', 'triển', 'khai', 'nhiệm', 'vụ', 'đề', 'nghị', 'hội', 'họp', 'văn', 'phòng',
]);

// Word tokens: runs of anything but ASCII spaces, digits, punctuation, controls and Unicode
// punctuation/spaces. Latin-1 symbols stay inside the token so that mojibake words such as
// "Th«ng" are judged whole. Examples: "Số: 12/TB-UBND" -> "Số", "TB", "UBND".
const TOKEN = /[^\x00-\x40\x5B-\x60\x7B-\x7F\u00A0\u2000-\u206F\u3000\uFEFF]+/gu;

// Characters that no text file holds on purpose: C0 controls other than tab, newlines and form
// feed, C1 controls, the replacement character, and noncharacters.
const JUNK = /[\x00-\x08\x0E-\x1F\x7F-\x9F\uFFFD\uFFFE\uFFFF]/gu;

// Any character outside ASCII: a valid syllable with one is strong evidence, a broken word with one
// ("Th«ng", a stray combining mark) is strong evidence against.
const NON_ASCII = /[^\x00-\x7F]/u;

function tokenScore(token: string): number {
  const nonAscii = NON_ASCII.test(token);
  if (isVietnameseSyllable(token)) return (nonAscii ? 3 : 1) + (COMMON_WORDS.has(token.toLowerCase()) ? 3 : 0);
  return nonAscii ? -4 : 0;
}

/**
 * Scores how Vietnamese a text looks: valid syllables with diacritics and common words add, words
 * with letters outside Vietnamese and control or replacement characters subtract. Comparable only
 * between decodings of the same bytes.
 * @param text NFC text
 */
export function scoreVietnamese(text: string): number {
  let score = 0;
  // Notices repeat their words; judge each distinct one once.
  const seen = new Map<string, number>();
  for (const m of text.matchAll(TOKEN)) {
    const token = m[0];
    let value = seen.get(token);
    if (value === undefined) {
      value = tokenScore(token);
      seen.set(token, value);
    }
    score += value;
  }
  const junk = text.match(JUNK);
  if (junk) score -= 5 * junk.length;
  return score;
}
