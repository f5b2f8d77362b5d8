/**
 * The parse pipeline: clean the text once, read the header, find the footer, re-join the body's
 * paragraphs, build the task tree, then read assignees and deadlines task by task. Every stage is a
 * pure function of text; nothing here touches the file system.
 */
import { emptyNotice, type Assignee, type Deadline, type Notice, type Task } from '../schema.js';
import { decodeBuffer, type DecodeOptions } from '../text/decode.js';
import { prepareText } from '../text/prepare.js';
import { repairText } from '../text/repair.js';
import { completeNames, leadInNames, nameBook, readRoles, type FoundName, type NameBook } from './assignees/index.js';
import { buildParagraphs, isHardWrapped, type Para } from './blocks.js';
import { opensWithDate, parseChair, parseMeeting } from './chair.js';
import { analyseTimeExpressions, findDeadlines } from './deadlines/index.js';
import type { DeadlineContext, FoundDeadline } from './deadlines/types.js';
import { findFooterStart, parseFooter } from './footer.js';
import { parseHeader } from './header.js';
import { layoutLines, markBlanks, undoubleSpacing } from './layout.js';
import { isDueHeading } from './table.js';
import { buildTaskTree, headingTitle, type TaskNode } from './tasks.js';

/** Options for {@link parseNotice}. */
export interface ParseOptions {
  /** Recorded in `source`: the path given, "-" for stdin. */
  source?: string | null;
  /** Recorded in `encoding`; "utf-8" for a string. */
  encoding?: string;
  /** Overrides the reference date deadlines are resolved against (YYYY-MM-DD). */
  refDate?: string;
  /** Warnings from an earlier stage (decoding) to put first in `warnings`. */
  warnings?: string[];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// A year or years alone in a table's time column: "2026", "Năm 2026", "2026-2030", "2026 – 2030".
const BARE_YEARS = /^(?:[Nn]ăm\s+)?((?:19|20)\d{2})(?:\s*[-–]\s*((?:19|20)\d{2}))?$/u;
// The addressees named with respect: "Quý cơ quan", "Quý đơn vị", "Quý Sở".
const RESPECTFUL = /^[Qq]uý\s/u;
// "Như trên" in a "Kính gửi" list: the addressees above, not a body.
const AS_ABOVE = /^Như trên$/iu;
// The issuer deciding rather than anyone acting: "Nhất trí chủ trương ...", "Thống nhất tổ chức ...".
const ISSUER_DECISION = /^(?:Nhất trí|Thống nhất|Đồng ý|Chấp thuận|Ghi nhận)(?![\p{L}])/u;

interface Inherited {
  doers: Assignee[];
  coordinators: Assignee[];
}

/** The names a task's own text gives, with the input line of each. */
function toAssignees(names: FoundName[], segs: { offset: number; line: number }[], firstLine: number): Assignee[] {
  const out: Assignee[] = new Array(names.length);
  for (let i = 0; i < names.length; i++) {
    const n = names[i] as FoundName;
    out[i] = { text: n.text, canonical: n.canonical, inherited: false, line: lineOf(segs, n.index, firstLine) };
  }
  return out;
}

function lineOf(segs: { offset: number; line: number }[], offset: number, fallback: number): number {
  let line = fallback;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i] as { offset: number; line: number };
    if (s.offset <= offset) line = s.line;
    else break;
  }
  return line;
}

// Every assignee is built by an object literal with the same keys in the same order (text, canonical,
// inherited, line), so that V8 gives them all one shape; a spread copy would make objects of another.
function inherit(list: Assignee[]): Assignee[] {
  const out: Assignee[] = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const a = list[i] as Assignee;
    out[i] = { text: a.text, canonical: a.canonical, inherited: true, line: a.line };
  }
  return out;
}

/** `a` followed by the assignees of `b` whose canonical name (in any case) is not there yet; `a` is extended in place. */
function mergeUnique(a: Assignee[], b: Assignee[]): Assignee[] {
  if (b.length === 0) return a;
  // Lists are a few names long: a scan of an array beats building a Set.
  const seen: string[] = new Array(a.length);
  for (let i = 0; i < a.length; i++) seen[i] = (a[i] as Assignee).canonical.toLowerCase();
  for (let i = 0; i < b.length; i++) {
    const x = b[i] as Assignee;
    const key = x.canonical.toLowerCase();
    const at = seen.indexOf(key);
    if (at === -1) {
      seen.push(key);
      a.push(x);
    } else if ((a[at] as Assignee).inherited && !x.inherited) {
      // Named in the task's own text as well: stated, with the line that states it, where it stood.
      a[at] = x;
    }
  }
  return a;
}

