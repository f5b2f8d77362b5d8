/**
 * Folding Vietnamese text for forgiving matches: a clerk types "so tai chinh" and expects to find
 * "Sở Tài chính". Kept local to the report so filtering does not depend on the parser's normaliser.
 */

// Combining marks left after canonical decomposition: "ở" -> "o" + U+031B + U+0309.
const COMBINING_MARKS = /\p{M}+/gu;
// "đ" and "Đ" are letters of their own, not a "d" with a combining mark, so NFD keeps them whole.
const D_STROKE = /[đĐ]/gu;
const WHITESPACE_RUN = /\s+/gu;

/**
 * Folds text for case- and tone-mark-insensitive comparison: decomposes it, drops every combining
 * mark, maps đ/Đ to d, lower-cases it and collapses runs of whitespace to one space.
 * @param text any text
 * @returns the folded text, e.g. "Sở Tài chính" -> "so tai chinh"
 */
export function foldVi(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(D_STROKE, 'd')
    .toLowerCase()
    .replace(WHITESPACE_RUN, ' ')
    .trim();
}
