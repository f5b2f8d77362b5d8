/**
 * A date, month or quarter followed by "năm nay", "năm sau" or "năm tới" takes that year: "trước ngày 15/12 năm
 * nay" is the 15 December of the reference year, not the next one after it and a second deadline for the year.
 */
import type { Candidate } from '../types.js';

// "năm nay", "năm sau", "năm tới" right after the date; after "6 tháng đầu năm", which ends in "năm", the word alone.
const YEAR_WORDS = /^\s{1,2}năm\s{1,2}(?<which>nay|sau|tới)(?![\p{L}\p{N}])/iu;
const WHICH_YEAR = /^\s{1,2}(?<which>nay|sau|tới)(?![\p{L}\p{N}])/iu;

// Values whose year may be written after them.
const DATED = new Set(['day', 'months', 'quarter', 'yearPart']);

/**
 * Gives each yearless date that "năm nay" / "năm sau" / "năm tới" follows its year offset, its phrase the words,
 * and drops the reading of those words as a year of their own.
 * @param text the text the candidates were read from
 * @param sorted candidates sorted by position, without overlaps
 */
export function relativeYears(text: string, sorted: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let covered = -1;
  for (const c of sorted) {
    if (c.index < covered) continue;
    const v = c.value;
    if (DATED.has(v.type) && 'year' in v && v.year === null) {
      const m = (v.type === 'yearPart' ? WHICH_YEAR : YEAR_WORDS).exec(text.slice(c.end, c.end + 16));
      if (m) {
        const end = c.end + m[0].length;
        out.push({ ...c, end, yearOffset: m.groups!.which!.toLowerCase() === 'nay' ? 0 : 1 });
        covered = end;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}