function referenceDate(n: Pick<Notice, 'issued'>, override: string | undefined): DeadlineContext['ref'] {
  if (override && ISO_DATE.test(override)) return { date: override, certain: true };
  const { year, month, day, date } = n.issued;
  if (date) return { date, certain: true };
  if (year !== null && month !== null) return { date: `${year}-${String(month).padStart(2, '0')}-${String(day ?? 1).padStart(2, '0')}`, certain: false };
  if (year !== null) return { date: `${year}-01-01`, certain: false };
  return null;
}

/**
 * A found deadline as the output has it: its fields but its index, in their order, then its line. Rest and spread
 * copies (`({ index, ...d }) => ({ ...d, line })`) go through the runtime for every deadline.
 * @param text the phrase, where it is not the found one's
 * @param note a note, where the found one has none
 */
function toDeadline(f: FoundDeadline, line: number, text?: string, note?: string): Deadline {
  const d = {} as Record<string, unknown>;
  for (const key in f) if (key !== 'index') d[key] = f[key as keyof FoundDeadline];
  if (text !== undefined) d.text = text;
  if (note !== undefined && f.note === undefined) d.note = note;
  d.line = line;
  return d as unknown as Deadline;
}

/** The deadlines of a text with the input line of each; a failure in the engine costs the deadlines only. */
function readDeadlines(text: string, segs: { offset: number; line: number }[], firstLine: number, ctx: DeadlineContext): Deadline[] {
  let found: ReturnType<typeof findDeadlines>;
  try {
    found = findDeadlines(text, ctx);
  } catch {
    found = [];
  }
  const out: Deadline[] = new Array(found.length);
  for (let i = 0; i < found.length; i++) {
    const f = found[i] as FoundDeadline;
    out[i] = toDeadline(f, lineOf(segs, f.index, firstLine));
  }
  return out;
}

/**
 * The deadlines of the time cell of a table's row. Under a heading that says when work is due ("Thời gian hoàn
 * thành", "Thời hạn") a day, month, quarter or year is the day it is due by, as after "Thời hạn:" in a sentence, and
 * the note says the column made it so; under any other heading it is read as written. Years ("2026-2030") and a
 * period ("Giai đoạn 2026-2030") are the time the work takes.
 */
function readCellDeadlines(cell: string, heading: string, line: number, ctx: DeadlineContext): Deadline[] {
  if (!cell) return [];
  const due = isDueHeading(heading);
  // A year or years alone, as such columns write them: "2026", "2026-2030".
  const years = BARE_YEARS.exec(cell);
  if (years) {
    const from = years[1] as string;
    const to = years[2] ?? from;
    if (to < from) return [];
    return [
      due && to === from
        ? { text: cell, kind: 'before', start: null, end: `${to}-12-31`, certain: true, note: `due by: the table's column "${heading}"`, line }
        : { text: cell, kind: 'during', start: `${from}-01-01`, end: `${to}-12-31`, certain: true, line },
    ];
  }
  // Read as the sentence "Thời hạn: <cell>" would be; the phrase and its offsets are given back in the cell.
  const prefix = due ? 'Thời hạn: ' : '';
  let found: ReturnType<typeof analyseTimeExpressions>;
  try {
    found = analyseTimeExpressions(prefix + cell, ctx);
  } catch {
    found = [];
  }
  const out: Deadline[] = [];
  for (const a of found) {
    // In a column of time, a year is the year's work and a period ("2026-2030") the time the work takes.
    if (a.reason !== null && a.reason !== 'bare-year' && a.reason !== 'plan-period') continue;
    const f = a.deadline;
    const at = f.index - prefix.length;
    out.push(toDeadline(f, line, at < 0 ? f.text.slice(-at) : f.text, at < 0 && f.kind === 'before' ? `due by: the table's column "${heading}"` : undefined));
  }
  return out;
}

/**
 * Turns a node of the task tree into a task, reading its assignees (inheriting where the text names
 * nobody) and its deadlines.
 * @param you the "Kính gửi" list, which "Quý cơ quan", "Quý đơn vị" stand for
 */
