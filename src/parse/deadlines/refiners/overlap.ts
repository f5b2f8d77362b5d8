/** Keeps the longest reading where candidates overlap ("tháng 12 năm 2017" over "năm 2017"). */
import type { Candidate } from '../types.js';

/** Orders candidates by index, the longest first at equal index. */
export function byPosition(a: Candidate, b: Candidate): number {
  return a.index - b.index || b.end - a.end;
}

/**
 * Drops every candidate that overlaps one kept before it.
 * @param sorted candidates in {@link byPosition} order
 */
export function dropOverlaps(sorted: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let lastEnd = -1;
  for (const c of sorted) {
    if (c.index >= lastEnd) {
      out.push(c);
      lastEnd = c.end;
    } else {
      // A longer candidate that starts inside the last kept one replaces it when it covers more:
      // "ngay" then "ngay trong tháng 12/2025" never happens (same index sorts longest first),
      // but "trong 6 tháng" then "6 tháng đầu năm 2026" can.
      const last = out[out.length - 1];
      if (last && c.end > last.end && c.end - c.index > last.end - last.index) {
        out[out.length - 1] = c;
        lastEnd = c.end;
      }
    }
  }
  return out;
}
