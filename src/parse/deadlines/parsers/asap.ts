/**
 * No fixed date: "ngay", "ngay sau khi ...", "khẩn trương", "kịp thời" (asap) and "thường xuyên",
 * "liên tục" (ongoing). The parser finds the words; whether they stand in an action clause is
 * decided with every other rejection in notDeadline.ts.
 */
import { pattern, prepare } from '../patterns.js';
import { ALL_WORDS, needs, W } from '../triggers.js';
import type { Candidate, Parser } from '../types.js';
import { candidate, scan } from './common.js';

// "Thành lập ngay", "thực hiện ngay", "ngay sau khi có Quyết định", "ngay khi nhận được", "NGAY".
const NOW = pattern(
  String.raw`ngay(?:\s{1,2}(?<after>sau\s{1,2}khi|khi)(?<cond>[^,.;:\n()]{1,100}))?(?![\p{L}\p{N}])`,
  'giu',
);

// "khẩn trương báo cáo", "Khẩn trương xây dựng", "khẩn trương, quyết liệt".
const URGENT = pattern(String.raw`khẩn\s{1,2}trương(?![\p{L}\p{N}])`, 'giu');

// "báo cáo kịp thời", "xử lý kịp thời", "kịp thời báo cáo".
const TIMELY = pattern(String.raw`kịp\s{1,2}thời(?![\p{L}\p{N}])`, 'giu');

// "thường xuyên", "liên tục", "thường xuyên, liên tục", "thường xuyên và liên tục".
const ONGOING = pattern(
  String.raw`(?:thường\s{1,2}xuyên(?:\s{0,2}(?:,|và)\s{1,2}liên\s{1,2}tục)?|liên\s{1,2}tục)(?![\p{L}\p{N}])`,
  'giu',
);

/** Finds "ngay", "khẩn trương", "kịp thời". */
export const asapParser: Parser = {
  name: 'asap',
  triggers: ['ngay', 'khẩn', 'kịp'],
  words: W.NGAY | W.KHAN | W.KIP,
  parse(text, s = prepare(text), seen = ALL_WORDS) {
    const out: Candidate[] = [];
    if (needs(seen, W.NGAY)) scan(s, NOW, (m) => {
      const cond = m.groups?.cond;
      let end = m.index + m[0].length;
      if (cond !== undefined) end -= cond.length - cond.trimEnd().length;
      const after = m.groups?.after;
      return candidate(
        'asap',
        s,
        m.index,
        end,
        after ? { type: 'asap', note: `as soon as: ${text.slice(m.index, end)}` } : { type: 'asap' },
        false,
      );
    }, undefined, out, W.NGAY);
    if (needs(seen, W.KHAN)) scan(s, URGENT, (m) => candidate('asap', s, m.index, m.index + m[0].length, { type: 'asap' }, false), undefined, out, W.KHAN);
    if (needs(seen, W.KIP)) scan(s, TIMELY, (m) => candidate('asap', s, m.index, m.index + m[0].length, { type: 'asap' }, false), undefined, out, W.KIP);
    return out;
  },
};

/** Finds "thường xuyên", "liên tục". */
export const ongoingParser: Parser = {
  name: 'ongoing',
  triggers: ['thường', 'liên'],
  words: W.THUONG_XUYEN | W.LIEN_TUC,
  parse(text, s = prepare(text), seen = ALL_WORDS) {
    if (!needs(seen, W.THUONG_XUYEN | W.LIEN_TUC)) return [];
    return scan(s, ONGOING, (m) => candidate('ongoing', s, m.index, m.index + m[0].length, { type: 'ongoing' }, false), undefined, [], W.THUONG_XUYEN | W.LIEN_TUC);
  },
};
