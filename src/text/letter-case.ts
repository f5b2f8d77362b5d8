/**
 * Character classes of UTF-16 code units, worked out once per code unit and kept in one table: reading it
 * replaces a regular expression, a one-letter string and case conversions per character in the loops that
 * measure how much of a line is in capitals (header cells, signature blocks) and that scan names (assignees).
 */

/** Set for every code unit looked up, so that 0 means "not worked out yet". */
const KNOWN = 1;
/** A letter (`\p{L}`). */
export const LETTER = 2;
/** Upper-casing leaves it as it is ("Ủ", "B", and letters without case such as "中"). */
export const SAME_UPPER = 4;
/** Lower-casing leaves it as it is ("ủ", "b", "中"). */
export const SAME_LOWER = 8;
/** An upper-case letter by its category (`\p{Lu}`). */
export const UPPERCASE_LETTER = 16;
/** A lower-case letter by its category (`\p{Ll}`). */
export const LOWERCASE_LETTER = 32;
/** White space as `\s` reads it. */
export const WHITE_SPACE = 64;

const TABLE = new Uint8Array(0x10000);
const IS_LETTER = /^\p{L}$/u;
const IS_UPPERCASE = /^\p{Lu}$/u;
const IS_LOWERCASE = /^\p{Ll}$/u;
const IS_SPACE = /^\s$/u;

/**
 * The class flags of one UTF-16 code unit ({@link LETTER}, {@link SAME_UPPER}, {@link SAME_LOWER},
 * {@link UPPERCASE_LETTER}, {@link LOWERCASE_LETTER}, {@link WHITE_SPACE}). Surrogates are not letters on
 * their own: callers read text with surrogate pairs another way.
 * @param code a UTF-16 code unit
 */
export function caseOf(code: number): number {
  let v = TABLE[code] as number;
  if (v === 0) {
    const c = String.fromCharCode(code);
    v = KNOWN;
    if (IS_LETTER.test(c)) {
      v |= LETTER;
      if (c === c.toUpperCase()) v |= SAME_UPPER;
      if (c === c.toLowerCase()) v |= SAME_LOWER;
      if (IS_UPPERCASE.test(c)) v |= UPPERCASE_LETTER;
      if (IS_LOWERCASE.test(c)) v |= LOWERCASE_LETTER;
    } else if (IS_SPACE.test(c)) v |= WHITE_SPACE;
    TABLE[code] = v;
  }
  return v;
}

/**
 * Counts the letters of a text and those whose flags, under `mask`, equal `value`: with `SAME_UPPER` for
 * both, letters that upper-casing leaves alone; with `SAME_UPPER | SAME_LOWER` and `SAME_UPPER`, capitals
 * only. Null for a text with surrogate pairs (one letter to `/\p{L}/gu`, two code units here), which the
 * caller reads another way.
 * @param text the text
 * @param mask the flags compared
 * @param value what they must be
 */
export function countCase(text: string, mask: number, value: number): { letters: number; matching: number } | null {
  let letters = 0;
  let matching = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return null;
    const v = caseOf(code);
    if (v & LETTER) {
      letters++;
      if ((v & mask) === value) matching++;
    }
  }
  return { letters, matching };
}
