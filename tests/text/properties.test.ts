import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ENCODING_NAMES, decodeBuffer } from '../../src/text/decode.js';
import { vietnameseLetters } from '../../src/text/encodings/letters.js';
import { COMMON_WORDS } from '../../src/text/encodings/syllable.js';
import { encodeLegacy } from '../../src/text/encodings/encode.js';
import { parseNoticeBuffer } from '../../src/parse/notice.js';
import { NoticeSchema } from '../../src/schema.js';

const KNOWN = new Set<string>(ENCODING_NAMES);

// Real syllables, so that generated text looks like a notice: every onset, many rhymes, all tones.
const ONSETS = ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gi', 'h', 'kh', 'l', 'm', 'n', 'ng', 'nh', 'ph', 'qu', 's', 't', 'th', 'tr', 'v', 'x'];
const RHYMES = ['a', 'an', 'anh', 'ăn', 'âm', 'em', 'ên', 'inh', 'o', 'ong', 'ôi', 'ơn', 'u', 'ung', 'ươc', 'ương', 'ưa', 'iêt', 'oa', 'uyên', 'ay'];
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

function syllable(onset: string, rhyme: string, tone: string, upper: boolean): string {
  // The tone goes on the first vowel with a diacritic, else the last vowel of the nucleus.
  const vowels = [...rhyme].map((c, i) => ({ c, i })).filter(({ c }) => /[aăâeêioôơuưy]/.test(c));
  const marked = vowels.find(({ c }) => /[ăâêôơư]/.test(c)) ?? vowels[vowels.length > 1 && !/[nmcptgh]$/.test(rhyme) ? 0 : vowels.length - 1];
  const chars = [...rhyme];
  if (marked && tone) chars[marked.i] = (chars[marked.i]! + tone).normalize('NFC');
  const word = onset + chars.join('');
  return upper ? word[0]!.toUpperCase() + word.slice(1) : word;
}

const vietWord = fc
  .tuple(fc.constantFrom(...ONSETS), fc.constantFrom(...RHYMES), fc.constantFrom(...TONES), fc.boolean())
  .map(([o, r, t, u]) => syllable(o, r, t, u));

// ASCII words and punctuation of notices. VIQR marks after a vowel (^ ( + ' ` ? ~) are left out:
// ASCII written with them is VIQR input, converted on purpose.
const asciiWord = fc.stringMatching(/^[A-Za-z0-9]{1,8}$/);
const separator = fc.constantFrom(' ', ', ', '. ', '; ', ': ', '/', '-', '\n', ' (', ') ', ' "', '" ', ' - ', '\t');

const notice = fc
  .array(fc.tuple(fc.oneof({ weight: 3, arbitrary: vietWord }, { weight: 1, arbitrary: asciiWord }), separator), {
    minLength: 1,
    maxLength: 60,
  })
  .map((parts) => parts.map(([w, s]) => w + s).join(''))
  // Nearly every Vietnamese sentence has a letter outside Latin-1 (ư ơ đ ă ạ ế...). Without one, a
  // made-up syllable such as "phã" is as likely TCVN3 mojibake of "phó"; the test below covers
  // Latin-1-only text made of real words.
  .filter((text) => VIETNAMESE_ONLY.test(text));

// â and Â are Latin-1 letters (U+00E2, U+00C2): "phã âm " has no letter outside Latin-1.
const VIETNAMESE_ONLY = /[ăđơưĩũĂĐƠƯĨŨ\u1EA0-\u1EF9]/u;

// Common words written with ASCII and Latin-1 letters only ("có", "các", "thông", "báo", "phó").
const LATIN1_WORDS = [...COMMON_WORDS].filter((w) => /^[a-zà-ýđ]+$/u.test(w) && !/[ăđơưĩũ]/u.test(w));

