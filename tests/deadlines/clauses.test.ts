import { describe, expect, it } from 'vitest';
import { TextIndex } from '../../src/parse/deadlines/index.js';

// The clause bounds as they were defined: every match of the boundary pattern over the whole text,
// then the nearest one on each side, at most 240 characters away.
const BOUNDARY = /[\n;!?]|\.(?=\s|$)/g;
function reference(text: string, index: number): [number, number] {
  const all = [...text.matchAll(BOUNDARY)].map((m) => m.index);
  const before = all.filter((b) => b < index);
  const after = all.filter((b) => b >= index);
  const b = before.length ? (before[before.length - 1] as number) : -1;
  const e = after.length ? (after[0] as number) : text.length;
  return [Math.max(b + 1, index - 240, 0), Math.min(e, index + 240, text.length)];
}

describe("clause bounds read around a candidate, then from the list of boundaries", () => {
  it('are those of the boundary pattern over the whole text', () => {
    const pieces = ['a', 'b c', '.', '. ', '.\u00a0', '.\u3000', '3.7', ';', '!', '?', '\n', ' ', 'x'.repeat(120), '\u2028', '.\ufeff'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 300; n++) {
      let text = '';
      const parts = Math.floor(random() * 12);
      for (let k = 0; k < parts; k++) text += pieces[Math.floor(random() * pieces.length)];
      // A fresh index reads around the candidate; one asked many times lists the boundaries.
      const shared = new TextIndex(text);
      for (let i = 0; i <= text.length; i++) {
        const fresh = new TextIndex(text);
        const expected = [text, i, ...reference(text, i)];
        expect([text, i, fresh.clauseStart(i), fresh.clauseEnd(i)]).toEqual(expected);
        expect([text, i, shared.clauseStart(i), shared.clauseEnd(i)]).toEqual(expected);
      }
    }
  });
});
