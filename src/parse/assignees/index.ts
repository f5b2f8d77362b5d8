/**
 * Who must do a task, and who helps. Vietnamese task sentences name the doer first ("Sở Tài chính chủ
 * trì, phối hợp với Sở Xây dựng ..."), after a directive verb ("Giao Trung tâm ... tham mưu ...",
 * "Yêu cầu Nhà đầu tư ...", "Đề nghị ..."), in a heading ("1. Sở Công Thương", "Đối với X:", "X: ..."), or
 * not at all, in which case the doer comes from the heading above or the sentence that introduces the
 * list ("..., các Thành viên Ban chỉ đạo, Tổ giúp việc cần tập trung thực hiện tốt một số nội dung sau:").
 */
import { firstLine } from '../blocks.js';
import { ABBREVIATIONS, DIRECTIVE_VERBS, GENERIC_HEADS, JOINED_BODY_NAMES, ORG_HEADS, PREDICATE_STARTS, WEAK_PREDICATES } from '../lexicon.js';
import { caseOf, LETTER, LOWERCASE_LETTER, UPPERCASE_LETTER, WHITE_SPACE } from '../../text/letter-case.js';

/** A name found in a text, with its offset there. */
export interface FoundName {
  text: string;
  canonical: string;
  index: number;
}

/** The doers and helpers a sentence names. */
export interface Roles {
  doers: FoundName[];
  coordinators: FoundName[];
  /** True when the text's first clause names its doer (so nothing needs to be inherited). */
  firstClauseNamed: boolean;
}

const byLength = (a: string, b: string) => b.length - a.length;
const alt = (list: readonly string[]) => [...new Set(list)].sort(byLength).map(escape).join('|');
function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/*
 * Cheap pre-checks. The patterns below are long Unicode alternations, and the scanner tries them at nearly every
 * word of every task: most tries fail. Each alternative starts with a run of letters that the text must repeat
 * exactly ("Sở" in "Sở Tài chính chủ trì", "chủ" in "chủ trì"), so a set lookup of the word at the position
 * rules out most positions before the regular expression runs. Character classes of single UTF-16 units come
 * from the table of text/letter-case.ts.
 */
const IS_LETTER = /^\p{L}$/u;

/** The class bits of the code unit at `i` (0 past the end). A lone surrogate is no letter, as in `/\p{L}/u`. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c !== c ? 0 : caseOf(c); // NaN: past the end
}

const isUpperAt = (text: string, i: number) => (classAt(text, i) & UPPERCASE_LETTER) !== 0;
const isLowerAt = (text: string, i: number) => (classAt(text, i) & LOWERCASE_LETTER) !== 0;
const isLetterAt = (text: string, i: number) => (classAt(text, i) & LETTER) !== 0;
const isDigitAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};

// An astral capital ("𝐀") is a surrogate pair: only the full pattern can tell.
const isHighSurrogateAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff;
};

/** The run of letters starting at `i` ("Sở" in "Sở Tài chính"); empty when no letter stands there. */
function wordAt(text: string, i: number): string {
  let k = i;
  while (k < text.length && (classAt(text, k) & LETTER) !== 0) k++;
  return k === i ? '' : text.slice(i, k);
}

/**
 * A set of words with a test on the first two characters of the text at a position, which spares the substring
 * at most positions: "chủ" in a set rules out "của", "các", "cho" by their second character.
 */
// For each UTF-16 code, a bit per WordSet that has a word starting with it: most positions fail on this one read.
const FIRST_CHARS = new Uint32Array(0x10000);
let wordSets = 0;

// For each hash of the first two UTF-16 codes, a bit per WordSet that has a word starting with such a pair: with
// FIRST_CHARS, two reads rule out nearly every position. Hashes collide, so a hit is only a maybe.
const PAIR_BITS = new Uint32Array(0x10000);
const pairHash = (c0: number, c1: number) => (c0 * 31 + c1) & 0xffff;

/** The first two code units of a text at `i` as one number (NaN past the end). */
const pairAt = (text: string, i: number) => text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);

/** True when every code unit of a word is a letter by {@link classAt}: only such words can be a run of letters. */
const allLetters = (w: string) => {
  for (let k = 0; k < w.length; k++) if ((classAt(w, k) & LETTER) === 0) return false;
  return true;
};

/**
 * Entries grouped by their first two characters, in list order. An entry can only stand where the text repeats
 * its first two characters, so comparing the few entries of that pair replaces cutting out the word at the
 * position and looking it up (a substring and a hash for every try).
 */
function byPair(list: Iterable<string>): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const w of list) {
    const key = pairAt(w, 0);
    const same = out.get(key);
    if (same) same.push(w);
    else out.set(key, [w]);
  }
  return out;
}

/** True when `text` repeats `word` at `i`: for the short words of the lists, a loop the compiler inlines. */
const sameUnits = (text: string, i: number, word: string) => sameUnitsFrom(text, i, word, 0);

/** True when `text` repeats `word` at `i` from its code unit `from` on (those before are known to be the same). */
function sameUnitsFrom(text: string, i: number, word: string, from: number): boolean {
  for (let k = from; k < word.length; k++) if (text.charCodeAt(i + k) !== word.charCodeAt(k)) return false;
  return true;
}

class WordSet {
  private readonly words: Set<string>;
  private readonly pairs: Map<number, string[]>;
  readonly bit = 2 ** (wordSets++ % 32);
  /**
   * True when a word shorter than two characters, or with a code unit that is no letter, is in the set: the
   * pair lookup would not hold for it, and the word at a position is cut out and looked up instead.
   */
  private readonly short: boolean;

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const w of this.words) {
      if (!w.length) continue;
      FIRST_CHARS[w.charCodeAt(0)] = (FIRST_CHARS[w.charCodeAt(0)] as number) | this.bit;
      const h = pairHash(w.charCodeAt(0), w.charCodeAt(1));
      PAIR_BITS[h] = (PAIR_BITS[h] as number) | this.bit;
    }
    this.short = [...this.words].some((w) => w.length < 2 || !allLetters(w));
    this.pairs = byPair(this.words);
  }

  /** False when no word of the set can stand at `i`; true may still be wrong (the callers look the word up). */
  maybe(text: string, i: number): boolean {
    if (this.short) return true;
    const c = text.charCodeAt(i);
    return ((FIRST_CHARS[c] as number) & this.bit) !== 0 && ((PAIR_BITS[pairHash(c, text.charCodeAt(i + 1))] as number) & this.bit) !== 0;
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /**
   * True when the run of letters at `i` is one of the words: a word of letters is that run exactly when the
   * text repeats it at `i` and no letter follows.
   */
  at(text: string, i: number): boolean {
    if (this.short) return this.words.has(wordAt(text, i));
    const c = text.charCodeAt(i);
    const c1 = text.charCodeAt(i + 1);
    if (((FIRST_CHARS[c] as number) & ((PAIR_BITS[pairHash(c, c1)] as number) & this.bit)) === 0) return false;
    const same = this.pairs.get(c * 0x10000 + c1);
    if (same === undefined) return false;
    for (const w of same) if (text.startsWith(w, i) && (classAt(text, i + w.length) & LETTER) === 0) return true;
    return false;
  }
}

/** The leading letter runs of a list of alternatives: "chủ trì" -> "chủ", "Bộ, ngành" -> "Bộ". */
function leadWords(list: readonly string[]): WordSet {
  return new WordSet(list.map((a) => /^\p{L}*/u.exec(a)?.[0] ?? ''));
}

/** True when no letter or digit (`(?![\p{L}\d])`) stands at `k`; a surrogate pair is one character. */
function endsWord(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c !== c) return true; // past the end
  if (c >= 48 && c <= 57) return false;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(k + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return !IS_LETTER.test(text.slice(k, k + 2));
  }
  return (classAt(text, k) & LETTER) === 0;
}

/** A leading word and its phrases, longest first. */
interface LeadPhrases {
  lead: string;
  same: string[];
}

// Buckets of leading words by hash: a power of two, some times the number of leading words of the longest list.
const BUCKETS = 1024;

