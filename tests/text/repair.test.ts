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
    // A title spaced out word by word, the words two or three spaces apart.
    expect(repairLine('     T H Ô N G   B Á O')).toBe('     THÔNG BÁO');
    expect(repairLine('K Ế  H O Ạ C H')).toBe('KẾ HOẠCH');
    expect(repairLine('a b   c')).toBe('a b   c');
  });

  it('leaves foreign words, abbreviations and lines of pure ASCII alone', () => {
    expect(repairLine('UBND tỉnh, VLNCN, Internet')).toBe('UBND tỉnh, VLNCN, Internet');
    expect(repairLine('T H E')).toBe('T H E');
  });
});

describe('repairText', () => {
  it('finds words beside symbols, private-use glyphs, marks and letters outside Latin as \\p{L} does', () => {
    expect(repairText('vụđề≈ xuất')).toBe('vụ đề≈ xuất');
    expect(repairText('\uF0B7vụđề \uF0B7đồngSố')).toBe('\uF0B7vụ đề \uF0B7đồng Số');
    expect(repairText('vụđề\u0301x')).toBe('vụ đề\u0301x');
    expect(repairText('𝐀vụđề hoạchđã𝐀 Ωvụđề')).toBe('𝐀vụđề hoạchđã𝐀 Ωvụđề');
    expect(repairText('tóu áiao hóau đồngVLNCN')).toBe('tóu ái ao hóa u đồng VLNCN');
  });

  it('joins spaced letters and glues units next to symbols and letters outside Latin as \\p{L} does', () => {
    expect(repairText('a t h ự c≈')).toBe('a thực≈');
    expect(repairText('x t h ự c𝐀')).toBe('x t h ự c𝐀');
    expect(repairText('Việc ² t h ự c')).toBe('Việc ² thực');
    expect(repairText('≈giờ30 ₜngày10 Điều5 khoản2 điểm3')).toBe('≈giờ 30 ₜngày10 Điều 5 khoản 2 điểm 3');
  });

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
