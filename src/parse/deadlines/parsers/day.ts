/** Single days: "ngày 15/10/2017", "29/9/2017", "15-10-2017", "ngày 15 tháng 10 năm 2017", "ngày 15/8". */
import { isoDate } from '../calendar.js';
import { NOT_ORDINAL, pattern, prepare, WEEKDAY, type Source } from '../patterns.js';
import { ALL_WORDS, needs, W } from '../triggers.js';
import type { Candidate, Parser } from '../types.js';
import { candidate, scan, year } from './common.js';

// A day written with numbers may not follow a letter, a digit or a separator ("1787/KH", "27/2011/TT").
const NOT_BEFORE_NUMERIC = pattern(String.raw`[\p{L}\p{N}/.\-]`, 'u');

// A clock time and a weekday written in front of the day; kept in the phrase, so that the qualifier before them
// bounds the day ("13h30’ ngày 02/6/2026", "16 giờ 00 ngày ...", "16g00 ngày ..." as the South writes it, "14:00 ngày
// ...", "vào lúc 14 giờ ngày ...", "13h30 thứ Hai ngày 06/7/2026", "trước 17 giờ, thứ
// Sáu ngày 12/6/2026", "chậm nhất vào thứ Hai, ngày 15/6/2026", "trước ngày thứ Sáu 12/6/2026"). Not an ordinal
// ("lần thứ 2 ngày ...").
const CLOCK = String.raw`(?:(?<clock>(?:lúc\s{1,2})?\d{1,2}(?:\s{0,1}(?:h|giờ)(?:\s{0,1}\d{2})?|g\d{2}|:\d{2})(?:\s{0,1}(?:’|'|phút))?)(?:\s{0,2},)?\s{1,2})?` +
  String.raw`(?:(?:ngày\s{1,2})?(?<weekday>${NOT_ORDINAL}${WEEKDAY})(?:\s{0,2},)?\s{1,2})?`;

// "ngày 15/10/2017", "15/10/2017", "29/9/2017", "ngày 03.7.2014", "15-10-2017", "ngày 15/8", "13h30’ ngày 02/6/2026",
// "trước 30/6 năm 2026" (the year in words after the day and month).
// Not "27/2011/TT-BKHCN" (month 20), "1787/KH-UBND", "30.6/GĐN", "9001:2008", "2014-2017", "Km2+571".
const NUMERIC = pattern(
  String.raw`` +
    CLOCK +
    String.raw`(?:(?<ngay>ngày)\s{1,2})?(?<d>\d{1,2})(?<sep>[/.\-])(?<m>\d{1,2})(?:\k<sep>(?<y>\d{4})|\s{1,2}năm\s{1,2}(?<yw>\d{4})(?![\p{N}]))?` +
    String.raw`(?![\p{N}]|[/.\-]\p{N}|[/\-]\p{L})`,
  'giu',
);

// "ngày 15 tháng 10 năm 2017", "ngày 05 tháng 02 năm 2026", "ngày 15 tháng 10".
const WORDS = pattern(
  String.raw`` +
    CLOCK +
    String.raw`ngày\s{1,2}(?<d>\d{1,2})\s{1,2}tháng\s{1,2}(?<m>\d{1,2})(?:\s{1,2}năm\s{1,2}(?<y>\d{4}))?(?![\p{L}\p{N}])`,
  'giu',
);

// The same without "ngày", after a word that gives it a time ("trước 30 tháng 6 năm 2026", "chậm nhất 15 tháng 7 năm
// 2026"): the year written, so that "30 tháng" of a duration is not taken for a day.
const WORDS_BARE = pattern(String.raw`(?<d>\d{1,2})\s{1,2}tháng\s{1,2}(?<m>\d{1,2})\s{1,2}năm\s{1,2}(?<y>\d{4})(?![\p{L}\p{N}])`, 'giu');

function build(s: Source, m: RegExpExecArray, words: boolean): Candidate | null {
  const g = m.groups ?? {};
  const d = Number(g.d);
  const mo = Number(g.m);
  const written = g.y ?? g.yw;
  const y = year(written);
  if (written !== undefined && y === null) return null;
  // A day without a year is checked against a leap year, so 29/2 stays possible.
  if (isoDate(y ?? 2000, mo, d) === null) return null;
  const c = candidate('day', s, m.index, m.index + m[0].length, { type: 'day', year: y, month: mo, day: d });
  // "15/8" alone is too often a ratio or a reference: without "ngày", a weekday or a year it needs a qualifier.
  if (!words && !g.ngay && !g.weekday && y === null && c.qualifier === null) return null;
  return c;
}

/** Finds single days written with numbers. */
export const dayParser: Parser = {
  name: 'day',
  triggers: /\d[/.\-]\d|tháng/u,
  words: W.DAY_NUMBER | W.THANG,
  parse(text, s = prepare(text), seen = ALL_WORDS) {
    const out: Candidate[] = [];
    if (needs(seen, W.DAY_NUMBER)) scan(s, NUMERIC, (m) => build(s, m, false), NOT_BEFORE_NUMERIC, out, W.DAY_NUMBER);
    if (needs(seen, W.NGAY_DAY, W.THANG)) scan(s, WORDS, (m) => build(s, m, true), undefined, out, W.NGAY_DAY);
    if (needs(seen, W.THANG, W.NAM)) scan(s, WORDS_BARE, (m) => {
      const c = build(s, m, true);
      // Only after a qualifier, and not inside "ngày 30 tháng 6 năm 2026", which WORDS reads.
      return c !== null && c.qualifier !== null && c.atomIndex === m.index ? c : null;
    }, NOT_BEFORE_NUMERIC, out, W.THANG);
    return out;
  },
};
