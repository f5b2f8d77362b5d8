/**
 * Years and parts of years: "năm 2017", "cuối năm 2017", "6 tháng đầu năm 2026", "năm học 2017-2018",
 * and the plan periods ("giai đoạn 2018-2020", "nhiệm kỳ 2020 – 2025") that the filter turns down.
 */
import { pattern, prepare } from '../patterns.js';
import { ALL_WORDS, needs, W } from '../triggers.js';
import type { Candidate, Parser } from '../types.js';
import { candidate, count, part, scan, year } from './common.js';

// "năm 2017", "trong năm 2012", "cuối năm 2017", "đầu năm 2018", "giữa năm 2026", "trong năm nay".
// Not "năm 2017-2018" (a span) nor "năm học ...".
const YEAR = pattern(
  String.raw`(?:(?<part>đầu|giữa|cuối)\s{1,2})?năm\s{1,2}(?:(?<y>\d{4})|(?<nay>nay))` +
    String.raw`(?![\p{L}\p{N}]|[/.]\p{N}|\s{0,2}[-–]\s{0,2}\d)`,
  'giu',
);

// "6 tháng đầu năm", "6 tháng cuối năm 2026", "8 tháng đầu năm 2017", "sáu tháng đầu năm 2026", "9 tháng đầu năm".
const YEAR_PART = pattern(
  String.raw`(?<n>\d{1,2}|sáu|ba|chín)\s{1,2}tháng\s{1,2}(?<side>đầu|cuối)\s{1,2}năm(?:\s{1,2}(?<y>\d{4}))?(?![\p{L}\p{N}])`,
  'giu',
);

// "năm học 2017-2018", "năm học 2017 - 2018".
const SCHOOL_YEAR = pattern(
  String.raw`năm\s{1,2}học\s{1,2}(?<y1>\d{4})\s{0,2}[-–]\s{0,2}(?<y2>\d{4})(?![\p{L}\p{N}])`,
  'giu',
);

// "giai đoạn 2018-2020", "giai đoạn 2026 – 2030", "nhiệm kỳ 2020 – 2025", "giai đoạn từ năm 2013 đến năm 2015".
const PERIOD = pattern(
  String.raw`(?<label>giai\s{1,2}đoạn|nhiệm\s{1,2}kỳ)\s{1,2}(?:từ\s{1,2})?(?:năm\s{1,2})?(?<y1>\d{4})` +
    String.raw`\s{0,2}(?:[-–]|đến)\s{0,2}(?:năm\s{1,2})?(?<y2>\d{4})(?![\p{L}\p{N}])`,
  'giu',
);

/** Finds years, parts of years, school years and named periods. */
export const yearParser: Parser = {
  name: 'year',
  triggers: ['năm', 'giai', 'nhiệm'],
  words: W.NAM | W.GIAI_DOAN | W.NHIEM_KY,
  parse(text, s = prepare(text), seen = ALL_WORDS) {
    const out: Candidate[] = [];
    if (needs(seen, W.NAM)) scan(s, YEAR, (m) => {
      const g = m.groups ?? {};
      const y = g.nay ? null : year(g.y);
      if (!g.nay && y === null) return null;
      return candidate('year', s, m.index, m.index + m[0].length, { type: 'year', year: y, part: part(g.part) });
    }, undefined, out, W.NAM);
    if (needs(seen, W.NAM, W.THANG)) scan(s, YEAR_PART, (m) => {
      const g = m.groups ?? {};
      const n = count(g.n ?? '');
      const y = year(g.y);
      if (n === null || n > 11 || (g.y !== undefined && y === null)) return null;
      const early = (g.side ?? '').toLowerCase() === 'đầu';
      return candidate('yearPart', s, m.index, m.index + m[0].length, {
        type: 'yearPart',
        year: y,
        fromMonth: early ? 1 : 13 - n,
        toMonth: early ? n : 12,
      });
    }, undefined, out, W.THANG);
    if (needs(seen, W.NAM_HOC)) scan(s, SCHOOL_YEAR, (m) => {
      const y1 = year(m.groups?.y1);
      const y2 = year(m.groups?.y2);
      if (y1 === null || y2 !== y1 + 1) return null;
      return candidate('schoolYear', s, m.index, m.index + m[0].length, { type: 'schoolYear', year: y1 });
    }, undefined, out, W.NAM_HOC);
    if (needs(seen, W.GIAI_DOAN | W.NHIEM_KY)) scan(s, PERIOD, (m) => {
      const y1 = year(m.groups?.y1);
      const y2 = year(m.groups?.y2);
      if (y1 === null || y2 === null) return null;
      // The label starts the match; it is taken as written ("Giai đoạn").
      const label = text.slice(m.index, m.index + (m.groups?.label ?? '').length);
      return candidate('period', s, m.index, m.index + m[0].length, {
        type: 'period',
        from: y1,
        to: y2,
        label: label.replace(/\s+/g, ' '),
      });
    }, undefined, out, W.GIAI_DOAN | W.NHIEM_KY);
    return out;
  },
};
