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

// A byte-string character that VN3 gives a letter. Example: "Th\xABng b\xB8o" -> "Thông báo".
const TCVN3_BYTE = /[\u00A1-\u00FE]/g;

// Lower-case vowels with a tone: VN3 cannot write them in upper case.
// Example: the "á" in "BáO" (from "BÁO" typed in .VnTime).
const TONED_LOWER = /[àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/u;
const TONED_LOWER_G = new RegExp(TONED_LOWER.source, 'gu');

// A word: letters only. Example: "CHủ" in "PHÓ CHủ TịCH".
const WORD = /\p{L}+/gu;

// The first letter of a line, after any bullets, numbers, quotes or spaces.
// Examples: "ủy ban nhân dân" -> "ủ", "- ý kiến" -> "ý", "2. ở các xã" -> "ở".
const LINE_START_LETTER = /(?<lead>^|\n)(?<prefix>[^\p{L}\n]*)(?<letter>\p{L})/gu;

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

type WordCase =
  /** Upper case beyond the first letter, lower case only where VN3 forced it: "BáO", "ủY", "NAM". */
  | 'upper'
  /** A capital first letter and only forced lower case after it: "Xã", "Bá" (or "XÃ", "BÁ"). */
  | 'capitalised'
  /** Anything else: "ông", "Tỉnh", "ủy". */
  | 'other';

function wordCase(word: string): WordCase {
  let i = 0;
  let upperAfterFirst = false;
  let firstUpper = false;
  for (const ch of word) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    if (lower !== upper) {
      if (ch === lower && !TONED_LOWER.test(ch)) return 'other';
      if (ch === upper) {
        if (i === 0) firstUpper = true;
        else upperAfterFirst = true;
      }
    }
    i++;
  }
  if (upperAfterFirst) return 'upper';
  return firstUpper && i > 1 ? 'capitalised' : 'other';
}

function restoreLine(line: string): string {
  const words = [...line.matchAll(WORD)];
  if (words.length === 0) return line;
  const cases = words.map((m) => wordCase(m[0]));
  let out = '';
  let from = 0;
  words.forEach((m, k) => {
    const word = m[0];
    if (!TONED_LOWER.test(word)) return;
    const prev = cases[k - 1];
    const next = cases[k + 1];
    const amidCapitals = prev === 'upper' && next === 'upper';
    const restore = cases[k] === 'upper' || (cases[k] === 'capitalised' && amidCapitals);
    if (!restore) return;
    out += line.slice(from, m.index) + word.replace(TONED_LOWER_G, (c) => c.toUpperCase());
    from = m.index + word.length;
  });
  return from === 0 ? line : out + line.slice(from);
}

/**
 * Restores the capitals that a TCVN3 export lowered, where they are certain: inside a word that is
 * otherwise upper case beyond its first letter ("BáO" -> "BÁO", "ủY" -> "ỦY"); in a capitalised
 * word of two letters or more with such a word on each side on its line ("HOÀ Xã HỘI" -> "HOÀ XÃ HỘI"); and as the first
 * letter of a line ("ủy ban" at the start of a line -> "Ủy ban"). A lone "Bá" stays as it is, and so
 * does "Số" in "Số: 12/TB-UBND": they may be capitalised words.
 * @param text decoded TCVN3 text
 */
export function restoreTcvn3Capitals(text: string): string {
  if (!TONED_LOWER.test(text)) return text;
  const out = text.split('\n').map(restoreLine).join('\n');
  return out.replace(LINE_START_LETTER, (whole, lead: string, prefix: string, letter: string) =>
    TONED_LOWER.test(letter) ? lead + prefix + letter.toUpperCase() : whole,
  );
}

/**
 * Decodes a byte string (see codepages.ts) as TCVN3. Characters above U+00FF pass through.
 * @param bytes one character per byte
 */
export function decodeTcvn3(bytes: string): Tcvn3Result {
  const table = letterOfByte();
  const mapped = bytes.replace(TCVN3_BYTE, (ch) => table[ch.charCodeAt(0)] ?? ch);
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
