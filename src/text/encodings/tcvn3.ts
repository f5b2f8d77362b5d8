/**
 * TCVN3 ("ABC", the .VnTime/.VnArial fonts): the VN3 character set of TCVN 5712:1993
 * (Vietnamese Standard "Công nghệ thông tin — Bộ mã chuẩn 8-bit kí tự Việt dùng trong trao đổi
 * thông tin"). VN3 keeps ASCII in 0x00–0x7F and puts the Vietnamese letters in 0xA1–0xFE: the
 * seven capitals Ă Â Ê Ô Ơ Ư Đ, their lower-case forms, and the 60 lower-case vowels with a tone.
 * Capitals with a tone have no code: documents set them with the capital font (.VnTimeH), which
 * draws the lower-case codes as capitals, so a plain-text export holds lower-case letters there.
 *
 * The bytes VN3 leaves unused are read as Windows-1252, the code page the documents were typed
 * under (curly quotes, dashes).
 */
import { cp1252Residue } from './codepages.js';

/** VN3 byte -> letter (TCVN 5712:1993, table VN3). */
export const TCVN3_TABLE: ReadonlyMap<number, string> = new Map<number, string>([
  [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
  [0xa8, 'ă'], [0xa9, 'â'], [0xaa, 'ê'], [0xab, 'ô'], [0xac, 'ơ'], [0xad, 'ư'], [0xae, 'đ'],
  [0xb5, 'à'], [0xb6, 'ả'], [0xb7, 'ã'], [0xb8, 'á'], [0xb9, 'ạ'],
  [0xbb, 'ằ'], [0xbc, 'ẳ'], [0xbd, 'ẵ'], [0xbe, 'ắ'], [0xc6, 'ặ'],
  [0xc7, 'ầ'], [0xc8, 'ẩ'], [0xc9, 'ẫ'], [0xca, 'ấ'], [0xcb, 'ậ'],
  [0xcc, 'è'], [0xce, 'ẻ'], [0xcf, 'ẽ'], [0xd0, 'é'], [0xd1, 'ẹ'],
  [0xd2, 'ề'], [0xd3, 'ể'], [0xd4, 'ễ'], [0xd5, 'ế'], [0xd6, 'ệ'],
  [0xd7, 'ì'], [0xd8, 'ỉ'], [0xdc, 'ĩ'], [0xdd, 'í'], [0xde, 'ị'],
  [0xdf, 'ò'], [0xe1, 'ỏ'], [0xe2, 'õ'], [0xe3, 'ó'], [0xe4, 'ọ'],
  [0xe5, 'ồ'], [0xe6, 'ổ'], [0xe7, 'ỗ'], [0xe8, 'ố'], [0xe9, 'ộ'],
  [0xea, 'ờ'], [0xeb, 'ở'], [0xec, 'ỡ'], [0xed, 'ớ'], [0xee, 'ợ'],
  [0xef, 'ù'], [0xf1, 'ủ'], [0xf2, 'ũ'], [0xf3, 'ú'], [0xf4, 'ụ'],
  [0xf5, 'ừ'], [0xf6, 'ử'], [0xf7, 'ữ'], [0xf8, 'ứ'], [0xf9, 'ự'],
  [0xfa, 'ỳ'], [0xfb, 'ỷ'], [0xfc, 'ỹ'], [0xfd, 'ý'], [0xfe, 'ỵ'],
]);

// Lower-case vowels with a tone: VN3 cannot write them in upper case.
// Example: the "á" in "BáO" (from "BÁO" typed in .VnTime).
const TONED_LOWER = /[àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/u;

// A word: letters only. Example: "CHủ" in "PHÓ CHủ TịCH".
const WORD = /\p{L}+/gu;

// The first letter of a line, after any bullets, numbers, quotes or spaces.
// Examples: "ủy ban nhân dân" -> "ủ", "- ý kiến" -> "ý", "2. ở các xã" -> "ở".
const LINE_START_LETTER = /(?<lead>^|\n)(?<prefix>[^\p{L}\n]*)(?<letter>\p{L})/gu;

// A line of words and numbers joined by spaces, commas and dashes, as a heading is. Examples: "KẾ HOẠCH",
// "SỞ CÔNG THƯƠNG", "BỘ TRƯỞNG, CHỦ NHIỆM", "CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06", "## THÔNG BÁO". Not "Số: 12/TB-UBND".
const WORDS_LINE = /^[\s#*]*[\p{L}\p{N}]+(?:[ ,\-–]+[\p{L}\p{N}]+)*[\s:.]*$/u;

// "ủy ban" before "nhân dân" or a capitalised word: the name of a body, whose capital "Ủ" VN3 cannot
// write in a line of mixed case. Examples: "báo cáo ủy ban nhân dân tỉnh", "đề nghị ủy ban Mặt trận".
// Not "các ủy ban của Quốc hội".
const BODY_NAME = /(?<!\p{L})ủy ban(?= nhân dân| \p{Lu})/gu;

let byteToLetter: string[] | undefined;
function letterOfByte(): string[] {
  if (!byteToLetter) {
    byteToLetter = [];
    for (const [byte, letter] of TCVN3_TABLE) byteToLetter[byte] = letter;
  }
  return byteToLetter;
}

/** What decoding TCVN3 gives. */
export interface Tcvn3Result {
  text: string;
  /** Bytes with no meaning in TCVN3 nor Windows-1252, now U+FFFD. */
  undecodable: number;
  /** True when the text has lower-case toned letters that may stand for lost capitals. */
  capitalsLost: boolean;
}

// Word cases, see wordCase.
const UPPER = 1;
const CAPITALISED = 2;
const OTHER = 0;

// A lower-case letter that VN3 could have written in upper case: proof that a word is not all caps.
// Example: the "n" of "Bán", the "ô" of "ông".
const FREE_LOWER = new RegExp(`(?!${TONED_LOWER.source})\\p{Ll}`, 'u');
const CAPITAL = /\p{Lu}/u;

/**
 * UPPER: upper case beyond the first letter, lower case only where VN3 forced it ("BáO", "ủY",
 * "NAM"). CAPITALISED: a capital first letter and only forced lower case after it ("Xã", "Bá").
 * OTHER: anything else ("ông", "Tỉnh", "ủy").
 */
function wordCase(word: string): number {
  if (FREE_LOWER.test(word)) return OTHER;
  const first = word.codePointAt(0)!;
  const rest = word.slice(first > 0xffff ? 2 : 1);
  if (CAPITAL.test(rest)) return UPPER;
  return rest.length > 0 && CAPITAL.test(word) ? CAPITALISED : OTHER;
}

function restoreLine(line: string): string {
  if (!TONED_LOWER.test(line)) return line;
  const starts: number[] = [];
  const words: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(line); m !== null; m = WORD.exec(line)) {
    starts.push(m.index);
    words.push(m[0]);
  }
  const cases = new Int8Array(words.length).fill(-1);
  const caseOf = (k: number): number => {
    if (k < 0 || k >= words.length) return OTHER;
    if (cases[k] === -1) cases[k] = wordCase(words[k]!);
    return cases[k]!;
  };
  // In a heading whose other words are in capitals, a capitalised word lost its capitals too: "Kế HOẠCH".
  let heading: boolean | undefined;
  const isHeading = (): boolean =>
    (heading ??=
      WORDS_LINE.test(line) &&
      words.some((w, k) => w.length > 1 && caseOf(k) === UPPER) &&
      words.every((w, k) => w.length < 2 || caseOf(k) !== OTHER));
  const parts: string[] = [];
  let from = 0;
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    if (!TONED_LOWER.test(word)) continue;
    const c = caseOf(k);
    const restore =
      c === UPPER || (c === CAPITALISED && ((caseOf(k - 1) === UPPER && caseOf(k + 1) === UPPER) || isHeading()));
    if (!restore) continue;
    // Such a word has no lower-case letter but the forced ones, so upper-casing it all is exact.
    parts.push(line.slice(from, starts[k]), word.toUpperCase());
    from = starts[k]! + word.length;
  }
  if (from === 0) return line;
  parts.push(line.slice(from));
  return parts.join('');
}

/**
 * Restores the capitals that a TCVN3 export lowered, where they are certain: inside a word that is
 * otherwise upper case beyond its first letter ("BáO" -> "BÁO", "ủY" -> "ỦY"); in a capitalised
 * word of two letters or more with such a word on each side on its line ("HOÀ Xã HỘI" -> "HOÀ XÃ HỘI")
 * or in a heading of such words ("Kế HOẠCH" -> "KẾ HOẠCH"); as the first letter of a line ("ủy ban"
 * at the start of a line -> "Ủy ban"); and in "Ủy ban" before "nhân dân" or a capitalised word, as
 * the name of a body is written. A lone "Bá" stays as it is, and so does "Số" in "Số: 12/TB-UBND":
 * they may be capitalised words.
 * @param text decoded TCVN3 text
 */
export function restoreTcvn3Capitals(text: string): string {
  if (!TONED_LOWER.test(text)) return text;
  const out = text.split('\n').map(restoreLine).join('\n');
  return out
    .replace(LINE_START_LETTER, (whole, lead: string, prefix: string, letter: string) =>
      TONED_LOWER.test(letter) ? lead + prefix + letter.toUpperCase() : whole,
    )
    .replace(BODY_NAME, 'Ủy ban');
}

/**
 * Decodes a byte string (see codepages.ts) as TCVN3. Characters above U+00FF pass through.
 * @param bytes one character per byte
 */
export function decodeTcvn3(bytes: string): Tcvn3Result {
  const table = letterOfByte();
  let mapped = '';
  let from = 0;
  for (let i = 0; i < bytes.length; i++) {
    const code = bytes.charCodeAt(i);
    if (code < 0xa1 || code > 0xfe) continue;
    const letter = table[code];
    if (letter === undefined) continue;
    mapped += bytes.slice(from, i) + letter;
    from = i + 1;
  }
  mapped = from === 0 ? bytes : mapped + bytes.slice(from);
  const residue = cp1252Residue(mapped);
  const text = restoreTcvn3Capitals(residue.text);
  return { text, undecodable: residue.undecodable, capitalsLost: TONED_LOWER.test(text) };
}

/** Letter -> VN3 byte, with capitals that have a tone written as their lower-case code. */
export function tcvn3ByteOfLetter(): ReadonlyMap<string, number> {
  const map = new Map<string, number>();
  for (const [byte, letter] of TCVN3_TABLE) {
    map.set(letter, byte);
    const upper = letter.toUpperCase();
    if (!map.has(upper) && ![...TCVN3_TABLE.values()].includes(upper)) map.set(upper, byte);
  }
  return map;
}
