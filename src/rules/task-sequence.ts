import { defineRule } from '../check/types.js';
import { contentLines } from '../check/body.js';

// A top-level numbered item at the start of a line: "1. ...", "**6. Giao ...", "2.\tThống nhất ...".
// "1.1." is a sub-item and does not count.
const NUMBERED = /^[ \t\f]*(?:\*\*)?(?<n>\d{1,2})\.(?!\d)[ \t]*(?=\S)/;
// A Roman section heading restarts the numbering: "I. ĐÁNH GIÁ CHUNG", "II. Nhiệm vụ ...".
const ROMAN = /^[ \t\f]*(?:\*\*)?(?<r>[IVX]{1,5})\.[ \t]+\S/;

interface Numbered {
  n: number;
  line: number;
  label: string;
  section: number;
}

/** 18: numbered tasks run 1, 2, 3 ... with no gap or repeat. */
export default defineRule({
  id: 'content/task-sequence',
  description: 'Numbered tasks run 1, 2, 3 ... within each section, with no gap and no repeat.',
  severity: 'error',
  docs: {
    article: 'Not from the decree: a content check of this project (Nghị định 30/2020/NĐ-CP, Phụ lục I, II.6đ numbers clauses in Arabic order)',
    tt01: 'Not a decree rule; applies under both standards.',
    party: 'Applies to party documents too.',
  },
  check(ctx) {
    const { source } = ctx;
    const items: Numbered[] = [];
    // The numbering is read from the lines themselves: the parsed task tree leaves out numbered
    // headings that are not tasks ("1. Kết quả kiểm tra"), which still count in the sequence.
    const [start, stop] = contentLines(ctx);
    let section = 0;
    for (let n = start; n < stop; n++) {
      const line = source.line(n);
      if (ROMAN.test(line)) {
        section++;
        continue;
      }
      const m = NUMBERED.exec(line);
      if (m?.groups) items.push({ n: Number(m.groups.n), line: n, label: `${m.groups.n}.`, section });
    }
    let prev: Numbered | null = null;
    for (const it of items) {
      const expected = prev && prev.section === it.section ? prev.n + 1 : 1;
      if (it.n !== expected) {
        const line = source.line(it.line);
        const col = line.indexOf(it.label);
        const start = source.lineStart(it.line) + Math.max(0, col);
        const what = prev && prev.section === it.section
          ? it.n === prev.n ? `repeats task ${prev.n}` : `follows task ${prev.n}`
          : 'opens the list';
        ctx.report({ message: `Task ${it.n} ${what}; expected ${expected}.`, start, end: start + it.label.length });
      }
      prev = it;
    }
  },
});
