/**
 * The words in front of a time expression that say how it bounds the action ("trước", "chậm nhất",
 * "trong", "vào", "từ"). Every parser reads them here, so the list lives in one place.
 */
import { isWordChar, pattern, type Source } from './patterns.js';
import type { Qualifier } from './types.js';

// How far back a qualifier can start: the longest one ("chậm nhất là trước") plus spacing.
const WINDOW = 32;

// Read at the end of the text in front of a time expression. Leftmost start wins, so the longest
// qualifier is taken: "chậm nhất trước ngày" is `by` as a whole, not `before`.
// "chậm nhất trước ngày 30/6/2012", "chậm nhất là ngày 15/10", "chậm nhất vào ngày 05 hằng tháng",
// "hạn cuối: 30/6", "Hạn chót nộp hồ sơ: 17h00 ngày 30/6/2026", "Thời hạn nộp hồ sơ: ...", "đến hết ngày 31/12/2017",
// "Phấn đấu đến hết năm 2026", "trước 29/9/2017",
// "Trong tháng 11/2025", "ngay trong tháng 12/2025", "vào tháng 11/2017", "kể từ ngày 01/7/2024", "dịp Tết",
// and the labels of a time limit: "Thời hạn: 30/9/2026", "Thời hạn hoàn thành: 30/9/2026", "Thời gian hoàn thành: ..."
const QUALIFIER_TAIL = pattern(
  String.raw`(?<![\p{L}\p{N}])(?:` +
    String.raw`(?<by>(?:thời\s{1,2}hạn(?:\s{1,2}(?:hoàn\s{1,2}thành|thực\s{1,2}hiện|báo\s{1,2}cáo|(?:nộp|gửi|gởi)(?:\s{1,2}(?:báo\s{1,2}cáo|hồ\s{1,2}sơ))?))?|thời\s{1,2}gian\s{1,2}hoàn\s{1,2}thành)(?=\s{0,2}:)|chậm\s{1,2}nhất(?:\s{1,2}là)?(?:\s{1,2}(?:vào|trước|trong|đến\s{1,2}hết|đến))?|muộn\s{1,2}nhất(?:\s{1,2}là)?(?:\s{1,2}(?:vào|trước))?|hạn\s{1,2}(?:cuối|chót)(?:\s{1,2}(?:nộp|gửi|gởi)(?:\s{1,2}(?:báo\s{1,2}cáo|hồ\s{1,2}sơ))?(?=\s{0,2}:)|\s{1,2}là)?|tính\s{1,2}đến\s{1,2}hết|cho\s{1,2}đến\s{1,2}hết|cho\s{1,2}đến|đến\s{1,2}hết|tới\s{1,2}hết|đến\s{1,2}trước|tính\s{1,2}đến|đến|tới)` +
    String.raw`|(?<before>trước)` +
    String.raw`|(?<within>ngay\s{1,2}trong|trong\s{1,2}suốt|trong\s{1,2}dịp|trong|dịp)` +
    String.raw`|(?<at>vào\s{1,2}dịp|vào)` +
    String.raw`|(?<from>bắt\s{1,2}đầu\s{1,2}từ|kể\s{1,2}từ|tính\s{1,2}từ|từ)` +
    String.raw`)(?:\s{0,2}:\s{0,2}|\s{1,3})$`,
  'iu',
);

/** A qualifier found in front of a time expression. */
export interface QualifierMatch {
  qualifier: Qualifier;
  /** Offset where the qualifier starts. */
  index: number;
  /** As written, without the trailing space. */
  text: string;
}

/**
 * Reads the qualifier that ends right before `atomIndex`, if any.
 * @param s the whole text, prepared
 * @param atomIndex where the time expression starts
 */
export function readQualifier(s: Source, atomIndex: number): QualifierMatch | null {
  const from = Math.max(0, atomIndex - WINDOW);
  const m = QUALIFIER_TAIL.exec(s, from, atomIndex);
  if (!m || !m.groups) return null;
  // The window may cut a word in two; the look-behind cannot see past its start.
  if (from + m.index > 0 && isWordChar(s, from + m.index - 1)) return null;
  const g = m.groups;
  const qualifier: Qualifier = g.by ? 'by' : g.before ? 'before' : g.within ? 'within' : g.at ? 'at' : 'from';
  const written = (g.by ?? g.before ?? g.within ?? g.at ?? g.from) as string;
  // Every qualifier group starts where the match does; the text as written is the original's.
  const index = from + m.index;
  return { qualifier, index, text: s.text.slice(index, index + written.length) };
}
