/** Named events: "trước Tết Nguyên đán 2018", "trước kỳ họp thứ 10 HĐND tỉnh", "trước ngày bắt đầu khai thác mỏ". */
import { pattern, prepare } from '../patterns.js';
import { ALL_WORDS, needs, W } from '../triggers.js';
import type { Parser } from '../types.js';
import { candidate, scan, year } from './common.js';

// "Tết Nguyên đán 2018", "Tết Nguyên Đán", "Tết Nguyên đán Bính Ngọ 2026", "Tết", "Tết năm 2018"; and "Tết Dương
// lịch 2027", New Year's Day, which is no lunar Tết.
// Written in lower case, as every case-insensitive pattern of the engine (see patterns.ts).
const TET = pattern(
  String.raw`tết(?:(?<solar>\s{1,2}dương\s{1,2}lịch)|\s{1,2}nguyên\s{1,2}đán)?` +
    String.raw`(?:\s{1,2}(?<stem>canh|tân|nhâm|quý|giáp|ất|bính|đinh|mậu|kỷ)\s{1,2}(?<branch>tý|sửu|dần|mão|mẹo|thìn|tỵ|tị|ngọ|mùi|thân|dậu|tuất|hợi))?` +
    String.raw`(?:\s{1,2}(?:năm\s{1,2})?(?<y>\d{4}))?(?![\p{L}\p{N}])`,
  'giu',
);

// "trước kỳ họp thứ 10 HĐND tỉnh", "trước phiên họp UBND tỉnh", "trước Hội nghị tổng kết",
// "trước ngày bắt đầu khai thác mỏ", and how long before it: "(chậm nhất) 05 ngày làm việc trước ngày tổ chức Hội
// nghị". The event ends at punctuation or a conjunction. "trước khi ..." is left out: it orders two steps of a task
// more often than it sets a time limit.
const BEFORE_EVENT = pattern(
  String.raw`(?<lead>\d{1,3}\s{1,2}(?:ngày\s{1,2}làm\s{1,2}việc|ngày|tuần|tháng)\s{1,2})?trước\s{1,2}(?<event>(?:kỳ|phiên|cuộc)\s{1,2}họp|hội\s{1,2}nghị|ngày\s{1,2}(?!thứ(?![\p{L}]))(?=\p{L}))[^,.;:\n()]{0,80}`,
  'giu',
);
const EVENT_STOP = pattern(String.raw`\s(?:hoặc|và|để|theo|thì|nhằm|trong|cho|đảm\s+bảo)(?![\p{L}])`, 'iu');

// The ten stems and twelve branches of the sixty-year cycle, in order: 1984 was Giáp Tý, the cycle's first year.
const STEMS = ['giáp', 'ất', 'bính', 'đinh', 'mậu', 'kỷ', 'canh', 'tân', 'nhâm', 'quý'];
const BRANCHES = ['tý', 'sửu', 'dần', 'mão', 'thìn', 'tỵ', 'ngọ', 'mùi', 'thân', 'dậu', 'tuất', 'hợi'];
const BRANCH_SPELLINGS: Record<string, string> = { mẹo: 'mão', tị: 'tỵ' };

/**
 * The place of a year named by stem and branch in the sixty-year cycle (0 for Giáp Tý: 1984, 2044), or null for
 * a pair that names no year (a stem and a branch of different parity, "Giáp Sửu").
 */
export function cycleIndex(stem: string, branch: string): number | null {
  const s = STEMS.indexOf(stem);
  const b = BRANCHES.indexOf(BRANCH_SPELLINGS[branch] ?? branch);
  if (s < 0 || b < 0) return null;
  for (let n = s; n < 60; n += 10) if (n % 12 === b) return n;
  return null;
}

/** Finds Tết. */
export const tetParser: Parser = {
  name: 'tet',
  triggers: ['tết'],
  words: W.TET,
  parse(text, s = prepare(text), seen = ALL_WORDS) {
    if (!needs(seen, W.TET)) return [];
    return scan(s, TET, (m) => {
      const g = m.groups ?? {};
      const y = year(g.y);
      if (g.y !== undefined && y === null) return null;
      if (g.solar !== undefined) {
        if (g.stem !== undefined) return null;
        return candidate('tet', s, m.index, m.index + m[0].length, { type: 'day', year: y, month: 1, day: 1 });
      }
      if (g.stem === undefined) return candidate('tet', s, m.index, m.index + m[0].length, { type: 'tet', year: y });
      const stem = g.stem.toLowerCase();
      const branch = (g.branch as string).toLowerCase();
      const index = cycleIndex(stem, branch);
      // The year's name as written: the pattern ran on a copy of the text with the same offsets.
      const lower = m[0].toLowerCase();
      const from = lower.indexOf(stem);
      const name = text.slice(m.index + from, m.index + lower.indexOf(branch, from + stem.length) + branch.length);
      return candidate('tet', s, m.index, m.index + m[0].length, { type: 'tet', year: y, ...(index === null ? {} : { cycle: { index, name } }) });
    }, undefined, [], W.TET);
  },
};

/** Finds "trước <an event>". */
export const eventParser: Parser = {
  name: 'event',
  triggers: ['trước'],
  words: W.TRUOC,
  parse(text, s = prepare(text), seen = ALL_WORDS) {
    if (!needs(seen, W.TRUOC)) return [];
    return scan(s, BEFORE_EVENT, (m) => {
      // The stop is looked for in the match (lower-cased when plain); the event is the text as written.
      let end = m.index + m[0].length;
      const lead = m.groups?.lead;
      const at = m.index + (lead?.length ?? 0);
      const stop = EVENT_STOP.exec(s, at + 6, end);
      if (stop) end = at + 6 + stop.index;
      const event = text.slice(at, end).trimEnd().replace(/^trước\s+/iu, '');
      if (event.split(/\s+/).length < 2) return null;
      const phraseEnd = end - (text.slice(at, end).length - text.slice(at, end).trimEnd().length);
      // With how long before it, the phrase takes the qualifier in front ("chậm nhất 05 ngày ...").
      if (lead === undefined) return candidate('event', s, m.index, phraseEnd, { type: 'event', event }, false);
      return candidate('event', s, m.index, phraseEnd, { type: 'event', event, lead: text.slice(m.index, at).trim().replace(/\s+/gu, ' ') });
    }, undefined, [], W.TRUOC);
  },
};
