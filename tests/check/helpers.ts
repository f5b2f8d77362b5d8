import { describe, expect, it } from 'vitest';
import { checkText, type RuleSetting } from '../../src/check/engine.js';
import type { Diagnostic, Rule, Standard } from '../../src/check/types.js';
import { RULES } from '../../src/rules/index.js';
import { SourceText } from '../../src/text/source.js';
import { prepareText } from '../../src/text/prepare.js';

/** The date the tests check as of, so that results do not depend on the day they run. */
export const AS_OF = '2026-06-30';

/** A well-formed notice under Decree 30; the rule tests change one thing in it at a time. */
export const VALID = [
  'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'TỈNH BẮC GIANG | Độc lập - Tự do - Hạnh phúc',
  'Số: 05/TB-UBND | Bắc Giang, ngày 05 tháng 02 năm 2021',
  '',
  'THÔNG BÁO',
  'Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về cải cách hành chính',
  '',
  'Ngày 01/02/2021, Chủ tịch UBND tỉnh chủ trì cuộc họp về cải cách hành chính.',
  '1. Sở Tài chính báo cáo trước ngày 15/3/2021.',
  '2. Sở Nội vụ phối hợp thực hiện.',
  'Văn phòng thông báo để các cơ quan biết, thực hiện./.',
  '',
  'Nơi nhận:',
  '- Sở Tài chính;',
  '- Sở Nội vụ;',
  '- Lưu: VT, TH.',
  '',
  'TL. CHỦ TỊCH',
  'CHÁNH VĂN PHÒNG',
  '',
  'Nguyễn Văn An',
  '',
].join('\n');

/** VALID with some lines (1-based) replaced. */
export function edit(lines: Record<number, string>, base = VALID): string {
  const out = base.split('\n');
  for (const [n, text] of Object.entries(lines)) out[Number(n) - 1] = text;
  return out.join('\n');
}

/** Checks every diagnostic is well formed: a known rule, a position inside the text. */
export function expectWellFormed(text: string, diagnostics: readonly Diagnostic[]): void {
  const src = new SourceText(prepareText(text));
  const ids = new Set(RULES.map((r) => r.id));
  for (const d of diagnostics) {
    expect(ids.has(d.ruleId), `known rule id ${d.ruleId}`).toBe(true);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(src.lineCount);
    expect(d.column).toBeGreaterThanOrEqual(1);
    // A column may point just past the last character (a missing comma or mark goes there).
    expect(d.column).toBeLessThanOrEqual(src.line(d.line).length + 1);
    expect(['error', 'warning']).toContain(d.severity);
    expect(d.message).toMatch(/^[A-Z"].*[.)]$/);
    if (d.endLine !== undefined) {
      expect(d.endLine).toBeGreaterThanOrEqual(d.line);
      expect(d.endColumn).toBeDefined();
    }
  }
}

/** An expected problem: where, and optionally part of the message and the severity. */
export interface Expected {
  line: number;
  column: number;
  message?: string | RegExp;
  severity?: 'error' | 'warning';
}

/** A test case: the text, and optionally the standard, options and as-of date. */
export interface Case {
  text: string;
  name?: string;
  standard?: Standard | 'auto';
  options?: Record<string, unknown>;
  asOf?: string;
}

/** Runs one rule over a text. */
export function runRule(rule: Rule, c: Case): Diagnostic[] {
  const settings: Record<string, RuleSetting> = c.options ? { [rule.id]: { severity: rule.severity, options: c.options } } : {};
  const r = checkText(c.text, { rules: [rule], settings, asOf: c.asOf ?? AS_OF, standard: c.standard ?? 'auto' });
  expectWellFormed(c.text, r.diagnostics);
  return r.diagnostics;
}

/**
 * textlint-style rule tester: every valid case gives no problem from the rule; every invalid case
 * gives exactly the listed problems, at those lines and columns.
 */
export function testRule(
  rule: Rule,
  cases: { valid: Array<string | Case>; invalid: Array<Case & { errors: Expected[] }> },
): void {
  describe(rule.id, () => {
    cases.valid.forEach((v, i) => {
      const c = typeof v === 'string' ? { text: v } : v;
      it(`valid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        expect(runRule(rule, c)).toEqual([]);
      });
    });
    cases.invalid.forEach((c, i) => {
      it(`invalid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        const got = runRule(rule, c);
        expect(got.map((d) => `${d.line}:${d.column}`)).toEqual(c.errors.map((e) => `${e.line}:${e.column}`));
        c.errors.forEach((e, k) => {
          const d = got[k]!;
          expect(d.ruleId).toBe(rule.id);
          if (e.message !== undefined) {
            if (typeof e.message === 'string') expect(d.message).toContain(e.message);
            else expect(d.message).toMatch(e.message);
          }
          if (e.severity) expect(d.severity).toBe(e.severity);
        });
      });
    });
  });
}
