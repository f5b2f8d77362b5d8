// Code units that are in NFC whatever surrounds them: each has NFC_Quick_Check=Yes and combining class 0,
// so no neighbour can compose with it or reorder it. Latin up to IPA (U+0000–U+02FF: the combining marks
// start at U+0300), the precomposed Vietnamese letters (U+1EA0–U+1EF9) and the punctuation of U+2010–U+206F
// (U+2000 and U+2001 are left out: they decompose to U+2002 and U+2003). A notice written in NFC is made
// of nothing else but rare symbols. Examples: "Số", "Ủy ban", "– “Kết luận”".
const NOT_ALWAYS_NFC = /[^\u0000-\u02FF\u1EA0-\u1EF9\u2010-\u206F]/;

/**
 * Normalises a text to NFC. A text made only of characters that are NFC in any context is returned as it
 * is: looking for any other character costs a fifth of what `normalize('NFC')` costs on a notice.
 * @param text any text
 */
export function toNfc(text: string): string {
  return NOT_ALWAYS_NFC.test(text) ? text.normalize('NFC') : text;
}
