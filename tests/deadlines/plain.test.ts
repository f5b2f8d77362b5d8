import { describe, expect, it } from 'vitest';
import { analyseTimeExpressions } from '../../src/parse/deadlines/index.js';
import type { DeadlineContext } from '../../src/parse/deadlines/index.js';
import { ALPHABET, plainSource, prepare } from '../../src/parse/deadlines/patterns.js';
import table from './phrases.json' with { type: 'json' };

// The plain path (patterns.ts) is exact only if, for every character of the alphabet, lower-casing
// keeps one character of the alphabet, compares as case-insensitive matching does, and keeps letters
// and digits what \p{L} and \p{N} say they are. Checked here character by character.
const plainChars: string[] = [];
for (let c = 0; c < 0x10000; c++) {
  const ch = String.fromCharCode(c);
  if (prepare(ch).plain) plainChars.push(ch);
}
const escape = (ch: string) => `\\u{${(ch.codePointAt(0) as number).toString(16)}}`;

describe('the alphabet of plain texts', () => {
  it('holds the Vietnamese letters and the punctuation of notices, not "İ", "ſ", Greek or surrogates', () => {
    expect(prepare('Tết Nguyên Đán, “Ủy ban” – 15/10/2017…').plain).toBe(true);
    for (const ch of ['\u0130', '\u017f', '\u212a', '\u00b5', '\u03a3', '\u00b2', '\ud83d\ude00', '\ud800']) expect(prepare(`trước ${ch}`).plain).toBe(false);
  });

  it('lower-cases each character into one character of the alphabet', () => {
    for (const ch of plainChars) {
      const lower = ch.toLowerCase();
      expect(lower.length).toBe(1);
      expect(prepare(lower).plain).toBe(true);
    }
  });

  it('matches case-insensitively exactly the characters with the same lower case', () => {
    const lowerOf = new Map(plainChars.map((ch) => [ch, ch.toLowerCase()]));
    for (const p of plainChars) {
      const re = new RegExp(`^${escape(p)}$`, 'iu');
      for (const ch of plainChars) {
        if (re.test(ch) !== (lowerOf.get(ch) === lowerOf.get(p))) throw new Error(`${p} and ${ch} disagree`);
      }
    }
  });

  it('spells \\p{L} and \\p{N} exactly on the alphabet', () => {
    const letter = new RegExp(`[${ALPHABET.letters}]`);
    const digit = new RegExp(`[${ALPHABET.digits}]`);
    for (const ch of plainChars) {
      expect([ch, letter.test(ch)]).toEqual([ch, /\p{L}/u.test(ch)]);
      expect([ch, digit.test(ch)]).toEqual([ch, /\p{N}/u.test(ch)]);
    }
  });

  it('rewrites the classes inside and outside brackets', () => {
    const src = plainSource(String.raw`(?=\p{L})[\p{L}\p{N}/]\p{N}[^\]\p{L}]`);
    expect(src).not.toContain(String.raw`\p`);
    const re = new RegExp(src);
    expect(re.test('xa5/')).toBe(true);
    expect(re.test('a/5]')).toBe(false);
  });
});

// A character outside the alphabet, after a paragraph break, sends a text down the path with the
// patterns as written and changes nothing else: both paths must read every sentence the same way.
describe('the plain path and the patterns as written agree', () => {
  const rows = [...table.positive, ...table.negative] as Array<{ sentence: string; ref: string; refCertain: boolean; meetingDate?: string }>;
  const variants = (s: string) => [s, s.toUpperCase(), s.replace(/(^|\s)(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase())];
  it.each(rows.map((r) => [r.sentence.slice(0, 60), r] as const))('%s', (_name, r) => {
    const ctx: DeadlineContext = { ref: { date: r.ref, certain: r.refCertain }, meetingDate: r.meetingDate ?? null };
    for (const text of variants(r.sentence)) {
      const other = `${text}\nİ`;
      expect(prepare(text).plain).toBe(true);
      expect(prepare(other).plain).toBe(false);
      expect(analyseTimeExpressions(other, ctx)).toEqual(analyseTimeExpressions(text, ctx));
    }
  });

  it('keeps the casing of what the output shows', () => {
    const ctx: DeadlineContext = { ref: { date: '2026-03-02', certain: true } };
    const text = 'Hoàn thành Trong Vòng 10 Ngày Kể Từ Ngày Ủy Ban ký; báo cáo vào Thứ Sáu Hằng Tuần; Giai Đoạn 2026-2030.';
    const plain = analyseTimeExpressions(text, ctx);
    expect(plain).toEqual(analyseTimeExpressions(`${text}\nİ`, ctx));
    expect(JSON.stringify(plain)).toContain('Ngày Ủy Ban ký');
    expect(JSON.stringify(plain)).toContain('Thứ Sáu');
    expect(JSON.stringify(plain)).toContain('Giai Đoạn');
  });
});
