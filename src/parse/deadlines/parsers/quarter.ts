/** Quarters: "quý III/2017", "quý 3 năm 2017", "Quý II/2026", "trong quý IV". */
import { pattern, prepare } from '../patterns.js';
import { ALL_WORDS, needs, W } from '../triggers.js';
import type { Parser } from '../types.js';
import { candidate, quarterNumber, scan, year } from './common.js';

// "quý III/2017", "quý 3 năm 2017", "Quý II/2026", "quý IV", "Quý I/2027". Not "đá quý", "Quý báo cáo".
const QUARTER = pattern(
  String.raw`quý\s{1,2}(?<q>iv|iii|ii|i|[1-4])(?![\p{L}\p{N}])` +
    String.raw`(?:\s{0,2}(?:/|năm)\s{0,2}(?<y>\d{4})(?![\p{N}]))?`,
  'giu',
);

/** Finds quarters. */
export const quarterParser: Parser = {
  name: 'quarter',
  triggers: ['quý'],
  words: W.QUY,
  parse(text, s = prepare(text), seen = ALL_WORDS) {
    if (!needs(seen, W.QUY)) return [];
    return scan(s, QUARTER, (m) => {
      const g = m.groups ?? {};
      const q = quarterNumber(g.q ?? '');
      const y = year(g.y);
      if (q === null || (g.y !== undefined && y === null)) return null;
      return candidate('quarter', s, m.index, m.index + m[0].length, { type: 'quarter', year: y, quarter: q });
    }, undefined, [], W.QUY);
  },
};
