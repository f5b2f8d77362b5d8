/** Named events: "trước Tết Nguyên đán 2018", "trước kỳ họp thứ 10 HĐND tỉnh", "trước ngày bắt đầu khai thác mỏ". */
import { pattern, prepare } from '../patterns.js';
import { ALL_WORDS, needs, W } from '../triggers.js';
import type { Parser } from '../types.js';
import { candidate, scan, year } from './common.js';

// "Tết Nguyên đán 2018", "Tết Nguyên Đán", "Tết Nguyên đán Bính Ngọ 2026", "Tết", "Tết năm 2018".
// Written in lower case, as every case-insensitive pattern of the engine (see patterns.ts).
const TET = pattern(
  String.raw`tết(?:\s{1,2}nguyên\s{1,2}đán)?` +
    String.raw`(?:\s{1,2}(?:canh|tân|nhâm|quý|giáp|ất|bính|đinh|mậu|kỷ)\s{1,2}(?:tý|sửu|dần|mão|mẹo|thìn|tỵ|tị|ngọ|mùi|thân|dậu|tuất|hợi))?` +
    String.raw`(?:\s{1,2}(?:năm\s{1,2})?(?<y>\d{4}))?(?![\p{L}\p{N}])`,
  'giu',
);

// "trước kỳ họp thứ 10 HĐND tỉnh", "trước phiên họp UBND tỉnh", "trước Hội nghị tổng kết",
// "trước ngày bắt đầu khai thác mỏ". The event ends at punctuation or a conjunction. "trước khi ..." is left
// out: it orders two steps of a task more often than it sets a time limit.
const BEFORE_EVENT = pattern(
  String.raw`trước\s{1,2}(?<event>(?:kỳ|phiên|cuộc)\s{1,2}họp|hội\s{1,2}nghị|ngày\s{1,2}(?!thứ(?![\p{L}]))(?=\p{L}))[^,.;:\n()]{0,80}`,
  'giu',
);
const EVENT_STOP = pattern(String.raw`\s(?:hoặc|và|để|theo|thì|nhằm|trong|cho|đảm\s+bảo)(?![\p{L}])`, 'iu');

/** Finds Tết. */
export const tetParser: Parser = {
  name: 'tet',
  triggers: ['tết'],
  words: W.TET,
  parse(text, s = prepare(text), seen = ALL_WORDS) {
    if (!needs(seen, W.TET)) return [];
    return scan(s, TET, (m) => {
      const y = year(m.groups?.y);
      if (m.groups?.y !== undefined && y === null) return null;
      return candidate('tet', s, m.index, m.index + m[0].length, { type: 'tet', year: y });
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
      const stop = EVENT_STOP.exec(s, m.index + 6, end);
      if (stop) end = m.index + 6 + stop.index;
      const phrase = text.slice(m.index, end).trimEnd();
      const event = phrase.replace(/^trước\s+/iu, '');
      if (event.split(/\s+/).length < 2) return null;
      return candidate('event', s, m.index, m.index + phrase.length, { type: 'event', event }, false);
    }, undefined, [], W.TRUOC);
  },
};
