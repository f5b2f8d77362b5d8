import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, parseRuleFlag, validateConfig } from '../../src/check/config.js';
import { checkText } from '../../src/check/engine.js';
import { RULES } from '../../src/rules/index.js';
import { AS_OF, VALID, edit } from './helpers.js';

describe('configuration', () => {
  it('accepts levels, options and a standard', () => {
    const c = validateConfig({ standard: 'tt01', rules: { 'nd30/content-end': 'off', 'nd30/motto': 'warn', 'nd30/signer-name': ['error', { allowTitles: true }] } }, RULES);
    expect(c.standard).toBe('tt01');
    expect(c.settings['nd30/content-end']).toEqual({ severity: 'off' });
    expect(c.settings['nd30/motto']).toEqual({ severity: 'warning' });
    expect(c.settings['nd30/signer-name']).toEqual({ severity: 'error', options: { allowTitles: true } });
  });
  it('rejects an unknown rule, key, level or option with one sentence', () => {
    expect(() => validateConfig({ rules: { 'nd30/nope': 'off' } }, RULES)).toThrow('unknown rule "nd30/nope"');
    expect(() => validateConfig({ rulez: {} }, RULES)).toThrow(/unknown key "rulez"/);
    expect(() => validateConfig({ rules: { 'nd30/motto': 'loud' } }, RULES)).toThrow(ConfigError);
    expect(() => validateConfig({ rules: { 'nd30/signer-name': ['warn', { titles: 1 }] } }, RULES)).toThrow(/options of "nd30\/signer-name"/);
    expect(() => parseConfig('{ nope', RULES)).toThrow(/not valid JSON/);
  });
  it('parses --rule flags', () => {
    expect(parseRuleFlag('nd30/content-end=off', RULES)).toEqual(['nd30/content-end', { severity: 'off' }]);
    expect(() => parseRuleFlag('nd30/content-end', RULES)).toThrow(/expects/);
    expect(() => parseRuleFlag('x/y=off', RULES)).toThrow(/unknown rule/);
  });
  it('settings turn rules off and change severities', () => {
    const text = edit({ 11: 'Văn phòng thông báo.', 2: 'TỈNH BẮC GIANG | Độc lập-Tự do-Hạnh phúc' }, VALID);
    const base = checkText(text, { rules: RULES, asOf: AS_OF });
    expect(base.diagnostics.map((d) => `${d.ruleId} ${d.severity}`)).toEqual(['nd30/motto error', 'nd30/content-end warning']);
    const c = validateConfig({ rules: { 'nd30/content-end': 'off', 'nd30/motto': 'warn' } }, RULES);
    const r = checkText(text, { rules: RULES, asOf: AS_OF, settings: c.settings });
    expect(r.diagnostics.map((d) => `${d.ruleId} ${d.severity}`)).toEqual(['nd30/motto warning']);
  });
  it('--standard picks the rule set; auto goes by the issue date', () => {
    const y2012 = edit({ 3: 'Số: 05/TB-UBND | Bắc Giang, ngày 05 tháng 02 năm 2012' });
    expect(checkText(y2012, { rules: RULES, asOf: AS_OF }).standard).toBe('tt01');
    expect(checkText(y2012, { rules: RULES, asOf: AS_OF, standard: 'nd30' }).standard).toBe('nd30');
    const edge = (d: string) => checkText(edit({ 3: `Số: 05/TB-UBND | Hà Nội, ngày ${d} tháng 03 năm 2020` }), { rules: RULES, asOf: AS_OF }).standard;
    expect(edge('04')).toBe('tt01');
    expect(edge('05')).toBe('nd30');
  });
});
