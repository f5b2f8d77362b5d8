/**
 * The one place that decides which time expressions are not deadlines.
 *
 * Parsers find every time expression; a deadline is one that says by or in when an action must
 * happen. The rules below turn down, each with its reason: dates that identify a document, the
 * meeting date, the past, named plan periods and horizons, statistics, a copular description
 * ("là một nhiệm vụ ... trong năm 2012"), bare years, bare starts ("từ ngày ..."), and the
 * words "ngay", "kịp thời", "khẩn trương", "thường xuyên", "hằng năm" where they qualify a noun
 * rather than an action.
 */
import { caseOf, WHITE_SPACE } from '../../text/letter-case.js';
import { isWordChar, pattern, prepare, type Pattern, type Source } from './patterns.js';
import type { Candidate, DeadlineContext, FoundDeadline } from './types.js';

/** Why a time expression is not a deadline. */
export type NotDeadlineReason =
  | 'document-date'
  | 'meeting-date'
  | 'past'
  | 'plan-period'
  | 'plan-horizon'
  | 'statistics'
  | 'description'
  | 'bare-year'
  | 'bare-start'
  | 'bare-event'
  | 'validity'
  | 'not-an-action';

// How far back and forward a clause is looked at. Clauses of notices are rarely longer; the bound
// keeps the whole pass linear.
const CLAUSE_WINDOW = 240;
// How many clause lookups of a text read the window around the candidate before the text's
// boundaries are listed once (four candidates of the usual one or two lookups each).
const LOCAL_LOOKUPS = 8;

/**
 * What the rules need to know about a whole text, computed once per text: where clauses end and
 * where the clause-level markers (past, statistics, copula) are. Each candidate then looks these up
 * by binary search instead of scanning its clause again, which keeps a text with thousands of time
 * expressions linear.
 */
export class TextIndex {
  // Each list is built on first use: most candidates are decided before the clause markers are
  // looked at (asap, ongoing, recurring, strong qualifiers), and most texts have one candidate.
  private boundaryList: number[] | undefined;
  private lookups = 0;
  private pastList: number[] | undefined;
  private statisticsList: number[] | undefined;
  private copulaList: number[] | undefined;

  /**
   * @param text the text
   * @param source the same, prepared for the patterns (see patterns.ts); prepared here when absent
   */
  constructor(
    readonly text: string,
    readonly source: Source = prepare(text),
  ) {}

  /**
   * The clause boundaries of the whole text, once a text has asked for more than a few clauses:
   * each further lookup is then a binary search, so a text with thousands of candidates and no
   * boundary stays linear. Until then each lookup reads the window around its candidate (most task
   * texts have one or two), by character code.
   */
  private boundaries(): number[] | undefined {
    if (this.boundaryList === undefined && ++this.lookups > LOCAL_LOOKUPS) {
      const list: number[] = [];
      const text = this.text;
      for (let p = 0; p < text.length; p++) if (isClauseBoundary(text, p)) list.push(p);
      this.boundaryList = list;
    }
    return this.boundaryList;
  }

  /** Offset where the clause containing `index` starts (at most {@link CLAUSE_WINDOW} back). */
  clauseStart(index: number): number {
    const boundaries = this.boundaries();
    if (boundaries === undefined) {
      // A boundary at index - CLAUSE_WINDOW - 1 or before gives index - CLAUSE_WINDOW anyway.
      const stop = Math.max(0, index - CLAUSE_WINDOW - 1);
      for (let p = index - 1; p >= stop; p--) if (isClauseBoundary(this.text, p)) return Math.max(p + 1, index - CLAUSE_WINDOW, 0);
      return Math.max(index - CLAUSE_WINDOW, 0);
    }
    const i = lastBelow(boundaries, index);
    const b = i < 0 ? -1 : (boundaries[i] as number);
    return Math.max(b + 1, index - CLAUSE_WINDOW, 0);
  }

  /** Offset where the clause containing `index` ends (at most {@link CLAUSE_WINDOW} forward). */
  clauseEnd(index: number): number {
    const boundaries = this.boundaries();
    if (boundaries === undefined) {
      const stop = Math.min(index + CLAUSE_WINDOW, this.text.length);
      for (let p = index; p < stop; p++) if (isClauseBoundary(this.text, p)) return p;
      return stop;
    }
    const i = lastBelow(boundaries, index) + 1;
    const b = i < boundaries.length ? (boundaries[i] as number) : this.text.length;
    return Math.min(b, index + CLAUSE_WINDOW, this.text.length);
  }