/** A hash of the code units of `text` from `i` to `end`; {@link Phrases.at} works it out as it reads a word. */
function runHash(text: string, i: number, end: number): number {
  let h = 0;
  for (let k = i; k < end; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
  return h;
}

/**
 * A list of words and phrases matched as `(?:A|B|...)(?![\p{L}\d])` would match them at a position: the first,
 * longest first, that the text repeats there with no letter or digit after it. Done by hand because such
 * alternations of a hundred Vietnamese phrases cost milliseconds to compile in a fresh process and are tried at
 * nearly every word.
 *
 * Only the phrases whose leading word is the word at the position can match. Where the first two characters
 * allow a leading word, the run of letters there is read and hashed, the leading words of that hash and length are
 * compared with the text (no word is cut out: lists share their first pairs, "th", "ch", "tr", with many words), and
 * the phrases of the one that stands there, longest first. A list with a leading word too short for the pair, or
 * not made of letters as classAt reads them, cuts out the word at the position and looks it up instead.
 */
class Phrases {
  private readonly byLead = new Map<string, string[]>();
  private readonly leads: WordSet;
  /**
   * For the hash of each leading word ({@link runHash}, masked): those words, each with its phrases. Null when a
   * leading word is too short for the pair test or not all letters.
   */
  private readonly buckets: Array<LeadPhrases[] | undefined> | null;

  constructor(list: readonly string[]) {
    const sorted = [...new Set(list)].sort(byLength);
    for (const a of sorted) {
      const lead = /^\p{L}*/u.exec(a)?.[0] ?? '';
      const same = this.byLead.get(lead);
      if (same) same.push(a);
      else this.byLead.set(lead, [a]);
    }
    this.leads = new WordSet(this.byLead.keys());
    const byPairOk = [...this.byLead.keys()].every((lead) => lead.length >= 2 && allLetters(lead));
    if (byPairOk) {
      this.buckets = new Array<LeadPhrases[] | undefined>(BUCKETS).fill(undefined);
      for (const [lead, same] of this.byLead) {
        const h = runHash(lead, 0, lead.length) & (BUCKETS - 1);
        const entry = { lead, same };
        const bucket = this.buckets[h];
        if (bucket) bucket.push(entry);
        else this.buckets[h] = [entry];
      }
    } else this.buckets = null;
  }

  /** The phrase at `i`, or null. */
  at(text: string, i: number): string | null {
    if (this.buckets === null) {
      if (!this.leads.maybe(text, i)) return null;
      const same = this.byLead.get(wordAt(text, i));
      if (same) for (const a of same) if (text.startsWith(a, i) && endsWord(text, i + a.length)) return a;
      return null;
    }
    const c = text.charCodeAt(i);
    const c1 = text.charCodeAt(i + 1);
    if (((FIRST_CHARS[c] as number) & ((PAIR_BITS[pairHash(c, c1)] as number) & this.leads.bit)) === 0) return null;
    // The run of letters at i, and its hash: only a leading word of that hash and length can be it.
    let end = i;
    let h = 0;
    for (let d = text.charCodeAt(end); d === d && (caseOf(d) & LETTER) !== 0; d = text.charCodeAt(++end)) h = (Math.imul(h, 31) + d) | 0;
    const bucket = this.buckets[h & (BUCKETS - 1)];
    if (bucket === undefined) return null;
    const length = end - i;
    for (const { lead, same } of bucket) {
      if (lead.length !== length || !sameUnits(text, i, lead)) continue;
      // The word at i: only its phrases can stand there (the one as long as the word is the word itself).
      // Its phrases repeat it: only what follows it is compared.
      for (const a of same) if (sameUnitsFrom(text, i, a, length) && endsWord(text, i + a.length)) return a;
      return null;
    }
    return null;
  }
}

// The start of a name: "Sở", "Ủy ban nhân dân", "các sở", "07 đơn vị", "Thủ trưởng", "UBND". As a pattern:
// (?:(?:NAMED_HEADS)(?![\p{L}\d])|(?:các|Các|những|Những|từng|Từng|mỗi|Mỗi|\d{1,3})\s+(?:PLURAL_HEADS)(?![\p{L}\d]))
const NAMED_HEADS = new Phrases(ORG_HEADS.filter((h) => !/^(?:các|Các|Từng|từng|Mỗi|mỗi|Toàn thể|Tất cả)$/u.test(h)));
const QUANTIFIERS = new WordSet(['các', 'Các', 'những', 'Những', 'từng', 'Từng', 'mỗi', 'Mỗi']);
// Heads that drafts write in lower case before a capitalised name ("Giao phòng Quản lý công nghiệp tổ chức ...",
// "phối hợp với sở Tài chính"); only with that capital after them, so that "phòng, chống", "trung tâm của" and
// the like start no name.
// An official named with the honorific, "đồng chí" ("Giao đồng chí Trưởng phòng Nội vụ theo dõi"), reads the same way.
const LOWER_CASE_HEADS = new Phrases(['phòng', 'sở', 'văn phòng', 'trung tâm', 'chi cục', 'đồng chí']);
// "các sở", "các Sở", "07 đơn vị": the heads after a quantifier.
const PLURAL_HEADS = new Phrases([...GENERIC_HEADS, ...ORG_HEADS.filter((h) => /^\p{Lu}/u.test(h))]);
// Words that open a new clause after a comma ("các cơ quan có liên quan, căn cứ Luật ..."), not a list of activities.
const CLAUSE_OPENER = /^(?:căn cứ|theo|trên cơ sở|để|nhằm|đồng thời|trong|tại|với|sau khi|khi|nếu|đảm bảo|bảo đảm|kịp thời|nghiên cứu)(?![\p{L}])/u;

// An acronym named after "phối hợp với" or a directive: "VCCI", "VNPT", "EVN".
const ACRONYM = /\p{Lu}{3,8}(?![\p{L}\d.])/uy;

// Words that narrow a plural body rather than start its predicate.
const GENERIC_TAIL = /(?:tham gia|trực thuộc|thuộc|được giao|được kiểm tra|hoạt động)(?![\p{L}])/uy;

// Bodies named without "các" after "và", "hoặc", a directive or "phối hợp với": "đơn vị nêu trên",
// "cơ quan liên quan", "địa phương có liên quan", "chủ đầu tư", "Bộ, ngành liên quan".
const BARE_HEAD = /(?:đơn vị|cơ quan|địa phương|chủ đầu tư|nhà đầu tư|nhà thầu|doanh nghiệp|công ty|tổ chức|chính quyền|lực lượng|Bộ,? ngành)(?![\p{L}])/uy;
const BARE_HEAD_WORDS = leadWords(['đơn vị', 'cơ quan', 'địa phương', 'chủ đầu tư', 'nhà đầu tư', 'nhà thầu', 'doanh nghiệp', 'công ty', 'tổ chức', 'chính quyền', 'lực lượng', 'Bộ, ngành']);
const GENERIC_TAIL_WORDS = leadWords(['tham gia', 'trực thuộc', 'thuộc', 'được giao', 'được kiểm tra', 'hoạt động']);

// A word that begins the predicate: the doer's name ends before it ("Sở Tài chính | chủ trì ...").
const PREDICATE = new Phrases(PREDICATE_STARTS.filter((w) => !WEAK_PREDICATES.includes(w)));
// Words that end a name only when the name is short: long names ("Ban Quản lý dự án đầu tư xây dựng số 1",
// "Trung tâm Phát triển quỹ đất") carry them in lower case.
const WEAK = new Phrases(WEAK_PREDICATES);
/** Whether any word that may begin a predicate, strong or weak, stands at `i`. */
const startsPredicate = (text: string, i: number) => PREDICATE.at(text, i) !== null || WEAK.at(text, i) !== null;
// Heads whose names run on in lower case.
const LONG_NAME_HEAD = /^(?:Ban Quản lý|Ban quản lý|BQL|Trung tâm|Công ty|Tổng công ty|Tập đoàn|Chi nhánh|Hội|Hiệp hội|Viện|Trường|Tổ|Đoàn|Quỹ|Nhà đầu tư|Chủ đầu tư|Ban Chỉ đạo|Ban chỉ đạo|Cơ quan|Bệnh viện|Học viện)(?![\p{L}])/u;
const LONG_NAME_WORDS = new WordSet(['Ban', 'BQL', 'Trung', 'Công', 'Tổng', 'Tập', 'Chi', 'Hội', 'Hiệp', 'Viện', 'Trường', 'Tổ', 'Đoàn', 'Quỹ', 'Nhà', 'Chủ', 'Cơ', 'Bệnh', 'Học']);
// "các chủ đầu tư", "Các Trung tâm": plural long names.
const LONG_PLURAL = /^(?:các|Các)\s+(?:chủ đầu tư|nhà đầu tư|Ban Quản lý|Trung tâm|Công ty)/u;
// "các đơn vị sản xuất, kinh doanh, ...": a plural generic head.
const GENERIC_PLURAL = /^(?:các|Các|những|Những)\s+\p{Ll}/u;
// Lower-case words that belong to a name after these words ("Ban chỉ đạo", "Tổ giúp việc", "dự án", "các tổ
// chức chính trị – xã hội", "Cơ quan chuyên môn trực thuộc người quyết định đầu tư", "cơ quan có thẩm quyền", "các
// cơ quan tuyên truyền, báo chí", where "tuyên truyền" would otherwise begin the predicate).
const NAME_PHRASE =
  /(?:(?<=(?:Ban|BAN|Tổ) )(?:chỉ đạo|giúp việc|công tác|điều hành)|(?<=[Cc]ơ quan )(?:tuyên truyền|báo chí|truyền thông|thông tấn)|dự án|quản lý dự án|thường vụ|thường trực|có liên quan|có thẩm quyền|liên quan|giao thông|tư vấn|chính trị ?[-–] ?xã hội|người quyết định đầu tư)(?![\p{L}])/uy;
const NAME_PHRASE_WORDS = leadWords([
  'chỉ đạo', 'giúp việc', 'công tác', 'điều hành', 'tuyên truyền', 'báo chí', 'truyền thông', 'thông tấn', 'dự án', 'quản lý dự án', 'thường vụ', 'thường trực', 'có liên quan', 'có thẩm quyền', 'liên quan',
  'giao thông', 'tư vấn', 'chính trị - xã hội', 'người quyết định đầu tư',
]);
// A few lower-case words, then the place a long name ends with: "môi trường tỉnh Bình Thuận" after "và".
const RUNS_ON_TO_PLACE = /(?:\p{Ll}+ ){1,4}(?:tỉnh|thành phố|huyện|thị xã|xã|phường) \p{Lu}/uy;
// Short heads ("Báo", "Tổ", "Ban", "Hội") name a body only when a name follows: "Báo Bình Thuận", "Tổ giúp việc",
// not "Báo cáo", "Hội nghị", "Ban hành".
// (A set: a head matched whole is one of these exactly.)
const SHORT_HEADS = new Set(['Sở', 'Ban', 'Bộ', 'Cục', 'Vụ', 'Viện', 'Phòng', 'Tổ', 'Đoàn', 'Trường', 'Hạt', 'Trạm', 'Tòa', 'Cổng', 'Thuế', 'Báo', 'Ngành', 'Đài', 'Hội', 'Quỹ', 'Đơn vị', 'Trưởng', 'Lãnh đạo', 'Chủ tịch', 'Giám đốc', 'Thủ trưởng', 'Thành viên', 'Người đứng đầu']);
const AFTER_SHORT_HEAD = /^(?:[\p{Lu}\d]|(?:chỉ đạo|giúp việc|công tác|quản lý|điều hành|thường trực|thường vụ|chuyên môn|nhân dân|tỉnh|huyện|xã|phường|các|cấp|ban|đơn vị|cơ quan|sở|địa phương|tư vấn|chủ trì|được)(?![\p{L}]))/u;
// "Giao", "Yêu cầu", "Đề nghị" followed by a name, not after a letter ("Giao Sở X", not "bàn giao").
// The "not after a letter" test is made by {@link execAfterNonLetter}: a pattern that starts with a look-behind
// is tried at every position, one that starts with its words is found by a fast scan.
const DIRECTIVE = new RegExp(`(?:${alt(DIRECTIVE_VERBS)})\\s+`, 'gu');

/** True when a letter stands right before `i` (a surrogate pair counts as one character, as in `(?<!\p{L})`). */
function letterBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return IS_LETTER.test(text.slice(i - 2, i));
  }
  return (classAt(text, i - 1) & LETTER) !== 0;
}

/** The next match of a global pattern that does not follow a letter: `(?<![\p{L}])` tested by hand. */
function execAfterNonLetter(re: RegExp, text: string): RegExpExecArray | null {
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (!letterBefore(text, m.index)) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}
// "Đối với các cơ quan, đơn vị triển khai áp dụng năm 2012:"
const DOI_VOI = /^(?:Đối với|Riêng đối với|Riêng|Yêu cầu đối với|Nhiệm vụ của|Trách nhiệm của|Trách nhiệm đối với)\s+/u;
const DOI_VOI_WORDS = new WordSet(['Đối', 'Riêng', 'Yêu', 'Nhiệm', 'Trách']);
// "Đồng thời, ...", "Theo đó ...": lead words that do not hide the doer after them.
const LEAD_WORD = /^(?:[Đđ]ồng thời|Theo đó|Trong đó|Ngoài ra|Bên cạnh đó),?\s*/u;
const LEAD_WORD_WORDS = new WordSet(['Đồng', 'đồng', 'Theo', 'Trong', 'Ngoài', 'Bên']);
// "các Sở: Công Thương, Tài chính" / "Các sở, ngành: TC; XD" — a list of bodies of one kind.
const KIND_LIST = /^(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Chủ tịch UBND)\s+)?(?:các|Các)\s+(?<kind>[Ss]ở|[Bb]ộ|[Hh]ội|[Pp]hòng|[Xx]ã|[Pp]hường|[Hh]uyện)(?:\s*,\s*(?:ban|ngành|phường|xã))*\s*:\s*$/u;

/**
 * Old tone placement written the new way, in open syllables only: "Uỷ" -> "Ủy", "hoà" -> "hòa", "Thuỷ" ->
 * "Thủy", "khoẻ" -> "khỏe". A syllable with a final consonant ("đoàn", "hoạch") or "qu" ("quỹ") is the same in
 * both styles and is left alone.
 */
const OLD_TONE = /(?<![qQ])([oOuU])([àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ])(?![\p{L}])/gu;
const TONE_MOVES: Record<string, [string, string]> = {
  à: ['̀', 'a'], á: ['́', 'a'], ả: ['̉', 'a'], ã: ['̃', 'a'], ạ: ['̣', 'a'],
  è: ['̀', 'e'], é: ['́', 'e'], ẻ: ['̉', 'e'], ẽ: ['̃', 'e'], ẹ: ['̣', 'e'],
  ỳ: ['̀', 'y'], ý: ['́', 'y'], ỷ: ['̉', 'y'], ỹ: ['̃', 'y'], ỵ: ['̣', 'y'],
};

