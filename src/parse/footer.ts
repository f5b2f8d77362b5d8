/**
 * The end of a notice: "Nơi nhận" (recipients), "Bản điện tử" (electronic copies) and the signature
 * block (authority lines, title, name). Word exports put the recipients and the signature side by side
 * in one table row; PDF text layers put them side by side in two columns: both are read cell by cell.
 */
import type { Signer } from '../schema.js';
import { caseOf, countCase, LOWERCASE_LETTER, SAME_UPPER } from '../text/letter-case.js';
import { isFurniture, isUnmarkedItem, ITEM_DASHES, NUMBERED_ITEM, splitCells, squash, type Cell } from './layout.js';
import { FAMILY_NAMES, TITLES } from './lexicon.js';

// "Nơi nhận:", "Nơi nhận :", "**Nơi nhận:**"
export const RECIPIENTS_HEAD = /^(?:Nơi\s+nhận|NƠI\s+NHẬN)\s*:?\s*/u;
// "Bản điện tử:", "Bản điện tử gửi:", "BẢN ĐIỆN TỬ:"
const ELECTRONIC_HEAD = /^(?:Bản\s+điện\s+tử|BẢN\s+ĐIỆN\s+TỬ)[^:]{0,10}:\s*/u;
// Authority prefixes: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "TL. CHỦ TỊCH", "TUQ. GIÁM ĐỐC", "Q. CHÁNH VĂN PHÒNG",
// party style "T/M BAN THƯỜNG VỤ", "T/L", and the unspaced "TL.CHỦ TỊCH"
export const AUTHORITY = /^(?:(?:TM|KT|TL|TUQ|Q|T\.M|T\.L)\s*\.|T\/M\.?|T\/L\.?|K\/T\.?)\s*(?=\p{Lu})/u;
// "(Đã ký)", "(ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)"
const SIGN_NOTE = /^\((?:đã ký|ký|Ký|Đã ký)[^)]*\)$/u;
// Where an appendix or annex starts after the signature.
// "(Kèm theo Kế hoạch số .../KH-SCT ngày ...)" under an annex's title.
const APPENDIX = /^(?:PHỤ LỤC|Phụ lục|DANH MỤC|DANH SÁCH|BIỂU|Biểu mẫu|Mẫu số|\((?:Ban hành )?[Kk]èm theo)(?![\p{L}])/u;
// A recipient item: "- Sở KH&CN;", "-Như trên;", "+ Các phòng", "– Như trên;"
const ITEM = new RegExp(`^[${ITEM_DASHES}]\\s*`, 'u');

const FAMILY = new Set(FAMILY_NAMES);
// Two capitals in a row, as a title in capitals has: "BỘ", "K/T THỦ".
const TWO_CAPITALS = /\p{Lu}\p{Lu}/u;
// Titles as a signature block writes them, in capitals, longest first: "PHÓ THỦ TƯỚNG" before "THỦ TƯỚNG".
const UPPER_TITLES = [...new Set(TITLES.map((t) => t.toUpperCase()))].sort((a, b) => b.length - a.length);

/** What the footer gives. */
export interface Footer {
  recipients: string[];
  electronicRecipients: string[];
  recipientsLine: number | null;
  signer: Signer | null;
  signerLine: number | null;
  /** The line where the footer starts ("Nơi nhận" or the first signature line); the body ends before it. */
  start: number;
}

/**
 * True when a text has `minLetters` letters or more, all of them capitals. A text with astral letters, which the
 * table of letter-case.ts does not hold, needs two letters whatever `minLetters` is.
 */
function allCapitals(text: string, minLetters: number): boolean {
  const n = countCase(text, SAME_UPPER, SAME_UPPER);
  if (n !== null) return n.letters >= minLetters && n.matching === n.letters;
  const letters = text.match(/\p{L}/gu);
  if (!letters || letters.length < 2) return false;
  return letters.every((c) => c === c.toUpperCase());
}

/** True when a text has two or more letters, all of them capitals ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"). */
function isUpper(text: string): boolean {
  return allCapitals(text, 2);
}

// What a signer's name line may carry besides the name: "(đã ký)" after it, and before it "Đã ký:", a degree ("ThS.",
// "TS.", "PGS.TS."), or a rank of the army or the police ("Đại tá", "Thiếu tướng").
const NAME_PREFIX =
  /^(?:Đã ký\s*:?\s*|(?:PGS\.\s?TS|GS\.\s?TS|ThS|Ths|TS|KS|BS|CN|LS)\.\s*|(?:Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Đại tá|Thượng tá|Trung tá|Thiếu tá|Đại úy|Đại uý|Thượng úy|Thượng uý|Trung úy|Trung uý|Thiếu úy|Thiếu uý)\s+)/u;
const NAME_SUFFIX = /\s*\((?:đã ký|Đã ký|ĐÃ KÝ|ký|Ký)\)$/u;

/** The name in a signer's name line: "ThS. Trần Văn Bình (đã ký)" -> "Trần Văn Bình". */
function nameIn(text: string): string {
  const t = text.trim();
  return (t.endsWith(')') ? t.replace(NAME_SUFFIX, '') : t).replace(NAME_PREFIX, '');
}

/** True for a personal name: two to six capitalised words, the first a family name or all capitalised. */
export function looksLikeName(text: string): boolean {
  const t = text.replace(/[.,;]$/u, '').trim();
  if (t.length > 60 || isUpper(t)) return false;
  const words = t.split(/\s+/u);
  if (words.length < 2 || words.length > 6) return false;
  if (!words.every((w) => /^\p{Lu}[\p{Ll}'’]*(?:[-'’]\p{Lu}?[\p{Ll}]+)*$/u.test(w))) return false;
  return FAMILY.has(words[0] as string) || words.length <= 4;
}

