/**
 * Whose conclusions a notice announces (the chair) and the meeting it reports: read from the subject
 * ("Kết luận của Phó Chủ tịch UBND tỉnh Dương Văn Thái tại cuộc họp ... ngày 07/9/2017") and from the
 * opening paragraph ("Ngày 07/9/2017, tại Trụ sở Văn phòng UBND tỉnh, ...").
 */
import type { Chair, Meeting } from '../schema.js';
import { WEEKDAY } from './deadlines/patterns.js';
import { FAMILY_NAMES } from './lexicon.js';

// "Kết luận của", "Ý kiến kết luận của", "kết luận và chỉ đạo của", "kết luận, chỉ đạo của", "Ý kiến chỉ đạo của",
// "KẾT LUẬN CỦA"
const CONCLUSION_OF = /(?:ý kiến\s+(?:kết luận|chỉ đạo)|kết luận)(?:\s*(?:,|và)\s*chỉ đạo)?\s+của\s+(?:(?:đồng chí|đ\/c|ông|bà)\s+)?/iu;
// Where the chair phrase ends: "... tỉnh tại cuộc họp", "... tỉnh về tiến độ", "... tỉnh họp nghe", "... tỉnh kiểm tra ..."
const CHAIR_END = /\s(?:tại|về|họp|kiểm tra|làm việc|nghe|trong|khi|đối với|với|TẠI|VỀ)\s/u;
// "Lê Xuân Phùng - Phó Chủ tịch UBND tỉnh"
const NAME_DASH_POSITION = /^(?<name>[^-–—,]{3,60}?)\s+[-–—]\s+(?<position>.+)$/u;
// "Nguyễn Văn An, Phó Chủ tịch UBND tỉnh": the name first, the position after a comma; in capitals too ("NGUYỄN VĂN
// AN, CHỦ TỊCH UBND TỈNH")
const NAME_COMMA_POSITION = /^(?<name>\p{Lu}(?:\p{Ll}*|\p{Lu}*)(?:\s+\p{Lu}(?:\p{Ll}*|\p{Lu}*)){1,4}),\s*(?<position>\p{Lu}.*)$/u;
// A personal name at the end of a phrase: "Phó Chủ tịch UBND tỉnh Dương Văn Thái"
const TRAILING_NAME = /(?<![\p{L}])(?<name>\p{Lu}[\p{Ll}'’]*(?:\s+\p{Lu}[\p{Ll}'’]*){1,4})$/u;
// "Ngày 07/9/2017, ...", "Ngày 19 tháng 6 năm 2026, ...", "Sáng ngày 10/6/2026, ...", "Chiều 07/9/2017, ...", "Hôm nay,
// ngày 10/6/2026, ...", "Vừa qua, ngày ...", "Ngày 10 và 11/6/2026, ..." (the first of two days), and with the weekday:
// "Sáng thứ Hai, ngày 15/6/2026, ...", "Thứ Sáu, ngày 12/6/2026, ...", "Chiều Chủ nhật ngày 14/6/2026"; and the meeting
// named first, as party notices write: "Tại phiên họp ngày 18/5/2026, ...", "Tại Hội nghị lần thứ 5 ngày ...".
const OPENING_DATE = new RegExp(
  String.raw`^(?:(?:Sáng|Chiều|Tối|Trưa)\s+(?:${WEEKDAY},?\s+)?(?:ngày\s+)?|(?:Vào\s+)?(?:(?:[Hh]ôm nay|[Vv]ừa qua),?\s+)?(?:${WEEKDAY},?\s+)?[Nn]gày\s+` +
    String.raw`|Tại\s+(?:phiên\s+họp|cuộc\s+họp|buổi\s+họp|buổi\s+làm\s+việc|hội\s+nghị|kỳ\s+họp)(?:[^,.;\n]{0,80}?\s)?ngày\s+)` +
    String.raw`(?<d>\d{1,2})(?:\s*(?:và|-|–)\s*\d{1,2})?\s*(?:\/|-|\.|\s+tháng\s+)\s*(?<m>\d{1,2})\s*(?:\/|-|\.|\s+năm\s+)\s*(?<y>\d{4})`,
  'iu',
);

/** True for a paragraph that opens with the date of what it reports: "Ngày 07/9/2017, ...", "Sáng ngày 10/6/2026, ...". */
export function opensWithDate(text: string): boolean {
  return OPENING_DATE.test(text);
}
// "... họp ... ngày 07/9/2017" in the subject
const SUBJECT_DATE = /(?<![\p{L}\d])ngày\s+(?<d>\d{1,2})\s*[/.-]\s*(?<m>\d{1,2})\s*[/.-]\s*(?<y>\d{4})(?!\d)/u;
// A document's number just before a date in the subject, which dates that document: "triển khai Công điện số
// 131/CĐ-TTg ngày 11/12/2024", "Chỉ thị số 11-CT/TU ngày 04/01/2026", "Công văn 1787/UBND-KT ngày ...".
const DOCUMENT_NUMBER_BEFORE = /(?:(?<![\p{L}])số\s+[\p{L}\d./-]*\d[\p{L}\d./-]*|\d+\/[\p{L}\d.-]+)\s*$/u;
// ", tại Trụ sở Văn phòng UBND tỉnh," in the opening sentence, whose date may be written with dots ("Ngày 07.9.2017")
const OPENING_PLACE = /^(?:[^.]|\.(?=\d)){0,40}?,\s*tại\s+(?<place>\p{Lu}[^,.;]{2,120})/u;

