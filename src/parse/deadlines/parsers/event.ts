/** Named events: "trước Tết Nguyên đán 2018", "trước kỳ họp thứ 10 HĐND tỉnh", "trước ngày bắt đầu khai thác mỏ". */
import type { Parser } from '../types.js';
import { candidate, scan, year } from './common.js';

// "Tết Nguyên đán 2018", "Tết Nguyên Đán", "Tết Nguyên đán Bính Ngọ 2026", "Tết", "Tết năm 2018".
const TET = new RegExp(
  String.raw`Tết(?:\s{1,2}Nguyên\s{1,2}Đán)?` +
    String.raw`(?:\s{1,2}(?:Canh|Tân|Nhâm|Quý|Giáp|Ất|Bính|Đinh|Mậu|Kỷ)\s{1,2}(?:Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi))?` +
    String.raw`(?:\s{1,2}(?:năm\s{1,2})?(?<y>\d{4}))?(?![\p{L}\p{N}])`,
  'giu',
);

// "trước kỳ họp thứ 10 HĐND tỉnh", "trước phiên họp UBND tỉnh", "trước Hội nghị tổng kết",
// "trước ngày bắt đầu khai thác mỏ". The event ends at punctuation or a conjunction. "trước khi ..." is left
// out: it orders two steps of a task more often than it sets a time limit.
const BEFORE_EVENT = new RegExp(
  String.raw`trước\s{1,2}(?<event>(?:kỳ|phiên|cuộc)\s{1,2}họp|hội\s{1,2}nghị|ngày\s{1,2}(?!thứ(?![\p{L}]))(?=\p{L}))[^,.;:\n()]{0,80}`,
  'giu',
);
const EVENT_STOP = /\s(?:hoặc|và|để|theo|thì|nhằm|trong|cho|đảm\s+bảo)(?![\p{L}])/iu;

/** Finds Tết. */
export const tetParser: Parser = {
  name: 'tet',
  triggers: ['tết'],
  parse(text) {
    return scan(text, TET, (m) => {
      const y = year(m.groups?.y);
      if (m.groups?.y !== undefined && y === null) return null;
      return candidate('tet', text, m.index, m.index + m[0].length, { type: 'tet', year: y });
    });
  },
};

/** Finds "trước <an event>". */
export const eventParser: Parser = {
  name: 'event',
  triggers: ['trước'],
  parse(text) {
    return scan(text, BEFORE_EVENT, (m) => {
      let phrase = m[0];
      const stop = EVENT_STOP.exec(phrase.slice(6));
      if (stop) phrase = phrase.slice(0, 6 + stop.index);
      phrase = phrase.trimEnd();
      const event = phrase.replace(/^trước\s+/iu, '');
      if (event.split(/\s+/).length < 2) return null;
      return candidate('event', text, m.index, m.index + phrase.length, { type: 'event', event }, false);
    });
  },
};
