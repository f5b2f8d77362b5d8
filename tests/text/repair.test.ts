import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repairLine, repairText } from '../../src/text/repair.js';

const FIXTURES = new URL('../../fixtures/', import.meta.url);

describe('repairLine', () => {
  it('splits syllables run together after a tone mark', () => {
    expect(repairLine('Sở Nội vụđề xuất')).toBe('Sở Nội vụ đề xuất');
    expect(repairLine('kế hoạchđã ban hành')).toBe('kế hoạch đã ban hành');
  });

  it('puts a space between a unit word and its number, not inside a longer word', () => {
    expect(repairLine('lúc 15 giờ30 ngày10/3/2026')).toBe('lúc 15 giờ 30 ngày 10/3/2026');
    expect(repairLine('xngày10 abcgiờ30')).toBe('xngày10 abcgiờ30');
  });

  it('joins letters spaced out', () => {
    expect(repairLine('t h ự c hiện')).toBe('thực hiện');
  });

  it('leaves foreign words, abbreviations and lines of pure ASCII alone', () => {
    expect(repairLine('UBND tỉnh, VLNCN, Internet')).toBe('UBND tỉnh, VLNCN, Internet');
    expect(repairLine('T H E')).toBe('T H E');
  });
});

describe('repairText', () => {
  it('repairs a whole text exactly as repairLine repairs each of its lines', () => {
    for (const name of readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(new URL(name, FIXTURES), 'utf8').replace(/\r\n?/g, '\n');
      expect(repairText(text), name).toBe(text.split('\n').map(repairLine).join('\n'));
    }
  });

  it('agrees with repairLine on any mix of spaced letters, glued syllables, units and ASCII lines', () => {
    const piece = fc.constantFrom('t h ự c', 'T H E', 'vụđề', 'giờ30', 'ngày', '10', ' ', '\n', 'a', 'Sở', 'đồngSố', 'x', '.');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(repairText(text)).toBe(text.split('\n').map(repairLine).join('\n'));
      }),
    );
  });
});
