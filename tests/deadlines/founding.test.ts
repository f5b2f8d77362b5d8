import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDeadlines } from '../../src/parse/deadlines/index.js';

// The two founding notices, cut into their task paragraphs (the numbered items and their "- " items,
// from the first task to the closing paragraph) the way the parse pipeline hands them to the engine.
function tasks(file: string, first: string, closing: string): string[] {
  const text = readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8').normalize('NFC').replace(/\r\n?/g, '\n');
  const body = text.slice(text.indexOf(first), text.indexOf(closing));
  return body
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\*\*/g, '').replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p.length > 0);
}

function dated(paragraphs: string[], ref: string) {
  return paragraphs.flatMap((p) =>
    findDeadlines(p, { ref: { date: ref, certain: true }, meetingDate: null })
      .filter((d) => d.end !== null)
      .map((d) => [d.text, d.kind, d.start, d.end]),
  );
}

describe('the founding notices', () => {
  it('Bắc Giang 307/TB-UBND gives exactly its four tasks\u2019 dated deadlines', () => {
    const paragraphs = tasks('bacgiang-307-TB-UBND-2017.txt', '1. Thực hiện nghiêm', 'Thừa lệnh Chủ tịch');
    expect(dated(paragraphs, '2017-09-15')).toEqual([
      ['trước 29/9/2017', 'before', null, '2017-09-29'],
      ['trong tháng 9,10/2017', 'during', '2017-09-01', '2017-10-31'],
      ['trước ngày 15/10/2017', 'before', null, '2017-10-15'],
      ['vào tháng 11/2017', 'during', '2017-11-01', '2017-11-30'],
      ['trước ngày 30/10/2017', 'before', null, '2017-10-30'],
    ]);
    const all = paragraphs.flatMap((p) => findDeadlines(p, { ref: { date: '2017-09-15', certain: true } }));
    expect(all.filter((d) => d.kind === 'recurring')).toEqual([
      expect.objectContaining({ text: '02 lần/01 năm', recurrence: { every: 'year', times: 2 }, end: null }),
    ]);
  });

  it('Lai Châu 28/TB-UBND gives one dated deadline and "ngay" as asap', () => {
    const paragraphs = tasks('laichau-28-TB-UBND-2012.txt', '1. Làm tốt công tác', 'Trên đây là ý kiến');
    expect(dated(paragraphs, '2012-06-18')).toEqual([['chậm nhất trước ngày 30/6/2012', 'before', null, '2012-06-30']]);
    const all = paragraphs.flatMap((p) => findDeadlines(p, { ref: { date: '2012-06-18', certain: true } }));
    expect(all.filter((d) => d.kind === 'asap').map((d) => d.text)).toEqual(['ngay']);
  });
});
