// What prepareText changes, in one pattern so that a text is scanned once:
// - line endings other than "\n": "\r\n" (Windows), "\r" (old Mac);
// - characters that Word and PDF exports put into text and that carry no meaning for parsing: zero-width
//   space, zero-width (non-)joiners, word joiner, soft hyphen, BOM (at the start or inside the text);
// - spaces that are not U+0020: no-break space, narrow no-break, figure, thin and other Unicode spaces.
// One character class, not an alternation: V8 then scans for it quickly.
const TO_CLEAN = /[\r\u200B\u200C\u200D\u2060\u00AD\uFEFF\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
const INVISIBLE = /^[\u200B\u200C\u200D\u2060\u00AD\uFEFF]$/;

/**
 * Cleans decoded text once, at the edge: Unicode NFC, line endings to "\n", no BOM, no invisible
 * characters, every kind of space as U+0020. Line count is kept, so line numbers stay those of the file.
 * @param raw the decoded text
 * @param isNfc `raw` is known to be NFC already (as decodeBuffer returns it), so it is normalised only
 *   where removing an invisible character may have brought a letter and its mark together
 */
export function prepareText(raw: string, isNfc = false): string {
  // Spaces neither compose nor reorder with marks, so only removing characters can undo NFC.
  let removed = false;
  const text = raw.replace(TO_CLEAN, (m, at: number) => {
    // "\r\n" loses its "\r"; a lone "\r" becomes "\n".
    if (m === '\r') return raw.charCodeAt(at + 1) === 10 ? '' : '\n';
    if (INVISIBLE.test(m)) {
      removed = true;
      return '';
    }
    return ' ';
  });
  return isNfc && !removed ? text : text.normalize('NFC');
}