function newTonePlacement(s: string): string {
  return s.replace(OLD_TONE, (m, v: string, toned: string) => {
    const lower = toned.toLowerCase();
    const move = TONE_MOVES[lower];
    if (!move) return m;
    // "oa"/"oe" take the tone on "o", "uy" on "u" — but only "oa, oe, uy" clusters move.
    if ((v === 'o' || v === 'O') && move[1] === 'y') return m;
    if ((v === 'u' || v === 'U') && move[1] !== 'y') return m;
    const base = toned === lower ? move[1] : move[1].toUpperCase();
    return `${v}${move[0]}`.normalize('NFC') + base;
  });
}

const ABBREVIATION = new RegExp(
  `(?<![\\p{L}\\d&])(?:${ABBREVIATIONS.map(([a]) => a).sort(byLength).map(escape).join('|')})(?![\\p{L}\\d&])`,
  'gu',
);
const EXPANSIONS = new Map(ABBREVIATIONS);

/**
 * The canonical form of a name: abbreviations expanded, new tone placement, first letter capital,
 * white space collapsed. "Sở KH&CN" -> "Sở Khoa học và Công nghệ", "các Thành viên BCĐ" -> "Các Thành viên Ban Chỉ đạo".
 */
export function canonicalName(text: string): string {
  const known = canonicalCache.get(text);
  if (known !== undefined) return known;
  const out = canonicalUncached(text);
  if (canonicalCache.size > 5000) canonicalCache.clear();
  canonicalCache.set(text, out);
  return out;
}

// Names repeat across tasks and notices; bounded so memory stays flat over a batch.
const canonicalCache = new Map<string, string>();

// The honorific before an official's title is no part of the name: "đồng chí Trưởng phòng Nội vụ".
const HONORIFIC = /^(?:đồng chí|Đồng chí|đ\/c|Đ\/c) (?=\p{Lu})/u;

function canonicalUncached(text: string): string {
  let s = text.replace(/\s+/g, ' ').trim().replace(HONORIFIC, '');
  s = s.replace(ABBREVIATION, (m) => EXPANSIONS.get(m) ?? m);
  s = newTonePlacement(s);
  s = s.replace(/[.,;:]+$/u, '').trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function skipSpaces(text: string, i: number): number {
  for (let c = text.charCodeAt(i); c === 32 || c === 9; c = text.charCodeAt(++i));
  return i;
}

function matchAt(re: RegExp, text: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(text);
}

// A name starts with a capital, a digit ("07 đơn vị") or a quantifier ("các", "những", "từng", "mỗi").
const C_LOWER = 99; // c
const N_LOWER = 110; // n
const M_LOWER = 109; // m
const T_LOWER = 116; // t
const P_LOWER = 112; // p
const D_STROKE_LOWER = 273; // đ
const O_CIRCUMFLEX_GRAVE = 0x1ed3; // ồ
const S_LOWER = 115; // s
const V_LOWER = 118; // v

/** The head of a name at `i` ("Sở", "các sở", "07 đơn vị"), or null. */
function headAt(text: string, i: number): string | null {
  const c = text.charCodeAt(i);
  let k: number;
  if (c >= 48 && c <= 57) {
    // \d{1,3} before white space: a run of at most three digits.
    k = i + 1;
    while (k < i + 3 && isDigitAt(text, k)) k++;
    if (isDigitAt(text, k)) return null;
  } else {
    // "đ" opens many words; of the heads only "đồng chí".
    if (c === P_LOWER || c === S_LOWER || c === V_LOWER || c === T_LOWER || c === C_LOWER || (c === D_STROKE_LOWER && text.charCodeAt(i + 1) === O_CIRCUMFLEX_GRAVE)) {
      const lower = LOWER_CASE_HEADS.at(text, i);
      if (lower !== null && text.charCodeAt(i + lower.length) === 32 && isUpperAt(text, i + lower.length + 1)) return lower;
    }
    if (!(c === C_LOWER || c === N_LOWER || c === M_LOWER || c === T_LOWER || isUpperAt(text, i))) return null;
    const named = NAMED_HEADS.at(text, i);
    if (named !== null) return named;
    if (!QUANTIFIERS.at(text, i)) return null;
    k = i + wordAt(text, i).length;
  }
  let s = k;
  while ((classAt(text, s) & WHITE_SPACE) !== 0) s++;
  if (s === k) return null;
  const plural = PLURAL_HEADS.at(text, s);
  return plural === null ? null : text.slice(i, s + plural.length);
}

/** A BARE_HEAD match at `i` ("đơn vị", "cơ quan"), tried only after one of its first words. */
function bareHeadAt(text: string, i: number): string | null {
  return BARE_HEAD_WORDS.at(text, i) ? (matchAt(BARE_HEAD, text, i)?.[0] ?? null) : null;
}

/**
 * Where the head of a list item ends ("các tổ chức" of "và các tổ chức, cá nhân có liên quan"), or `i` without one:
 * a new item's head is read whole, as at the start of a name, so that "tổ chức" there is no predicate.
 */
function afterHead(text: string, i: number): number {
  const head = headAt(text, i);
  return head === null ? i : i + head.length;
}

function startsName(text: string, i: number): boolean {
  return headAt(text, i) !== null;
}

// Lower-case words that go on a list after a comma: "các sở, ban, ngành", "các xã, phường, đặc khu", "các thôn, bản, tổ
// dân phố", "các sở, ngành, đoàn thể".
const LIST_GOES_ON = /^(?:ban|ngành|đơn vị|địa phương|thị|phường|đặc khu|thị xã|thành phố|cơ quan|bản|thôn|tổ dân phố|đoàn thể)(?![\p{L}])/u;
const LIST_GOES_ON_WORDS = leadWords(['ban', 'ngành', 'đơn vị', 'địa phương', 'thị', 'phường', 'đặc khu', 'thị xã', 'thành phố', 'cơ quan', 'bản', 'thôn', 'tổ dân phố', 'đoàn thể']);

const PLURAL_WORDS = new WordSet(['các', 'Các']);
const GENERIC_PLURAL_WORDS = new WordSet(['các', 'Các', 'những', 'Những']);
const CONJUNCTION_WORDS = new WordSet(['và', 'hoặc']);

const isLong = (text: string, at: number) => {
  if (LONG_NAME_WORDS.at(text, at) && LONG_NAME_HEAD.test(text.slice(at, at + 30))) return true;
  return PLURAL_WORDS.at(text, at) && LONG_PLURAL.test(text.slice(at, at + 30));
};
// What regulated bodies do, listed after a comma in their name ("các đơn vị sản xuất, kinh doanh, sử dụng, bảo quản
// hóa chất") or after "hoạt động" ("các đơn vị hoạt động khai thác khoáng sản"). After a comma, any other word that
// starts a predicate starts it there: "phối hợp các doanh nghiệp viễn thông, giải quyết triệt để các vùng lõm sóng";
// other words go on the list ("các sở, ban, ngành, đoàn thể").
const LISTED_ACTIVITIES = new Phrases([
  'sản xuất', 'kinh doanh', 'sử dụng', 'bảo quản', 'vận chuyển', 'xuất khẩu', 'nhập khẩu', 'chế biến', 'khai thác',
  'buôn bán', 'mua bán', 'tàng trữ', 'lưu giữ', 'phân phối', 'cung cấp', 'cung ứng', 'tiêu thụ', 'chăn nuôi',
  'nuôi trồng', 'thu mua', 'xuất nhập khẩu', 'lưu thông', 'kinh doanh dịch vụ', 'sơ chế', 'đóng gói', 'thi công',
  'tư vấn', 'thiết kế', 'giám sát', 'quản lý', 'vận hành', 'đầu tư', 'xây dựng', 'lắp đặt', 'sửa chữa',
]);
// "các đơn vị sản xuất, kinh doanh, sử dụng, bảo quản hóa chất ...": after "các" + a generic head, a comma may
// open a list of what the bodies do; its first word is part of the name, not the predicate.
const isGeneric = (text: string, at: number) => {
  return GENERIC_PLURAL_WORDS.at(text, at) && GENERIC_PLURAL.test(text.slice(at, at + 12));
};

/** The length of the word at `i` as `/^[\p{L}\d&'’./+]+/u` reads it within `i .. limit`. */
function wordLength(text: string, i: number, limit: number): number {
  let k = i;
  const end = Math.min(limit, text.length);
  while (k < end) {
    const c = text.charCodeAt(k);
    if ((c >= 48 && c <= 57) || c === 38 || c === 39 || c === 0x2019 || c === 46 || c === 47 || c === 43 || (classAt(text, k) & LETTER) !== 0) {
      k++;
      continue;
    }
    // A letter outside the Basic Multilingual Plane is a surrogate pair: ask the pattern.
    if (c >= 0xd800 && c <= 0xdbff && k + 2 <= end && IS_LETTER.test(text.slice(k, k + 2))) {
      k += 2;
      continue;
    }
    break;
  }
  return k - i;
}

/**
 * True when AFTER_SHORT_HEAD matches the 24 characters after a short head ending at `k`, past white space. A
 * capital or a digit there ("Sở Tài chính", "Tổ 3") matches its first branch: only other text needs the pattern.
 */
function nameAfterShortHead(text: string, k: number): boolean {
  const s = skipSpaces(text, k);
  if (s < k + 24 && (isDigitAt(text, s) || isUpperAt(text, s))) return true;
  return AFTER_SHORT_HEAD.test(text.slice(s, k + 24));
}

// A body named in lower case, as old texts do, right before the phrase that gives it its duties, in a sentence or a
// heading: "Tổng cục thống kê có trách nhiệm phối hợp với ...", "Cục đo đạc và bản đồ Nhà nước có trách nhiệm:",
// "... có nhiệm vụ ...". Without that phrase its
// lower-case words may as well be the predicate ("Bộ thống kê ..."), so the name stops at its head as before.
const LOWER_CASE_NAME = /(?:(?!(?:các|những|mọi|có|chịu) )[\p{L}]+ ){1,8}(?=(?:có|chịu) (?:trách nhiệm|nhiệm vụ)(?![\p{L}]))/uy;

// Words a name, or a list of names, is read for at most: the scan starts at many positions of a text, and a bound
// keeps each one short. Six associations named with their province ("Hội Cựu giáo chức tỉnh Bình Thuận, ...")
// come to about 40.
const MAX_NAME_WORDS = 80;

// A member of a team given a part, at the start of an item: "Ông. Đỗ Mạnh Cường - Phó Trưởng đoàn: Chủ trì, phụ trách
// việc kiểm tra ...", "Bà Nguyễn Thị Hoa, Thư ký đoàn: lập biên bản", "Đồng chí Lê Văn Nam: theo dõi chung".
const PERSON_HEADING =
  /^(?:Ông|Bà|Đồng chí|Đ\/c|đ\/c)\.?\s{1,3}(?<name>\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,4})(?:\s{0,3}[-–,]\s{0,3}[^:;\n]{1,80}?)?\s{0,3}(?=:)/u;

/** The person an item opens with, given a part (see PERSON_HEADING): as written, and by name. */
function personHeading(text: string): FoundName | null {
  const m = PERSON_HEADING.exec(text);
  return m === null ? null : { text: m[0].trim(), canonical: m.groups!.name!, index: 0 };
}

/**
 * Reads a name (or a list of names) starting at `i`, where a head word must stand.
 * @returns the end offset of the name, or -1 when no name starts there
 */
