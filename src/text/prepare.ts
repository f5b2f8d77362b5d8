// Characters that Word and PDF exports put into text and that carry no meaning for parsing.
// Zero-width space, zero-width (non-)joiners, word joiner, soft hyphen, BOM inside the text.
const INVISIBLE = /[\u200B\u200C\u200D\u2060\u00AD\uFEFF]/g;
// Spaces that are not U+0020: no-break space, narrow no-break, figure, thin and other Unicode spaces.
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;

/**
 * Cleans decoded text once, at the edge: Unicode NFC, line endings to "\n", no BOM, no invisible
 * characters, every kind of space as U+0020. Line count is kept, so line numbers stay those of the file.
 * @param raw the decoded text
 */
export function prepareText(raw: string): string {
  let text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  text = text.replace(/\r\n?/g, '\n');
  text = text.replace(INVISIBLE, '').replace(ODD_SPACES, ' ');
  return text.normalize('NFC');
}
