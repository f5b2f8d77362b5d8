import { describe, expect, it } from 'vitest';
import { caseOf, countCase, LETTER, LOWERCASE_LETTER, SAME_LOWER, SAME_UPPER, UPPERCASE_LETTER, WHITE_SPACE } from '../../src/text/letter-case.js';

const flags = (ch: string) => caseOf(ch.charCodeAt(0)) & (LETTER | SAME_UPPER | SAME_LOWER);

describe('caseOf', () => {
  it('tells capitals, small letters, letters without case and other characters apart', () => {
    expect(flags('Ủ')).toBe(LETTER | SAME_UPPER);
    expect(flags('đ')).toBe(LETTER | SAME_LOWER);
    expect(flags('中')).toBe(LETTER | SAME_UPPER | SAME_LOWER);
    expect(flags('1')).toBe(0);
    expect(flags(' ')).toBe(0);
  });

  it('reads the letter categories and white space as \\p{Lu}, \\p{Ll} and \\s do', () => {
    const cat = (ch: string) => caseOf(ch.charCodeAt(0)) & (UPPERCASE_LETTER | LOWERCASE_LETTER | WHITE_SPACE);
    expect(cat('Ủ')).toBe(UPPERCASE_LETTER);
    expect(cat('ư')).toBe(LOWERCASE_LETTER);
    expect(cat('中')).toBe(0);
    expect(cat('\u00a0')).toBe(WHITE_SPACE);
    expect(cat('\t')).toBe(WHITE_SPACE);
    for (let code = 0; code < 0x3100; code++) {
      const ch = String.fromCharCode(code);
      const v = caseOf(code);
      expect((v & UPPERCASE_LETTER) !== 0, ch).toBe(/^\p{Lu}$/u.test(ch));
      expect((v & LOWERCASE_LETTER) !== 0, ch).toBe(/^\p{Ll}$/u.test(ch));
      expect((v & WHITE_SPACE) !== 0, ch).toBe(/^\s$/u.test(ch));
      expect((v & LETTER) !== 0, ch).toBe(/^\p{L}$/u.test(ch));
    }
  });

  it('gives the same answer the second time, from its table', () => {
    for (const ch of ['Ệ', 'ệ', 'x', '.']) expect(caseOf(ch.charCodeAt(0))).toBe(caseOf(ch.charCodeAt(0)));
  });
});

describe('countCase', () => {
  it('counts letters and those matching the flags asked for', () => {
    expect(countCase('KT. CHỦ TỊCH', SAME_UPPER, SAME_UPPER)).toEqual({ letters: 9, matching: 9 });
    expect(countCase('Ủy ban 中', SAME_UPPER | SAME_LOWER, SAME_UPPER)).toEqual({ letters: 6, matching: 1 });
  });

  it('gives up on surrogate pairs', () => {
    expect(countCase('𝐀𝐁', SAME_UPPER, SAME_UPPER)).toBeNull();
  });
});