/**
 * True for a personal name typed in capitals: two to four words, the first a family name ("NGUYỄN VĂN AN",
 * "ĐỖ THỊ HOA"), and no title ("PHÓ CHỦ TỊCH"). "PHÓ" is a family name too, but in a signature block in capitals
 * it opens a title, listed or not ("PHÓ VĂN PHÒNG").
 */
function looksLikeCapitalName(text: string): boolean {
  const t = text.replace(/[.,;]$/u, '').trim();
  if (t.length > 40 || !isUpper(t)) return false;
  const words = t.split(/\s+/u);
  if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Lu}+$/u.test(w))) return false;
  const first = words[0] as string;
  return first !== 'PHÓ' && FAMILY.has(first[0] + first.slice(1).toLowerCase()) && titleAt(words, 0) === 0 && titleAt(words, 1) === 0;
}

/** True for a word whose letters (one at least) are all capitals: "BỘ", "TRƯỞNG,", "K/T", "TM.". */
function isUpperWord(word: string): boolean {
  return allCapitals(word, 1);
}

/** The capitalised title that starts at word `i` of `words`, as a number of words; 0 when none does. */
function titleAt(words: readonly string[], i: number): number {
  const rest = words.slice(i).join(' ').replace(/,/gu, '');
  for (const t of UPPER_TITLES) {
    if (rest === t || rest.startsWith(`${t} `)) return t.split(' ').length;
  }
  return 0;
}

/**
 * Splits a signature block that a web copy ran into one line, after the last recipient or on its own, into
 * the cells it would have had: the text before it, the authority line, the title and the name.
 * "- Lưu: VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng" ->
 * "- Lưu: VT, ĐMDN (2b). Trung Anh" | "BỘ TRƯỞNG, CHỦ NHIỆM" | "Mai Tiến Dũng";
 * "K/T THỦ TƯỚNG CHÍNH PHỦ PHÓ THỦ TƯỚNG Tố Hữu" -> "K/T THỦ TƯỚNG CHÍNH PHỦ" | "PHÓ THỦ TƯỚNG" | "Tố Hữu".
 * Only a run of two or more words in capitals that holds a title (or opens with an authority prefix), ending
 * in a personal name that ends the line, is taken; any other cell comes back as it is.
 */
