/**
 * Comparing Vietnamese text loosely: without diacritics (for search and filters typed on any
 * keyboard), and across the two ways of placing the tone mark (for matching names written by
 * different offices).
 */

// Every combining mark, after NFD: tones, circumflex, breve, horn.
const COMBINING = /[\u0300-\u036F]/g;

/**
 * Folds text for loose matching: lower case, tone and diacritic marks removed, đ to d.
 * Example: "Sở Tài chính" -> "so tai chinh", "ĐỒNG Ý" -> "dong y".
 * @param s any text
 */
export function foldVietnamese(s: string): string {
  return s.normalize('NFD').replace(COMBINING, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().normalize('NFC');
}

// The tone on the first vowel of an open "oa", "oe" or "uy" rhyme (old placement), or on the "u" of
// "qu" (a misspelling under either), in NFD. The rhyme must end the word.
// Examples: "hòa" (o + grave + a), "khỏe", "Thủy", "Ủy", "qúy".
const OLD_TONE_PLACEMENT =
  /(?<first>[oO])(?<tone>[\u0300\u0301\u0303\u0309\u0323])(?<second>[aAeE])(?![\p{L}\p{M}])|(?<firstU>[uU])(?<toneU>[\u0300\u0301\u0303\u0309\u0323])(?<secondU>[yY])(?![\p{L}\p{M}])|(?<=[qQ])(?<firstQ>[uU])(?<toneQ>[\u0300\u0301\u0303\u0309\u0323])(?<secondQ>[aAeEiIoOyY][\u0302\u0306\u031B]?)/gu;

/**
 * Puts tone marks where the new placement has them (on the main vowel of "oa", "oe", "uy"), so
 * that both spellings compare equal. The result is NFC.
 * Examples: "hòa" -> "hoà", "Thủy" -> "Thuỷ", "Ủy ban" -> "Uỷ ban", "khỏe" -> "khoẻ";
 * "hoàn", "của", "thuyết" are unchanged.
 * @param s any text
 */
export function sameTonePlacement(s: string): string {
  const nfd = s.normalize('NFD');
  return nfd
    .replace(OLD_TONE_PLACEMENT, (...args: unknown[]) => {
      const g = args[args.length - 1] as Record<string, string | undefined>;
      const first = g['first'] ?? g['firstU'] ?? g['firstQ'] ?? '';
      const tone = g['tone'] ?? g['toneU'] ?? g['toneQ'] ?? '';
      const second = g['second'] ?? g['secondU'] ?? g['secondQ'] ?? '';
      return first + second + tone;
    })
    .normalize('NFC');
}
