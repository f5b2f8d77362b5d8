import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toNfc } from '../../src/text/nfc.js';

// The ranges that toNfc takes as NFC without normalising.
const ALWAYS_NFC: Array<[number, number]> = [
  [0x0000, 0x02ff],
  [0x1ea0, 0x1ef9],
  [0x2010, 0x206f],
];

// Neighbours that compose or reorder with what follows or precedes them.
const NEIGHBOURS = ['a', 'A', 'o', 'ơ', 'ư', 'u', 'e', 'ê', 'y', 'ạ', '\u0301', '\u0323', '\u0309', '\u0302', '\u031b', '\u1100', '\u1161', '\u0b47'];

describe('toNfc', () => {
  it('leaves every character of its ranges unchanged, alone and beside letters and marks it could combine with', () => {
    for (const [from, to] of ALWAYS_NFC) {
      for (let c = from; c <= to; c++) {
        if (c >= 0xd800 && c <= 0xdfff) continue;
        const ch = String.fromCharCode(c);
        expect(ch.normalize('NFC')).toBe(ch);
        for (const n of NEIGHBOURS) {
          // Whatever the neighbour does, the character itself is neither composed into it nor moved.
          expect((n + ch).normalize('NFC').endsWith(ch), `U+${c.toString(16)} after ${n}`).toBe(true);
        }
      }
    }
  });

  it('composes decomposed Vietnamese and the singletons that lie outside its ranges', () => {
    expect(toNfc('Tho\u0302ng ba\u0301o')).toBe('Thông báo');
    expect(toNfc('\u2126 \u212b \u2000')).toBe('\u03a9 \u00c5 \u2002');
    expect(toNfc('Số: 307/TB-UBND – “Kết luận”')).toBe('Số: 307/TB-UBND – “Kết luận”');
  });

  it('gives what normalize("NFC") gives on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        expect(toNfc(s)).toBe(s.normalize('NFC'));
      }),
      { numRuns: 3000 },
    );
    const vietnamese = fc.string({ unit: fc.constantFrom('a', 'ô', 'ơ', 'Ư', 'ệ', ' ', '\u0301', '\u0323', '\u0303', 'đ', '–', 'Ω'), maxLength: 40 });
    fc.assert(
      fc.property(vietnamese, (s) => {
        expect(toNfc(s)).toBe(s.normalize('NFC'));
      }),
      { numRuns: 3000 },
    );
  });
});
