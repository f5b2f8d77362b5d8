import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEADER_FIELDS, isContested, parseAnnotation, type Annotation } from '../../src/eval/annotation.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const DIR = join(FIXTURES, 'annotations');
const FILES = readdirSync(DIR).filter((n) => n.endsWith('.json') && n !== 'floors.json').sort();

/** The fixture's text with every run of white space made one space, as phrases are compared. */
function flat(s: string): string {
  return s.normalize('NFC').replace(/\s+/gu, ' ');
}

function load(name: string): { raw: string; annotation: Annotation } {
  const raw = readFileSync(join(DIR, name), 'utf8');
  const r = parseAnnotation(JSON.parse(raw));
  if (!r.ok) throw new Error(`${name}: ${r.errors.join('; ')}`);
  return { raw, annotation: r.annotation };
}

function isCalendarDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

describe('the annotation set', () => {
  it('covers at least 26 documents: both founding notices, every TB of the corpus and 10 others', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(26);
    for (const name of ['bacgiang-307-TB-UBND-2017.json', 'laichau-28-TB-UBND-2012.json']) expect(FILES).toContain(name);
    for (let i = 1; i <= 14; i++) expect(FILES.some((f) => f.startsWith(`${String(i).padStart(3, '0')}_`))).toBe(true);
    const others = FILES.filter((f) => /^0(1[5-9]|[23]\d|40)_/.test(f));
    expect(others.length).toBeGreaterThanOrEqual(10);
  });
});

describe.each(FILES)('%s', (name) => {
  const { raw, annotation } = load(name);
  const fixture = join(FIXTURES, annotation.file);

  it('is valid, NFC, and names its own fixture', () => {
    expect(raw).toBe(raw.normalize('NFC'));
    expect(annotation.file.replace(/\.txt$/, '.json')).toBe(name);
    expect(existsSync(fixture)).toBe(true);
  });

  it('quotes header text and deadline phrases that occur in the document', () => {
    const text = flat(readFileSync(fixture, 'utf8'));
    for (const f of HEADER_FIELDS) {
      const v = annotation.header[f];
      const value = isContested(v) ? v.value : v;
      // Symbols are written without the spaces some documents put in them.
      if (typeof value === 'string' && f !== 'numberSymbol') expect(text, `${f} ${value}`).toContain(value);
      if (typeof value === 'string' && f === 'numberSymbol') expect(text.replace(/ /g, ''), value).toContain(`/${value}`);
    }
    for (const d of annotation.deadlines) expect(text, d.text).toContain(flat(d.text));
  });

  it('gives real calendar dates and tasks that are among its task ids', () => {
    const ids = new Set([...(isContested(annotation.taskIds) ? annotation.taskIds.value : annotation.taskIds), ...(annotation.taskIdsOptional ?? [])]);
    for (const d of annotation.deadlines) {
      for (const iso of [d.start, d.end]) if (iso) expect(isCalendarDate(iso), iso).toBe(true);
      if (d.task !== null && !d.contested) expect(ids.has(d.task), `task ${d.task}`).toBe(true);
    }
  });
});
