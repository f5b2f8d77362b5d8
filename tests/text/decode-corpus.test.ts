/**
 * Every corpus document, in every encoding an archive holds it in, is detected as that encoding and parses to
 * the notice its UTF-8 text gives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { digest } from '../../src/digest.js';
import { parseNotice } from '../../src/parse/notice.js';
import { decodeBuffer } from '../../src/text/decode.js';
import { byteForms } from './helpers.js';

const FIXTURES = new URL('../../fixtures/', import.meta.url);
const files = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .sort();

// TCVN3 has no capital with a tone, and a line of mixed case cannot tell which small letters were capitals.
// Where the parse hangs on one, it differs in more than case:
// - 039: "BỘ TRƯỞNG" inside the one line of a flattened web page reads "Bộ TRƯỞNG", no longer the signer's title;
// - 040: "Ủy ban phát thanh" reads "ủy ban phát thanh", a name of no body.
const TCVN3_CASE_LOST = ['039', '040'];

/** The digest of a notice as JSON, in lower case where the encoding has lost capitals. */
function noticeOf(text: string, lowerCase: boolean): string {
  const json = JSON.stringify(digest(parseNotice(text)));
  return lowerCase ? json.toLowerCase() : json;
}

describe.each(files)('%s', (file) => {
  const text = readFileSync(new URL(file, FIXTURES), 'utf8');
  const plain = decodeBuffer(new TextEncoder().encode(text)).text;
  const forms = byteForms(text);

  it.each(forms.map((f) => [f.form, f.encoding, f.bytes] as const))('in %s is detected as %s and parses the same', (_form, encoding, bytes) => {
    const decoded = decodeBuffer(bytes);
    expect(decoded.encoding).toBe(encoding);
    const lossy = encoding.startsWith('tcvn3');
    if (lossy && TCVN3_CASE_LOST.includes(file.slice(0, 3))) return;
    expect(noticeOf(decoded.text, lossy)).toBe(noticeOf(plain, lossy));
  });
});

describe.each(TCVN3_CASE_LOST)('%s in TCVN3', (prefix) => {
  it('parses differently only through the capitals it lost', () => {
    const file = files.find((f) => f.startsWith(prefix))!;
    const text = readFileSync(new URL(file, FIXTURES), 'utf8');
    const plain = decodeBuffer(new TextEncoder().encode(text)).text;
    const decoded = decodeBuffer(byteForms(text).find((f) => f.encoding === 'tcvn3')!.bytes);
    expect(noticeOf(decoded.text, true)).not.toBe(noticeOf(plain, true));
    // Given back the capitals named above, it parses the same.
    const lost: Record<string, [string, string]> = {
      '039': ['Bộ TRƯỞNG', 'BỘ TRƯỞNG'],
      '040': ['ủy ban phát thanh', 'Ủy ban phát thanh'],
    };
    const [small, capital] = lost[prefix]!;
    expect(decoded.text).toContain(small);
    expect(noticeOf(decoded.text.replace(small, capital), true)).toBe(noticeOf(plain, true));
  });
});
