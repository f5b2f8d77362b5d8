import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maxReach } from '../../src/parse/deadlines/patterns.js';

describe('maxReach', () => {
  it('counts atoms, the longest branch, bounded repeats, look-arounds and back-references', () => {
    expect(maxReach(String.raw`trong\s{1,2}(?:ngày|tháng)`)).toBe(12);
    expect(maxReach(String.raw`[\p{L}\d]{1,10}\s?`)).toBe(11);
    expect(maxReach(String.raw`(?<=a)b(?!cd)`)).toBe(4);
    expect(maxReach(String.raw`(?<d>\d{1,2})(?<sep>[/.])\d{1,2}\k<sep>\d{4}`)).toBe(2 + 1 + 2 + 4 + 9); // the back-reference counted as all the rest reaches
    expect(maxReach(String.raw`\u1EA0\x41\u{1F600}[\]x]`)).toBe(4);
    expect(maxReach(String.raw`(?:ab|c){3}`)).toBe(6);
  });

  it('is Infinity for unbounded repeats', () => {
    for (const p of [String.raw`\d+`, 'a*', String.raw`\s{2,}`, '(?:x|y+)', 'a+?']) expect(maxReach(p), p).toBe(Infinity);
  });

  it('bounds every match of random patterns', () => {
    const atom = fc.constantFrom('a', 'b', '[ab]', '\\s', '.', '\\d');
    const quant = fc.constantFrom('', '?', '{1,3}', '{2}', '{0,2}', '??');
    const piece = fc.tuple(atom, quant).map(([a, q]) => a + q);
    const seq = fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join(''));
    const group = fc.tuple(fc.array(seq, { minLength: 1, maxLength: 3 }), quant).map(([alts, q]) => `(?:${alts.join('|')})${q}`);
    const pattern = fc.array(fc.oneof(piece, group), { minLength: 1, maxLength: 4 }).map((p) => p.join(''));
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '1', 'x'), maxLength: 30 });
    fc.assert(
      fc.property(pattern, text, (p, t) => {
        const limit = maxReach(p);
        const re = new RegExp(p, 'gy');
        for (let i = 0; i <= t.length; i++) {
          re.lastIndex = i;
          const m = re.exec(t);
          if (m) expect(m[0].length).toBeLessThanOrEqual(limit);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