describe('decodeBuffer on any bytes', () => {
  it('never throws, returns NFC text, a known encoding and one-sentence warnings', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (buf) => {
        const d = decodeBuffer(buf);
        expect(d.text.normalize('NFC')).toBe(d.text);
        expect(KNOWN.has(d.encoding)).toBe(true);
        for (const w of d.warnings) expect(w).toMatch(/^[A-Z0-9][^\n]*\.$/);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on bytes built from legacy letters, marks and NULs', () => {
    const legacyByte = fc.oneof(
      fc.integer({ min: 0x80, max: 0xff }),
      fc.constantFrom(0x00, 0x0a, 0x20, 0x61, 0x6f, 0x75, 0x41, 0xf9, 0xe2, 0xab, 0xb8, 0xd5, 0xef, 0xbb, 0xbf, 0xfe, 0xff),
    );
    fc.assert(
      fc.property(fc.array(legacyByte, { maxLength: 2000 }), (arr) => {
        const d = decodeBuffer(Uint8Array.from(arr));
        expect(d.text.normalize('NFC')).toBe(d.text);
        expect(KNOWN.has(d.encoding)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws with any known encoding forced', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 500 }), fc.constantFrom(...ENCODING_NAMES), (buf, encoding) => {
        const d = decodeBuffer(buf, { encoding });
        expect(d.text.normalize('NFC')).toBe(d.text);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on any string encoded as UTF-8', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        const d = decodeBuffer(new TextEncoder().encode(s));
        expect(d.text.normalize('NFC')).toBe(d.text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('decodeBuffer on Vietnamese and ASCII text', () => {
  it('returns UTF-8 text unchanged (NFC) and reports utf-8', () => {
    fc.assert(
      fc.property(notice, (text) => {
        const d = decodeBuffer(new TextEncoder().encode(text));
        expect(d.text).toBe(text.normalize('NFC'));
        expect(d.encoding).toBe('utf-8');
        expect(d.warnings).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('returns text of real words with Latin-1 letters only unchanged', () => {
    expect(LATIN1_WORDS.length).toBeGreaterThan(15);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...LATIN1_WORDS), separator), { minLength: 1, maxLength: 30 }), (parts) => {
        const text = parts.map(([w, s]) => w + s).join('');
        const d = decodeBuffer(new TextEncoder().encode(text));
        expect(d).toEqual({ text, encoding: 'utf-8', warnings: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('returns any single Vietnamese letter in a word unchanged', () => {
    const letters = vietnameseLetters().map((l) => l.letter);
    fc.assert(
      fc.property(fc.constantFrom(...letters), fc.constantFrom('', 'n', 'ng'), (letter, coda) => {
        const text = 'Số ' + 'b' + letter + coda;
        expect(decodeBuffer(new TextEncoder().encode(text)).text).toBe(text);
      }),
    );
  });

  it('returns printable ASCII without VIQR marks unchanged', () => {
    // "(" is left out too: after a vowel it is the VIQR breve ("ta(m" is "tăm").
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9 .,;:\/\-\n")*#%&=@_]{0,200}$/), (text) => {
        const d = decodeBuffer(new TextEncoder().encode(text));
        expect(d).toEqual({ text, encoding: 'utf-8', warnings: [] });
      }),
      { numRuns: 400 },
    );
  });
});

describe('parseNoticeBuffer on legacy bytes', () => {
  it('returns a valid notice that records the detected or forced encoding', () => {
    const legacy = fc.tuple(notice, fc.constantFrom('tcvn3', 'vni', 'windows-1258', 'viqr') as fc.Arbitrary<'tcvn3' | 'vni' | 'windows-1258' | 'viqr'>);
    fc.assert(
      fc.property(legacy, fc.option(fc.constantFrom(...ENCODING_NAMES), { nil: undefined }), ([text, enc], forced) => {
        const bytes = encodeLegacy(text, enc);
        const n = NoticeSchema.parse(parseNoticeBuffer(bytes, forced ? { encoding: forced } : {}));
        expect(n.encoding).toBe(decodeBuffer(bytes, forced ? { encoding: forced } : {}).encoding);
        if (forced) expect(n.encoding).toBe(forced);
      }),
      { numRuns: 150 },
    );
  });
});
