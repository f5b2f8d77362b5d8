/** Merges "từ <A> đến <B>" and "từ <A> - <B>" into one range candidate. */
import type { Candidate } from '../types.js';

// Between the two ends: nothing but spaces when B carries "đến"/"tới" itself, or a dash.
// "từ ngày 01/10 đến ngày 15/10/2017", "từ 01/10/2017 - 15/10/2017", "kể từ ngày 01/9 đến hết ngày 31/12/2017".
const BETWEEN_DASH = /^\s{0,3}[-–]\s{0,3}$/u;
const BETWEEN_SPACE = /^\s{0,3}$/u;
const TO = /^(?:đến|tới|cho\s+đến)/iu;

const ENDPOINT_TYPES = new Set(['day', 'months', 'quarter', 'yearPart', 'year']);

/**
 * Joins each start ("từ", "kể từ") to the end that follows it.
 * @param sorted candidates sorted by index, longest first at equal index
 */
export function mergeRanges(text: string, sorted: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const used = new Set<Candidate>();
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as Candidate;
    if (used.has(a)) continue;
    if (a.qualifier === 'from' && ENDPOINT_TYPES.has(a.value.type)) {
      // The first candidate that starts at or after A's end (the longest one at that place).
      let b: Candidate | undefined;
      for (let j = i + 1; j < sorted.length && j < i + 16; j++) {
        const c = sorted[j] as Candidate;
        if (c.index >= a.end) {
          b = c;
          break;
        }
      }
      if (b && ENDPOINT_TYPES.has(b.value.type)) {
        const between = text.slice(a.end, b.index);
        const joined =
          (BETWEEN_SPACE.test(between) && b.qualifierText !== null && TO.test(b.qualifierText)) ||
          (BETWEEN_DASH.test(between) && b.qualifier === null);
        if (joined) {
          used.add(b);
          out.push({
            parser: 'range',
            index: a.index,
            end: b.end,
            atomIndex: a.atomIndex,
            qualifier: 'from',
            qualifierText: a.qualifierText,
            value: { type: 'range', from: a, to: b },
          });
          continue;
        }
      }
    }
    out.push(a);
  }
  return out;
}
