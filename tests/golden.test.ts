import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNoticeBuffer } from '../src/parse/notice.js';
import { NoticeSchema } from '../src/schema.js';
import { digest } from '../src/digest.js';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const GOLDEN = new URL('../fixtures/golden/', import.meta.url);

// Each fixtures/golden/<name>.expected.json was reviewed by hand against fixtures/<name>.txt.
const goldens = readdirSync(GOLDEN).filter((f) => f.endsWith('.expected.json'));

describe('golden notices', () => {
  it('covers every document in fixtures/, both founding notices among them', () => {
    const texts = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'));
    expect(texts.length).toBeGreaterThanOrEqual(42);
    expect(goldens.sort()).toEqual(texts.map((f) => f.replace(/\.txt$/u, '.expected.json')).sort());
    expect(goldens).toEqual(
      expect.arrayContaining(['bacgiang-307-TB-UBND-2017.expected.json', 'laichau-28-TB-UBND-2012.expected.json']),
    );
  });

  for (const file of goldens) {
    const name = file.replace(/\.expected\.json$/u, '');
    it(`${name} parses to its reviewed output`, () => {
      const bytes = readFileSync(new URL(`${name}.txt`, FIXTURES));
      const notice = NoticeSchema.parse(parseNoticeBuffer(bytes, { source: `fixtures/${name}.txt` }));
      const expected = JSON.parse(readFileSync(new URL(file, GOLDEN), 'utf8'));
      expect(digest(notice)).toEqual(expected);
    });
  }
});