export function scanName(text: string, i: number, bare = false): number {
  let head = headAt(text, i);
  // "Báo cáo", "Hội nghị", "Ban hành" are not bodies: a short head needs a name after it.
  if (head !== null && SHORT_HEADS.has(head) && !nameAfterShortHead(text, i + head.length)) {
    // "Cục đo đạc và bản đồ Nhà nước có nhiệm vụ ...": an old text's lower-case name, before its duties, is a name.
    if (!matchAt(LOWER_CASE_NAME, text, skipSpaces(text, i + head.length))) head = null;
  }
  // A bare head narrowed as a plural one is: "đơn vị được kiểm tra".
  let narrowed = false;
  if (head === null && bare) {
    head = bareHeadAt(text, i);
    narrowed = head !== null;
    if (head === null && (isUpperAt(text, i) || isHighSurrogateAt(text, i))) head = matchAt(ACRONYM, text, i)?.[0] ?? null;
  }
  if (head === null) return -1;
  let long = isLong(text, i);
  let generic = isGeneric(text, i);
  // Where the list item being read began ("... và UBND các phường: Yên Bái, Văn Phú").
  let itemStart = i;
  let listWord = false;
  let j = i + head.length;
  let end = j;
  let words = 0;
  let kindList = false;
  while (j < text.length && words < MAX_NAME_WORDS) {
    j = skipSpaces(text, j);
    if (j >= text.length) break;
    const c = text.charCodeAt(j);
    if (c === 40 /* ( */) {
      const close = text.indexOf(')', j);
      if (close < 0 || close - j > 200) break;
      j = close + 1;
      end = j;
      continue;
    }
    if (c === 58 /* : */) {
      if (!kindList && KIND_LIST.test(text.slice(itemStart, j + 1))) {
        kindList = true;
        j++;
        end = j;
        continue;
      }
      break;
    }
    // . ; ! ? \n ) " “
    if (c === 46 || c === 59 || c === 33 || c === 63 || c === 10 || c === 41 || c === 34 || c === 0x201c) break;
    if (c === 44 /* , */) {
      const k = skipSpaces(text, j + 1);
      // A list goes on: "Sở Xây dựng, các sở, ngành và UBND ...", "các Sở: Công Thương, Tài chính".
      if (startsName(text, k)) {
        long = isLong(text, k);
        generic = isGeneric(text, k);
        itemStart = k;
        j = end = afterHead(text, k);
        continue;
      }
      // "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch", "các sở, ban, ngành", "các xã, phường"
      if (kindList || isUpperAt(text, k) || (LIST_GOES_ON_WORDS.at(text, k) && LIST_GOES_ON.test(text.slice(k, k + 12)))) {
        j = k;
        continue;
      }
      // After "các" + a generic head: a further kind of body ("các cơ quan, tổ chức, cá nhân": a lower-case head of
      // PLURAL_HEADS), an activity, or any word that starts no predicate.
      if (
        generic &&
        isLowerAt(text, k) &&
        (PLURAL_HEADS.at(text, k) !== null || LISTED_ACTIVITIES.at(text, k) !== null || !startsPredicate(text, k)) &&
        !ASSIGNING.test(text.slice(k, k + 30)) &&
        !CLAUSE_OPENER.test(text.slice(k, k + 20))
      ) {
        j = k;
        listWord = true;
        continue;
      }
      // A bare head goes on with further kinds of bodies only: "phối hợp với cơ quan, tổ chức liên quan".
      if (narrowed && PLURAL_HEADS.at(text, k) !== null && !ASSIGNING.test(text.slice(k, k + 30))) {
        j = k;
        listWord = true;
        continue;
      }
      break;
    }
    if (c === 45 /* - */ || c === 0x2013 /* – */ || c === 0x2014 /* — */) {
      const k = skipSpaces(text, j + 1);
      if (k > j + 1 && isUpperAt(text, k)) {
        j = k;
        continue;
      }
      if (k === j + 1 && isLetterAt(text, k)) {
        j = k;
        continue;
      }
      break;
    }
    // Each set below compares its few words of the pair at j with the text; no word is cut out.
    const phrase = NAME_PHRASE_WORDS.at(text, j) ? matchAt(NAME_PHRASE, text, j) : null;
    if (phrase) {
      j += phrase[0].length;
      end = j;
      words++;
      continue;
    }
    if (isLowerAt(text, j)) {
      // Only right after a single body's head: "Sở Tài chính hướng dẫn đơn vị có trách nhiệm" is no name.
      const lowerName = end === i + head.length && !generic ? matchAt(LOWER_CASE_NAME, text, j) : null;
      if (lowerName) {
        j += lowerName[0].length - 1;
        end = j;
        words++;
        continue;
      }
      if (listWord) {
        listWord = false;
        const lw = /^[\p{L}]+(?: [\p{L}]+)?/u.exec(text.slice(j, j + 30));
        // "phối hợp với các đơn vị liên quan, tổ chức thực hiện ...": a word that is a verb too, before a
        // predicate, is the verb, not one more kind of body ("các cơ quan, tổ chức có liên quan" goes on: "có" is
        // a weak predicate; "các cơ quan, tổ chức, cá nhân thực hiện": "cá nhân" is no verb). Activities go on
        // too: "các đơn vị sản xuất, kinh doanh, sử dụng, bảo quản hóa chất".
        const next = lw ? skipSpaces(text, j + lw[0].length) : j;
        if (lw && PREDICATE.at(text, j) !== null && PREDICATE.at(text, next) !== null && WEAK.at(text, next) === null) break;
        if (lw) {
          j += lw[0].length;
          end = j;
          words++;
          continue;
        }
      }
      // "các nhà thầu tham gia xây dựng công trình", "các đơn vị trực thuộc": a clause that tells which bodies.
      const tail = (generic || narrowed) && GENERIC_TAIL_WORDS.at(text, j) ? matchAt(GENERIC_TAIL, text, j) : null;
      if (tail) {
        j += tail[0].length;
        end = j;
        words++;
        // "tham gia", "thuộc" take what follows into the name ("các nhà thầu tham gia xây dựng công trình"); after
        // "được giao", "được kiểm tra" the predicate comes ("các cơ quan, địa phương được kiểm tra xây dựng và gửi
        // báo cáo"); "hoạt động" takes the activity it names ("các đơn vị hoạt động khai thác khoáng sản đầu tư,
        // lắp đặt ...").
        if (tail[0] === 'hoạt động') {
          const k = skipSpaces(text, j);
          const activity = LISTED_ACTIVITIES.at(text, k);
          if (activity !== null) {
            j = k + activity.length;
            end = j;
            words++;
          }
        } else if (!tail[0].startsWith('được')) long = true;
        continue;
      }
      if (PREDICATE.at(text, j) !== null) break;
      if (!long && !kindList && WEAK.at(text, j) !== null) break;
      // A long name runs on in lower case, but never past a copula: "Cơ quan giúp việc cho UBND tỉnh | là ngành ...".
      if (long && text.startsWith('là', j) && (classAt(text, j + 2) & WHITE_SPACE) !== 0) break;
      // "và " / "hoặc " (the pattern looked at six characters: both fit)
      const conj = CONJUNCTION_WORDS.maybe(text, j) ? wordAt(text, j) : '';
      if ((conj === 'và' || conj === 'hoặc') && (classAt(text, j + conj.length) & WHITE_SPACE) !== 0) {
        const k = skipSpaces(text, j + conj.length + 1);
        // "các cơ quan, tổ chức và cá nhân": one more kind of body after "các" and a generic head.
        const kind = generic && isLowerAt(text, k) ? PLURAL_HEADS.at(text, k) : null;
        if (kind !== null && !startsName(text, k)) {
          j = k + kind.length;
          end = j;
          words++;
          continue;
        }
        if (startsName(text, k) || bareHeadAt(text, k) !== null) {
          long = isLong(text, k);
          generic = isGeneric(text, k);
          itemStart = k;
          j = afterHead(text, k);
          if (j > k) end = j;
          continue;
        }
        // "và" inside a name: "Sở Nông nghiệp và Môi trường"; in lower case only in a long name that goes on to its
        // place ("Hội Bảo vệ thiên nhiên và môi trường tỉnh Bình Thuận").
        if (!isUpperAt(text, k) && !(long && conj === 'và' && PREDICATE.at(text, k) === null && matchAt(RUNS_ON_TO_PLACE, text, k))) break;
        j = k;
        continue;
      }
    }
    const len = wordLength(text, j, j + 60);
    if (len === 0) break;
    // A word's final dots end the sentence, not the word ("UBND tỉnh."), unless it is all dots.
    let keep = len;
    while (keep > 0 && text.charCodeAt(j + keep - 1) === 46) keep--;
    j += keep || len;
    end = j;
    words++;
  }
  return end;
}

/** A list item without its white space and the commas, semicolons and colons at its end: "Sở Tài chính;" -> "Sở Tài chính". */
function trimListEnd(raw: string): string {
  const t = raw.trim();
  let end = t.length;
  for (let c = t.charCodeAt(end - 1); c === 44 || c === 59 || c === 58; c = t.charCodeAt(--end - 1));
  return end === t.length ? t : t.slice(0, end).trim();
}

// Longest first, so that "Văn hóa, Thể thao và Du lịch" is tried before a shorter name it starts with.
const JOINED_BY_LENGTH = [...JOINED_BODY_NAMES].sort(byLength);

/**
 * Where a department named with "và" or a comma ends when one starts at `at` ("Kế hoạch và Đầu tư, ..."), else
 * -1: the list of a kind ("các sở: ...") is not split inside it.
 */
function joinedNameEnd(text: string, at: number): number {
  for (const name of JOINED_BY_LENGTH) {
    if (text.startsWith(name, at) && !isLetterAt(text, at + name.length)) return at + name.length;
  }
  return -1;
}

// The office of a district's or province's councils is one body, though it names two: "Văn phòng HĐND và UBND huyện",
// "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh", "Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Văn phòng Hội đồng nhân dân và Ủy ban
// nhân dân thành phố".
const JOINT_OFFICE =
  /^Văn phòng\s+(?:Đoàn\s+(?:ĐBQH|đại biểu Quốc hội)\s*(?:,|và)\s*)?(?:HĐND|Hội đồng nhân dân)(?:\s*(?:,|và)\s*(?:UBND|[UỦ]y ban nhân dân))?(?![\p{L}])/u;

/** Where the joint office of the councils ends when its name starts at `at`, else -1: the list is not split inside it. */
function jointOfficeEnd(text: string, at: number): number {
  if (!text.startsWith('Văn phòng', at)) return -1;
  const m = JOINT_OFFICE.exec(text.slice(at, at + 80));
  return m ? at + m[0].length : -1;
}

