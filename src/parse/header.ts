/**
 * The header of a notice: issuing body, number and symbol, place and date, type name, subject (trích
 * yếu) and, for a công văn, the "Kính gửi" addressees. The header is read cell by cell (see
 * {@link splitCells}) so that Word tables and PDF columns give the same result as plain lines.
 */
import type { Issued, Issuer, NoticeNumber } from '../schema.js';
import { caseOf, countCase, LOWERCASE_LETTER, SAME_LOWER, SAME_UPPER, UPPERCASE_LETTER, WHITE_SPACE } from '../text/letter-case.js';
import { startsLower } from './blocks.js';
import { isFurniture, ITEM_DASHES, splitCells, SPREAD_LETTERS, squash, stripMarkup, type Cell } from './layout.js';
import { TYPE_NAMES } from './lexicon.js';

// "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ ...", OCR "CỘNG HÕA ..."
const NATIONAL_TITLE = /CỘNG\s*H[OÒÕÓỎỌ][AÀÁ]?\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM/iu;
// "Độc lập - Tự do - Hạnh phúc", "Độc lập – Tự do – Hạnh Phúc"
const MOTTO = /Độc\s*lập\s*[-–—]?\s*Tự\s*do\s*[-–—]?\s*Hạnh\s*[pP]húc/u;
// "ĐẢNG CỘNG SẢN VIỆT NAM"
const PARTY = /ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM/u;
// "-------", "_____________", "***"
const SEPARATOR = /^[-_=*~.–—\s]{3,}$/u;
// "Số: 307 /TB-UBND", "Số:      /TB-UBND", "Số 12-TB/HU", "Số -TB/HU", "cộng đồngSố: /UBND-NC"
const NUMBER = /(?<!\p{Lu})(?:Số|SỐ(?=\s*:))(?<colon>\s*:)?(?=\s*(?:\d|[\/-]|\p{Lu}|$))/u;
// The part after "Số:": "307 /TB-UBND", "12-TB/HU", "     /SCT-CN"
const NUMBER_BODY =
  /^\s*(?<serial>\d{1,7})?\s*(?<sep>[\/-])?\s*(?<symbol>[\p{L}\d&.]+(?:\s?[-\/]\s?[\p{L}\d&.]+){0,6})?/u;
