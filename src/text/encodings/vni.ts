/**
 * VNI-Windows: the encoding of the VNI fonts (VNI-Times, VNI-Helve...) by VNI Software Company,
 * the other legacy Vietnamese encoding of the 1990s–2000s beside TCVN3. It is built on Windows-1252:
 * a vowel is written as its ASCII base letter followed by one "mark" byte (a tone, a circumflex or
 * breve, or both at once), and a few letters have a byte of their own (ơ, ư, đ, and the i/y forms).
 * Upper-case letters use the upper-case mark bytes. Example: "Thông báo kết luận" is
 * "Tho\xE2ng ba\xF9o ke\xE1t lua\xE4n", which Windows-1252 shows as "Thoâng baùo keát luaän".
 */
import { cp1252Residue } from './codepages.js';
import { vietnameseLetters, type Tone } from './letters.js';

/** What a mark byte adds to the base vowel before it. */
interface Mark {
  /** circumflex (a, e, o), breve (a), or none. */
  hat: 'circumflex' | 'breve' | null;
  tone: Tone | null;
}

/** Mark bytes, lower case (the upper-case ones are these minus 0x20). VNI-Windows table. */
export const VNI_MARKS: ReadonlyMap<number, Mark> = new Map<number, Mark>([
  [0xf8, { hat: null, tone: 'grave' }], // ø
  [0xf9, { hat: null, tone: 'acute' }], // ù
  [0xfb, { hat: null, tone: 'hook' }], // û
  [0xf5, { hat: null, tone: 'tilde' }], // õ
  [0xef, { hat: null, tone: 'dot' }], // ï
  [0xe2, { hat: 'circumflex', tone: null }], // â
  [0xe0, { hat: 'circumflex', tone: 'grave' }], // à
  [0xe1, { hat: 'circumflex', tone: 'acute' }], // á
  [0xe5, { hat: 'circumflex', tone: 'hook' }], // å
  [0xe3, { hat: 'circumflex', tone: 'tilde' }], // ã
  [0xe4, { hat: 'circumflex', tone: 'dot' }], // ä
  [0xea, { hat: 'breve', tone: null }], // ê
  [0xe8, { hat: 'breve', tone: 'grave' }], // è
  [0xe9, { hat: 'breve', tone: 'acute' }], // é
  [0xfa, { hat: 'breve', tone: 'hook' }], // ú
  [0xfc, { hat: 'breve', tone: 'tilde' }], // ü
  [0xeb, { hat: 'breve', tone: 'dot' }], // ë
]);

/** Letters with a byte of their own, lower case (upper case: byte minus 0x20). VNI-Windows table. */
export const VNI_SINGLE: ReadonlyMap<number, string> = new Map<number, string>([
  [0xf4, 'ơ'], // ô
  [0xf6, 'ư'], // ö
  [0xf1, 'đ'], // ñ
  [0xed, 'í'], // í
  [0xec, 'ì'], // ì
  [0xe6, 'ỉ'], // æ
  [0xf3, 'ĩ'], // ó
  [0xf2, 'ị'], // ò
  [0xee, 'ỵ'], // î
]);

const TONE_MARK: Record<Tone, string> = {
  grave: '\u0300',
  acute: '\u0301',
  hook: '\u0309',
  tilde: '\u0303',
  dot: '\u0323',
};
const HAT_MARK = { circumflex: '\u0302', breve: '\u0306' } as const;

// Bases that take a hat: a (both), e and o (circumflex). Bases that take a tone only: u, y, and the
// single-byte ơ ư. i takes no mark: its toned forms are single bytes.
const HAT_BASES: Record<string, ReadonlyArray<'circumflex' | 'breve'>> = {
  a: ['circumflex', 'breve'],
  e: ['circumflex'],
  o: ['circumflex'],
};

interface Tables {
  /** Two- or one-character byte sequence -> letter. */
  decode: Map<string, string>;
  /** Letter -> byte sequence. */
  encode: Map<string, string>;
}

let tables: Tables | undefined;

