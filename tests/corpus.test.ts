import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNoticeBuffer } from '../src/parse/notice.js';
import { NoticeSchema, type Task } from '../src/schema.js';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'));

function* walk(tasks: Task[]): Generator<Task> {
  for (const t of tasks) {
    yield t;
    yield* walk(t.subtasks);
  }
}

describe('every document of the corpus', () => {
  it('is in fixtures/ (42 documents)', () => {
    expect(files.length).toBeGreaterThanOrEqual(42);
  });

  for (const file of files) {
    it(`${file} parses without a crash into a valid notice whose lines exist`, () => {
      const bytes = readFileSync(new URL(file, FIXTURES));
      const lineCount = bytes.toString('utf8').split(/\r\n|\r|\n/u).length;
      const notice = NoticeSchema.parse(parseNoticeBuffer(bytes, { source: file }));
      for (const line of Object.values(notice.lines)) if (line !== null) expect(line).toBeLessThanOrEqual(lineCount);
      for (const t of walk(notice.tasks)) {
        expect(t.line).toBeGreaterThanOrEqual(1);
        expect(t.endLine).toBeGreaterThanOrEqual(t.line);
        expect(t.endLine).toBeLessThanOrEqual(lineCount);
        for (const d of t.deadlines) {
          // A phrase set for every item by a paragraph after the list is not in the item's own text.
          if (!d.note?.includes('Set for every item')) expect(t.text).toContain(d.text);
          if (d.start && d.end) expect(d.start <= d.end).toBe(true);
        }
      }
    });
  }
});