  hasPast(from: number, to: number): boolean {
    return within((this.pastList ??= positions(this.source, PAST_ALL)), from, to);
  }

  hasStatistics(from: number, to: number): boolean {
    return within((this.statisticsList ??= positions(this.source, STATISTICS_ALL)), from, to);
  }

  hasCopula(from: number, to: number): boolean {
    return within((this.copulaList ??= positions(this.source, COPULA_ALL)), from, to);
  }
}

/**
 * "\n", ";", "!", "?" and a full stop followed by a whitespace or the end end a clause; "03.7.2014"
 * does not. (The characters of `[\n;!?]|\.(?=\s|$)`, tested by code.)
 */
function isClauseBoundary(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  if (c === 0x0a || c === 0x3b || c === 0x21 || c === 0x3f) return true;
  return c === 0x2e && (p + 1 === text.length || (caseOf(text.charCodeAt(p + 1)) & WHITE_SPACE) !== 0);
}

function positions(s: Source, p: Pattern): number[] {
  const out: number[] = [];
  const re = p.for(s.plain);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s.on)) !== null) {
    if (m.index === 0 || !isWordChar(s, m.index - 1)) out.push(m.index);
    else re.lastIndex = m.index + 1;
  }
  return out;
}

/** Index of the last element strictly below `x` in a sorted array, -1 when none. */
function lastBelow(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** True when a sorted array has an element in [from, to). */
function within(sorted: number[], from: number, to: number): boolean {
  const i = lastBelow(sorted, from) + 1;
  return i < sorted.length && (sorted[i] as number) < to;
}

const DOC_TYPES =
  String.raw`Quyết\s{1,2}định|Kế\s{1,2}hoạch|Thông\s{1,2}báo|Công\s{1,2}văn|Văn\s{1,2}bản|Tờ\s{1,2}trình|Nghị\s{1,2}định|Thông\s{1,2}tư|Chỉ\s{1,2}thị|Nghị\s{1,2}quyết|Báo\s{1,2}cáo|Biên\s{1,2}bản|Công\s{1,2}điện|Kết\s{1,2}luận|Hướng\s{1,2}dẫn|Luật|Pháp\s{1,2}lệnh|Quy\s{1,2}chế|Quy\s{1,2}định|Đề\s{1,2}án|Báo`;

// The end of a document reference, right before its date:
// "Kế hoạch số 1787/KH-UBND ngày 03/7/2014", "Tờ trình số 27-TTr/HU ngày 14/3/2024",
// "Nghị định số 181/2024/NĐ-CP ngày 31/12/2024", "tại Văn bản số 51/GĐN ngày 20/6/2026",
// "Biên bản kiểm tra ngày 29/5/2026", "Báo Đấu thầu ngày 26 tháng 3 năm 2019",
// "Luật Quản lý, sử dụng vũ khí, vật liệu nổ ngày 29/6/2024". Document types are
// capitalised there; the verb "báo cáo" is not.
// Case matters here: it runs on the text as written (Pattern.testText).
const DOCUMENT_REF = pattern(
  String.raw`(?:(?<![\p{L}\p{N}])[Ss]ố\s{0,2}[\p{L}\p{N}][\p{L}\p{N}./\-&]{0,40}|(?<![\p{L}\p{N}])(?:${DOC_TYPES})(?:[\s,]{1,3}[\p{L}\p{N}&]{1,20}){0,10})\s{0,2},?\s{0,2}$`,
  'u',
);

// The clause-level markers, found once per text by the text index. Their left word boundary is
// checked in positions() rather than by a leading look-behind, which V8 runs much faster.
// Marks of a past event in the clause: "huyện đã triển khai", "từ năm 2014 đến nay", "vừa qua".
// Not the passive relative clause "các đơn vị đã được cấp Giấy chứng nhận".
const PAST_ALL = pattern(
  String.raw`(?:đã(?!\s{1,2}(?:được|có)(?![\p{L}]))|vừa\s{1,2}qua|đến\s{1,2}nay|trước\s{1,2}đây)(?![\p{L}\p{N}])`,
  'giu',
);

// Statistics and reporting periods: "Số liệu thống kê báo cáo từ ngày ...", "lũy kế", "đạt ...%".
// "thống kê" alone is no mark: it names the work as often ("tham gia công tác đăng ký thống kê ruộng đất
// từ tháng 01 năm 1981 đến tháng 12 năm 1982"); the data of a period are "số liệu (thống kê)".
const STATISTICS_ALL = pattern(
  String.raw`(?:số\s{1,2}liệu|lũy\s{1,2}kế|luỹ\s{1,2}kế|kết\s{1,2}quả\s{1,2}đạt\s{1,2}được)(?![\p{L}\p{N}])`,
  'giu',
);

// A copular description of a noun: "coi đây là một nhiệm vụ quan trọng ... trong năm 2012",
// "Quy hoạch chung xã là nhiệm vụ hàng đầu trong năm 2026".
const COPULA_ALL = pattern(
  String.raw`là\s{1,2}(?:một\s{1,2})?(?:trong\s{1,2}những\s{1,2})?(?:nhiệm\s{1,2}vụ|mục\s{1,2}tiêu|giải\s{1,2}pháp|công\s{1,2}việc|nội\s{1,2}dung|yêu\s{1,2}cầu|việc|khâu|năm)(?![\p{L}\p{N}])`,
  'giu',
);

// When planned items are to be done, not a time limit: "đối với 11 hoạt động dự kiến thực hiện trong năm 2026".
const PLANNED_ITEM =
  pattern(String.raw`(?<![\p{L}\p{N}])(?:hoạt\s{1,2}động|nhiệm\s{1,2}vụ|dự\s{1,2}án|công\s{1,2}việc|nội\s{1,2}dung|công\s{1,2}trình|chương\s{1,2}trình)\s{1,2}(?:được\s{1,2})?dự\s{1,2}kiến(?:\s{1,2}(?:thực\s{1,2}hiện|triển\s{1,2}khai|tổ\s{1,2}chức|hoàn\s{1,2}thành))?\s{0,2}$`, 'iu');

// A plan named by its horizon: "Kế hoạch thực hiện Chương trình PCMT đến năm 2030",
// "Chiến lược ... đến năm 2030, tầm nhìn đến năm 2045".
const PLAN_NOUN =
  pattern(String.raw`(?<![\p{L}\p{N}])(?:Kế\s{1,2}hoạch|Chương\s{1,2}trình|Chiến\s{1,2}lược|Quy\s{1,2}hoạch|Đề\s{1,2}án|Dự\s{1,2}án|tầm\s{1,2}nhìn|định\s{1,2}hướng|Nghị\s{1,2}quyết)(?![\p{L}\p{N}])`, 'u');

// "kịp thời" stands in an action clause after an action verb ("báo cáo kịp thời") or before one
// ("kịp thời báo cáo"); not after a noun ("có những điều chỉnh kịp thời", "biện pháp giải quyết kịp thời").
const ACTION_VERBS = String.raw`kiến\s{1,2}nghị|báo\s{1,2}cáo|xử\s{1,2}lý|giải\s{1,2}quyết|cập\s{1,2}nhật|tham\s{1,2}mưu|đề\s{1,2}xuất|phản\s{1,2}ánh|thông\s{1,2}tin|thông\s{1,2}báo|khắc\s{1,2}phục|chấn\s{1,2}chỉnh|hướng\s{1,2}dẫn|tháo\s{1,2}gỡ|bổ\s{1,2}sung|điều\s{1,2}chỉnh|gửi|gởi|nộp|triển\s{1,2}khai|thực\s{1,2}hiện|ngăn\s{1,2}chặn|phát\s{1,2}hiện|công\s{1,2}khai|công\s{1,2}bố|trả\s{1,2}lời|phản\s{1,2}hồi|cung\s{1,2}cấp|chỉ\s{1,2}đạo|kiểm\s{1,2}tra|xử\s{1,2}phạt|ứng\s{1,2}phó|hỗ\s{1,2}trợ|sửa\s{1,2}đổi|tổng\s{1,2}hợp`;
const VERB_BEFORE = pattern(String.raw`(?<![\p{L}\p{N}])(?<prev>[\p{L}]{1,10}\s{1,2})?(?:${ACTION_VERBS})\s{1,2}$`, 'iu');
const NOMINAL = pattern(String.raw`^(?:những|các|sự|việc|pháp|có|được|mọi)\s{1,2}$`, 'iu');
const VERB_AFTER = pattern(String.raw`^\s{1,2}(?:${ACTION_VERBS})(?![\p{L}])`, 'iu');
const CLAUSE_OPEN = pattern(String.raw`(?:^|[,:;.(]|(?<![\p{L}])(?:và|cần|phải|hãy))\s{0,3}$`, 'iu');

// "ngay" that is not "at once": "ngay cả" (even), "ngay tại" (right at), "ngay từ đầu", "ngay sau đó", "ngay thẳng".
// A date right after it is "ngày" typed without its accent ("số 27/GP-ĐTĐL ngay 08/02/2018").
const NOT_NOW = pattern(String.raw`^(?:\s{1,2}(?:cả|tại|từ|trong|sau\s{1,2}đó|thẳng|ngắn|bên|trước\s{1,2}mắt|lúc\s{1,2}này)(?![\p{L}])|\s{1,2}\d{1,2}[/.\-]\d)`, 'iu');
// "khẩn trương" as a noun's quality: "sự khẩn trương", "tinh thần khẩn trương".
const NOT_URGENT = pattern(String.raw`(?<![\p{L}])(?:sự|tính|tinh\s{1,2}thần|không\s{1,2}khí)\s{1,2}$`, 'iu');
// "thường xuyên" naming a kind of spending or duty: "chi thường xuyên", "nhiệm vụ thường xuyên", "tác nghiệp thường xuyên".
// "năm liên tục" counts consecutive years ("trong 02 năm liên tục không thực hiện").
const NOT_ONGOING = pattern(String.raw`(?<![\p{L}])(?:chi|vốn|kinh\s{1,2}phí|nhiệm\s{1,2}vụ|tác\s{1,2}nghiệp|hoạt\s{1,2}động|thường\s{1,2}trực|sự\s{1,2}nghiệp|ngày|tuần|tháng|quý|năm|lần|kỳ)\s{1,2}$`, 'iu');
// "thường xuyên" describing what happens, not what must be done: "khu vực thường xuyên xảy ra", "thường xuyên đi qua".
const NOT_ONGOING_AFTER = pattern(String.raw`^\s{1,2}(?:xảy\s{1,2}ra|đi\s{1,2}qua|bị|gặp|có\s{1,2}nguy\s{1,2}cơ)(?![\p{L}])`, 'iu');

// The validity or entry into force of a document or licence: "(hiệu lực ngày 01/7/2025)",
// "có hiệu lực thi hành từ ngày 01/7/2025", "có thời hạn đến ngày 29/7/2032", "có giá trị đến 13/2/2028".
const VALIDITY = pattern(String.raw`(?<![\p{L}])(?:hiệu\s{1,2}lực(?:\s{1,2}thi\s{1,2}hành)?|thời\s{1,2}hạn|giá\s{1,2}trị)\s{1,2}$`, 'iu');
// A recurring phrase that ends the subject of a copular sentence describes a noun: "Kết quả thực hiện chế độ
// báo cáo hằng tuần là một trong các căn cứ đánh giá ...".
const RECURRING_SUBJECT = pattern(String.raw`^\s{1,2}là(?![\p{L}])`, 'iu');
// "hằng năm" qualifying a plan or a budget: "kế hoạch thanh tra hàng năm", "ngân sách hằng năm".
const NOUN_RECURRING = pattern(String.raw`(?<![\p{L}])(?:kế\s{1,2}hoạch|ngân\s{1,2}sách|dự\s{1,2}toán|kinh\s{1,2}phí|hạn\s{1,2}mức)(?:\s{1,2}[\p{L}\p{N}]{1,12}){0,3}\s{1,2}$`, 'iu');

const STRONG = new Set(['before', 'by']);
const UNDATED = new Set(['recurring', 'asap', 'ongoing', 'event', 'relative', 'calendar']);

function isDated(c: Candidate): boolean {
  return !UNDATED.has(c.value.type);
}

/**
 * Decides whether a time expression found in a task is not a deadline.
 * @param c the candidate, as the parsers and the range refiner left it
 * @param d the same, resolved into dates
 * @param text the task text it was found in
 * @param ctx the reference and meeting dates
 * @param index the text's clause index; pass one built once when deciding many candidates of a text
 * @returns the reason it is not a deadline, or null when it is one
 */
export function notDeadlineReason(
  c: Candidate,
  d: FoundDeadline,
  text: string,
  ctx: DeadlineContext,
  index: TextIndex = new TextIndex(text),
): NotDeadlineReason | null {
  const v = c.value;
  const s = index.source;
  const strong = c.qualifier !== null && STRONG.has(c.qualifier);

  if (v.type === 'period') return 'plan-period';
  if (c.qualifier === 'from' && v.type !== 'range' && !(v.type === 'months' && v.span)) return 'bare-start';
  if (v.type === 'year' && c.qualifier === null && v.part === null) return 'bare-year';
  if (v.type === 'tet' && c.qualifier === null) return 'bare-event';

  const start = index.clauseStart(c.index);
  // The 60 characters in front (within the clause), as offsets into the prepared text.
  const from60 = Math.max(start, c.index - 60);

  // A document is dated "Báo cáo số 12 ngày 15/6/2026", never "vào ngày" or "trong ngày": "Báo cáo vào 14h00 ngày
  // 15/6/2026", "Báo cáo trong ngày 15/6/2026" say when to report.
  if (v.type === 'day' && c.qualifier === null && DOCUMENT_REF.testText(s, Math.max(0, c.index - 80), c.index)) {
    return 'document-date';
  }
  // "Báo cáo quý III/2017", "Kế hoạch tháng 10/2017" name a document, not a time.
  if (isDated(c) && c.qualifier === null && DOCUMENT_REF.testText(s, from60, c.index)) return 'document-date';
  // "với thời hạn trước ngày ..." is a deadline; "có thời hạn đến ngày ...", "hiệu lực ngày ..." are not.
  const plain = c.qualifier === null || c.qualifier === 'at' || (c.qualifierText !== null && /^(?:đến|tới)/iu.test(c.qualifierText));
  if (isDated(c) && plain && VALIDITY.test(s, Math.max(0, c.index - 40), c.index)) return 'validity';
  if (v.type === 'day' && !strong && ctx.meetingDate && d.start === ctx.meetingDate) return 'meeting-date';

  if (c.qualifier === 'by' && v.type === 'year' && c.qualifierText !== null && /^(?:đến|tới)/iu.test(c.qualifierText)) {
    if (PLAN_NOUN.testText(s, start, c.index)) return 'plan-horizon';
  }

  if (isDated(c) || v.type === 'relative' || v.type === 'calendar') {
    // Entirely before the reference date: a statement about the past, or a deadline already gone.
    if (ctx.ref && d.end !== null && d.end < ctx.ref.date) return 'past';
    if (!strong) {
      const end = index.clauseEnd(c.end);
      // Outside the phrase: in "trong thời hạn 05 ngày làm việc kể từ ngày nhận được hồ sơ đã đóng dấu thẩm định",
      // "đã" tells what the counted-from event is, not that the action is past. A period to act in is past only by
      // what stands before it ("đã hoàn thành trong thời hạn 05 ngày"): after it comes the action, whose objects
      // "đã" describes as often ("nộp về Sở bản vẽ ... đã đóng dấu thẩm định").
      if (index.hasPast(start, c.index) || (v.type !== 'relative' && index.hasPast(c.end, end))) return 'past';
      if (index.hasStatistics(start, end)) return 'statistics';
      if (index.hasCopula(start, c.index)) return 'description';
      if (PLANNED_ITEM.test(s, from60, c.index)) return 'description';
    }
  }

  if (v.type === 'asap') return asapInAction(c, s) ? null : 'not-an-action';
  if (v.type === 'ongoing' && (NOT_ONGOING.test(s, from60, c.index) || NOT_ONGOING_AFTER.test(s, c.end, Math.min(c.end + 30, s.on.length)))) {
    return 'not-an-action';
  }
  if (v.type === 'recurring' && c.qualifier === null) {
    if (NOUN_RECURRING.test(s, from60, c.index) || RECURRING_SUBJECT.test(s, c.end, Math.min(c.end + 5, s.on.length))) return 'not-an-action';
  }
  return null;
}

/** Whether "ngay", "khẩn trương" or "kịp thời" stands where it qualifies an action. */
function asapInAction(c: Candidate, s: Source): boolean {
  const word = s.text.slice(c.index, c.end).toLowerCase();
  const from = Math.max(0, c.index - 40);
  const to = Math.min(c.end + 40, s.on.length);
  if (word.startsWith('ngay')) return !NOT_NOW.test(s, c.end, to);
  if (word.startsWith('khẩn')) return !NOT_URGENT.test(s, from, c.index);
  // "kịp thời"
  const verb = VERB_BEFORE.exec(s, from, c.index);
  if (verb) return !NOMINAL.for(s.plain).test(verb.groups?.prev ?? '');
  return CLAUSE_OPEN.test(s, from, c.index) && !IN_ORDER_TO.test(s, from, c.index) && VERB_AFTER.test(s, c.end, to);
}

// "để kịp thời ..." (in order to): the clause does not open on the action.
const IN_ORDER_TO = pattern(String.raw`(?<![\p{L}])để\s{1,2}$`, 'iu');

