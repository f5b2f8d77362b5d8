/**
 * Every corpus document, rewritten the ways editors, converters and copies rewrite notices, parses to the same
 * notice as the document itself: the same fields, on the lines they moved to.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { digest } from '../src/digest.js';
import { parseNotice } from '../src/parse/notice.js';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const files = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const texts = new Map(files.map((f) => [f, readFileSync(new URL(f, FIXTURES), 'utf8')]));

// "- " points at a line start, and the numbered, lettered and Roman labels before a capital.
const DASH_POINT = /^(\s*)- /gmu;
const LABEL_SPACE = /^(\s*)(\d{1,2}|[IVX]{1,4}|[a-zđ])([.)]) (?=\p{Lu})/gmu;

/** The ways a document is rewritten, each with what it does to the line numbers. */
const REWRITES: [name: string, rewrite: (text: string) => string, line: (n: number) => number][] = [
  ['star bullets ("* " for "- "), as Google Docs and Markdown editors write them', (t) => t.replace(DASH_POINT, '$1* '), (n) => n],
  ['Word list bullets exported as text ("·" and U+F0B7 for "- ")', (t) => t.replace(DASH_POINT, (_m, s: string) => `${s}${s.length % 2 ? '\uF0B7\t' : '· '}`), (n) => n],
  ['labels typed without their space ("1.Giao", "a)Rà soát")', (t) => t.replace(LABEL_SPACE, '$1$2$3'), (n) => n],
  ['Markdown escapes before list labels ("1\\.", "a\\)", "\\-")', (t) => t.replace(LABEL_SPACE, '$1$2\\$3 ').replace(DASH_POINT, '$1\\- '), (n) => n],
  ['tabs between Word table cells', (t) => t.replace(/ \| /gu, '\t'), (n) => n],
  ['double spacing (a blank line after every line)', (t) => t.split('\n').join('\n\n'), (n) => 2 * n - 1],
  ['Windows line ends', (t) => t.replace(/\r?\n/gu, '\r\n'), (n) => n],
  ['decomposed Unicode (NFD), as macOS and UniKey\'s "tổ hợp" write it', (t) => t.normalize('NFD'), (n) => n],
];

/** The digest of a notice with its line numbers passed through `line`: fields, tasks, and those in sentences. */
function moved(text: string, line: (n: number) => number): unknown {
  const move = (value: unknown, key = ''): unknown => {
    if (typeof value === 'number') return key === 'line' || key === 'endLine' || key === 'lines' ? line(value) : value;
    if (typeof value === 'string') return value.replace(/on line (\d+)/gu, (_m, n: string) => `on line ${line(Number(n))}`);
    if (Array.isArray(value)) return value.map((v) => move(v, key === 'lines' ? 'lines' : ''));
    if (value !== null && typeof value === 'object') {
      // Every number under `lines` is a line: `lines.issuer`, `lines.subject`, ...
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, move(v, key === 'lines' ? 'lines' : k)]));
    }
    return value;
  };
  return move(digest(parseNotice(text)));
}

describe.each(REWRITES)('the corpus rewritten with %s', (_name, rewrite, line) => {
  it('changes most documents', () => {
    const changed = files.filter((f) => rewrite(texts.get(f)!) !== texts.get(f));
    expect(changed.length).toBeGreaterThanOrEqual(20);
  });

  it.each(files)('%s parses to the same notice', (file) => {
    const text = texts.get(file)!;
    expect(digest(parseNotice(rewrite(text)))).toEqual(moved(text, line));
  });
});