export function splitRunInSignature(cell: Cell): Cell[] {
  // The line ends in a name, so in a lower-case letter, and holds two capitals in a row: most footer
  // lines fail one of the two, and are not split into words.
  const text = cell.text;
  if ((caseOf(text.charCodeAt(text.length - 1)) & LOWERCASE_LETTER) === 0 || !TWO_CAPITALS.test(text)) return [cell];
  const words = text.split(' ');
  if (words.length < 4) return [cell];
  // The name: the words after the last one in capitals.
  let end = words.length;
  while (end > 0 && !isUpperWord(words[end - 1] as string)) end--;
  if (end === 0 || !looksLikeName(words.slice(end).join(' '))) return [cell];
  let start = end;
  while (start > 0 && isUpperWord(words[start - 1] as string)) start--;
  // An authority prefix inside the run starts the signature: what stands before it in capitals ends the
  // recipient ("- Lưu: VT, TH. TL. CHỦ TỊCH CHÁNH VĂN PHÒNG Nguyễn Văn An").
  for (let i = start + 1; i < end - 1; i++) {
    if (AUTHORITY.test(words.slice(i, end).join(' '))) {
      start = i;
      break;
    }
  }
  if (end - start < 2) return [cell];
  const run = words.slice(start, end);
  const authority = AUTHORITY.test(run.join(' '));
  // Where the title starts: with an authority prefix, after the title of whom the signer signs for
  // ("K/T THỦ TƯỚNG ..." is signed by the "PHÓ THỦ TƯỚNG"), unless the prefix names a body ("TM. ỦY BAN ...").
  let titleStart = -1;
  if (authority) {
    const holder = titleAt(run, 1);
    for (let i = 1 + holder; i < run.length; i++) {
      if (titleAt(run, i) > 0) {
        titleStart = i;
        break;
      }
    }
  } else if (run.some((_, i) => titleAt(run, i) > 0)) {
    titleStart = 0;
  }
  if (titleStart < 0) return [cell];
  const out: Cell[] = [];
  let col = cell.col;
  const piece = (from: number, to: number, src: readonly string[]) => {
    const text = src.slice(from, to).join(' ');
    out.push({ line: cell.line, col, text });
    col += text.length + 1;
  };
  if (start > 0) piece(0, start, words);
  if (titleStart > 0) piece(0, titleStart, run);
  piece(titleStart, run.length, run);
  piece(end, words.length, words);
  return out;
}

// The end of an item in a list written on the head's line: "Nơi nhận: Như trên; Lưu: VT.", "- Như trên; - Lưu: VT."
const INLINE_ITEM_END = /;[ \t]*(?=\S)/u;

/** The items of a list written on the line of its head, each with its ";" ("Như trên;", "Lưu: VT."). */
function inlineItems(rest: string): string[] {
  if (!rest.includes(';')) return [rest];
  const parts = rest.split(INLINE_ITEM_END);
  return parts.map((p, i) => (i < parts.length - 1 ? `${p};` : p));
}

function cleanItem(text: string): string {
  return squash(text.replace(ITEM, '').replace(NUMBERED_ITEM, '')).replace(/[;,.]+$/u, '').trim();
}

/**
 * The 0-based line where a signature block right above the "Nơi nhận" line at `head` starts ("TL. CHỦ TỊCH" /
 * "CHÁNH VĂN PHÒNG" / the name, then the recipients under it, as some offices lay them out); `head` when none does.
 * The block is at most eight lines of capitals, a name or a signature's note, and opens with an authority prefix or
 * a title.
 */
function signatureAbove(lines: readonly string[], head: number, from: number): number {
  let start = head;
  let seen = 0;
  for (let i = head - 1; i >= Math.max(from - 1, head - 12) && seen < 8; i--) {
    const t = (lines[i] as string).trim();
    if (t === '') continue;
    seen++;
    if (AUTHORITY.test(t)) start = i;
    else if (isUpper(t)) {
      if (titleAt(t.replace(/[.,]$/u, '').split(/\s+/u), 0) > 0) start = i;
    } else if (!(looksLikeName(nameIn(t)) || SIGN_NOTE.test(t))) break;
  }
  return start;
}

/**
 * Finds where the footer starts: the "Nơi nhận" line (or a signature block right above it), else the first authority
 * line after the body.
 * @param lines prepared lines (index 0 is line 1)
 * @param from 1-based line to search from (the body start)
 */
