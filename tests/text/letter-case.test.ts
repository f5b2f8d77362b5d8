import { describe, expect, it } from 'vitest';
import { caseOf, countCase, LETTER, SAME_LOWER, SAME_UPPER } from '../../src/text/letter-case.js';

const flags = (ch: string) => caseOf(ch.charCodeAt(0)) & (LETTER | SAME_UPPER | SAME_LOWER);

describe('caseOf', () => {
  it('tells capitals, small letters, letters without case and other characters apart', () => {
    expect(flags('Ủ')).toBe(LETTER | SAME_UPPER);
    expect(flags('đ')).toBe(LETTER | SAME_LOWER);
    expect(flags('中')).toBe(LETTER | SAME_UPPER | SAME_LOWER);
    expect(flags('1')).toBe(0);
    expect(flags(' ')).toBe(0);
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
