import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyFixes, checkText, fixText, writeBack } from '../../src/check/engine.js';
import { RULES } from '../../src/rules/index.js';
import { AS_OF, VALID, edit } from './helpers.js';

const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname;
const opts = { rules: RULES, asOf: AS_OF };

// Every mechanically fixable problem at once: colon, leading zeros, motto, symbol spacing, labels, recipients (their
// marks and ends).
const BROKEN = edit({
  2: 'TỈNH BẮC GIANG | Độc lập – Tự do-Hạnh phúc',
  3: 'Số 5 /TB - UBND | Bắc Giang, ngày 5 tháng 2 năm 2021',
  9: '1.Sở Tài chính báo cáo trước ngày 15/3/2021.',
  10: '2.Sở Nội vụ phối hợp thực hiện.',
  14: '- Sở Tài chính,',
  15: '· Sở Nội vụ',
  16: '- Lưu: VT, TH',
});

describe('--fix', () => {
  it('fixes every mechanically fixable problem into the well-formed text', () => {
    const r = fixText(BROKEN, opts);
    expect(r.text).toBe(VALID);
    expect(r.diagnostics).toEqual([]);
    expect(r.fixed).toBeGreaterThanOrEqual(12);
  });

  it('writes a place-date in figures out in words, with the zeros of Nghị định 30', () => {
    const r = fixText(BROKEN.replace('ngày 5 tháng 2 năm 2021', 'ngày 5/2/2021'), opts);
    expect(r.text).toBe(VALID);
    expect(fixText(edit({ 3: 'Số: 05/TB-UBND | Bắc Giang, ngày 15.9.2017' }), opts).text.split('\n')[2]).toBe('Số: 05/TB-UBND | Bắc Giang, ngày 15 tháng 9 năm 2017');
  });

  it('puts "- " before recipients whose dashes were dropped or that were numbered', () => {
    expect(fixText(edit({ 14: 'Sở Tài chính;', 15: 'Sở Nội vụ;', 16: 'Lưu: VT, TH.' }), opts).text).toBe(VALID);
    expect(fixText(edit({ 14: '1. Sở Tài chính;', 15: '2. Sở Nội vụ;', 16: '3. Lưu: VT, TH.' }), opts).text).toBe(VALID);
  });

  it('writes a công văn\'s "Về việc" as "V/v"', () => {
    const cv = edit({ 3: 'Số: 05/UBND-KT | Bắc Giang, ngày 05 tháng 02 năm 2021', 5: 'Về việc cải cách hành chính', 6: '' });
    expect(fixText(cv, opts).text.split('\n')[4]).toBe('V/v cải cách hành chính');
  });

  it('writes "Ngày" after the place in lower case', () => {
    expect(fixText(BROKEN.replace('ngày 5 tháng 2', 'Ngày 5 tháng 2'), opts).text).toBe(VALID);
    expect(fixText(BROKEN.replace('ngày 5 tháng 2 năm 2021', 'Ngày 5/2/2021'), opts).text).toBe(VALID);
  });

  it('fixes "Nơi  nhận" without its colon to "Nơi nhận:"', () => {
    expect(fixText(edit({ 13: 'Nơi  nhận' }), opts).text).toBe(VALID);
    expect(fixText(edit({ 13: 'Nơi  nhận:' }), opts).text).toBe(VALID);
  });

  describe('writeBack', () => {
    const fix = (raw: string) => writeBack(raw, fixText(raw, opts).text);

    it('keeps the lines no fix touched as the file has them: no-break spaces, decomposed letters, line ends', () => {
      const raw = BROKEN.replace('Sở Tài chính báo cáo', 'Sở\u00A0Tài chính báo cáo').replace('Hạnh phúc', 'Hạnh phúc'.normalize('NFD'));
      const lines = fix(raw.replace(/\n/gu, '\r\n')).split('\r\n');
      expect(lines).toHaveLength(VALID.split('\n').length);
      // Line 9 was fixed ("1.Sở" -> "1. Sở") around its no-break space, which stays.
      expect(lines[8]).toBe('1. Sở\u00A0Tài chính báo cáo trước ngày 15/3/2021.');
      // The motto's line was fixed and changed length under NFC: written as fixed, in NFC.
      expect(lines[1]).toBe(VALID.split('\n')[1]);
      // An untouched line keeps its letters decomposed.
      const nfd = edit({ 5: 'THÔNG BÁO'.normalize('NFD') });
      expect(fix(nfd).split('\n')[4]).toBe('THÔNG BÁO'.normalize('NFD'));
    });

    it('keeps each line\'s own end, a lone CR included, and a text without a last line end', () => {
      const raw = 'a\r\nb\rc\nd';
      expect(writeBack(raw, 'a\nB\nc\nd')).toBe('a\r\nB\rc\nd');
      expect(writeBack('x\u00A0y\n', 'x y!\n')).toBe('x\u00A0y!\n');
    });

    it('gives the fixed text as it is when the line count differs', () => {
      expect(writeBack('a\nb', 'a\nb\nc')).toBe('a\nb\nc');
    });
  });

  it('is idempotent: fixing the fixed text changes nothing', () => {
    const once = fixText(BROKEN, opts);
    const twice = fixText(once.text, opts);
    expect(twice.text).toBe(once.text);
    expect(twice.fixed).toBe(0);
  });

  for (const name of ['bacgiang-307-TB-UBND-2017.txt', 'laichau-28-TB-UBND-2012.txt', '012_lamdong-tbkl-hoi-nghi-cchc-22-1-2026.txt', '022_laocai-cv-6795-snnmt-nghia-vu-mo-quy-xa.txt']) {
    it(`leaves no fixable problem in ${name} and keeps its line count`, () => {
      const text = readFileSync(FIXTURES + name, 'utf8');
      const r = fixText(text, opts);
      expect(r.diagnostics.filter((d) => d.fix)).toEqual([]);
      expect(r.text.split('\n')).toHaveLength(text.replace(/\r\n/g, '\n').split('\n').length);
      expect(fixText(r.text, opts).text).toBe(r.text);
    });
  }

  it('fixes "Số: 307 /TB-UBND" in Bắc Giang to "Số: 307/TB-UBND" and nothing else on the line', () => {
    const r = fixText(readFileSync(FIXTURES + 'bacgiang-307-TB-UBND-2017.txt', 'utf8'), opts);
    expect(r.text.split('\n')[2]).toBe('Số: 307/TB-UBND');
  });

  it('applies non-overlapping fixes from the end and skips overlapping ones', () => {
    const r = applyFixes('abcdef', [
      { range: [1, 3], text: 'X' },
      { range: [2, 4], text: 'Y' },
      { range: [5, 5], text: '!' },
    ]);
    // "!" goes in before "f" (offset 5), "cd" becomes "Y"; "bc" overlaps "cd" and is skipped.
    expect(r.text).toBe('abYe!f');
    expect(r.applied).toBe(2);
  });

  it('reports fixes only where the rule is fixable', () => {
    const r = checkText(BROKEN, opts);
    const fixable = new Set(RULES.filter((x) => x.fixable).map((x) => x.id));
    for (const d of r.diagnostics) if (d.fix) expect(fixable.has(d.ruleId)).toBe(true);
  });
});
