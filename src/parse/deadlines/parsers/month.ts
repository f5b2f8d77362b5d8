/** Months and lists of months: "tháng 9/2017", "tháng 9,10/2017", "tháng 9 và tháng 10 năm 2017", "cuối tháng 10". */
import { pattern, prepare } from '../patterns.js';
import { ALL_WORDS, needs, W } from '../triggers.js';
import type { Parser } from '../types.js';
import { candidate, part, scan, year } from './common.js';

// "tháng 9/2017", "tháng 11/2017", "tháng 12 năm 2017", "tháng 02/2026", "tháng 9,10/2017",
// "tháng 9 và tháng 10 năm 2017", "tháng 9 đến tháng 11/2017", "tháng 9 - 11/2017",
// "đầu tháng 10", "giữa tháng 10", "cuối tháng 10/2017", "hạ tuần tháng 5/2026", "tháng 12", "tuần đầu tháng
// 7/2026", "nửa đầu tháng 8".
const MONTHS = pattern(
  String.raw`` +
    String.raw`(?:(?<part>tuần\s{1,2}(?:đầu|cuối)|nửa\s{1,2}(?:đầu|cuối|sau)|đầu|giữa|cuối|thượng\s{1,2}tuần|trung\s{1,2}tuần|hạ\s{1,2}tuần)\s{1,2}(?:của\s{1,2})?)?` +
    String.raw`tháng\s{1,2}(?<m>\d{1,2})` +
    String.raw`(?<more>(?:\s{0,2}(?:,|;|và|-|–|đến|tới)\s{0,2}(?:tháng\s{1,2})?\d{1,2}(?![\p{N}.\-]|/\d{1,2}(?!\d))){0,11})` +
    String.raw`(?:\s{0,2}(?:/|năm)\s{0,2}(?<y>\d{4}))?` +
    String.raw`(?![\p{L}\p{N}]|[/.\-]\p{N})`,
  'giu',
);
// The numbers and separators inside the list part.
const LIST_ITEM = /(?<sep>,|;|và|-|–|đến|tới)\s{0,2}(?:tháng\s{1,2})?(?<n>\d{1,2})/giu;

/** Finds months. */
export const monthParser: Parser = {
  name: 'month',
  triggers: ['tháng'],
  words: W.THANG,
  parse(text, s = prepare(text), seen = ALL_WORDS) {
    if (!needs(seen, W.THANG)) return [];
    return scan(s, MONTHS, (m) => {
      const g = m.groups ?? {};
      const y = year(g.y);
      if (g.y !== undefined && y === null) return null;
      const months = [Number(g.m)];
      let span = false;
      for (const item of (g.more ?? '').matchAll(LIST_ITEM)) {
        months.push(Number(item.groups?.n));
        if (/^(?:-|–|đến|tới)$/iu.test(item.groups?.sep ?? '')) span = true;
      }
      if (months.some((n) => n < 1 || n > 12)) return null;
      return candidate('month', s, m.index, m.index + m[0].length, {
        type: 'months',
        year: y,
        months,
        part: part(g.part),
        span,
      });
    }, undefined, [], W.THANG);
  },
};
