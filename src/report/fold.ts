import { foldVietnamese } from '../text/normalize-vi.js';

const WHITESPACE_RUN = /\s+/gu;

/**
 * Folds text for the report's filters: {@link foldVietnamese} (case, tone and other marks dropped, đ to
 * d), with runs of whitespace collapsed to one space, so "so  tai\nchinh" still finds "Sở Tài chính".
 * @param text any text
 * @returns the folded text, e.g. "Sở Tài chính" -> "so tai chinh"
 */
export function foldVi(text: string): string {
  return foldVietnamese(text).replace(WHITESPACE_RUN, ' ').trim();
}