function toTask(node: TaskNode, from: Inherited, ctx: DeadlineContext, book: NameBook, you: readonly Assignee[]): Task {
  const roles = readRoles(node.text);
  let own = toAssignees(completeNames(roles.doers, node.text, book), node.segs, node.line);
  // "đề nghị Quý cơ quan ...": the addressees, named with respect.
  if (you.length && own.some((a) => RESPECTFUL.test(a.text))) own = mergeUnique([], own.flatMap((a) => (RESPECTFUL.test(a.text) ? [...you] : [a])));
  let ownCoordinators = toAssignees(completeNames(roles.coordinators, node.text, book), node.segs, node.line);
  let named = roles.firstClauseNamed;
  const cells = node.cells;
  if (cells) {
    // A row of a table: who leads and who helps are its columns' (every name in the column of "phối hợp" helps).
    const row = [{ offset: 0, line: node.line }];
    const lead = readRoles(cells.lead);
    const helpers = readRoles(cells.coordinators);
    const leads = toAssignees(completeNames(lead.doers, cells.lead, book), row, node.line);
    own = mergeUnique(own, leads);
    ownCoordinators = mergeUnique(ownCoordinators, toAssignees(completeNames([...helpers.doers, ...helpers.coordinators], cells.coordinators, book), row, node.line));
    named ||= leads.length > 0;
  }
  let assignees: Assignee[];
  let coordinators = ownCoordinators;
  if ((!named || own.length === 0) && from.doers.length) {
    // A task that starts without a doer belongs first to the doers above it; one that starts with the
    // issuer's decision ("Nhất trí ...; giao X ...") belongs first to whom it then names.
    // A task that opens with the issuer's decision and then names its doer ("Nhất trí ...; giao X ...") belongs to X.
    assignees = own.length && ISSUER_DECISION.test(node.text) ? own : mergeUnique(inherit(from.doers), own);
    coordinators = mergeUnique(ownCoordinators, inherit(from.coordinators));
  } else assignees = own;
  const passDown: Inherited = { doers: assignees, coordinators };
  const subtasks: Task[] = [];
  const children = node.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as TaskNode;
    if (!child.excluded) subtasks.push(toTask(child, passDown, ctx, book, you));
  }
  return {
    id: node.id,
    label: node.label,
    text: node.text,
    line: node.line,
    endLine: node.endLine,
    section: node.section,
    assignees,
    coordinators,
    deadlines: cells
      ? [...readDeadlines(node.text, node.segs, node.line, ctx), ...readCellDeadlines(cells.time, cells.timeHeading, node.line, ctx)]
      : readDeadlines(node.text, node.segs, node.line, ctx),
    subtasks,
  };
}

function namesToAssignees(names: FoundName[], line: number): Assignee[] {
  const out: Assignee[] = new Array(names.length);
  for (let i = 0; i < names.length; i++) {
    const n = names[i] as FoundName;
    out[i] = { text: n.text, canonical: n.canonical, inherited: true, line };
  }
  return out;
}

/**
 * Parses the text of a notice into a {@link Notice}. Never throws on any input.
 * @param text the decoded text
 * @param opts source path, encoding and reference date
 */
export function parseNotice(text: string, opts: ParseOptions = {}): Notice {
  return parseText(text, opts, false);
}

function parseText(text: string, opts: ParseOptions, isNfc: boolean): Notice {
  const notice = emptyNotice({ source: opts.source ?? null, encoding: opts.encoding ?? 'utf-8', warnings: [...(opts.warnings ?? [])] });
  try {
    fill(notice, prepareText(text, isNfc), opts);
  } catch (err) {
    notice.warnings.push(`The parser stopped early on an unexpected input: ${(err as Error)?.message ?? String(err)}.`);
  }
  return notice;
}

function fill(notice: Notice, clean: string, opts: ParseOptions): void {
  // A double-spaced text is read without its blank lines, and its line numbers are given back afterwards.
  const split = clean.split('\n');
  const marked = markBlanks(split);
  const undoubled = undoubleSpacing(marked);
  // PDF text layers (hard-wrapped) run syllables together and space letters out; they are repaired line
  // by line, so every value keeps the line number of the input. Word exports need none of it.
  const raw = undoubled?.lines ?? split;
  const wrapped = isHardWrapped(undoubled ? markBlanks(raw) : marked);
  const lines = wrapped ? repairText(undoubled ? raw.join('\n') : clean).split('\n') : raw;
  readLines(notice, lines, opts);
  if (undoubled) restoreLines(notice, undoubled.lineOf);
}