// "Bắc Giang, ngày 15 tháng 9 năm 2017", "Lào Cai, ngày        tháng 6 năm 2026", "Hà Nội, ngày 02 tháng 03 năm 2012",
// and "Hà Nội, Ngày 05 tháng 02 năm 2021" with a capital, as some offices type it (after a place only)
const PLACE_DATE =
  /(?<place>\p{Lu}[\p{L}.'’ -]{0,40}?)\s*(?<comma>,)?\s*[nN]gày\s*(?<day>\d{1,2})?\s*tháng\s*(?<month>\d{1,2})?\s*năm\s*(?<year>\d{4})?/u;
// The date in figures, as informal notices and web copies write it: "Bắc Giang, ngày 15/9/2017". With its comma, and
// alone in its cell, so that a sentence such as "Sở Tài chính họp ngày 15/9/2017" is no place and date.
const PLACE_DATE_FIGURES =
  /(?<place>\p{Lu}[\p{L}.'’ -]{0,40}?)\s*,\s*[nN]gày\s*(?<day>\d{1,2})\s*(?<sep>[/.-])\s*(?<month>\d{1,2})\s*\k<sep>\s*(?<year>\d{4})(?=\s*\.?\s*$)/u;
// "V/v triển khai ...", "V/v: ..."
const VV = /^V\s?\/\s?v\b\s*:?\s*/iu;
// "Về việc triển khai ...", the summary of a công văn written out
const VE_VIEC = /^Về\s+việc(?![\p{L}])\s*:?\s*/u;
// "Kính gửi: Sở Công Thương", "Kính gửi:", "KÍNH GỬI:", and "Kính gởi:" as the South spells it
const KINH_GUI = /^(?:Kính\s+g[ửở]i|KÍNH\s+G[ỬỞ]I)\s*:?\s*/u;
// Lines that open the body of a notice once the subject has begun.
const BODY_START =
  /^(?:Căn cứ|Ngày\s+\d|Thực hiện|Sau khi|Xét|Theo|Vừa qua|Để|Nhằm|Hôm nay|Qua|Thời gian qua|Trong thời gian|Trong những năm|Tiếp theo|Trên cơ sở|Ủy ban nhân dân tỉnh nhận được|Tiếp tục)(?![\p{L}\d])/u;
// An addressee that more addressees follow: "- Sở Tài chính;", "Sở Xây dựng,".
const LIST_GOES_ON = /[;,]\s*$/u;
// The end of a sentence or clause: a body line that opens like a subject ends so ("Thực hiện Quyết định số ..., ").
const SENTENCE_END = /[.,;:]\s*$/u;
// A list label at a line start: "1.", "II.", "a)", "- "
const LIST_LABEL = /^(?:[IVXL]+\.|\d{1,2}[.)]|[a-zđ]\)|[-+•])\s/u;
// Urgency and secrecy marks that sit in the header.
const MARK = /^(?:HỎA TỐC|HOẢ TỐC|THƯỢNG KHẨN|KHẨN|TUYỆT MẬT|TỐI MẬT|MẬT)$/u;
// A web copy's page title that runs into the issuer and its rule, the rest of the header on the lines below:
// "Công văn 2739/VPCP-ĐMDN năm 2019 ... do Văn phòng Chính phủ ban hành. VĂN PHÒNG CHÍNH PHỦ -------".
// Two or more words in capitals after a sentence's end, then the rule and nothing else.
const TITLE_TAIL_ISSUER = /(?<=[.!?]\s+)(?<issuer>\p{Lu}{2,}(?:\s+\p{Lu}+)+)\s*[-_]{3,}\s*$/u;
// Words that continue an issuer line wrapped in the header: "ỦY BAN NHÂN DÂN / TỈNH LÂM ĐỒNG".
const ISSUER_CONTINUATION =
  /^(?:TỈNH|HUYỆN|THÀNH PHỐ|THỊ XÃ|QUẬN|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU|THEO|SỐ|Số|VÀ|CỦA|TẠI|Tỉnh|Huyện|Thành phố|Thị xã|Quận|Xã|Phường|Thị trấn|Đặc khu)(?![\p{L}\d])/u;
// An issuer's lines retyped in mixed case, before the number: "Ủy ban nhân dân" over "Tỉnh Lào Cai", "Sở Công Thương".
// A body's head word, then no sentence's punctuation.
const MIXED_ISSUER =
  /^(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Văn phòng|Ban|Bộ|Sở|Cục|Chi cục|Tổng cục|Thanh tra|Công an|Tỉnh ủy|Tỉnh uỷ|Huyện ủy|Huyện uỷ|Đảng ủy|Đảng uỷ|Trung tâm|Đoàn|Tỉnh|Huyện|Thành phố|Thị xã|Quận|Xã|Phường|Thị trấn|Đặc khu)(?![\p{L}])[^.;:!?]{0,80}$/u;

// A party committee starts a body of its own: "ĐẢNG BỘ TỈNH BẮC GIANG" over "HUYỆN UỶ LỤC NAM".
const PARTY_COMMITTEE = /^(?:HUYỆN|TỈNH|THÀNH|QUẬN|THỊ)\s*(?:ỦY|UỶ)(?![\p{L}])/u;

/**
 * Type names as written, white space collapsed: "THÔNG BÁO", "KẾ HOẠCH". A cell is a type name when it is one
 * of them whole, so a set lookup does what an anchored alternation would.
 */
const TYPE_NAME_SET = new Set(TYPE_NAMES.map(([n]) => n));
/** The type names without their spaces, for names spread out letter by letter: "THÔNGBÁO" -> "THÔNG BÁO". */
const TYPE_NAME_UNSPACED = new Map(TYPE_NAMES.map(([n]) => [n.replaceAll(' ', ''), n]));

/**
 * The type name a cell is, white space collapsed ("THÔNG   BÁO" -> "THÔNG BÁO") or spread out letter by letter
 * ("T H Ô N G  B Á O" -> "THÔNG BÁO"); null when it is none.
 */
function typeNameOf(text: string): string | null {
  const name = squash(text);
  if (TYPE_NAME_SET.has(name)) return name;
  // "THÔNG BÁO:", "THÔNG BÁO.", and "Thông báo" retyped in mixed case: the name alone in its cell all the same.
  if (name.length < 40) {
    const last = name.charCodeAt(name.length - 1);
    const bare = last === 46 || last === 58 ? name.slice(0, -1).trimEnd() : name;
    if (bare !== name && TYPE_NAME_SET.has(bare)) return bare;
    // A capital, then a small letter: "Thông báo", "Kế hoạch".
    if ((caseOf(bare.charCodeAt(0)) & UPPERCASE_LETTER) !== 0 && (caseOf(bare.charCodeAt(1)) & LOWERCASE_LETTER) !== 0) {
      const upper = bare.toUpperCase();
      if (TYPE_NAME_SET.has(upper)) return upper;
    }
  }
  // A name spread out letter by letter, as a title is set in Word with spaces: "T H Ô N G   B Á O" (squashed).
  return name.length < 60 && SPREAD_LETTERS.test(name) ? (TYPE_NAME_UNSPACED.get(name.replaceAll(' ', '')) ?? null) : null;
}

/** True when a cell is a type name (see {@link typeNameOf}). */
function isTypeName(text: string): boolean {
  return typeNameOf(text) !== null;
}

/** Everything the header gives, with the lines each value was read from. */
export interface Header {
  issuer: Issuer;
  issuerLine: number | null;
  number: NoticeNumber;
  numberLine: number | null;
  /** The number had "Số" without a colon, party style. */
  partyStyle: boolean;
  docType: string | null;
  docTypeLine: number | null;
  place: string | null;
  issued: Issued;
  issuedLine: number | null;
  subject: string | null;
  subjectLine: number | null;
  addressees: string[];
  /** The line each addressee starts on. */
  addresseeLines: number[];
  /** Urgency and secrecy marks ("HỎA TỐC", "MẬT"). */
  marks: string[];
  /** Lines of the national title, motto and party line (for the check rules). */
  nationalTitleLine: number | null;
  mottoLine: number | null;
  partyLine: number | null;
  /** First line of the body: the first line after the header. */
  bodyStart: number;
}

type Kind = 'national' | 'motto' | 'party' | 'separator' | 'number' | 'placeDate' | 'type' | 'vv' | 'kinhGui' | 'mark' | 'text';

interface Classified extends Cell {
  kind: Kind;
}

// Anchors before which a flattened header line is cut into cells ("VĂN PHÒNG CHÍNH PHỦ ------- CỘNG HÒA ...").
const FLAT_ANCHORS =
  /(?=CỘNG\s*H[OÒ][AÀ]?\s+XÃ\s+HỘI)|(?=Độc\s*lập\s*[-–])|(?<=[^-_\s])\s*(?=-{3,}|_{3,})|(?<=[-_]{3})\s*(?=[^-_\s])|(?<=\S\s)(?=Số\s*:)|(?<=\S\s)(?=SỐ\s*:)|(?<=\S\s)(?=V\/v\s)|(?<=\S\s)(?=Về việc\s)|(?<=\S\s)(?=Kính g[ửở]i\s*:)|(?<=\S\s)(?=KÍNH G[ỬỞ]I\s*:)|(?<=\S\s)(?<!\p{Lu}\p{Ll}*\s)(?=\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,3}, [nN]gày \d)|(?<=năm \d{4}\s)(?=\p{Lu}{2,}\s\p{Lu}{2,})/u;
const SURROGATE = /[\ud800-\udfff]/;
// \p{Lu}, \p{Ll} and \s of one code unit (no surrogates here), from the table of text/letter-case.ts.
const hasClass = (text: string, i: number, flag: number) => i >= 0 && i < text.length && (caseOf(text.charCodeAt(i)) & flag) !== 0;
const isLu = (text: string, i: number) => hasClass(text, i, UPPERCASE_LETTER);
const isLl = (text: string, i: number) => hasClass(text, i, LOWERCASE_LETTER);
const isWhite = (text: string, i: number) => hasClass(text, i, WHITE_SPACE);
/** (?<=\S\s) at `i`. */
const afterWordAndSpace = (text: string, i: number) => i >= 2 && isWhite(text, i - 1) && !isWhite(text, i - 2);
const isDash = (code: number) => code === 45 || code === 95;

// What must follow each anchor of FLAT_ANCHORS that starts with a word, read at the word (sticky).
// "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNGHOÀ XÃ HỘI"
const TITLE_AHEAD = /CỘNG\s*H[OÒ][AÀ]?\s+XÃ\s+HỘI/uy;
// "Độc lập - Tự do - Hạnh phúc", "Độc lập – ..."
const MOTTO_AHEAD = /Độc\s*lập\s*[-–]/uy;
// "Số: 05/TB-UBND", "Số :", "SỐ:"
const NUMBER_AHEAD = /Số\s*:/uy;
// "Số:" with its colon before a serial or a blank: "Số: 1105/KH-ĐKT", "Số:      /BCĐ".
const COLON_NUMBER = /(?<!\p{Lu})(?:Số|SỐ)\s*:\s*(?:\d|[/-])/u;
const NUMBER_AHEAD_CAPITALS = /SỐ\s*:/uy;
// "Số:" at the end of a cell, the number itself on the next line (web copies): "Số:" over "299/TTg Hà Nội, ...".
const NUMBER_ALONE = /(?:Số\s*:?|SỐ\s*:)$/u;
const NUMBER_BELOW = /^\d{1,7}\s*[\/-]\s*\p{Lu}/u;
// An item of the "Kính gửi:" list: "- Sở Tài chính;", "– UBND các huyện".
const ADDRESSEE_ITEM = new RegExp(`^[${ITEM_DASHES}]\\s*`, 'u');
// The end of an item of a list written on one line, its ";" kept: "Sở Tài chính; Sở Xây dựng."
const INLINE_ADDRESSEE_END = /(?<=;)[ \t]+(?=\S)/u;
// "Kính gửi: Sở Công Thương", "Kính gởi:", "KÍNH GỬI:"
const KINH_GUI_AHEAD = /(?:Kính g[ửở]i|KÍNH G[ỬỞ]I)\s*:/uy;
// "UBND TỈNH" after "... năm 2026 "
const CAPITALS_AHEAD = /\p{Lu}{2,}\s\p{Lu}{2,}/uy;
// Runs of rule characters: "-----", "_____", "-_-"
const RULE_RUN = /[-_]{3,}/g;

/** A place where FLAT_ANCHORS matches: where, and how much white space the match takes. */
interface Cut {
  at: number;
  length: number;
}

/**
 * Where the place-and-date anchor of FLAT_ANCHORS matches, in order:
 * (?=\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,3}, [nN]gày \d)(?<=\S\s)(?<!\p{Lu}\p{Ll}*\s), i.e. before one to four
 * capitalised words that run up to ", ngày <digit>" ("... UBND TỈNH | Lào Cai, ngày 5 ..."), after a space that follows
 * something other than a capitalised word. Read back from each `word` (", ngày " or ", Ngày "): as a pattern it is
 * compiled for milliseconds in a fresh process and tried at every word start. Text without surrogates only.
 */
function dateAnchors(text: string, word: string, out: Cut[]): void {
  for (let c = text.indexOf(word); c >= 0; c = text.indexOf(word, c + 1)) {
    const d = text.charCodeAt(c + 7);
    if (!(d >= 48 && d <= 57)) continue;
    let end = c;
    for (let words = 0; words < 4; words++) {
      let k = end;
      while (isLl(text, k - 1)) k--;
      if (k === end || !isLu(text, k - 1)) break;
      const x = k - 1;
      // (?<=\S\s) and not (?<=\p{Lu}\p{Ll}*\s): the lower-case run before the space does not follow a capital.
      if (isWhite(text, x - 1) && x - 2 >= 0 && !isWhite(text, x - 2)) {
        let b = x - 2;
        while (isLl(text, b)) b--;
        if (!isLu(text, b)) out.push({ at: x, length: 0 });
      }
      if (text.charCodeAt(x - 1) !== 32) break;
      end = x - 1;
    }
  }
}

/** Adds a zero-width cut before each `word` where `ahead` (sticky) matches and `before` holds. */
function wordAnchors(text: string, word: string, ahead: RegExp | null, needSpaceBefore: boolean, out: Cut[]): void {
  for (let c = text.indexOf(word); c >= 0; c = text.indexOf(word, c + 1)) {
    if (needSpaceBefore && !afterWordAndSpace(text, c)) continue;
    if (ahead) {
      ahead.lastIndex = c;
      if (!ahead.test(text)) continue;
    } else if (!isWhite(text, c + word.length)) continue;
    out.push({ at: c, length: 0 });
  }
}

/**
 * Every place where FLAT_ANCHORS matches, with the white space it takes. The pattern has no first character to
 * look for (its rule anchors start anywhere), so a search tries all its branches at every position; each branch
 * is found here from the word or rule it needs. Where branches meet, at most one of them takes white space (the
 * rule branches need a rule or white space there, the others a letter), so the length does not depend on their
 * order. Text without surrogates only.
 */
function flatAnchors(text: string): Cut[] {
  const out: Cut[] = [];
  // (?=CỘNG\s*H[OÒ][AÀ]?\s+XÃ\s+HỘI), (?=Độc\s*lập\s*[-–])
  wordAnchors(text, 'CỘNG', TITLE_AHEAD, false, out);
  wordAnchors(text, 'Độc', MOTTO_AHEAD, false, out);
  // (?<=[^-_\s])\s*(?=-{3,}|_{3,}) before a run of rules and the white space ahead of it;
  // (?<=[-_]{3})\s*(?=[^-_\s]) after a run and the white space behind it. Inside a run neither holds.
  if (text.includes('--') || text.includes('__') || text.includes('-_') || text.includes('_-')) {
    const re = RULE_RUN;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (text.startsWith('---', start) || text.startsWith('___', start)) {
        let b = start;
        while (isWhite(text, b - 1)) b--;
        if (b > 0 && !isDash(text.charCodeAt(b - 1))) out.push({ at: b, length: start - b });
      }
      let f = end;
      while (isWhite(text, f)) f++;
      if (f < text.length && !isDash(text.charCodeAt(f))) out.push({ at: end, length: f - end });
    }
  }
  // (?<=\S\s)(?=Số\s*:), (?<=\S\s)(?=SỐ\s*:), (?<=\S\s)(?=V\/v\s), (?<=\S\s)(?=Về việc\s), (?<=\S\s)(?=Kính g[ửở]i\s*:),
  // (?<=\S\s)(?=KÍNH G[ỬỞ]I\s*:)
  wordAnchors(text, 'Số', NUMBER_AHEAD, true, out);
  wordAnchors(text, 'SỐ', NUMBER_AHEAD_CAPITALS, true, out);
  wordAnchors(text, 'V/v', null, true, out);
  wordAnchors(text, 'Về việc', null, true, out);
  wordAnchors(text, 'Kính g', KINH_GUI_AHEAD, true, out);
  wordAnchors(text, 'KÍNH G', KINH_GUI_AHEAD, true, out);
  dateAnchors(text, ', ngày ', out);
  dateAnchors(text, ', Ngày ', out);
  // (?<=năm \d{4}\s)(?=\p{Lu}{2,}\s\p{Lu}{2,})
  for (let c = text.indexOf('năm '); c >= 0; c = text.indexOf('năm ', c + 1)) {
    let digits = 0;
    while (digits < 4 && text.charCodeAt(c + 4 + digits) >= 48 && text.charCodeAt(c + 4 + digits) <= 57) digits++;
    if (digits < 4 || !isWhite(text, c + 8)) continue;
    CAPITALS_AHEAD.lastIndex = c + 9;
    if (CAPITALS_AHEAD.test(text)) out.push({ at: c + 9, length: 0 });
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * `text.split(FLAT_ANCHORS)`, from the places {@link flatAnchors} finds: the built-in split tries the whole
 * pattern at each position in turn. Text with surrogate pairs (where split steps by code point) is left to the
 * built-in.
 */
function splitAtAnchors(text: string): string[] {
  if (SURROGATE.test(text)) return text.split(FLAT_ANCHORS);
  const cuts = flatAnchors(text);
  const out: string[] = [];
  // As in String.prototype.split: p is where the last piece ended, q where the next match is looked for.
  let p = 0;
  let q = 0;
  for (const { at, length } of cuts) {
    if (at >= text.length) break;
    if (at < q) continue;
    const end = at + length;
    // An empty match where the last piece ended cuts nothing: look one position on.
    if (end === p) {
      q = at + 1;
      continue;
    }
    out.push(text.slice(p, at));
    p = end;
    q = p;
  }
  out.push(text.slice(p));
  return out;
}

// Cheap test before the anchors: a flattened header holds at least one of these.
const FLAT_HINT = /CỘNG|Độc|---|___|Số|V\/v|Về việc|Kính g|KÍNH G|, ngày|, Ngày|năm \d/u;

// A web copy runs the type name, the subject in capitals and the first sentence of the body into one line:
// "CHỈ THỊ VỀ CÔNG TÁC ĐO ĐẠC, PHÂN HẠNG ... TRONG CẢ NƯỚC Ngày 24 tháng 6 năm 1977 Hội đồng Chính phủ ...".
// The subject is the words without a lower-case letter up to the first capitalised word ("Ngày").
let runInType: RegExp | undefined;
function runInTypeName(): RegExp {
  if (runInType) return runInType;
  const names = TYPE_NAMES.map(([n]) => n).sort((a, b) => b.length - a.length);
  return (runInType = new RegExp(`^(?<type>${names.join('|')}) [^\\p{Ll}\\s]+(?: [^\\p{Ll}\\s]+)+ (?=\\p{Lu}\\p{Ll})`, 'u'));
}

// A title line that opens with a type name and goes on in capitals: "THÔNG BÁO KẾT LUẬN", "THÔNG BÁO KẾT LUẬN CỦA
// CHỦ TỊCH UBND TỈNH ...". No lower-case letter on the line.
let typeRun: RegExp | undefined;
function typeRunName(): RegExp {
  if (typeRun) return typeRun;
  const names = TYPE_NAMES.map(([n]) => n).sort((a, b) => b.length - a.length);
  return (typeRun = new RegExp(`^(?<type>${names.join('|')})\\s+(?=\\p{Lu})(?!.*\\p{Ll})`, 'u'));
}

/**
 * The pieces of a flattened line that opens with a type name run into its subject and the body:
 * [type name, subject, rest], keeping every character; the text as it is otherwise.
 */
function splitRunInType(text: string): string[] {
  if (text.length <= 300) return [text];
  const m = runInTypeName().exec(text);
  if (m === null) return [text];
  const type = m.groups!.type!;
  return [type, text.slice(type.length, m[0].length), text.slice(m[0].length)];
}

/** Appends the classified cells of `cell` to `out`. */
function classify(cell: Cell, out: Classified[]): void {
  // A flattened header puts several header items on one cell: cut before the anchors we know.
  const parts =
    cell.text.length > 40 && FLAT_HINT.test(cell.text)
      ? splitAtAnchors(cell.text).flatMap(splitRunInType)
      : [cell.text];
  let col = cell.col;
  for (const raw of parts) {
    const text = raw.trim();
    if (!text) continue;
    out.push({ line: cell.line, col, text, kind: kindOf(text) });
    col += raw.length;
  }
}

/** The national title, tried only when its "XÃ" is there (any case; "Ã" folds to "ã" only). */
function isNationalTitle(text: string): boolean {
  return (text.includes('Ã') || text.includes('ã')) && NATIONAL_TITLE.test(text);
}

function kindOf(text: string): Kind {
  // Header items are short; a long cell is body text (and the patterns below need not scan it).
  // The unanchored patterns are tried only when a word they cannot match without is there: "XÃ" (any case,
  // and "Ã" folds to "ã" only), "Độc", "ĐẢNG", "Số", "ngày".
  if (text.length > 300) return 'text';
  if (SEPARATOR.test(text)) return 'separator';
  if (isNationalTitle(text)) return 'national';
  if (text.includes('Độc') && MOTTO.test(text)) return 'motto';
  if (text.includes('ĐẢNG') && PARTY.test(text)) return 'party';
  if (KINH_GUI.test(text)) return 'kinhGui';
  // "Về việc ..." is a summary as "V/v" is, also where a flattened line runs the number into it ("... cộng đồngSố:
  // /UBND-NC"); under a type name it stays the subject as written.
  if (VV.test(text) || VE_VIEC.test(text)) return 'vv';
  if (text.length <= 200 && (text.includes('Số') || text.includes('SỐ')) && NUMBER.test(text)) return 'number';
  if (text.length < 80 && (text.includes('ngày') || text.includes('Ngày')) && (PLACE_DATE.test(text) || PLACE_DATE_FIGURES.test(text))) return 'placeDate';
  if (isTypeName(text)) return 'type';
  if (MARK.test(text)) return 'mark';
  return 'text';
}

/** True when at least 85% of the letters (two or more) are capitals: "ỦY BAN NHÂN DÂN", "THÔNG BÁO". */
function isUpper(text: string): boolean {
  if (text.length > 300) return false;
  // Capitals: their own upper case and not their own lower case (letters without case do not count).
  const n = countCase(text, SAME_UPPER | SAME_LOWER, SAME_UPPER);
  if (n === null) return isUpperAstral(text);
  if (n.letters < 2) return false;
  return n.matching / n.letters >= 0.85;
}

function isUpperAstral(text: string): boolean {
  const letters = text.match(/\p{L}/gu);
  if (!letters || letters.length < 2) return false;
  const upper = letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length;
  return upper / letters.length >= 0.85;
}

/** Reads the number from the text of a number cell. */
export function parseNumber(text: string): { number: NoticeNumber; partyStyle: boolean; before: string } | null {
  const m = NUMBER.exec(text);
  if (!m) return null;
  const rest = text.slice(m.index + m[0].length);
  const b = NUMBER_BODY.exec(rest);
  const serialText = b?.groups?.serial;
  let symbol = b?.groups?.symbol?.replace(/\s+/g, '').replace(/[.]+$/u, '') ?? null;
  if (symbol === '') symbol = null;
  const sep = b?.groups?.sep ?? (serialText && symbol ? '/' : '');
  const serial = serialText !== undefined ? Number(serialText) : null;
  const written = squash(text.slice(m.index, m.index + m[0].length + (b ? b[0].length : 0)));
  const value = serial !== null && symbol ? `${serialText}${sep || '/'}${symbol}` : null;
  return {
    number: { text: written || null, serial, symbol, value },
    partyStyle: !m.groups?.colon,
    before: text.slice(0, m.index).trim(),
  };
}

/** Reads place and date from a "<Place>, ngày ... tháng ... năm ..." cell. */
export function parsePlaceDate(text: string): { place: string | null; issued: Issued } | null {
  const m = PLACE_DATE.exec(text) ?? PLACE_DATE_FIGURES.exec(text);
  if (!m?.groups) return null;
  const g = m.groups;
  const day = g.day ? Number(g.day) : null;
  const month = g.month ? Number(g.month) : null;
  const year = g.year ? Number(g.year) : null;
  const valid = (v: number | null, lo: number, hi: number) => (v !== null && v >= lo && v <= hi ? v : null);
  const d = valid(day, 1, 31);
  const mo = valid(month, 1, 12);
  let date: string | null = null;
  if (d !== null && mo !== null && year !== null) {
    const probe = new Date(Date.UTC(year, mo - 1, d));
    if (probe.getUTCMonth() === mo - 1) date = `${year}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return {
    place: g.place ? squash(g.place).replace(/[,.]$/u, '') : null,
    issued: { text: squash(m[0]), date, year, month: mo, day: d },
  };
}

/**
 * Reads the header of a notice.
 * @param lines the prepared lines of the whole text (index 0 is line 1)
 */
export function parseHeader(lines: readonly string[]): Header {
  const h: Header = {
    issuer: { name: null, parent: null },
    issuerLine: null,
    number: { text: null, serial: null, symbol: null, value: null },
    numberLine: null,
    partyStyle: false,
    docType: null,
    docTypeLine: null,
    place: null,
    issued: { text: null, date: null, year: null, month: null, day: null },
    issuedLine: null,
    subject: null,
    subjectLine: null,
    addressees: [],
    addresseeLines: [],
    marks: [],
    nationalTitleLine: null,
    mottoLine: null,
    partyLine: null,
    bodyStart: 1,
  };
  const limit = Math.min(lines.length, 80);
  // Rows are classified on demand: the header ends early and long body lines never need it.
  const cache: (Classified[] | undefined)[] = [];
  const rawRow = (i: number): Classified[] => {
    let row = cache[i];
    if (!row) {
      const raw = lines[i] as string;
      row = [];
      if (!isFurniture(raw.trim())) for (const cell of splitCells(raw, i + 1)) classify(cell, row);
      cache[i] = row;
    }
    return row;
  };
  // "Số:" alone with the number and symbol on the next line (web copies): join them.
  const rowAt = (i: number): Classified[] => {
    const row = rawRow(i);
    const last = row[row.length - 1];
    if (last?.kind === 'number' && i + 1 < limit && NUMBER_ALONE.test(last.text)) {
      const nextRow = rawRow(i + 1);
      const next = nextRow[0];
      if (next && NUMBER_BELOW.test(next.text)) {
        const token = /^\S+/u.exec(next.text)?.[0] ?? '';
        last.text = `${last.text} ${token}`;
        next.text = next.text.slice(token.length).trim();
        if (!next.text) nextRow.shift();
        else Object.assign(next, { kind: kindOf(next.text) });
      }
    }
    return row;
  };
  // A number or a place and date on one of the rows [from, to).
  const numberOrDateWithin = (from: number, to: number): boolean => {
    for (let k = from; k < Math.min(to, limit); k++) if (rawRow(k).some((c) => c.kind === 'number' || c.kind === 'placeDate')) return true;
    return false;
  };
  // Web copies put a page title above the document: skip long prose lines before the national title.
  let first = 0;
  for (let i = 0; i < Math.min(limit, 8); i++) {
    const line = lines[i] as string;
    if (isNationalTitle(line)) {
      while (first < i && (lines[first] as string).length > 100 && !NUMBER.test(lines[first] as string)) first++;
      break;
    }
  }

  // The first line with "Số:" and its colon before a number, the number line Nghị định 30 writes. A number without the
  // colon above it names another document: "Số 1050/QĐ-SCT" under "ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH" (its capitals
  // lost to TCVN3) is part of the issuer.
  let colonNumberLine = -1;
  for (let i = 0; i < limit && colonNumberLine < 0; i++) {
    const line = lines[i] as string;
    if ((line.includes('Số') || line.includes('SỐ')) && COLON_NUMBER.test(line)) colonNumberLine = i + 1;
  }

  const issuerCells: Classified[] = [];
  // The issuer may end the last title line skipped: it is the first cell of the header.
  if (first > 0) {
    const title = lines[first - 1] as string;
    const m = TITLE_TAIL_ISSUER.exec(title);
    if (m) issuerCells.push({ line: first, col: m.index, text: m.groups!.issuer!, kind: 'text' });
  }
  let lastHeaderLine = 0;
  let subjectParts: string[] = [];
  let stage: 'top' | 'subject' | 'subjectGap' | 'afterSubject' | 'vv' | 'addressees' | 'done' = 'top';
  let subjectUpper = false;
  let vvCol = 0;
  let addresseeOpen = false;
  let sawContent = false;

  const take = (c: Classified): boolean => {
    switch (c.kind) {
      case 'national':
        h.nationalTitleLine ??= c.line;
        return true;
      case 'motto':
        h.mottoLine ??= c.line;
        return true;
      case 'party':
        h.partyLine ??= c.line;
        return true;
      case 'separator':
        return true;
      case 'mark':
        h.marks.push(c.text);
        return true;
      case 'number': {
        if (h.numberLine !== null) return false;
        const n = parseNumber(c.text);
        if (!n || (n.partyStyle && colonNumberLine > c.line && h.partyLine === null)) return false;
        h.number = n.number;
        h.numberLine = c.line;
        h.partyStyle = n.partyStyle;
        // "V/v ... cộng đồngSố: /UBND-NC": the words before "Số" belong to the subject being read.
        if (n.before && stage === 'vv') subjectParts.push(n.before);
        return true;
      }
      case 'placeDate': {
        if (h.issuedLine !== null) return false;
        const pd = parsePlaceDate(c.text);
        if (!pd) return false;
        h.place = pd.place;
        h.issued = pd.issued;
        h.issuedLine = c.line;
        return true;
      }
      default:
        return false;
    }
  };

  outer: for (let i = first; i < limit; i++) {
    if (stage === 'done') break;
    const row = rowAt(i);
    const line = row[0]?.line;
    if (row.length === 0) {
      // A blank line ends a subject that has begun, and an addressee list that has items, unless its last item
      // says more follow ("- Công ty Cổ phần Đầu tư phát triển Công nghiệp Lào Cai;", items a blank line apart).
      if (stage === 'subject' && subjectParts.length) stage = 'subjectGap';
      else if (stage === 'subjectGap') stage = 'afterSubject';
      else if (stage === 'vv' && subjectParts.length) stage = 'top';
      else if (stage === 'addressees' && h.addressees.length && !LIST_GOES_ON.test(h.addressees[h.addressees.length - 1] as string)) stage = 'done';
      continue;
    }
    for (const c of row) {
      // One blank line after a subject line: the subject goes on when the line after it does not start a sentence
      // ("Kiểm tra công tác cải cách hành chính năm 2026" / blank / "trên địa bàn tỉnh Lâm Đồng"), or when its last
      // line ended in a comma ("... Ủy viên Ban Thường vụ Tỉnh ủy," / blank / "Phó Chủ tịch UBND tỉnh ...").
      if (stage === 'subjectGap') {
        const goesOn = c.kind === 'text' && (startsLower(c.text) || (subjectParts[subjectParts.length - 1] as string).endsWith(','));
        stage = goesOn ? 'subject' : 'afterSubject';
      }
      // After the subject only a "Kính gửi" list may still belong to the header.
      if (stage === 'afterSubject') {
        if (c.kind !== 'kinhGui') {
          stage = 'done';
          continue outer;
        }
        stage = 'addressees';
      }
      if (stage === 'subject' && c.kind === 'vv' && !subjectParts.length) {
        subjectParts.push(c.text.replace(VV, ''));
        h.subjectLine = c.line;
        lastHeaderLine = c.line;
        continue;
      }
      if (stage === 'subject') {
        // A plan's subject may open as a body does ("KẾ HOẠCH / Thực hiện Đề án số 08 về phát triển công nghiệp ..."):
        // right under the type name, a short line without a sentence's end is the subject.
        const titleLike = subjectParts.length === 0 && c.text.length <= 160 && !SENTENCE_END.test(c.text);
        const isBody = (BODY_START.test(c.text) && !titleLike) || LIST_LABEL.test(c.text) || c.text.startsWith('(');
        if (c.kind === 'separator') {
          if (subjectParts.length) {
            lastHeaderLine = c.line;
            stage = 'done';
            continue outer;
          }
          continue;
        }
        // After a subject in capitals, only a line starting in lower case ("tại buổi làm việc ...") goes on.
        const offCase = subjectUpper && !isUpper(c.text) && !/^\p{Ll}/u.test(c.text);
        if (c.kind !== 'text' || isBody || subjectParts.length >= 8 || offCase || c.text.length > 400) {
          if (c.kind !== 'text' && take(c)) {
            lastHeaderLine = c.line;
            continue;
          }
          if (c.kind === 'kinhGui') {
            stage = 'addressees';
          } else {
            stage = 'done';
            continue outer;
          }
        } else {
          if (!subjectParts.length) {
            subjectUpper = isUpper(c.text);
            h.subjectLine = c.line;
          }
          subjectParts.push(c.text);
          lastHeaderLine = c.line;
          continue;
        }
      }
      if (stage === 'vv') {
        if (c.kind === 'text' && c.col <= vvCol + 8 && !BODY_START.test(c.text)) {
          subjectParts.push(c.text);
          lastHeaderLine = c.line;
          continue;
        }
        if (c.kind === 'text' && c === row[0] && !isUpper(c.text) && !BODY_START.test(c.text) && !LIST_LABEL.test(c.text)) {
          subjectParts.push(c.text);
          lastHeaderLine = c.line;
          continue;
        }
        stage = 'top';
      }
      if (stage === 'addressees') {
        if (c.kind === 'kinhGui') {
          const rest = c.text.replace(KINH_GUI, '').trim();
          if (rest) addAddressee(h, rest, false, c.line);
          addresseeOpen = rest !== '' && !/[;.]$/u.test(rest);
          lastHeaderLine = c.line;
          continue;
        }
        if (c.kind === 'text' && ADDRESSEE_ITEM.test(c.text)) {
          addAddressee(h, c.text.replace(ADDRESSEE_ITEM, ''), false, c.line);
          addresseeOpen = !/[;.]$/u.test(c.text);
          lastHeaderLine = c.line;
          continue;
        }
        // "(Theo Kế hoạch số 2242/KH-SCT ...)", "(Địa chỉ: ...)" under an addressee narrows it: part of the item.
        if (c.kind === 'text' && c.text.startsWith('(') && h.addressees.length) {
          addAddressee(h, c.text, true, c.line);
          lastHeaderLine = c.line;
          continue;
        }
        if (c.kind === 'text' && addresseeOpen && h.addressees.length && !BODY_START.test(c.text)) {
          addAddressee(h, c.text, true, c.line);
          addresseeOpen = !/[;.]$/u.test(c.text);
          lastHeaderLine = c.line;
          continue;
        }
        // Items without a dash, one a line: after "Sở Tài chính;" a name starts the next ("Sở Xây dựng.").
        const lastItem = h.addressees[h.addressees.length - 1];
        if (c.kind === 'text' && lastItem?.endsWith(';') && !BODY_START.test(c.text) && c.text.length < 200 && /^\p{Lu}/u.test(c.text)) {
          addAddressee(h, c.text, false, c.line);
          addresseeOpen = !/[;.]$/u.test(c.text);
          lastHeaderLine = c.line;
          continue;
        }
        if (c.kind !== 'text' && take(c)) {
          lastHeaderLine = c.line;
          continue;
        }
        if (!h.addressees.length && c.kind === 'text' && !BODY_START.test(c.text) && c.text.length < 200) {
          addAddressee(h, c.text, false, c.line);
          addresseeOpen = !/[;.]$/u.test(c.text);
          lastHeaderLine = c.line;
          continue;
        }
        stage = 'done';
        continue outer;
      }
      // stage 'top'
      if (take(c)) {
        lastHeaderLine = c.line;
        continue;
      }
      // A number that names another document, under the issuer's lines: their last line.
      if (c.kind === 'number' && h.numberLine === null && issuerCells.length && h.docType === null) {
        issuerCells.push(c);
        lastHeaderLine = c.line;
        continue;
      }
      if (c.kind === 'type' && h.docType === null) {
        h.docType = typeNameOf(c.text);
        h.docTypeLine = c.line;
        lastHeaderLine = c.line;
        stage = 'subject';
        subjectParts = [];
        continue;
      }
      // "THÔNG BÁO KẾT LUẬN" under the number or the date: the type name, and the subject's first words. The subject
      // goes on in any case ("THÔNG BÁO KẾT LUẬN" / "Của Chủ tịch UBND tỉnh tại buổi làm việc ...").
      const run = c.kind === 'text' && h.docType === null && (h.numberLine !== null || h.issuedLine !== null) && c.text.length <= 300 ? typeRunName().exec(c.text) : null;
      if (run) {
        h.docType = run.groups!.type!;
        h.docTypeLine = c.line;
        h.subjectLine = c.line;
        lastHeaderLine = c.line;
        stage = 'subject';
        subjectParts = [c.text.slice(run[0].length).trim()];
        subjectUpper = false;
        continue;
      }
      // A công văn may write its summary "Về việc ..." rather than "V/v ...": before a type name, it is the same.
      const veViec = c.kind === 'text' && h.docType === null && VE_VIEC.test(c.text);
      if ((c.kind === 'vv' || veViec) && h.subject === null && !subjectParts.length) {
        const rest = c.text.replace(veViec || VE_VIEC.test(c.text) ? VE_VIEC : VV, '');
        const inner = parseNumber(rest);
        if (inner && inner.before && take({ ...c, text: rest.slice(inner.before.length), kind: 'number' })) {
          subjectParts.push(inner.before);
        } else if (rest) subjectParts.push(rest);
        h.subjectLine = c.line;
        vvCol = c.col;
        stage = 'vv';
        lastHeaderLine = c.line;
        continue;
      }
      if (c.kind === 'kinhGui') {
        stage = 'addressees';
        const rest = c.text.replace(KINH_GUI, '').trim();
        if (rest) addAddressee(h, rest, false, c.line);
        addresseeOpen = rest !== '' && !/[;.]$/u.test(rest);
        lastHeaderLine = c.line;
        continue;
      }
      if (c.kind === 'text') {
        if (!/[\p{L}\d]/u.test(c.text)) continue;
        if (isUpper(c.text) && h.docType === null && h.subjectLine === null && c.text.length < 120) {
          issuerCells.push(c);
          lastHeaderLine = c.line;
          continue;
        }
        // In mixed case, only above the number or the date, which must follow within a few rows: a level of
        // government goes on with the line above.
        const mixed =
          h.numberLine === null &&
          h.issuedLine === null &&
          h.docType === null &&
          h.subjectLine === null &&
          MIXED_ISSUER.test(c.text) &&
          (issuerCells.length > 0 || !ISSUER_CONTINUATION.test(c.text)) &&
          numberOrDateWithin(i + 1, i + 5);
        if (mixed) {
          issuerCells.push(c);
          lastHeaderLine = c.line;
          continue;
        }
        // A body sentence before any type name or subject: the header is over (or there is none).
        if (sawContent || BODY_START.test(c.text) || LIST_LABEL.test(c.text) || c.text.length > 120) {
          stage = 'done';
          continue outer;
        }
        sawContent = true;
        continue;
      }
    }
    if (line !== undefined && stage === 'vv' && row.every((c) => c.kind !== 'text' && c.kind !== 'vv')) stage = 'top';
  }

  if (subjectParts.length) h.subject = squash(subjectParts.join(' ')) || null;
  h.addressees = h.addressees.map((a) => a.replace(/[;.,]+$/u, '').trim());
  h.bodyStart = Math.min(lastHeaderLine + 1, lines.length + 1);
  // A subject or addressee list that ran into the body would have been cut above; make sure the body
  // does not start inside the header by skipping blank lines only.
  while (h.bodyStart <= lines.length && stripMarkup(lines[h.bodyStart - 1] as string).trim() === '') h.bodyStart++;
  setIssuer(h, issuerCells);
  return h;
}

function addAddressee(h: Header, text: string, continuation: boolean, line: number): void {
  // Items keep their punctuation until the list is read whole: a wrap after "Xây dựng," keeps its comma.
  const clean = squash(text);
  if (!clean) return;
  if (continuation && h.addressees.length) {
    h.addressees[h.addressees.length - 1] = `${h.addressees[h.addressees.length - 1]} ${clean}`;
    return;
  }
  // Items written on one line: "Sở Tài chính; Sở Xây dựng.", "- Sở Tài chính; - Sở Xây dựng.".
  for (const item of clean.split(INLINE_ADDRESSEE_END)) {
    const written = item.replace(ADDRESSEE_ITEM, '');
    if (!written) continue;
    h.addressees.push(written);
    h.addresseeLines.push(line);
  }
}

function setIssuer(h: Header, cells: Classified[]): void {
  if (!cells.length) return;
  const groups: { text: string; line: number }[] = [];
  for (const c of cells) {
    const text = c.text.replace(/\s*[-_]{3,}\s*$/u, '').trim();
    if (!text || text === '*') continue;
    const prev = groups[groups.length - 1];
    if (prev && !PARTY_COMMITTEE.test(text) && (ISSUER_CONTINUATION.test(text) || /[,&]$|(?<![\p{L}\d])VÀ$/u.test(prev.text))) {
      prev.text = `${prev.text} ${text}`;
    } else groups.push({ text, line: c.line });
  }
  if (!groups.length) return;
  const last = groups[groups.length - 1] as { text: string; line: number };
  h.issuer = {
    name: squash(last.text),
    parent: groups.length > 1 ? squash(groups.slice(0, -1).map((g) => g.text).join(' ')) : null,
  };
  h.issuerLine = last.line;
}
