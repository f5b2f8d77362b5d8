import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/engine.js';
import { RULES } from '../../src/rules/index.js';
import { AS_OF, expectWellFormed } from './helpers.js';

const DIR = new URL('../../fixtures/check/', import.meta.url).pathname;

/** Reads a sidecar: one "line:col rule-id" per line; "#" starts a comment. */
function expected(name: string): string[] {
  return readFileSync(DIR + name.replace(/\.txt$/, '.expected.txt'), 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);
}

describe('marked fixture documents', () => {
  const docs = readdirSync(DIR).filter((f) => f.endsWith('.txt') && !f.endsWith('.expected.txt'));
  it('has the founding notices, two drafts and a party notice', () => {
    expect(docs).toEqual(
      expect.arrayContaining(['bacgiang-307-TB-UBND-2017.txt', 'laichau-28-TB-UBND-2012.txt', 'draft-lamdong-tbkl-cchc.txt', 'draft-lamdong-tbkl-khcn.txt', 'party-notice.txt']),
    );
  });
  for (const name of docs) {
    it(`${name} gives exactly the marked problems`, () => {
      const text = readFileSync(DIR + name, 'utf8');
      const r = checkText(text, { rules: RULES, asOf: AS_OF });
      expectWellFormed(text, r.diagnostics);
      expect(r.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(expected(name));
    });
  }
  it('holds the founding notices to Thông tư 01/2011 by their dates and the drafts to the decree', () => {
    const std = (name: string) => checkText(readFileSync(DIR + name, 'utf8'), { rules: RULES, asOf: AS_OF }).standard;
    expect(std('bacgiang-307-TB-UBND-2017.txt')).toBe('tt01');
    expect(std('laichau-28-TB-UBND-2012.txt')).toBe('tt01');
    expect(std('draft-lamdong-tbkl-cchc.txt')).toBe('nd30');
  });
  it('recognises the party notice', () => {
    expect(checkText(readFileSync(DIR + 'party-notice.txt', 'utf8'), { rules: RULES, asOf: AS_OF }).party).toBe(true);
  });
});