/** Splits a list of names at ", " and " và " where a new name begins. */
export function splitNames(text: string, offset: number): FoundName[] {
  const out: FoundName[] = [];
  // "UBND các xã: Đức Trọng, Hiệp Thạnh" is one name as written; "các Sở: Công Thương, Tài chính" lists bodies.
  if (/^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Chủ tịch UBND)\s+các\s+\p{L}+\s*:/u.test(text)) {
    // "... Đinh Văn Lâm Hà và đơn vị tư vấn": the list ends where another body is named.
    let cut = text.length;
    const re = / (?:và|hoặc) /gu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const next = m.index + m[0].length;
      if (startsName(text, next) || bareHeadAt(text, next) !== null) {
        cut = m.index;
        break;
      }
    }
    const t = trimListEnd(text.slice(0, cut));
    const first = { text: t, canonical: canonicalName(t), index: offset + (text.length - text.trimStart().length) };
    if (cut === text.length) return [first];
    const restAt = skipSpaces(text, cut + 1);
    const afterConj = restAt + (/^(?:và|hoặc)\s+/u.exec(text.slice(restAt))?.[0].length ?? 0);
    return [first, ...splitNames(text.slice(afterConj), offset + afterConj)];
  }
  const kind = /^(?:các|Các)\s+(?<kind>[Ss]ở|[Bb]ộ|[Hh]ội|[Pp]hòng|[Xx]ã|[Pp]hường|[Hh]uyện)(?:\s*,\s*(?:ban|ngành))*\s*:\s*/u.exec(text);
  let body = text;
  let base = offset;
  let prefix = '';
  if (kind?.groups) {
    const k = kind.groups.kind ?? '';
    prefix = k.charAt(0).toUpperCase() + k.slice(1) + ' ';
    body = text.slice(kind[0].length);
    base = offset + kind[0].length;
  }
  let start = 0;
  let whole = prefix ? joinedNameEnd(body, 0) : jointOfficeEnd(body, skipSpaces(body, 0));
  let depth = 0;
  const push = (from: number, to: number) => {
    const raw = body.slice(from, to);
    const t = trimListEnd(raw);
    if (!t) return;
    const lead = raw.length - raw.trimStart().length;
    const named = prefix && !startsName(t, 0) ? `${prefix}${t}` : t;
    out.push({ text: t, canonical: canonicalName(named), index: base + from + lead });
  };
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 40 /* ( */) depth++;
    else if (c === 41 /* ) */) depth = Math.max(0, depth - 1);
    if (depth) continue;
    let cut = -1;
    let next = -1;
    if (c === 44 /* , */ || c === 59 /* ; */) {
      next = skipSpaces(body, i + 1);
      cut = i;
    } else if (c === 32 && (body.charCodeAt(i + 1) === 118 /* v */ || body.charCodeAt(i + 1) === 104 /* h */) && (body.startsWith(' và ', i) || body.startsWith(' hoặc ', i))) {
      next = skipSpaces(body, i + 3);
      cut = i;
    }
    if (cut < 0 || cut < whole) continue;
    const conj = c === 32;
    // A short head alone is no body: "Báo và Đài Phát thanh, Truyền hình Lâm Đồng" is one.
    if (conj && SHORT_HEADS.has(body.slice(start, cut).trim())) continue;
    if (prefix ? !isLowerAt(body, next) || startsName(body, next) : startsName(body, next) || (conj && bareHeadAt(body, next) !== null)) {
      push(start, cut);
      start = next;
      whole = prefix ? joinedNameEnd(body, next) : jointOfficeEnd(body, next);
      i = next - 1;
    }
  }
  push(start, body.length);
  return out;
}

// A topic opening a task: "Đối với việc ...", "Về ...".
const TOPIC = /^(?:Đối với|Về|Riêng)\s/u;

/** Whether the clause before `start` ends with a colon or a line break, as a topic does. */
function endsTopic(text: string, start: number): boolean {
  let i = start - 1;
  while (i > 0 && text.charCodeAt(i) === 32) i--;
  const c = text.charCodeAt(i);
  return c === 58 /* : */ || c === 10 /* \n */;
}

// Verbs with which the issuer speaks: the name before them is not a doer.
const ISSUER_SPEAKS = /^(?:yêu cầu|giao|đề nghị|kết luận|thống nhất|đồng ý|ghi nhận|đánh giá cao|thông báo)(?![\p{L}])/u;
// The end of what comes before a list of members: "Thành phần của Hội đồng gồm có: Chủ tịch UBND xã làm Chủ tịch Hội
// đồng; ...", "Tổ công tác gồm: ...". The members named are who sits in the body, not who does the work.
const MEMBERS_FOLLOW = /(?<![\p{L}])gồm(?: có)?\s*:\s*$/u;

// Full names a notice's book of names keeps at most: enough for any notice, a bound for any input.
const BOOK_SIZE = 200;

/** The names a notice has written in full so far, for {@link completeNames}. */
export interface NameBook {
  names: FoundName[];
  /** Each of {@link names} in lower case, made once. */
  lower: string[];
  texts: Set<string>;
  /** The places in {@link names} of the names that start with each first word, in lower case. */
  byHead: Map<string, number[]>;
}

/** An empty {@link NameBook}. */
export function nameBook(): NameBook {
  return { names: [], lower: [], texts: new Set(), byHead: new Map() };
}

/** A name's first word in lower case: the key of {@link NameBook.byHead}. */
function headKey(lower: string): string {
  const space = lower.indexOf(' ');
  return space < 0 ? lower : lower.slice(0, space);
}

/**
 * Completes names cut short at their head from the names written in full earlier in the notice: "Tổng cục" in
 * "phối hợp với Tổng cục quản lý ruộng đất xây dựng ..." is the "Tổng Cục Quản lý ruộng đất" of an earlier item, as
 * old texts write names in lower case, where the name scan cannot tell "quản lý" from a predicate. A completed
 * name keeps the text as written and takes the canonical name of the full one. Only names of one or two words
 * are completed; names of more are added to the book.
 * @param names the names a text gives, from {@link readRoles}
 * @param text that text
 * @param book the names found so far in the notice, in the order found; grows
 */
export function completeNames(names: FoundName[], text: string, book: NameBook): FoundName[] {
  let out = names;
  for (let i = 0; i < names.length; i++) {
    const n = names[i] as FoundName;
    const size = n.text.length;
    // A name of three words or more is a name in full: the book takes it, and it needs nothing from the book.
    let spaces = 0;
    for (let c = n.text.indexOf(' '); c >= 0 && spaces < 2; c = n.text.indexOf(' ', c + 1)) spaces++;
    if (spaces >= 2) {
      if (book.names.length < BOOK_SIZE && !book.texts.has(n.text)) {
        const lower = n.text.toLowerCase();
        const key = headKey(lower);
        const places = book.byHead.get(key);
        if (places) places.push(book.names.length);
        else book.byHead.set(key, [book.names.length]);
        book.names.push(n);
        book.lower.push(lower);
        book.texts.add(n.text);
      }
      continue;
    }
    if (book.names.length === 0) continue;
    const short = n.text.toLowerCase();
    const places = book.byHead.get(headKey(short));
    if (places === undefined) continue;
    let best = -1;
    for (const k of places) {
      const full = (book.names[k] as FoundName).text;
      if (full.length <= size || (best >= 0 && full.length <= (book.names[best] as FoundName).text.length)) continue;
      if (full.charCodeAt(size) !== 32) continue;
      const lower = book.lower[k] as string;
      if (!lower.startsWith(short)) continue;
      const end = n.index + full.length;
      if (text.slice(n.index, end).toLowerCase() === lower && !isLetterAt(text, end)) best = k;
    }
    if (best >= 0) {
      const full = book.names[best] as FoundName;
      if (out === names) out = names.slice();
      out[i] = { text: text.slice(n.index, n.index + full.text.length), canonical: full.canonical, index: n.index };
    }
  }
  return out;
}

/** True when a task's first paragraph is a bare heading: short, no sentence punctuation but a final colon. */
function isHeading(text: string): boolean {
  const first = firstLine(text);
  if (first.length > 140) return false;
  // Without the final colon (what /:\s*$/ removes: the last character but white space, and that white space).
  const end = first.trimEnd();
  const body = end.endsWith(':') ? first.slice(0, end.length - 1) : first;
  return !/[.;:!?]/u.test(body.includes('(') ? body.replace(/\([^)]*\)/gu, '') : body);
}

/**
 * The offsets of every ", " in a text. Found once for all of a text's clauses: a search from each clause start
 * runs on to the next comma however far past the clause it stands.
 */
function commaList(text: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(', '); at >= 0; at = text.indexOf(', ', at + 2)) out.push(at);
  return out;
}

/**
 * A doer after a comma inside a clause, followed by a predicate that assigns work. Only for a clause that does
 * not start with a name (the caller has read the name at its start, and reads it again no more).
 */
function frontedDoer(text: string, start: number, end: number, commas: readonly number[], through: boolean): FoundName[] {
  // The clause is read up to 600 characters; every ", " inside it may stand before the doer.
  const limit = Math.min(end, start + 600);
  let n = 0;
  while (n < commas.length && (commas[n] as number) < start) n++;
  // After the grounds or the time ("Căn cứ nội dung Kế hoạch này và điều kiện thực tế, các sở, ban, ngành ... xây
  // dựng Kế hoạch ...", "Quý I/2027, các cơ quan, đơn vị, địa phương đánh giá ..."), the first comma stands before the
  // subject, whatever its verb.
  const grounds = GROUNDS.test(text.slice(start, start + 16));
  // What a clause names after "thông qua" are channels, listed with commas: "Đẩy mạnh tuyên truyền thông qua truyền
  // hình, mạng xã hội, Cổng Thông tin điện tử, các đoàn thể (...) đặc biệt tập trung ...".
  const viaAt = through ? throughAt(text, start, limit) : limit;
  for (let first = true; n < commas.length && (commas[n] as number) + 2 <= limit; n++, first = false) {
    const k = (commas[n] as number) + 2;
    if (k > viaAt) break;
    const stop = scanName(text, k);
    if (stop <= k) continue;
    const after = skipSpaces(text, stop);
    const predicate = ASSIGNING.test(text.slice(after, stop + 30)) || (grounds && first && startsPredicate(text, after));
    if (predicate) return splitNames(text.slice(k, stop), k);
  }
  return [];
}

/** Where "thông qua" stands as words in `text[start, limit)`, else `limit`. */
function throughAt(text: string, start: number, limit: number): number {
  for (let at = text.indexOf('thông qua', start); at >= 0 && at < limit; at = text.indexOf('thông qua', at + 1)) {
    if (!letterBefore(text, at) && !isLetterAt(text, at + 9)) return at;
  }
  return limit;
}

// A clause that opens with a verb whose objects are bodies: the names after its commas are more of them ("kịp thời
// tham mưu Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo xử lý ...", "chỉ đạo các cấp ủy, tổ chức đảng,
// các cơ quan chức năng xây dựng ...").
const OBJECT_VERB_OPENING =
  /^(?:(?:kịp thời|chủ động|thường xuyên|khẩn trương|tiếp tục)\s+)?(?:tham mưu|chỉ đạo|hướng dẫn|đôn đốc|đề nghị|yêu cầu|phối hợp(?: với)?|báo cáo|đề xuất)(?![\p{L}])/iu;

// The grounds or the time a clause opens with: "Căn cứ nội dung Kế hoạch này, ...", "Trên cơ sở kết quả rà soát, ...",
// "Quý I/2027, ...", "Trong năm 2026, ...", "Hằng năm, ...", "Định kỳ hằng tuần, ...".
const GROUNDS = /^(?:Căn cứ|Trên cơ sở|Quý|Trong (?:năm|quý|tháng)|H[ằà]ng (?:năm|quý|tháng|tuần)|Định kỳ)(?![\p{L}])/u;

// A directive verb opening a heading or a paragraph, and the space after it: "Giao ", "Yêu cầu ", "Đề nghị ".
const OPENING_DIRECTIVE = /^(?:Giao|Yêu cầu|Đề nghị)\s+/u;

/**
 * The body a heading names ("Đối với các cơ quan, đơn vị đã được cấp Giấy chứng nhận:"): everything up to the
 * colon (or a parenthesis that lists members), when it starts like a name.
 */
