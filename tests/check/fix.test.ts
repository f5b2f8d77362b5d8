import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyFixes, checkText, fixText } from '../../src/check/engine.js';
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

  it('writes "Ngày" after the place in lower case', () => {
    expect(fixText(BROKEN.replace('ngày 5 tháng 2', 'Ngày 5 tháng 2'), opts).text).toBe(VALID);
    expect(fixText(BROKEN.replace('ngày 5 tháng 2 năm 2021', 'Ngày 5/2/2021'), opts).text).toBe(VALID);
  });

  it('fixes "Nơi  nhận" without its colon to "Nơi nhận:"', () => {
    expect(fixText(edit({ 13: 'Nơi  nhận' }), opts).text).toBe(VALID);
    expect(fixText(edit({ 13: 'Nơi  nhận:' }), opts).text).toBe(VALID);
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
