/**
 * Periods counted from a day: "trong vòng 10 ngày kể từ ngày ký", "trong thời hạn 03 ngày làm việc kể
 * từ ngày nhận được Thông báo này", "trong 15 ngày", "sau 05 ngày", and the calendar weeks and months
 * "trong tuần", "trong tuần tới", "trong tháng tới".
 */
import { pattern, prepare } from '../patterns.js';
import { ALL_WORDS, needs, W } from '../triggers.js';
import type { Candidate, Parser, TimeValue } from '../types.js';
import { candidate, count, part, scan } from './common.js';

// "trong vòng 10 ngày kể từ ngày ký", "trong thời hạn 03 ngày làm việc kể từ ngày nhận được Thông báo này",
// "Trong thời gian 03 tháng kể từ ngày Ủy ban nhân dân tỉnh ban hành Thông báo này", "trong 15 ngày",
// "sau 05 ngày", "không quá 07 ngày làm việc", "trong 10 (mười) ngày", "chậm nhất 30 ngày sau khi kết thúc quý",
// "10 ngày sau ngày ký", "trong 15 ngày sau đó", "trong 05 ngày kể từ ngày đó". Not "trong 6 tháng đầu năm".
const WITHIN = pattern(
  String.raw`(?<lead>trong\s{1,2}vòng|trong\s{1,2}thời\s{1,2}hạn|trong\s{1,2}thời\s{1,2}gian|trong\s{1,2}phạm\s{1,2}vi|trong|sau|không\s{1,2}quá|tối\s{1,2}đa|chậm\s{1,2}nhất)` +
    String.raw`\s{1,2}(?<n>\d{1,3}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?:\s{0,2}\([\p{L} ]{1,20}\))?` +
    String.raw`\s{1,2}(?<unit>ngày\s{1,2}làm\s{1,2}việc|ngày(?!\s{1,2}làm\s{1,2}việc)|tuần|tháng|năm)(?![\p{L}\p{N}])(?!\s{1,2}(?:đầu|cuối|qua|trước|liên\s{1,2}tục|gần\s{1,2}đây)(?![\p{L}]))` +
    String.raw`(?:\s{0,2},?\s{0,2}(?:kể\s{1,2}từ|tính\s{1,2}từ|sau(?=\s{1,2}(?:khi|ngày|đó)(?![\p{L}])))\s{1,2}(?<anchor>[^,.;:\n()]{1,120}))?`,
  'giu',
);

/** The anchor "đó" (the step before in the same text): "sau đó", "kể từ ngày đó", "kể từ thời điểm đó". */
export const THEN_ANCHOR = /^(?:(?:ngày|thời\s{1,2}điểm)\s{1,2})?đó(?![\p{L}\p{N}])/iu;

// "trong tuần", "trong tuần này", "trong tuần tới", "trong tháng tới", "trong tháng này", "ngay trong tuần", "trong
// quý tới", "trong quý này", "trong năm tới". Not "khối lượng thực hiện trong tuần và lũy kế", "trong tháng (Định lượng
// ...)", nor "trong năm nay", a year of its own (see refiners/relativeYear.ts).
const CALENDAR = pattern(
  String.raw`(?:ngay\s{1,2})?trong\s{1,2}(?:(?<unit>tuần|tháng)(?:\s{1,2}(?<which>này|tới|sau|kế\s{1,2}tiếp)(?![\p{L}\p{N}])|(?=\s{0,2}(?:[.;,)]|$)))` +
    String.raw`|(?<long>quý|năm)\s{1,2}(?<next>này|tới|sau|kế\s{1,2}tiếp)(?![\p{L}\p{N}]))`,
  'giu',
);
// A third of the month the notice is issued in, or of the next: "cuối tháng này", "đầu tháng sau", "giữa tháng tới".
const MONTH_THIRD = pattern(String.raw`(?<part>đầu|giữa|cuối)\s{1,2}tháng\s{1,2}(?<which>này|tới|sau|kế\s{1,2}tiếp)(?![\p{L}\p{N}])`, 'giu');

// This month, quarter or year, not named, at whose end a time limit falls: "từ nay đến cuối năm", "đến hết năm",
// "trước cuối tháng", "chậm nhất cuối quý", "tới hết tháng". Not "cuối năm 2026", "cuối tháng 6", "cuối quý II",
// "cuối năm nay", "cuối tháng này" (read with their number or word), "đến hết năm học", "cuối năm ngoái", "trước hết".
const PERIOD_END = pattern(
  String.raw`(?<end>cuối|hết)\s{1,2}(?<unit>tháng|quý|năm)(?![\p{L}\p{N}])(?!\s{0,2}(?:[/.\-–]\s{0,2})?\p{N})` +
    String.raw`(?!\s{1,2}(?:này|nay|tới|sau|kế|trước|qua|ngoái|đó|ấy|học|tài|ngân|thứ|[ivx]{1,4})(?![\p{L}\p{N}]))`,
  'giu',
);