function buildTables(): Tables {
  const decode = new Map<string, string>();
  const encode = new Map<string, string>();
  const add = (seq: string, letter: string, canonical: boolean): void => {
    if (!decode.has(seq)) decode.set(seq, letter);
    if (canonical && !encode.has(letter)) encode.set(letter, seq);
  };
  for (const [byte, letter] of VNI_SINGLE) {
    add(String.fromCharCode(byte), letter, true);
    add(String.fromCharCode(byte - 0x20), letter.toUpperCase(), true);
  }
  const bases: Array<[string, string]> = [
    ['a', 'a'], ['e', 'e'], ['o', 'o'], ['u', 'u'], ['y', 'y'],
    [String.fromCharCode(0xf4), 'ơ'], [String.fromCharCode(0xf6), 'ư'],
  ];
  for (const [seqBase, letterBase] of bases) {
    for (const [byte, mark] of VNI_MARKS) {
      if (mark.hat && !(HAT_BASES[letterBase] ?? []).includes(mark.hat)) continue;
      if (!mark.hat && !mark.tone) continue;
      const composed = (letterBase + (mark.hat ? HAT_MARK[mark.hat] : '') + (mark.tone ? TONE_MARK[mark.tone] : '')).normalize('NFC');
      const upperBase = seqBase.toUpperCase();
      const lowerMark = String.fromCharCode(byte);
      const upperMark = String.fromCharCode(byte - 0x20);
      add(seqBase + lowerMark, composed, true);
      add(upperBase + upperMark, composed.toUpperCase(), true);
      // Mixed case occurs when caps lock and shift disagree; the base letter decides the case.
      add(seqBase + upperMark, composed, false);
      add(upperBase + lowerMark, composed.toUpperCase(), false);
    }
  }
  return { decode, encode };
}

function vniTables(): Tables {
  tables ??= buildTables();
  return tables;
}

// A base vowel (a e o u y, or the VNI bytes for ơ ư) and the mark byte after it, or a single-byte
// letter. Example byte strings: "a\xF9" (á), "\xF4\xF9" (ớ), "O\xC2" (Ô), "\xF1" (đ).
const VNI_UNIT = /[aeouyAEOUY\u00F4\u00D4\u00F6\u00D6][\u00C0-\u00C5\u00C8-\u00CB\u00CF\u00D5\u00D8\u00D9\u00DA\u00DB\u00DC\u00E0-\u00E5\u00E8-\u00EB\u00EF\u00F5\u00F8\u00F9\u00FA\u00FB\u00FC]|[\u00CC-\u00CE\u00D1-\u00D4\u00D6\u00C6\u00EC-\u00EE\u00F1-\u00F4\u00F6\u00E6]/g;

/**
 * Every VNI byte sequence -> letter, for the table tests.
 */
export function vniSequences(): ReadonlyMap<string, string> {
  return vniTables().decode;
}

/**
 * Letter -> VNI byte string (one character per byte), for every Vietnamese letter outside ASCII.
 */
export function vniEncodingTable(): ReadonlyMap<string, string> {
  const { encode } = vniTables();
  for (const { letter } of vietnameseLetters()) {
    if (!encode.has(letter)) throw new Error(`VNI table has no sequence for ${letter}`);
  }
  return encode;
}

/**
 * Decodes a byte string (see codepages.ts) as VNI-Windows. Characters above U+00FF pass through.
 * @param bytes one character per byte
 */
export function decodeVni(bytes: string): { text: string; undecodable: number } {
  const { decode } = vniTables();
  const mapped = bytes.replace(VNI_UNIT, (unit) => {
    const letter = decode.get(unit);
    if (letter !== undefined) return letter;
    // A base followed by a mark it does not take (u + circumflex): the base stays, the second
    // byte may itself be a single-byte letter.
    const first = unit[0]!;
    const rest = unit.slice(1);
    return (decode.get(first) ?? first) + (decode.get(rest) ?? rest);
  });
  return cp1252Residue(mapped);
}