export function findFooterStart(lines: readonly string[], from: number): number {
  for (let i = Math.max(0, from - 1); i < lines.length; i++) {
    const line = lines[i] as string;
    // "Nơi nhận" is rare and "n" is everywhere: look for "Nơi" first ("**" may split it: "N**ơi** nhận").
    const head = (line.includes('Nơi') || line.includes('**')) && line.includes('nhận');
    if (!head && !(line.includes('NƠI') && line.includes('NHẬN'))) continue;
    for (const c of splitCells(line, i + 1)) if (RECIPIENTS_HEAD.test(c.text)) return signatureAbove(lines, i, from) + 1;
  }
  // No "Nơi nhận": the first line after a closing "./." that holds an authority prefix or only capitals.
  let closing = -1;
  for (let i = lines.length - 1; i >= Math.max(0, from - 1); i--) {
    if ((lines[i] as string).includes('./.')) {
      closing = i;
      break;
    }
  }
  if (closing >= 0) {
    for (let i = closing + 1; i < lines.length; i++) {
      const cells = splitCells(lines[i] as string, i + 1);
      if (cells.some((c) => AUTHORITY.test(c.text) || isUpper(c.text))) return i + 1;
    }
    return Math.min(closing + 2, lines.length + 1);
  }
  // Neither: a signature block near the end ("KT. THỦ TƯỚNG" over "PHÓ THỦ TƯỚNG" over the name).
  for (let i = lines.length - 1; i >= Math.max(from - 1, lines.length - 40); i--) {
    const cells = splitCells(lines[i] as string, i + 1);
    if (cells.some((c) => AUTHORITY.test(c.text))) return i + 1;
  }
  return lines.length + 1;
}

/**
 * The last line of the run of blank lines and page furniture (a page number) that starts at `i`, and whether the
 * run holds furniture: a page break, which cuts the recipients or the signature block without ending it.
 */
function blankRun(lines: readonly string[], i: number): { end: number; pageBreak: boolean } {
  let end = i - 1;
  let pageBreak = false;
  for (let k = i; k < lines.length; k++) {
    const t = (lines[k] as string).trim();
    if (t !== '') {
      if (!isFurniture(t)) break;
      pageBreak = true;
    }
    end = k;
  }
  return { end, pageBreak };
}

/**
 * Reads recipients and signer from the footer lines.
 * @param lines prepared lines (index 0 is line 1)
 * @param start the 1-based line where the footer starts
 */