function headingNames(text: string, at0: number, whole = false): FoundName[] {
  const directive = OPENING_DIRECTIVE.exec(text.slice(at0, at0 + 12));
  const at = at0 + (directive ? directive[0].length : 0);
  const end = scanName(text, at, true);
  if (end <= at) return [];
  const rest = firstLine(text.slice(at, at + 160));
  const colon = rest.search(/:\s*$/u);
  // A parenthesis that lists members ("07 đơn vị ... (Phòng A; Phòng B; ...)") ends the name; one that explains
  // it ("Cơ quan Thường trực (Sở Khoa học và Công nghệ)", "Sở Nội vụ (Cơ quan Thường trực Hội đồng Thi đua - Khen
  // thưởng tỉnh và CCHC của tỉnh)") belongs to it, however long.
  const paren = rest.indexOf('(');
  let stop = colon >= 0 ? colon : -1;
  const close = paren >= 0 ? rest.indexOf(')', paren) : -1;
  const inner = close >= 0 ? rest.slice(paren, close) : '';
  const listing = paren >= 0 && (close < 0 || inner.includes(';') || (close - paren > 60 && inner.includes(',')));
  if (listing && (stop < 0 || paren < stop)) stop = paren;
  if (stop < 0) {
    // A heading without a colon is a name only when it is one name from end to end.
    if (end < at + rest.trimEnd().length - 1 && !isHeading(rest)) return namesAt(text, at);
    stop = rest.trimEnd().length;
  }
  if (/[.;]/u.test(rest.slice(0, stop))) return namesAt(text, at);
  // "Giao Sở Nội vụ chủ trì, phối hợp với ...:": the name ends before its predicate.
  if (!whole && end < at + stop && ASSIGNING.test(text.slice(skipSpaces(text, end), end + 30))) return namesAt(text, at);
  const t = rest.slice(0, stop).trim();
  // "Trách nhiệm của các sở, ban, ngành, UBND các xã, phường, đặc khu": two bodies.
  const parts = splitNames(t, at);
  if (parts.length > 1) return parts;
  return [{ text: t, canonical: canonicalName(t), index: at }];
}

function namesAt(text: string, i: number, bare = true): FoundName[] {
  // After "yêu cầu", "đề nghị" or "phối hợp với" a body may be named without "các": "đơn vị nêu trên",
  // "cơ quan liên quan". After "giao" it may not: "đất đã có quyết định thu hồi giao chủ đầu tư" allots land.
  const end = scanName(text, i, bare);
  if (end <= i) return [];
  return splitNames(text.slice(i, end), i);
}

// The characters clauseStarts acts on: parentheses, line breaks, and sentence punctuation followed by a space.
// Found by a scan rather than a loop over every character: task texts are long, these characters few.
const CLAUSE_MARK = /[()\n]|[.;:!?] /g;

/** Clause starts: the text start and every position after ". ", "; ", ": " or a line break. */
function clauseStarts(text: string): number[] {
  const starts = [0];
  let depth = 0;
  CLAUSE_MARK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_MARK.exec(text))) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c === 40 /* ( */) depth++;
    else if (c === 41 /* ) */) depth = Math.max(0, depth - 1);
    else if (c === 10 /* \n */) {
      depth = 0;
      starts.push(i + 1);
    } else {
      // Punctuation: the space after it is looked at again (it may not be a mark itself, but keep the scan simple).
      CLAUSE_MARK.lastIndex = i + 1;
      if (depth === 0) starts.push(skipSpaces(text, i + 1));
    }
  }
  return starts;
}

/*
 * readRoles needs the clause starts, the directive verbs and the coordination phrases of a text ("Giao Sở X chủ
 * trì, phối hợp với Sở Y ...; Sở Z ..."). One pattern found all three,
 *   ([()\n]|[.;:!?] )|(VERBS)\s+|([pP]hối hợp(?: chặt chẽ)?(?: với| cùng)?|[cC]ùng với)\s+
 * but a verb or phrase starts with a common letter ("c", "g", "p"), so that scan stopped at nearly every word.
 * The two parts do not meet (no verb or phrase holds a clause mark, and a clause mark is no letter), so they are
 * found by other means: clause marks as CLAUSE_MARK finds them, and verbs and phrases by a part of them that
 * starts with a rarer character ("ề nghị" of "Đề nghị", "ối hợp" of "phối hợp"), each then read whole by
 * ROLE_WORDS where it would start. ROLE_WORDS is the verb-and-phrase part of the old pattern, groups 1 and 2 for a
 * verb and a phrase. MARKS_AND_PARTS finds the marks and the parts in one scan of the text, which costs about as
 * much as a scan for the parts alone.
 */
const ROLE_WORDS = new RegExp(`(${alt(DIRECTIVE_VERBS)})\\s+|([pP]hối hợp(?: chặt chẽ)?(?: với| cùng)?|[cC]ùng với)\\s+`, 'y');
// The words ROLE_WORDS starts with: "Giao Sở X", "phối hợp với Sở Y", "Cùng với Sở Z".
const ROLE_LEADS = [...DIRECTIVE_VERBS, 'Phối hợp', 'phối hợp', 'Cùng với', 'cùng với'];
// Parts of them to look for: "quyền" of "Ủy quyền", "iao" of "Giao". A lead without any is looked for without
// its first character.
const ROLE_PARTS = ['ề nghị', 'ùng với', 'quyền', 'ối hợp', 'ân công', 'êu cầu', 'iao'];
// Each part with the offsets at which it stands in the leads: "quyền" -> [3] ("Ủy quyền").
const ROLE_PART_OFFSETS = new Map<string, number[]>();
for (const lead of ROLE_LEADS) {
  const part = ROLE_PARTS.find((p) => lead.includes(p)) ?? lead.slice(1);
  const offsets = ROLE_PART_OFFSETS.get(part) ?? [];
  const at = lead.indexOf(part);
  if (!offsets.includes(at)) offsets.push(at);
  ROLE_PART_OFFSETS.set(part, offsets);
}
// "Giao Sở X chủ trì; phối hợp với Sở Y (nếu có).": ";", "(", ")", ". " and "iao", "ối hợp". A part is letters and
// spaces and starts with a letter; a mark holds no letter and ends with no letter: neither starts inside the other,
// so the scan finds what CLAUSE_MARK and a scan for the parts alone would find.
const MARKS_AND_PARTS = new RegExp(`${CLAUSE_MARK.source}|${alt([...ROLE_PART_OFFSETS.keys()])}`, 'g');
// The parts by their last code unit, with their offsets: a match is a part when it ends with no mark character,
// and which part is told by where it ends ("iao" ends with "o").
const ROLE_PARTS_BY_END = new Map<number, Array<[string, number[]]>>();
for (const [part, offsets] of ROLE_PART_OFFSETS) {
  const last = part.charCodeAt(part.length - 1);
  const same = ROLE_PARTS_BY_END.get(last);
  if (same) same.push([part, offsets]);
  else ROLE_PARTS_BY_END.set(last, [[part, offsets]]);
}

/** A directive verb or coordination phrase found in a text, with the white space after it. */
interface Phrase {
  index: number;
  text: string;
}

// "khẩn trương giao Ban Quản lý dự án cấp xã lập hồ sơ": the doer hands work on; not the issuer assigning.
// As a pattern, /(?<![\p{L}])(?:khẩn trương|chủ động|trực tiếp|tiếp tục|có trách nhiệm)$/u: tried at every position of
// the 200 characters before the verb. The words are compared with the end of the text instead.
const DOER_HANDS_ON = ['khẩn trương', 'chủ động', 'trực tiếp', 'tiếp tục', 'có trách nhiệm'];
const handsOn = (before: string) => DOER_HANDS_ON.some((w) => before.endsWith(w) && !letterBefore(before, before.length - w.length));

/**
 * True when a directive verb speaks for the issuer: "Giao X" anywhere, "Yêu cầu X"/"Đề nghị X" at a clause
 * start or after the issuer's name ("Sở Công Thương yêu cầu các đơn vị ..."). After other verbs it is the
 * doer asking someone ("chủ động hướng dẫn, đôn đốc, yêu cầu các đơn vị điều chỉnh ...").
 */
function issuerDirective(text: string, at: number, verb: string, clauseStart: number): boolean {
  const before = text.slice(Math.max(clauseStart, at - 200), at).trim();
  if (!before) return true;
  // "Sau khi VCCI công bố kết quả ..., giao Trung tâm ...": the issuer speaks after a fronted clause; but
  // "khẩn trương giao Ban Quản lý dự án cấp xã ..." is the doer handing work on.
  if (/^(?:giao|Giao|Phân công|phân công|Ủy quyền|ủy quyền|Uỷ quyền)/u.test(verb)) return !handsOn(before);
  // The part after the last comma (split(/,\s*/) and the last piece, trimmed).
  const segment = before.slice(before.lastIndexOf(',') + 1).trim();
  return segment !== '' && startsName(segment, 0);
}

/** The last clause start at or before an offset, walking a sorted list with a cursor (matches come in order). */
function clauseCursor(starts: readonly number[]): (at: number) => number {
  let k = 0;
  return (at: number) => {
    while (k + 1 < starts.length && (starts[k + 1] as number) <= at) k++;
    return starts[k] ?? 0;
  };
}

/** The names of a list that stand at none of the offsets of another ("phối hợp với X": X is no doer). */
function withoutIndexes(list: FoundName[], other: FoundName[]): FoundName[] {
  const indexes = new Set(other.map((c) => c.index));
  return list.filter((d) => !indexes.has(d.index));
}

// Nothing found: shared, never added to.
const NO_NAMES: readonly FoundName[] = [];