/**
 * Gives back the input's line numbers to a notice read from the lines of {@link undoubleSpacing}: every line
 * field, and the lines that warnings and notes name ("on line 12").
 * @param notice the notice
 * @param lineOf the input line of each line read
 */
function restoreLines(notice: Notice, lineOf: readonly number[]): void {
  const at = (n: number) => lineOf[n - 1] ?? n;
  const inText = (s: string) => s.replace(ON_LINE, (_m, n: string) => `on line ${at(Number(n))}`);
  const lines = notice.lines as Record<string, number | null>;
  for (const key of Object.keys(lines)) {
    const n = lines[key];
    if (n !== null && n !== undefined) lines[key] = at(n);
  }
  notice.warnings = notice.warnings.map(inText);
  // Tasks may share an assignee or a deadline (one set for every item): each is mended once.
  const done = new Set<object>();
  const visit = (t: Task) => {
    t.line = at(t.line);
    t.endLine = at(t.endLine);
    for (const a of [...t.assignees, ...t.coordinators]) {
      if (done.has(a)) continue;
      done.add(a);
      if (a.line !== undefined) a.line = at(a.line);
    }
    for (const d of t.deadlines) {
      if (done.has(d)) continue;
      done.add(d);
      d.line = at(d.line);
      if (d.note !== undefined) d.note = inText(d.note);
    }
    t.subtasks.forEach(visit);
  };
  notice.tasks.forEach(visit);
}

// The line a warning or a note names: "Label "e)" on line 21 ...", "Set for every item by the paragraph on line 30.".
const ON_LINE = /on line (\d+)/g;

function readLines(notice: Notice, lines: string[], opts: ParseOptions): void {
  const header = parseHeader(lines);
  notice.issuer = header.issuer;
  notice.number = header.number;
  notice.docType = header.docType;
  notice.place = header.place;
  notice.issued = header.issued;
  notice.subject = header.subject;
  notice.addressees = header.addressees;
  notice.marks = header.marks;
  notice.lines.issuer = header.issuerLine;
  notice.lines.number = header.numberLine;
  notice.lines.docType = header.docTypeLine;
  notice.lines.issued = header.issuedLine;
  notice.lines.subject = header.subjectLine;

  const footerStart = findFooterStart(lines, header.bodyStart);
  const footer = parseFooter(lines, footerStart);
  notice.recipients = footer.recipients;
  notice.electronicRecipients = footer.electronicRecipients;
  notice.signer = footer.signer;
  notice.lines.recipients = footer.recipientsLine;
  notice.lines.signer = footer.signerLine;

  const body = layoutLines(lines.slice(header.bodyStart - 1, Math.max(header.bodyStart - 1, footerStart - 1)), header.bodyStart);
  const paras: Para[] = buildParagraphs(body);
  const tree = buildTaskTree(paras);

  notice.chair = parseChair(notice.subject);
  if (notice.chair) notice.lines.chair = header.subjectLine;
  const opening = paras.find((p) => opensWithDate(p.text)) ?? null;
  notice.meeting = parseMeeting(opening && opening.line <= (paras[0]?.line ?? 0) + 20 ? opening.text : null, notice.subject);
  if (notice.meeting) notice.lines.meeting = opening?.line ?? header.subjectLine;

  const ctx: DeadlineContext = { ref: referenceDate(notice, opts.refDate), meetingDate: notice.meeting?.date ?? null };

  // The "Kính gửi" list, for tasks that name it with respect ("Quý cơ quan") and for a công văn's tasks that name nobody.
  const you: Assignee[] = notice.addressees
    .map((a, k) => ({ text: a, canonical: canonicalAddressee(a), inherited: true, line: header.addresseeLines[k] ?? header.subjectLine ?? 1 }))
    .filter((a) => !AS_ABOVE.test(a.text));
  // Tasks that name nobody inherit the lead-in's addressees, or a công văn's "Kính gửi" list.
  let top: Inherited = { doers: [], coordinators: [] };
  if (tree.leadIn) top = { doers: namesToAssignees(leadInNames(tree.leadIn.text), tree.leadIn.line), coordinators: [] };
  if (!top.doers.length && notice.docType === null && notice.addressees.length) top = { doers: you, coordinators: [] };
  // The names written in full so far, that complete names cut short later (see completeNames).
  const book = nameBook();
  for (const root of tree.roots) {
    if (root.excluded) continue;
    if (root.kind === 'roman') {
      // A Roman section is not a task: its items are, and they inherit what its intro names.
      const titleEnd = root.text.indexOf('\n');
      const intro = titleEnd < 0 ? '' : root.text.slice(titleEnd + 1);
      const roles = intro ? readRoles(intro) : null;
      // Without items, a section whose paragraphs name who does what is a task itself: "VI. CHẾ ĐỘ BÁO CÁO / Các
      // phòng, đơn vị báo cáo tình hình thực hiện ... trước ngày 18 hằng tháng".
      if (root.children.length === 0) {
        if (roles && roles.doers.length) notice.tasks.push(toTask(sectionBody(root, intro), top, ctx, book, you));
        continue;
      }
      const introLine = root.segs.find((s) => s.offset > titleEnd)?.line ?? root.line;
      const names = roles && roles.doers.length ? roles.doers : intro ? leadInNames(intro) : [];
      const from: Inherited = names.length
        ? { doers: namesToAssignees(names, introLine), coordinators: roles ? namesToAssignees(roles.coordinators, introLine) : [] }
        : top;
      for (const child of root.children) if (!child.excluded) notice.tasks.push(toTask(child, from, ctx, book, you));
      continue;
    }
    notice.tasks.push(toTask(root, top, ctx, book, you));
  }
  // A time set for every item after the list ("Báo cáo ... gửi về UBND tỉnh trước ngày 12/6/2026") goes to each.
  for (const p of tree.shared) {
    const shared = readDeadlines(p.text, p.segs, p.line, ctx).map((d) => ({
      ...d,
      note: [d.note, `Set for every item by the paragraph on line ${p.line}.`].filter(Boolean).join(' '),
    }));
    if (shared.length) for (const t of notice.tasks) for (const item of shared) t.deadlines.push(item);
  }
  for (const item of tree.warnings) notice.warnings.push(item);
  addMissingWarnings(notice);
}

