import { readFileSync } from 'node:fs';
import { buildParagraphs, type Para } from '../../src/parse/blocks.js';
import { layoutLines } from '../../src/parse/layout.js';
import { prepareText } from '../../src/text/prepare.js';

/** The prepared lines of a file in fixtures/ (index 0 is line 1). */
export function fixtureLines(name: string): string[] {
  const raw = readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
  return prepareText(raw).split('\n');
}

/** The prepared text of a file in fixtures/. */
export function fixtureText(name: string): string {
  return prepareText(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8'));
}

/** Lines 1-based `from` to `to` (inclusive) of a fixture, as written. */
export function fixtureSlice(name: string, from: number, to: number): string[] {
  return fixtureLines(name).slice(from - 1, to);
}

/** Paragraphs of some lines, numbered from `firstLine`. */
export function paras(lines: readonly string[], firstLine = 1): Para[] {
  return buildParagraphs(layoutLines(lines, firstLine));
}