/** The names once each, by their canonical form in lower case; the first of each stays. */
function dedupe(list: FoundName[]): FoundName[] {
  // One name or none: nothing to compare (most task texts).
  if (list.length < 2) return list;
  const seen = new Set<string>();
  return list.filter((n) => {
    const key = lowerKey(n.canonical);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A canonical name in lower case, kept: the same few canonical strings come back on every task, and lower-casing
 * Vietnamese (not one-byte) text is a call into the runtime each time.
 */
function lowerKey(canonical: string): string {
  let key = lowerCache.get(canonical);
  if (key === undefined) {
    key = canonical.toLowerCase();
    if (lowerCache.size > 5000) lowerCache.clear();
    lowerCache.set(canonical, key);
  }
  return key;
}
const lowerCache = new Map<string, string>();

/** True when a list of numbers is in ascending order (the candidates nearly always are: no sort needed). */
function ascending(list: readonly number[]): boolean {
  for (let k = 1; k < list.length; k++) if ((list[k] as number) < (list[k - 1] as number)) return false;
  return true;
}

/**
 * Reads the doers and coordinators a task text names.
 * @param text the task text (its own paragraphs, not its subtasks')
 */
export function readRoles(text: string): Roles {
  const doers: FoundName[] = [];
  const coordinators: FoundName[] = [];
  let firstClauseNamed = false;
  const starts = [0];
  const verbs: Phrase[] = [];
  const coordinations: Phrase[] = [];
  let depth = 0;
  // Where verbs and phrases may start.
  const candidates: number[] = [];
  let newline = -1;
  // Where the opening parentheses are: a doer may be named aside in one ("(Sở X chủ trì)").
  const parens: number[] = [];
  // Clause marks, read as clauseStarts reads them, and the parts of verbs and phrases. `test` spares the match
  // object: a mark ends the match, or stands before the space that does; any other match is a part.
  MARKS_AND_PARTS.lastIndex = 0;
  while (MARKS_AND_PARTS.test(text)) {
    const e = MARKS_AND_PARTS.lastIndex;
    let i = e - 1;
    let c = text.charCodeAt(i);
    if (c === 32) c = text.charCodeAt(--i);
    if (c === 40 /* ( */) {
      depth++;
      parens.push(i);
    } else if (c === 41 /* ) */) depth = Math.max(0, depth - 1);
    else if (c === 10 /* \n */) {
      depth = 0;
      starts.push(i + 1);
      if (newline < 0) newline = i;
    } else if (c === 46 || c === 59 || c === 58 || c === 33 || c === 63 /* . ; : ! ? */) {
      if (depth === 0) starts.push(skipSpaces(text, i + 1));
    } else {
      for (const [part, offsets] of ROLE_PARTS_BY_END.get(c) as Array<[string, number[]]>) {
        const at = e - part.length;
        if (!text.startsWith(part, at)) continue;
        for (const offset of offsets) if (at >= offset) candidates.push(at - offset);
        // Parts may overlap: look again from the character after this one's start.
        MARKS_AND_PARTS.lastIndex = at + 1;
        break;
      }
    }
  }
  // Verbs and phrases, in order; one that starts inside the words of the last one found does not count ("phối
  // hợp cùng với": "cùng với" is inside "phối hợp cùng").
  if (candidates.length > 1 && !ascending(candidates)) candidates.sort((x, y) => x - y);
  let next = 0;
  for (const i of candidates) {
    // Past the words of the last one found (a candidate twice is past them too, or was no verb).
    if (i < next) continue;
    ROLE_WORDS.lastIndex = i;
    const m = ROLE_WORDS.exec(text);
    // Not after a letter: "bàn giao" is no directive.
    if (m === null || letterBefore(text, i)) continue;
    next = i + (m[1] ?? m[2] ?? '').length;
    (m[1] !== undefined ? verbs : coordinations).push({ index: i, text: m[0] });
  }
  // A topic heading ("Về xây dựng chính quyền số" over "Giao Sở X chủ trì ...:") names nobody: the first
  // clause that counts is the first of the next paragraph.
  let heading: boolean | undefined;
  const headingText = () => (heading ??= isHeading(text));
  let primary = newline > 0 && headingText() && scanName(text, 0) < 0 && !DOI_VOI.test(text) ? starts.indexOf(newline + 1) : 0;
  // "Đối với hạng mục đường dẫn ...: Giao X ...": a topic before the colon names nobody either. A topic that
  // runs on after a comma is the clause's own ("Về nội dung nêu trên, Thủ tướng Chính phủ giao X ...; ...").
  if (
    primary === 0 &&
    starts.length > 1 &&
    TOPIC.test(text) &&
    endsTopic(text, starts[1] as number) &&
    headingNames(text, DOI_VOI.exec(text)?.[0].length ?? 0).length === 0
  ) {
    primary = 1;
  }
  const isPrimary = (n: number) => n === Math.max(0, primary);
  const fields = roleFields(text);
  // Clause starts, verbs and fields all come in the order of the text: each is looked up with a cursor that
  // only moves forward, so that a text of many clauses stays linear.
  let inFieldAt = fields === null ? null : fieldCursor(fields);
  let verbCursor = 0;
  let commas: number[] | undefined;
  let through: boolean | undefined;
  for (let n = 0; n < starts.length; n++) {
    let s = skipSpaces(text, starts[n] as number);
    // A plan's field line ("- Đơn vị phối hợp: Các sở, ban, ngành; UBND các xã.") says who does what itself.
    if (inFieldAt !== null && inFieldAt(s)) continue;
    // "Đối với X:" names X as the doer when X is a body.
    const dv = DOI_VOI_WORDS.at(text, s) ? DOI_VOI.exec(text.slice(s, s + 20)) : null;
    if (dv) {
      const at = s + dv[0].length;
      const names = headingNames(text, at, true);
      if (names.length) {
        for (const item of names) doers.push(item);
        if (isPrimary(n)) firstClauseNamed = true;
      }
      continue;
    }
    // "Đồng thời, ..." and similar lead words do not hide the doer after them.
    const lead = LEAD_WORD_WORDS.at(text, s) ? LEAD_WORD.exec(text.slice(s, s + 20)) : null;
    if (lead) s += lead[0].length;
    // "Trường hợp ..., Chủ đầu tư phải ...", "Sau khi ..., các đơn vị có trách nhiệm ...": the doer after a
    // fronted clause, when a predicate that assigns work follows it.
    const end = scanName(text, s);
    // A clause that opens with a directive ("Giao Sở Y tế rà soát, giao nhiệm vụ các Trung tâm ..., Trạm Y tế
    // cấp xã đăng ký ...") names its doer after the verb: a name after a comma in it is the doer's own business.
    while (verbCursor < verbs.length && (verbs[verbCursor] as Phrase).index < s) verbCursor++;
    const opensWithDirective = verbCursor < verbs.length && (verbs[verbCursor] as Phrase).index === s;
    const fronted =
      end > s || opensWithDirective || OBJECT_VERB_OPENING.test(text.slice(s, s + 40))
        ? NO_NAMES
        : frontedDoer(text, s, starts[n + 1] ?? text.length, (commas ??= commaList(text)), (through ??= text.includes('thông qua')));
    if (fronted.length) {
      for (const item of fronted) doers.push(item);
      if (isPrimary(n)) firstClauseNamed = true;
      continue;
    }
    // A heading ("1. Sở Công Thương", "Ủy ban nhân dân các xã, phường có cụm công nghiệp") names its body whole.
    if (n === 0 && headingText()) {
      const names = headingNames(text, s);
      if (names.length) {
        for (const item of names) doers.push(item);
        firstClauseNamed = true;
        continue;
      }
    }
    if (end > s) {
      // "Ủy ban nhân dân tỉnh yêu cầu ...": the issuer speaking, the doer comes after the verb.
      if (ISSUER_SPEAKS.test(text.slice(skipSpaces(text, end), end + 20))) continue;
      if (n > 0 && MEMBERS_FOLLOW.test(text.slice(Math.max(starts[n - 1] as number, s - 12), s))) continue;
      const names = splitNames(text.slice(s, end), s);
      for (const item of names) doers.push(item);
      if (isPrimary(n) && names.length) firstClauseNamed = true;
    }
  }
  const clauseOf = clauseCursor(starts);
  if (fields !== null) inFieldAt = fieldCursor(fields);
  for (const v of verbs) {
    if (inFieldAt !== null && inFieldAt(v.index)) continue;
    const at = v.index + v.text.length;
    const clause = clauseOf(v.index);
    if (!issuerDirective(text, v.index, v.text, clause)) continue;
    const names = namesAt(text, at, !/^[Gg]iao/u.test(v.text));
    if (names.length) {
      for (const item of names) doers.push(item);
      // A directive in the first clause names the doer of that clause.
      if (clause === (starts[Math.max(0, primary)] ?? 0)) firstClauseNamed = true;
    }
  }
  for (const c of coordinations) {
    const names = namesAt(text, c.index + c.text.length);
    for (const item of names) coordinators.push(item);
  }
  // A lead named aside is the text's own: the task does not fall back on the doers above it.
  const aside = parens.length || text.includes('do ') ? asideDoers(text, parens) : NO_NAMES;
  if (aside.length) {
    for (const item of aside) doers.push(item);
    firstClauseNamed = true;
  }
  if (doers.length > 1) doers.sort((a, b) => a.index - b.index);
  if (fields !== null) {
    // The body a field names to lead ("Đơn vị chủ trì thực hiện: Sở X") leads, before any other the text names.
    if (fields.doers.length) {
      doers.unshift(...fields.doers);
      firstClauseNamed = true;
    }
    for (const item of fields.coordinators) coordinators.push(item);
  }
  if (!doers.length) {
    const person = personHeading(text);
    if (person !== null) {
      doers.push(person);
      firstClauseNamed = true;
    }
  }
  const doerSet = dedupe(doers);
  // A name read as a clause subject right after "phối hợp với" is a coordinator, not a doer.
  const coordinatorList = dedupe(coordinators);
  return {
    doers: coordinatorList.length === 0 ? doerSet : withoutIndexes(doerSet, coordinatorList),
    coordinators: coordinatorList,
    firstClauseNamed,
  };
}

// The fields of an item of a plan, on lines of their own (often after "- ") or one after another after "; ":
// "Đơn vị chủ trì thực hiện: Sở Khoa học và Công nghệ.", "Đơn vị thực hiện: Sở Nội vụ.", "Đơn vị chủ trì: Văn
// phòng Sở; Đơn vị phối hợp: Phòng Quản lý Công nghiệp, Phòng Quản lý Năng lượng.", "Cơ quan chủ trì: ...".
// "Lãnh đạo phụ trách: Phó giám đốc ..." names the official in charge, who is no doer.
const ROLE_FIELD =
  /(?:^|\n|;)[-–—•+]?[ \t]*(?:(?:Đơn vị|Cơ quan)[ \t]+(?:(?<co>phối hợp(?: thực hiện)?)|chủ trì(?: thực hiện)?|thực hiện)|(?<lead>Lãnh đạo phụ trách))[ \t]*:[ \t]*/gu;

/** The names of a plan item's field lines, and where those lines lie (see {@link ROLE_FIELD}). */
interface RoleFields {
  doers: FoundName[];
  coordinators: FoundName[];
  /** Start and end of each field, in pairs. */
  spans: number[];
}

/** The fields of a text, or null when it has none (most texts: a string test says so). */
function roleFields(text: string): RoleFields | null {
  if (!text.includes('thực hiện:') && !text.includes('phối hợp:') && !text.includes('chủ trì:')) return null;
  const out: RoleFields = { doers: [], coordinators: [], spans: [] };
  const found: RegExpExecArray[] = [];
  ROLE_FIELD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ROLE_FIELD.exec(text))) found.push(m);
  // The line break after the field being read, found again only once a field starts past it.
  let lineEnd = -1;
  for (let k = 0; k < found.length; k++) {
    const f = found[k] as RegExpExecArray;
    const c = text.charCodeAt(f.index);
    const start = f.index + (c === 10 || c === 59 ? 1 : 0);
    const valueStart = f.index + f[0].length;
    // A value runs to the end of its line, or to the next field on it.
    if (lineEnd < valueStart) {
      lineEnd = text.indexOf('\n', valueStart);
      if (lineEnd < 0) lineEnd = text.length;
    }
    let end = lineEnd;
    const next = found[k + 1];
    if (next !== undefined && next.index < end) end = next.index;
    out.spans.push(start, end);
    if (f[2] !== undefined) continue;
    const target = f[1] !== undefined ? out.coordinators : out.doers;
    // Names one after another, a semicolon between kinds: "Các sở, ban, ngành; UBND các xã, phường, đặc khu."
    for (let i = valueStart; i < end; ) {
      i = skipSpaces(text, i);
      for (const name of namesAt(text, i)) target.push(name);
      // The next semicolon of this field only: a search of the whole text would make many fields quadratic.
      let semi = i;
      while (semi < end && text.charCodeAt(semi) !== 59) semi++;
      if (semi >= end) break;
      i = semi + 1;
    }
  }
  return out.spans.length ? out : null;
}

/** Whether a position lies in a field, asked for positions that never go back. */
function fieldCursor(fields: RoleFields): (at: number) => boolean {
  const spans = fields.spans;
  let k = 0;
  return (at) => {
    while (k < spans.length && (spans[k + 1] as number) <= at) k += 2;
    return k < spans.length && at >= (spans[k] as number);
  };
}

// The predicate of a lead-in sentence: "... cần tập trung thực hiện tốt ...", "... tập trung thực hiện ...".
const LEAD_PREDICATE = /(?<![\p{L}])(?:cần|phải|tập trung|thực hiện|triển khai|khẩn trương|nghiêm túc|chủ động|quan tâm)(?![\p{L}])/gu;

/**
 * The addressees of the sentence that introduces a task list: after a directive verb ("yêu cầu Thủ
 * trưởng các cơ quan, ... thực hiện tốt"), or the names right before the predicate ("..., các Thành
 * viên Ban chỉ đạo ISO tỉnh, Cơ quan Thường trực Ban chỉ đạo, Tổ giúp việc cần tập trung ...").
 */
export function leadInNames(text: string): FoundName[] {
  DIRECTIVE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let best: FoundName[] = [];
  while ((m = execAfterNonLetter(DIRECTIVE, text))) {
    const names = namesAt(text, m.index + m[0].length);
    if (names.length) best = names;
  }
  if (best.length) return best;
  // The first predicate with names right before it: "..., Tổ giúp việc | cần tập trung thực hiện ...".
  // The shared pattern, restarted (no copy per call): nothing called in the loop uses it.
  const re = LEAD_PREDICATE;
  re.lastIndex = 0;
  let p: RegExpExecArray | null;
  while ((p = re.exec(text))) {
    const picked = namesBefore(text, p.index);
    if (picked.length) return picked;
  }
  return [];
}

function namesBefore(text: string, at: number): FoundName[] {
  const before = text.slice(0, at);
  const parts = before.split(/,\s*/u);
  const picked: FoundName[] = [];
  let end = before.length;
  for (let k = parts.length - 1; k >= 0; k--) {
    const part = parts[k] as string;
    const start = end - part.length;
    const trimmed = part.trim();
    const lead = part.length - part.trimStart().length;
    if (!trimmed || scanName(trimmed, 0) < trimmed.length - 1) break;
    picked.unshift({ text: trimmed, canonical: canonicalName(trimmed), index: start + lead });
    end = start - 1;
    while (end > 0 && before[end] !== ',') end--;
  }
  return picked;
}

// Predicates that make a sentence an assignment when they follow a name: "Sở X chủ trì ...", "Các hội có trách nhiệm ...".
const ASSIGNING =
  /^(?:chủ trì|có trách nhiệm|có nhiệm vụ|chịu trách nhiệm|khẩn trương|tập trung|phải|cần|nghiêm túc|chủ động|tiếp tục|phối hợp|tham mưu|hoàn thành|rà soát|triển khai|thực hiện|theo dõi|nghiên cứu|đăng|chỉ đạo)(?![\p{L}])/u;
// More predicates that, after a name at a sentence's start, make it a task of its own: "Sở Tài chính bố trí kinh phí
// ...", "Ban Quản lý dự án đẩy nhanh tiến độ ...". Not used to end a name or to tell a doer within a list item, where
// ASSIGNING's narrower words have served.
const ASSIGNING_ALSO =
  /^(?:bố trí|xây dựng|hướng dẫn|đôn đốc|kiểm tra|tổng hợp|ban hành|giải quyết|xử lý|hỗ trợ|cung cấp|đẩy nhanh|đẩy mạnh|tăng cường|kịp thời|sớm|quan tâm|bảo đảm|đảm bảo)(?![\p{L}])/u;
// The province itself and its chair: what they do ("Ủy ban nhân dân tỉnh ban hành Kế hoạch số 12 ...") is told, not
// assigned, unless a word of ASSIGNING says so.
const PROVINCE = /^(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)(?:\s+(?:tỉnh|thành phố))?\s*$|^(?:Phó\s+)?Chủ tịch\s+(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)/u;
// A closing formula rather than a task: "... yêu cầu các đơn vị nghiêm túc thực hiện./.", "... quan tâm, phối hợp thực hiện./.",
// "... nghiêm túc triển khai thực hiện Kế hoạch này.".
const FORMULA_TAIL =
  /(?:(?:(?:nghiêm túc|quan tâm,? phối hợp|biết,?|phối hợp|khẩn trương|tổ chức|liên quan)\s+)?(?:triển khai\s+)?thực hiện\s*\.\/\.|(?:nghiêm túc|quan tâm,? phối hợp|khẩn trương)\s+(?:triển khai\s+)?thực hiện(?:\s+(?:Kế hoạch|Thông báo|Chỉ thị|Công văn|văn bản) này)?\.)\s*$/u;
// Paragraphs that give the grounds or the background, never a task.
const BACKGROUND = /^(?:Căn cứ|Xét|Ngày\s+\d|Vào ngày|Vừa qua|Hôm nay|(?:Sáng|Chiều|Tối|Trưa)\s+(?:ngày\s+)?\d|Qua\s)/u;

/**
 * True when an unnumbered paragraph assigns work: a directive verb followed by a name ("Giao Sở Công
 * Thương chủ trì ...", "Sở Công Thương yêu cầu các đơn vị ... khẩn trương ...", "Văn phòng UBND tỉnh đề nghị
 * các cơ quan ...") or a name followed by an assigning predicate ("Các hội có trách nhiệm ..."), and is not a
 * closing formula ("... nghiêm túc thực hiện./.").
 */
export function isDirective(text: string): boolean {
  if (isClosingFormula(text)) return false;
  return isAssignment(text);
}

// The sentence a closing formula is often followed by: "Khó khăn, vướng mắc phản ánh kịp thời về Sở ... để được
// hướng dẫn", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, ...".
// "... nghiêm túc thực hiện; trong quá trình thực hiện có khó khăn vướng mắc kịp thời phối hợp ..." (022), "Trong quá
// trình thực hiện Kế hoạch, nếu có khó khăn, vướng mắc, ..." (026).
const DIFFICULTIES = /^(?:Trong quá trình (?:tổ chức )?(?:triển khai )?thực hiện(?: (?:Kế hoạch|Thông báo|Chỉ thị|Công văn|văn bản)(?: này)?)?,?\s+)?(?:nếu\s+)?(?:có\s+)?(?:phát sinh\s+)?khó khăn,?\s+vướng mắc/iu;

/**
 * True for a closing formula ("... nghiêm túc triển khai thực hiện./.", "... quan tâm, phối hợp thực hiện./."), also
 * when a sentence on difficulties follows it ("... nghiêm túc triển khai thực hiện. Khó khăn, vướng mắc phản ánh
 * kịp thời về Sở Công Thương ...").
 */
export function isClosingFormula(text: string): boolean {
  // Both forms end with a full stop: only then is the pattern, which is tried at every position, worth running.
  if (text.length < 250 && text.trimEnd().endsWith('.') && FORMULA_TAIL.test(text)) return true;
  // The formula is the first sentence, or the first clause before a semicolon.
  const full = text.indexOf('. ');
  const semi = text.indexOf('; ');
  const stop = full < 0 || (semi >= 0 && semi < full) ? semi : full;
  return stop > 0 && stop < 250 && DIFFICULTIES.test(text.slice(stop + 2).trimStart()) && FORMULA_TAIL.test(`${text.slice(0, stop)}.`);
}

// The doer named aside, after the work: "Rà soát quy hoạch (Sở Công Thương chủ trì, phối hợp với ...)", "Kiện toàn
// tổ chức bộ máy, do Sở Nội vụ chủ trì thực hiện". After "(" the predicate may be "thực hiện" too; after "do" (which
// also says "because": "do Sở X thực hiện chưa đúng") only a word that gives the lead.
const ASIDE_LEAD = /^(?:chủ trì|đảm nhiệm|phụ trách|làm đầu mối|chịu trách nhiệm)(?![\p{L}])/u;
const UPPER_START = /^\p{Lu}/u;
const ASIDE_LEAD_WORDS = /chủ trì|đảm nhiệm|phụ trách|làm đầu mối|chịu trách nhiệm/u;
const ASIDE_DOER_WORDS = /chủ trì|đảm nhiệm|phụ trách|làm đầu mối|chịu trách nhiệm|thực hiện/u;
const ASIDE_DOER = /^(?:chủ trì|đảm nhiệm|phụ trách|làm đầu mối|chịu trách nhiệm|thực hiện)(?![\p{L}])/u;

/**
 * The names a text gives its doer aside: "(Sở X chủ trì ...)", "do Sở X chủ trì".
 * @param parens where the text's opening parentheses are, as the clause marks found them
 */
function asideDoers(text: string, parens: readonly number[]): FoundName[] {
  const out: FoundName[] = [];
  // A name starts with a capital or "các" ("do các sở, ngành chủ trì"), and the predicate stands within the
  // parenthesis or within a name's length after "do": no other place is worth reading a name at.
  const capitalAt = (at: number) => UPPER_START.test(text.charAt(at)) || text.startsWith('các ', at);
  const take = (at: number, to: number, words: RegExp, predicate: RegExp) => {
    if (!capitalAt(at) || !words.test(text.slice(at, to))) return;
    const end = scanName(text, at);
    if (end > at && predicate.test(text.slice(skipSpaces(text, end), end + 24))) for (const item of splitNames(text.slice(at, end), at)) out.push(item);
  };
  for (const i of parens) {
    const at = skipSpaces(text, i + 1);
    const close = text.indexOf(')', at);
    take(at, close < 0 ? at + 160 : close, ASIDE_DOER_WORDS, ASIDE_DOER);
  }
  for (let i = text.indexOf('do '); i >= 0; i = text.indexOf('do ', i + 1)) {
    if (letterBefore(text, i)) continue;
    const at = skipSpaces(text, i + 3);
    take(at, at + 160, ASIDE_LEAD_WORDS, ASIDE_LEAD);
  }
  return out;
}

/** True when a paragraph starts with a body followed by a predicate that assigns work ("Bộ X chịu trách nhiệm ..."). */
export function startsWithDoer(text: string): boolean {
  const end = scanName(text, 0);
  return end > 0 && ASSIGNING.test(text.slice(skipSpaces(text, end), end + 30));
}

/**
 * Whether a paragraph opens with a directive that names its doer: "Yêu cầu các sở, ngành và ... tổ chức thực
 * hiện tốt các nội dung trên", "Giao Công an tỉnh theo dõi ...".
 */
export function opensDirective(text: string): boolean {
  const verb = OPENING_DIRECTIVE.exec(text.slice(0, 16));
  return verb !== null && scanName(text, verb[0].length) > verb[0].length;
}

/**
 * True for a paragraph that names its doer at its head: "Đối với Sở Công Thương: chủ trì ...", "Đối với Sở Tài chính,
 * bố trí ...", "Sở Tài chính: bố trí kinh phí ...", or the name alone as the heading of the points under it ("Sở Công
 * Thương:").
 */
function namesDoerAtHead(text: string): boolean {
  const lead = DOI_VOI.exec(text);
  const at = lead ? lead[0].length : 0;
  const end = scanName(text, at);
  if (end <= at) return false;
  const after = skipSpaces(text, end);
  if (text[after] === ':' && (lead !== null || skipSpaces(text, after + 1) >= text.length)) return true;
  // After "Đối với X," or "X:", the work it is given.
  if (text[after] !== ':' && (lead === null || text[after] !== ',')) return false;
  const predicate = text.slice(skipSpaces(text, after + 1), after + 40);
  return ASSIGNING.test(predicate) || ASSIGNING_ALSO.test(predicate);
}

function isAssignment(text: string): boolean {
  if (BACKGROUND.test(text)) return false;
  if (namesDoerAtHead(text)) return true;
  DIRECTIVE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = execAfterNonLetter(DIRECTIVE, text))) {
    if (scanName(text, m.index + m[0].length) > m.index + m[0].length) return true;
  }
  for (const s0 of clauseStarts(text)) {
    let s = skipSpaces(text, s0);
    const lead = /^(?:Đồng thời|Theo đó|Trong đó|Ngoài ra|Bên cạnh đó|Sau thời gian trên|[^,]{0,80}?),\s*/u.exec(text.slice(s, s + 90));
    for (const at of lead ? [s, s + lead[0].length] : [s]) {
      const end = scanName(text, at);
      if (end <= at) continue;
      const predicate = text.slice(skipSpaces(text, end), end + 30);
      if (ASSIGNING.test(predicate) || (ASSIGNING_ALSO.test(predicate) && !PROVINCE.test(text.slice(at, end)))) return true;
    }
    s = 0;
  }
  return false;
}