/**
 * A Roman section without items as a task: its paragraphs without the title line, which becomes its section.
 * @param root the section
 * @param body its text after the title line
 */
function sectionBody(root: TaskNode, body: string): TaskNode {
  const cut = root.text.length - body.length;
  const segs: TaskNode['segs'] = [];
  for (const s of root.segs) if (s.offset >= cut) segs.push({ offset: s.offset - cut, line: s.line });
  return { ...root, text: body, segs, line: segs[0]?.line ?? root.line, section: headingTitle(root.head) };
}

function canonicalAddressee(text: string): string {
  return readRoles(text).doers[0]?.canonical ?? text;
}

function addMissingWarnings(n: Notice): void {
  const w = n.warnings;
  if (!n.issuer.name) w.push('No issuing body found in the header; expected its name in capitals above the number.');
  if (!n.number.text) w.push('No number line found; expected "Số: <number>/<symbol>".');
  else if (n.number.serial === null) w.push(`The number "${n.number.text}" has no serial (a blank left in a draft).`);
  if (n.issued.text === null) w.push('No place and date line found; expected "<Place>, ngày ... tháng ... năm ...".');
  else if (n.issued.date === null) w.push(`The issue date "${n.issued.text}" is incomplete; deadlines without a year are resolved against the first day of the month.`);
  if (!n.docType && !n.subject) w.push('No type name or subject found.');
  else if (!n.docType) w.push('No type name found (a công văn has none).');
  if (!n.subject) w.push('No subject (trích yếu) found.');
  if (!n.tasks.length) w.push('No tasks found.');
  if (!n.recipients.length) w.push('No "Nơi nhận" list found.');
  if (!n.signer) w.push('No signature block found.');
  else if (!n.signer.name) w.push('No signer name found under the signature block.');
}

/**
 * Decodes bytes (detecting the encoding unless one is given) and parses them.
 * @param buf the file's bytes
 * @param opts parse options plus an encoding to force
 */
export function parseNoticeBuffer(buf: Uint8Array, opts: ParseOptions & DecodeOptions = {}): Notice {
  const decoded = decodeBuffer(buf, opts.encoding ? { encoding: opts.encoding } : {});
  // decodeBuffer's text is NFC already.
  return parseText(
    decoded.text,
    { ...opts, encoding: decoded.encoding, warnings: [...decoded.warnings, ...(opts.warnings ?? [])] },
    true,
  );
}

