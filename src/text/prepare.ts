import { toNfc } from './nfc.js';

// What prepareText changes besides line endings, in one character class so that V8 scans a text for it
// quickly:
// - characters that Word and PDF exports put into text and that carry no meaning for parsing: zero-width
//   space, zero-width (non-)joiners, word joiner, soft hyphen, BOM (at the start or inside the text);
// - spaces that are not U+0020: no-break space, narrow no-break, figure, thin and other Unicode spaces;
// - hyphens that are not U+002D: Word's non-breaking hyphen (Ctrl+Shift+-), which it puts into numbers so that
//   "307/TB‑UBND" is not wrapped, and the Unicode hyphen;
// - the Icelandic eth "Ð", "ð" (U+00D0, U+00F0), which look like "Đ", "đ" and stand for them in text that went
//   through Windows-1252 or an old font ("ÐỒNG CHÍ", "Ðề nghị"): no Vietnamese word has an eth;
// - the letter oi "Ƣ", "ƣ" (U+01A2, U+01A3), which the text layers of PDFs set in some Vietnamese fonts give for "Ư",
//   "ư" ("Thông tƣ", "ngƣời", "Thƣờng trực"), its tone mark then a combining one: no Vietnamese word has an oi.
const TO_CLEAN = /[\u200B\u200C\u200D\u2060\u00AD\uFEFF\u00A0\u2000-\u200A\u202F\u205F\u3000\u2010\u2011\u00D0\u00F0\u01A2\u01A3]/g;
// The letters TO_CLEAN reads as others, one for one.
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u00D0': '\u0110',
  '\u00F0': '\u0111',
  '\u01A2': '\u01AF',
  '\u01A3': '\u01B0',
};
const INVISIBLE = /^[\u200B\u200C\u200D\u2060\u00AD\uFEFF]$/;

/**
 * Cleans decoded text once, at the edge: Unicode NFC, line endings to "\n", no BOM, no invisible
 * characters, every kind of space as U+0020 and of hyphen as U+002D, the eth and the oi that stand for "Đ" and
 * "Ư" as those. Line count is kept, so line numbers stay those of the file.
 * @param raw the decoded text
 * @param isNfc `raw` is known to be NFC already (as decodeBuffer returns it), so it is normalised only
 *   where removing an invisible character may have brought a letter and its mark together
 */
export function prepareText(raw: string, isNfc = false): string {
  // "\r\n" (Windows) and a lone "\r" (old Mac) become "\n"; plain string replacement, as a pattern
  // with a callback per line costs far more.
  let text = raw.includes('\r') ? raw.replaceAll('\r\n', '\n').replaceAll('\r', '\n') : raw;
  // Spaces neither compose nor reorder with marks, so only removing characters can undo NFC.
  let removed = false;
  text = text.replace(TO_CLEAN, (m) => {
    if (INVISIBLE.test(m)) {
      removed = true;
      return '';
    }
    const alike = LOOK_ALIKES[m];
    if (alike === undefined) return ' ';
    // "ƣ" and the tone mark after it compose once it is "ư".
    if (m === '\u01A2' || m === '\u01A3') removed = true;
    return alike;
  });
  return isNfc && !removed ? text : toNfc(text);
}