// The words WITHIN's leads hold: "trong", "sau", "không quá", "tối đa", "chậm nhất".
const LEADS = W.TRONG | W.SAU | W.QUA | W.TOI | W.CHAM;

/** Finds relative periods. */
export const relativeParser: Parser = {
  name: 'relative',
  triggers: ['trong', 'sau', 'quá', 'tối', 'chậm', 'tháng', 'cuối', 'hết'],
  // "cuối tháng này" holds none of the leads.
  words: LEADS | W.THANG | W.END_OF,
  parse(text, s = prepare(text), seen = ALL_WORDS) {
    const out: Candidate[] = [];
    if (needs(seen, LEADS, W.NGAY_DAY | W.TUAN | W.THANG | W.NAM)) scan(s, WITHIN, (m) => {
      const g = m.groups ?? {};
      const n = count(g.n ?? '');
      if (n === null) return null;
      const u = (g.unit ?? '').toLowerCase().replace(/\s+/g, ' ');
      const unit = u === 'ngày làm việc' ? 'workday' : u === 'ngày' ? 'day' : u === 'tuần' ? 'week' : u === 'tháng' ? 'month' : 'year';
      let end = m.index + m[0].length;
      // The anchor ends the match; it is taken as written ("kể từ ngày Ủy ban nhân dân tỉnh ban hành ..."), but for
      // "đó", which ends it ("trong 05 ngày kể từ ngày đó gửi báo cáo").
      let anchor: string | null = null;
      if (g.anchor !== undefined) {
        const at = end - g.anchor.length;
        const then = THEN_ANCHOR.exec(g.anchor);
        end = then ? at + then[0].length : end - (g.anchor.length - g.anchor.trimEnd().length);
        anchor = text.slice(at, end).trim();
      }
      return candidate('relative', s, m.index, end, { type: 'relative', amount: n, unit, anchor }, false);
    }, undefined, out, LEADS);
    if (needs(seen, W.TRONG, W.TUAN | W.THANG | W.QUY | W.NAM)) scan(s, CALENDAR, (m) => {
      const g = m.groups ?? {};
      const written = (g.unit ?? g.long ?? '').toLowerCase();
      const unit = written === 'tuần' ? 'week' : written === 'tháng' ? 'month' : written === 'quý' ? 'quarter' : 'year';
      const which = (g.which ?? g.next ?? '').toLowerCase();
      if (unit === 'month' && !which) return null;
      // "trong năm nay" is read by the year's own parser.
      if (unit === 'year' && which === 'này') return null;
      const offset = which === '' || which === 'này' ? 0 : 1;
      return candidate('calendar', s, m.index, m.index + m[0].length, { type: 'calendar', unit, offset }, false);
    }, undefined, out, W.TRONG);
    if (needs(seen, W.THANG)) scan(s, MONTH_THIRD, (m) => {
      const g = m.groups ?? {};
      const offset = (g.which ?? '').toLowerCase() === 'này' ? 0 : 1;
      // With the word that bounds it: "trước cuối tháng này", "đến cuối tháng sau".
      return candidate('calendar', s, m.index, m.index + m[0].length, { type: 'calendar', unit: 'month', offset, part: part(g.part) ?? 'late' });
    }, undefined, out, W.THANG);
    if (needs(seen, W.END_OF, W.THANG | W.QUY | W.NAM)) scan(s, PERIOD_END, (m) => {
      const g = m.groups ?? {};
      const unit = (g.unit ?? '').toLowerCase();
      const late = (g.end ?? '').toLowerCase() === 'cuối';
      const value: TimeValue = unit === 'năm'
        ? { type: 'year', year: null, part: late ? 'late' : null }
        : { type: 'calendar', unit: unit === 'quý' ? 'quarter' : 'month', offset: 0, ...(late && unit === 'tháng' ? { part: 'late' as const } : {}) };
      const c = candidate('calendar', s, m.index, m.index + m[0].length, value);
      // Only where a word bounds it: "đến hết năm", "chậm nhất cuối quý", "trước cuối tháng" (the day before the last
      // third of the month, as "trước cuối tháng 6" is); not "trước hết", nor "trước cuối quý", whose part is not read.
      if (c.qualifier === 'by') return c;
      return c.qualifier === 'before' && late && unit !== 'quý' ? c : null;
    }, undefined, out, W.END_OF);
    return out;
  },
};