export function parseFooter(lines: readonly string[], start: number): Footer {
  const out: Footer = { recipients: [], electronicRecipients: [], recipientsLine: null, signer: null, signerLine: null, start };
  let list: 'none' | 'recipients' | 'electronic' = 'none';
  let open = false;
  const signerCells: Cell[] = [];
  let nameCell: Cell | null = null;
  let leftCol = Infinity;
  // Items are kept as written until the end, so a wrap after a comma keeps the comma.
  const rawRecipients: string[] = [];
  const rawElectronic: string[] = [];
  let afterName = 0;
  let headAfterName = false;
  // Lines of page breaks so far: a signer's line is counted without them.
  let breakLines = 0;
  let lastSignerLine = 0;
  // The last line that is neither blank nor page furniture: a name may end the block right under its title.
  let lastContent = lines.length - 1;
  while (lastContent >= start - 1) {
    const t = (lines[lastContent] as string).trim();
    if (t !== '' && !isFurniture(t)) break;
    lastContent--;
  }
  for (let i = start - 1; i < lines.length; i++) {
    const raw = lines[i] as string;
    const t = raw.trim();
    if (t === '' || isFurniture(t)) {
      const run = blankRun(lines, i);
      if (run.pageBreak) breakLines += run.end - i + 1;
      // Blank lines alone end an open item; a page break does not.
      else open = false;
      i = run.end;
      continue;
    }
    const cells = splitCells(raw, i + 1);
    if (!cells.length) {
      open = false;
      continue;
    }
    if (nameCell && cells.some((c) => APPENDIX.test(c.text))) break;
    // A few lines after the name may still belong to the block (a second title); then the footer is over, unless
    // the recipients come under the signature.
    if (nameCell && !headAfterName && ++afterName > 3) break;
    for (const c of nameCell ? cells : cells.flatMap(splitRunInSignature)) {
      const text = c.text;
      if (RECIPIENTS_HEAD.test(text)) {
        if (nameCell) headAfterName = true;
        list = 'recipients';
        out.recipientsLine = c.line;
        leftCol = c.col;
        const rest = text.replace(RECIPIENTS_HEAD, '');
        if (rest && (ITEM.test(rest) || !(AUTHORITY.test(rest) || isUpper(rest)))) for (const item of inlineItems(rest)) rawRecipients.push(item);
        open = false;
        continue;
      }
      if (ELECTRONIC_HEAD.test(text)) {
        list = 'electronic';
        const rest = text.replace(ELECTRONIC_HEAD, '');
        if (rest) for (const item of inlineItems(rest)) rawElectronic.push(item);
        open = false;
        continue;
      }
      if (SIGN_NOTE.test(text)) continue;
      // A name typed in capitals ("NGUYỄN VĂN AN") stands apart from the titles, after the space for the signature,
      // or right under them (a copy that lost the space) when it ends the text or a blank line follows it (an annex).
      const gap = () => c.line - breakLines > lastSignerLine + 1 || i === lastContent;
      const blankAfter = () => {
        const next = i + 1 < lines.length ? (lines[i + 1] as string).trim() : '';
        return next === '' || isFurniture(next);
      };
      if (!nameCell && signerCells.length && looksLikeCapitalName(text) && (gap() || blankAfter())) {
        nameCell = c;
        signerCells.push(c);
        lastSignerLine = c.line - breakLines;
        continue;
      }
      if (AUTHORITY.test(text) || (isUpper(text) && !ITEM.test(text) && text.length < 80)) {
        // Titles right under the name (a second title, the body's name) are kept in `lines` only; a capital
        // line after a gap starts something else (an annex's title, the "TT" heading of its table).
        if (!nameCell || c.line - breakLines <= lastSignerLine + 1) {
          signerCells.push(c);
          lastSignerLine = c.line - breakLines;
        }
        continue;
      }
      if (list !== 'none' && ITEM.test(text)) {
        const target = list === 'recipients' ? rawRecipients : rawElectronic;
        target.push(text);
        open = !/[;.]$/u.test(text.trim());
        continue;
      }
      // Items whose dashes a Word export dropped with its automatic bullets, one a line: each ends with ";" and the
      // last with "." ("Sở Tài chính;" / "Lưu: VT."); and items numbered "1.", "2.".
      if (list !== 'none' && !open && c.col <= leftCol + 12 && text.length < 150) {
        const target = list === 'recipients' ? rawRecipients : rawElectronic;
        const previous = target[target.length - 1];
        // A name ends with neither ";" nor, after the title, ".": "Trần Văn Bình" under the title is the signer's.
        const unmarked = isUnmarkedItem(text, previous) && (text.endsWith(';') || !looksLikeName(nameIn(text)));
        if (NUMBERED_ITEM.test(text) || unmarked) {
          target.push(text);
          continue;
        }
      }
      if (list !== 'none' && open && c.col <= leftCol + 12 && !looksLikeName(text)) {
        const target = list === 'recipients' ? rawRecipients : rawElectronic;
        if (target.length) {
          target[target.length - 1] = `${target[target.length - 1]} ${text}`;
          open = !/[;.]$/u.test(text.trim());
          continue;
        }
      }
      if (signerCells.length && !nameCell && looksLikeName(nameIn(text))) {
        nameCell = c;
        signerCells.push(c);
        lastSignerLine = c.line - breakLines;
        continue;
      }
    }
  }
  out.recipients = rawRecipients.map(cleanItem).filter(Boolean);
  out.electronicRecipients = rawElectronic.map(cleanItem).filter(Boolean);
  if (signerCells.length) {
    const authority: string[] = [];
    const titles: string[] = [];
    let name: string | null = null;
    for (const c of signerCells) {
      if (c === nameCell) {
        name = squash(nameIn(c.text));
        continue;
      }
      if (name !== null) continue;
      if (AUTHORITY.test(c.text)) authority.push(squash(c.text));
      else titles.push(squash(c.text));
    }
    out.signer = {
      name,
      authority: authority.length ? authority.join(' / ') : null,
      position: titles.length ? (titles[titles.length - 1] as string) : null,
      lines: signerCells.map((c) => squash(c.text)),
    };
    out.signerLine = (signerCells[0] as Cell).line;
  }
  return out;
}
