import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TYPE_NAMES } from '../../src/check/header.js';
import { fold, splitCells } from '../../src/check/text.js';
import { RULES } from '../../src/rules/index.js';
import { ND30_MARKS, TT01_MARKS } from '../../src/rules/urgency-mark.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const RULE_TESTS = readFileSync(new URL('./rules.test.ts', import.meta.url), 'utf8');

describe('rules', () => {
  it('have unique, stable, prefixed kebab-case ids', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(?:nd30|content)\/[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
  for (const r of RULES) {
    it(`${r.id} has a doc page with examples, its source and the tt01 note, and tests`, () => {
      const page = `${ROOT}docs/rules/${r.id}.md`;
      expect(existsSync(page)).toBe(true);
      const md = readFileSync(page, 'utf8');
      expect(md).toContain(`# ${r.id}`);
      expect(md).toMatch(/## Failing example/);
      expect(md).toMatch(/## Passing example/);
      expect(md).toMatch(/Thông tư 01\/2011/);
      expect(md).toContain(r.docs.article.split(',')[0] as string);
      expect(RULE_TESTS).toContain(`testRule(rule('${r.id}')`);
      expect(r.description).toMatch(/\.$/);
    });
  }
});

describe('text helpers', () => {
  it('fold keeps the length and drops tones and case', () => {
    for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Nơi nhận:', 'ĐẢNG']) {
      expect(fold(s)).toHaveLength(s.length);
    }
    expect(fold('Độc lập - Tự do - Hạnh phúc')).toBe('doc lap - tu do - hanh phuc');
  });
  it('fold gives what folding each character on its own gives, for any text', () => {
    // The definition: each code point folded through NFD and lower case, one unit for one unit.
    const byCharacter = (s: string) => {
      let out = '';
      for (const ch of s) {
        if (ch === 'đ' || ch === 'Đ') out += 'd';
        else {
          const lower = (ch.normalize('NFD')[0] ?? ch).toLowerCase();
          out += ch.length === 2 ? lower.padEnd(2, ' ').slice(0, 2) : (lower[0] ?? ' ');
        }
      }
      return out;
    };
    const vietnamese = fc.string({ unit: fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ İ𝐀\uD800') });
    fc.assert(fc.property(fc.oneof(vietnamese, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme', maxLength: 3000 })), (s) => {
      expect(fold(s)).toBe(byCharacter(s));
    }));
    expect(fold('Số 𝐀 İ \uD800x')).toBe(byCharacter('Số 𝐀 İ \uD800x'));
    const long = 'Độc lập 𝐀 '.repeat(1000);
    expect(fold(long)).toBe(byCharacter(long));
  });
  it('dictionaries are NFC', () => {
    for (const [name, abbr] of TYPE_NAMES) {
      expect(name.normalize('NFC')).toBe(name);
      expect(abbr.normalize('NFC')).toBe(abbr);
    }
    for (const m of TT01_MARKS) expect(m.normalize('NFC')).toBe(m);
    expect(TT01_MARKS).toEqual(expect.arrayContaining(ND30_MARKS));
  });
  it('splits Word table rows and PDF columns but not the blanks of a draft', () => {
    const cells = (s: string) => splitCells(s, 1, 0).map((c) => c.text);
    expect(cells('SỞ CÔNG THƯƠNG |  | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toEqual(['SỞ CÔNG THƯƠNG', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
    expect(cells('  Số: 1894 /TB-SCT                   Lào Cai, ngày 09 tháng 4 năm 2026')).toEqual(['Số: 1894 /TB-SCT', 'Lào Cai, ngày 09 tháng 4 năm 2026']);
    expect(cells('Số:           /TB-VP | Lào Cai, ngày        tháng 6 năm 2026')).toEqual(['Số:           /TB-VP', 'Lào Cai, ngày        tháng 6 năm 2026']);
    expect(cells('**TL. CHỦ TỊCH')).toEqual(['TL. CHỦ TỊCH']);
    expect(cells(' | CỘNG HÒA')).toEqual(['', 'CỘNG HÒA']);
  });
  it('stays fast on long runs of spaces and pipes', () => {
    const line = 'Số:' + ' '.repeat(50_000) + '|'.repeat(10) + ' '.repeat(50_000) + 'x';
    const t = performance.now();
    splitCells(line, 1, 0);
    expect(performance.now() - t).toBeLessThan(500);
  });
});