const FAMILY = new Set(FAMILY_NAMES);

/** True for a family name, as written or in capitals: "Nguyễn", "NGUYỄN". */
function isFamily(word: string): boolean {
  return FAMILY.has(word) || FAMILY.has(word.charAt(0) + word.slice(1).toLowerCase());
}
// What an opening sentence about a meeting says.
const MEETING_WORDS = /(?<![\p{L}])(?:họp|hội nghị|Hội nghị|làm việc|chủ trì|kiểm tra|buổi|tổ chức|dự họp|tham dự|nghe)(?![\p{L}])/u;
// A level of government just before a capitalised run: what follows starts with a place name.
const PLACE_WORD = /(?<![\p{L}])(?:tỉnh|huyện|xã|phường|thành phố|thị xã|quận|thị trấn)\s*$/u;

function iso(y: string, m: string, d: string): string | null {
  const yy = Number(y);
  const mm = Number(m);
  const dd = Number(d);
  const probe = new Date(Date.UTC(yy, mm - 1, dd));
  if (probe.getUTCFullYear() !== yy || probe.getUTCMonth() !== mm - 1 || probe.getUTCDate() !== dd) return null;
  return `${yy}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

/**
 * Reads the chair from the subject line.
 * @param subject the notice's subject (trích yếu), one line
 */
export function parseChair(subject: string | null): Chair | null {
  if (!subject) return null;
  const m = CONCLUSION_OF.exec(subject);
  if (!m) return null;
  let rest = subject.slice(m.index + m[0].length);
  const end = CHAIR_END.exec(rest);
  if (end) rest = rest.slice(0, end.index);
  rest = rest.replace(/[,;:.]+$/u, '').trim();
  if (!rest) return null;
  const text = subject.slice(m.index, m.index + m[0].length) + rest;
  const dash = NAME_DASH_POSITION.exec(rest);
  if (dash?.groups && isFamily((dash.groups.name as string).split(/\s+/u)[0] as string)) {
    return { name: dash.groups.name!.trim(), position: dash.groups.position!.trim(), text };
  }
  const comma = NAME_COMMA_POSITION.exec(rest);
  if (comma?.groups && isFamily((comma.groups.name as string).split(/\s+/u)[0] as string)) {
    return { name: comma.groups.name!, position: comma.groups.position!.trim(), text };
  }
  const trailing = TRAILING_NAME.exec(rest);
  if (trailing?.groups) {
    const words = trailing.groups.name!.split(/\s+/u);
    // Right after "tỉnh", "huyện", ... a run of two words is the place ("UBND tỉnh Lâm Đồng"), a run of four or
    // more starts with it ("UBND tỉnh Lâm Đồng Nguyễn Ngọc Phúc"); three words are a name ("tỉnh Dương Văn Thái").
    const afterLevel = PLACE_WORD.test(rest.slice(0, trailing.index));
    if (afterLevel && words.length === 2) return { name: null, position: rest, text };
    const afterPlace = afterLevel && words.length >= 4 ? 2 : 0;
    // The name starts at its family name: "UBND tỉnh Dương Văn Thái" -> "Dương Văn Thái".
    const at = words.findIndex((w, k) => k >= afterPlace && FAMILY.has(w));
    if (at >= 0 && words.length - at >= 2) {
      const name = words.slice(at).join(' ');
      const position = rest.slice(0, rest.length - name.length).replace(/[\s,\-–]+$/u, '').trim();
      return { name, position: position || null, text };
    }
  }
  return { name: null, position: rest, text };
}

/**
 * Reads the meeting date and place from the opening paragraph, falling back to a date in the subject.
 * @param opening the first paragraph of the body
 * @param subject the subject line
 */
export function parseMeeting(opening: string | null, subject: string | null): Meeting | null {
  let date: string | null = null;
  let location: string | null = null;
  // "Ngày 19/12/2025, Sở Công Thương có Văn bản số ..." dates a letter, not a meeting.
  const o = opening && MEETING_WORDS.test(opening.slice(0, 300)) ? OPENING_DATE.exec(opening) : null;
  if (o?.groups) date = iso(o.groups.y!, o.groups.m!, o.groups.d!);
  if (opening && o) {
    const p = OPENING_PLACE.exec(opening);
    if (p?.groups) location = p.groups.place!.trim();
  }
  if (!date && subject) {
    const s = SUBJECT_DATE.exec(subject);
    if (s?.groups) {
      // The number and "số" fit in the 60 characters before the date; a window that size keeps the test short
      // whatever the subject (over a long run of digits the pattern would try every start).
      const before = subject.slice(Math.max(0, s.index - 60), s.index);
      if (!DOCUMENT_NUMBER_BEFORE.test(before)) date = iso(s.groups.y!, s.groups.m!, s.groups.d!);
    }
  }
  if (!date && !location) return null;
  return { date, location };
}
