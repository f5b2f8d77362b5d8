import { describe, expect, it } from 'vitest';
import { buildParagraphs } from '../../src/parse/blocks.js';
import { layoutLines, squash } from '../../src/parse/layout.js';
import { prepareText } from '../../src/text/prepare.js';

// buildParagraphs squashes a body line looking only for runs of spaces and the white space prepareText
// leaves alone; this holds the two modules to that.
const WHITE_SPACE = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter((ch) => /\s/.test(ch));

describe('buildParagraphs on prepared text', () => {
  it('squashes every kind of white space as squash() does', () => {
    expect(WHITE_SPACE.length).toBeGreaterThan(20);
    // Capitalised words: no line continues the one above it, so each line is a paragraph.
    for (const ws of WHITE_SPACE) {
      const lines = layoutLines(prepareText(`  Một${ws}Hai  Ba${ws}${ws}Bốn${ws}\nNăm${ws} Sáu\tBảy ${ws}`).split('\n'));
      const expected = lines.filter((l) => !l.blank).map((l) => squash(l.text));
      expect(buildParagraphs(lines).map((p) => p.text), JSON.stringify(ws)).toEqual(expected);
    }
  });
});
