import { describe, expect, it } from 'vitest';
import { findDeadlines } from '../../src/parse/deadlines/index.js';

// Every pattern is made of bounded pieces anchored on a keyword or a digit, so the engine is linear.
// These inputs of about 1 MB repeat the fragments most likely to make a backtracking engine blow up.
const MB = 1_000_000;
function repeat(fragment: string): string {
  return fragment.repeat(Math.ceil(MB / fragment.length)).slice(0, MB);
}

const INPUTS: Array<[string, string]> = [
  ['ngày 1/1/ ', repeat('ngày 1/1/ ')],
  ['tháng tháng', repeat('tháng ')],
  ['digits and slashes', repeat('1/2/3/4/5/6/7/8/9/0/')],
  ['digits and dashes', repeat('12-12-12-12 ')],
  ['trước ngày trước ngày', repeat('trước ngày ')],
  ['từ ngày 1/1 đến ngày', repeat('từ ngày 1/1 đến ngày ')],
  ['tháng 1, 2, 3', repeat('tháng 1, 2, 3, ')],
  ['kể từ ngày with no end', 'trong vòng 10 ngày kể từ ngày ' + repeat('a')],
  ['spaces', repeat(' ')],
  ['ngay ngay', repeat('ngay ')],
  ['quý quý I', repeat('quý I quý ')],
  ['hằng hằng', repeat('định kỳ hằng ')],
];

describe('linear time on 1 MB of date fragments', () => {
  it.each(INPUTS)('%s finishes in under 2 s', (_name, text) => {
    const t0 = performance.now();
    const found = findDeadlines(text, { ref: { date: '2017-09-15', certain: true } });
    const ms = performance.now() - t0;
    expect(Array.isArray(found)).toBe(true);
    expect(ms).toBeLessThan(2000);
  });
});
