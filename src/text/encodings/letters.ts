/**
 * The Vietnamese alphabet as data: twelve vowels (six of them with a circumflex, breve or horn),
 * five tone marks, and đ. Every legacy table is checked against this list in the tests.
 */

/** The twelve vowels without tone, lower case, NFC. */
export const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;

/** Tone marks as combining characters, in the order huyền, sắc, hỏi, ngã, nặng. */
export const TONE_MARKS = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;

/** The five tones by name, aligned with {@link TONE_MARKS}. */
export type Tone = 'grave' | 'acute' | 'hook' | 'tilde' | 'dot';

/** Tone names aligned with {@link TONE_MARKS}. */
export const TONES: readonly Tone[] = ['grave', 'acute', 'hook', 'tilde', 'dot'];

/** A letter with the vowel and tone it is made of. */
export interface VietLetter {
  /** The letter, NFC. */
  letter: string;
  /** The toneless vowel in the same case ("ơ" for "ớ", "Ơ" for "Ớ"); the letter itself for đ. */
  base: string;
  /** The tone, or null. */
  tone: Tone | null;
  upper: boolean;
}

let all: VietLetter[] | undefined;

/**
 * Every Vietnamese letter outside ASCII, lower and upper case: the 12 vowels with each tone, the six
 * toneless vowels with a diacritic, and đ — 134 letters.
 */
export function vietnameseLetters(): readonly VietLetter[] {
  if (!all) {
    const list: VietLetter[] = [];
    for (const upper of [false, true]) {
      for (const v of VOWELS) {
        const base = upper ? v.toUpperCase() : v;
        if (base.charCodeAt(0) > 0x7f) list.push({ letter: base, base, tone: null, upper });
        TONE_MARKS.forEach((mark, i) => {
          list.push({ letter: (base + mark).normalize('NFC'), base, tone: TONES[i]!, upper });
        });
      }
      list.push({ letter: upper ? 'Đ' : 'đ', base: upper ? 'Đ' : 'đ', tone: null, upper });
    }
    all = list;
  }
  return all;
}

// Letters that exist only in Vietnamese (not in Latin-1): ă â-with-tone, ơ, ư, đ, ĩ, ũ and the
// Latin Extended Additional block. Their presence in valid UTF-8 means the text is real Unicode.
// Examples: "ngày", "Số", "ỦY BAN"; combining marks count too, for decomposed text.
export const VIETNAMESE_ONLY = /[ăĂđĐơƠưƯĩĨũŨ\u1EA0-\u1EF9\u0300\u0301\u0303\u0309\u0323]/g;

// Characters of U+0080–U+00FF that are not letters of Vietnamese: C1 controls and Latin-1 symbols
// and letters such as « ¸ µ Õ ï ø ñ. Legacy text mis-decoded as Windows-1252 is full of them.
// Examples: "Th«ng b¸o" (TCVN3), "Thoâng baùo" (VNI: ù is Vietnamese, û ï ø ö ñ are not).
export const LATIN1_NON_VIETNAMESE = /[\u0080-\u009F\u00A1-\u00BF\u00C4-\u00C7\u00CB\u00CE-\u00D1\u00D6-\u00D8\u00DB-\u00DC\u00DE-\u00DF\u00E4-\u00E7\u00EB\u00EE-\u00F1\u00F6-\u00F8\u00FB-\u00FC\u00FE-\u00FF]/g;
