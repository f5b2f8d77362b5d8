/**
 * The task tree of a notice, built from labelled paragraphs ("1.", "II.", "a)", "1.1.", "- ", "+ ") the
 * way a reader sees it: a label of a lower rank opens a subtask, an unlabelled paragraph continues the
 * item above it, and items in an assessment section ("I. ĐÁNH GIÁ CHUNG", "Kết quả kiểm tra") are not tasks.
 */
import { isClosingFormula, isDirective, opensDirective, scanName, startsWithDoer } from './assignees/index.js';
import { ARTICLE, firstLine, LABEL, lineAt, mayStartLabel, mayStartOrdinal, ORDINAL_VALUES, ORDINAL_WORDS, POINT_LETTERS, type Para } from './blocks.js';
import { subheadingColumns, taskColumns, taskRow, type TaskColumns } from './table.js';

/** The kinds of labels, in rank order: a label of a higher rank nests under one of a lower rank. */
export type LabelKind = 'roman' | 'num' | 'ordinal' | 'dotted' | 'paren' | 'letter' | 'dash' | 'plus' | 'directive';

/** A node of the task tree before assignees and deadlines are read. */
export interface TaskNode {
  kind: LabelKind;
  /** The label as written ("3.", "a)", "-"); null for unnumbered directives. */
  label: string | null;
  id: string;
  /** The item's text without its label, paragraphs joined by "\n". */
  text: string;
  /** Offsets in {@link text} where input lines start. */
  segs: { offset: number; line: number }[];
  line: number;
  endLine: number;
  /** Title of the enclosing Roman section, if any. */
  section: string | null;
  /** Assessment or information items: kept for structure, never reported as tasks. */
  excluded: boolean;
  children: TaskNode[];
  parent: TaskNode | null;
  /** Labels out of order, noticed while building ("c) then e)", "5. then 7."). */
  outOfOrder?: string;
  /** The item's first paragraph (its heading, when it is one), kept apart: {@link text} grows as a rope. */
  head: string;
  /** How many paragraphs {@link text} holds. */
  paragraphs: number;
  /** A row of a table of tasks: its cells of who leads, who helps and when, as written; {@link text} is its content. */
  cells?: { lead: string; coordinators: string; time: string; timeHeading: string };
}

/** What the tree gives besides the nodes. */
export interface TaskTree {
  /** Top-level nodes, Roman sections included (their children are the section's tasks). */
  roots: TaskNode[];
  /** The paragraph that introduces the first task ("... thực hiện tốt một số nội dung sau:"), if any. */
  leadIn: { text: string; line: number } | null;
  /** One sentence per label that is out of order. */
  warnings: string[];
  /** Paragraphs after the last item that set a time for every item ("Báo cáo ... gửi về UBND tỉnh trước ngày ..."). */
  shared: Para[];
}

// Section and item titles that assess or inform rather than assign work.
// "I. ĐÁNH GIÁ CHUNG", "1. Kết quả kiểm tra", "I. MỤC ĐÍCH, YÊU CẦU", "1. Thông tin về công trình", "2. Địa điểm: ...",
// "4. Nội dung huấn luyện: Quy định tại Điều 7 Nghị định số 181/2024/NĐ-CP ...", "II. NỘI DUNG TRỌNG TÂM KIỂM TRA",
// "II. NỘI DUNG TỔNG KẾT", "2. Nội dung báo cáo: khối lượng thực hiện trong tuần ...",
// "III. PHƯƠNG PHÁP KIỂM TRA", "2. Số lượng đơn vị kiểm tra: Tối thiểu 20% ...", "1. Tiêu chuẩn Bằng khen ...", "3.1. Thủ
// tục khen thưởng: Theo quy định ...", "3.2. Hồ sơ đề nghị khen thưởng gồm:". Not a time that comes with the progress to
// make ("IV. THỜI GIAN THI ĐUA VÀ TIẾN ĐỘ THỰC HIỆN") or says when to send ("3.4. Thời gian gửi hồ sơ khen thưởng: ...
// trước ngày 15/02/2027"), nor standards that come with the dossiers to send ("V. TIÊU CHUẨN, HÌNH THỨC, HỒ SƠ KHEN
// THƯỞNG").
const ASSESSMENT =
  /^(?:đánh giá|kết quả(?! thực hiện nhiệm vụ)|tình hình|mục đích|mục tiêu|yêu cầu$|thông tin|đặc điểm|quan điểm|căn cứ|bối cảnh|những kết quả|ưu điểm|hạn chế|tồn tại|thời gian(?!.*tiến độ)(?! (?:gửi|gởi|nộp|hoàn thành|báo cáo))|địa điểm|đối tượng|thành phần|nguyên tắc|nội dung (?:trọng tâm )?(?:kiểm tra|huấn luyện|đào tạo|tập huấn|bồi dưỡng|tổng kết|sơ kết|báo cáo)|phương pháp|số lượng|tiêu chuẩn(?!.*hồ sơ)|thủ tục khen thưởng|hồ sơ đề nghị (?:khen thưởng )?gồm|phạm vi|ghi chú|danh mục|lý do|hồ sơ trình|nội dung hồ sơ|văn bản pháp lý|phí)(?![\p{L}])/iu;
// A paragraph after the last item that sets one time for every item: "Báo cáo của các cơ quan, đơn vị gửi về
// UBND tỉnh trước ngày 12/6/2026 ...", "Thời hạn hoàn thành: trước ngày 12 tháng 6 năm 2026".
const SHARED_TAIL =
  /^(?:Báo cáo(?: của| kết quả| g[ửở]i)?|Thời hạn|Thời gian (?:hoàn thành|g[ửở]i|nộp|báo cáo)|Các (?:cơ quan|đơn vị|sở)[^.]{0,40}?(?:g[ửở]i|nộp|báo cáo))(?![\p{L}])[^.]{0,200}?\d{1,2}(?:\s*[/.-]\s*|\s+tháng\s+)\d{1,2}/u;

// Paragraphs that close the content after the last task: "Trên đây là ý kiến kết luận ...", "Trân trọng thông báo ..."
const CLOSING =
  /^(?:Trên đây|Trân trọng|Thừa lệnh|Thừa ủy quyền|Thừa uỷ quyền|(?:Văn phòng|UBND|Ủy ban nhân dân|Sở)[^.]{0,80}thông báo (?:để|ý kiến|kết luận|cho|đến))/u;

// Whom to ask, after the last task: "Mọi chi tiết xin liên hệ: đồng chí ..., ĐT: ...", "Thông tin chi tiết liên hệ ...",
// "Đầu mối liên hệ: ...". It closes the content as the formulas above do.
const CONTACT = /^(?:Mọi (?:chi tiết|thông tin|vướng mắc)|(?:Thông tin )?[Cc]hi tiết|Đầu mối|Để biết thêm (?:chi tiết|thông tin))[^.;\n]{0,60}?liên hệ(?![\p{L}])/u;

// "(1)" ranks under the deepest dotted number and above a letter: "1." > "(1)" in plans and công văn.
// Ordinal words ("Thứ nhất,") number conclusions in prose, alone or under a numbered item.
const RANK: Record<LabelKind, number> = { roman: 0, num: 1, ordinal: 1.5, dotted: 2, paren: 5.5, letter: 6, dash: 7, plus: 8, directive: 1 };

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i] as string] ?? 0;
    const next = ROMAN_VALUES[s[i + 1] as string] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

function rankOf(kind: LabelKind, label: string): number {
  if (kind === 'dotted') return RANK.dotted + label.replace(/\.$/u, '').split('.').length - 2;
  return RANK[kind];
}

function ordinal(kind: LabelKind, key: string): number | null {
  if (kind === 'num' || kind === 'paren' || kind === 'ordinal') return Number(key);
  if (kind === 'roman') return romanValue(key);
  if (kind === 'letter') return POINT_LETTERS.indexOf(key) + 1 || null;
  if (kind === 'dotted') return Number(key.split('.').pop());
  return null;
}

/*
 * Tests of a paragraph's end. /:\s*$/ is tried at every position of the paragraph; trimming the end (the same
 * white space as \s) and looking at the last characters gives the same answer at once.
 */
/** True when a text ends with a colon, white space aside: "... một số nội dung sau:". */
const endsWithColon = (text: string) => text.trimEnd().endsWith(':');
/** True when a text ends with the closing mark "./.", white space aside. */
const endsWithClosingMark = (text: string) => text.trimEnd().endsWith('./.');

// LABEL without its group names: reading m.groups costs V8 a dictionary object per match, numbered groups cost
// nothing. The numbers are taken from the order of the names in LABEL, which has no unnamed groups.
const LABEL_PLAIN = new RegExp(LABEL.source.replace(/\(\?<\w+>/gu, '('), LABEL.flags);
const GROUP = Object.fromEntries([...LABEL.source.matchAll(/\(\?<(\w+)>/gu)].map((m, k) => [m[1] as string, k + 1])) as Record<
  'roman' | 'dotted' | 'num' | 'paren' | 'pletter' | 'letter' | 'dash',
  number
>;

/** The label of a paragraph: kind, label as written, key ("3", "1.2", "a") and the text after it. */
interface Label {
  kind: LabelKind;
  label: string;
  key: string;
  rest: string;
}

// The fields under an item of a plan: who leads and who helps, when it is due, what it yields, what it costs.
// "- Đơn vị chủ trì thực hiện: Sở Khoa học và Công nghệ.", "- Thời gian hoàn thành: Trong tháng 8/2025."
const FIELD =
  /^(?:(?:Đơn vị|Cơ quan) (?:chủ trì(?: thực hiện)?|thực hiện|phối hợp(?: thực hiện)?)|Lãnh đạo phụ trách|Thời (?:gian|hạn)(?: hoàn thành| thực hiện)?|Sản phẩm(?: đầu ra)?|Kinh phí(?: thực hiện)?)\s*:/u;

/**
 * The item a field belongs to: the innermost open item that is not a "- " or "+ " point. Fields after a
 * numbered item's points ("1. ..." / "- ..." / "- ..." / "Đơn vị chủ trì: ...") are the numbered item's.
 */
function fieldOwner(stack: readonly TaskNode[]): TaskNode {
  for (let i = stack.length - 1; i > 0; i--) {
    const node = stack[i] as TaskNode;
    if (!isPoint(node.kind)) return node;
  }
  return stack[0] as TaskNode;
}

/** "- " and "+ " points, as against numbered or lettered items. */
function isPoint(kind: LabelKind): boolean {
  return kind === 'dash' || kind === 'plus';
}

/** "Thứ nhất, ..." as a label of kind `ordinal`, its key the number ("1"); "Điều 1. ..." as one of kind `num`. */
function ordinalLabel(text: string): Label | null {
  if (text.charCodeAt(0) === 0x110) {
    const a = text.startsWith('Điều') ? ARTICLE.exec(text) : null;
    return a ? { kind: 'num', label: a[0], key: a.groups!.n!, rest: text.slice(a[0].length).trim() } : null;
  }
  if (!mayStartOrdinal(text)) return null;
  const m = ORDINAL_WORDS.exec(text);
  if (m === null) return null;
  const word = (m.groups?.th ?? m.groups?.la ?? '').toLowerCase();
  const label = m[0];
  return { kind: 'ordinal', label, key: String(ORDINAL_VALUES[word]), rest: text.slice(label.length).trim() };
}

/** Removes the label and the space after it. */
function splitLabel(text: string): Label | null {
  // Most paragraphs cannot start a label: the pattern runs only for those that can.
  if (!mayStartLabel(text)) return ordinalLabel(text);
  const m = LABEL_PLAIN.exec(text);
  if (m === null) return null;
  const label = m[0];
  const rest = text.slice(label.length).trim();
  let key: string | undefined;
  if ((key = m[GROUP.roman])) return { kind: 'roman', label, key, rest };
  if ((key = m[GROUP.dotted])) return { kind: 'dotted', label, key, rest };
  if ((key = m[GROUP.num])) return { kind: 'num', label, key, rest };
  if ((key = m[GROUP.paren])) return { kind: 'paren', label, key, rest };
  if ((key = m[GROUP.pletter] ?? m[GROUP.letter])) return { kind: 'letter', label, key, rest };
  if (m[GROUP.dash]) return { kind: 'dash', label: '-', key: '-', rest };
  return { kind: 'plus', label: '+', key: '+', rest };
}

/** The title of a heading item: its text up to a colon, or the whole text when short. */
export function headingTitle(text: string): string {
  const colon = text.indexOf(':');
  if (colon > 0 && colon <= 80) return text.slice(0, colon).trim();
  return text.trim();
}

function isAssessment(text: string): boolean {
  const title = headingTitle(text);
  return title.length <= 100 && ASSESSMENT.test(title);
}

/**
 * Builds the task tree from the body's paragraphs.
 * @param paras the paragraphs between the header and the footer
 */
export function buildTaskTree(paras: readonly Para[]): TaskTree {
  const roots: TaskNode[] = [];
  const stack: TaskNode[] = [];
  const warnings: string[] = [];
  const shared: Para[] = [];
  let leadIn: { text: string; line: number } | null = null;
  let lastLoose: Para | null = null;
  let closed = false;
  let unnumbered = 0;
  let anyLabel = false;

  // The rank of each node on the stack, read once when the node is made rather than from its label at every pop.
  const ranks: number[] = [];

  // A closing paragraph ("Trên đây ...") ends the list only when no labelled item follows it.
  let lastLabelled = -1;
  let firstLabelled = -1;
  // Each paragraph's label, read once: the loop below looks at a paragraph's and at the next one's.
  const n = paras.length;
  const labels: (Label | null)[] = new Array(n);
  let labelled = 0;
  for (let k = 0; k < n; k++) {
    const lab = splitLabel((paras[k] as Para).text);
    labels[k] = lab;
    if (lab === null) continue;
    labelled++;
    lastLabelled = k;
    if (firstLabelled < 0) firstLabelled = k;
  }
  // The only label of the text, and not the first of a list ("đ)" among paragraphs whose "a)" to "e)" a Word
  // export dropped, as it drops automatic numbering): what is left of a lost numbering, not a list of one item
  // that would swallow every paragraph after it. Its paragraph is read as the others are.
  const only = labelled === 1 ? labels[firstLabelled] : null;
  const onlyOrdinal = only ? ordinal(only.kind, only.key) : null;
  if (only && onlyOrdinal !== null && onlyOrdinal > 1) {
    warnings.push(
      `Label "${only.label.trim()}" on line ${(paras[firstLabelled] as Para).line} is the only one in the text and starts no list; read as an unnumbered paragraph.`,
    );
    labels[firstLabelled] = null;
    firstLabelled = lastLabelled = -1;
  }
  for (let k = 0; k < n; k++) {
    const p = paras[k] as Para;
    const lab = labels[k] as Label | null;
    // A table of tasks: its rows are tasks, under the item the table stands in.
    const columns = !lab && !closed && p.text.includes('|') ? taskColumns(p.text) : null;
    if (columns) {
      k = tableTasks(paras, k + 1, columns, stack, roots, () => `u${++unnumbered}`);
      anyLabel = true;
      continue;
    }
    if (!lab) {
      if (closed) continue;
      const top = stack[stack.length - 1];
      if (k > lastLabelled && (CLOSING.test(p.text) || CONTACT.test(p.text) || isClosingFormula(p.text)) && (anyLabel || roots.length)) {
        closed = true;
        stack.length = 0;
        ranks.length = 0;
        continue;
      }
      const next = k + 1 < n ? (labels[k + 1] as Label | null) : null;
      // A body's name alone over points ("Sở Công Thương:" / "- Chủ trì ...") heads them: not part of the preamble,
      // nor of the points of the name above it. Under a numbered item it stays a paragraph of that item.
      const nameOverPoints = next !== null && isPoint(next.kind) && endsWithColon(p.text) && isNameHeading(p.text);
      if (top && anyLabel && nameOverPoints && stack.every((node) => node.kind === 'directive' || isPoint(node.kind))) {
        stack.length = 0;
        ranks.length = 0;
      } else if (top && anyLabel) {
        const last = k > lastLabelled;
        if (last && SHARED_TAIL.test(p.text)) {
          shared.push(p);
          continue;
        }
        if (FIELD.test(p.text)) {
          append(fieldOwner(stack), p, p.text, 0);
          continue;
        }
        // After the last item: a name heading ("9. Văn phòng UBND tỉnh") takes one paragraph, and a paragraph
        // that names a doer of its own ("Bộ Kế hoạch và Đầu tư chịu trách nhiệm ...", "Yêu cầu các sở, ngành ...
        // thực hiện tốt các nội dung trên") is a directive of its own, unless the item is a topic whose colon
        // announces it ("đ) Đối với việc ...:" over "Đề nghị Nhà đầu tư ...", "Giao Sở ...").
        const full = last && top.paragraphs > 1 && isNameHeading(top.head);
        const ownDoer = last && (startsWithDoer(p.text) || (!endsWithColon(top.head) && opensDirective(p.text)));
        // Under a topic ("3. Về tổ chức chỉ đạo:" over "a) Tổng Cục ... có trách nhiệm:" ... "g) Các Bộ khác ... có
        // trách nhiệm huy động ..."), a paragraph after the last point that names a body of its own goes on with the
        // topic, not with that point: "Ủy ban Nhân dân các cấp ... cử một đồng chí ...". A point whose heading ends
        // with a colon announces paragraphs of its own; the topic, once it has gone on, takes the next doers too.
        const named = last && (ownDoer || scanName(p.text, 0) > 0);
        const topic = named && (!endsWithColon(top.head) || top.children.length > 0) ? topicAbove(stack) : -1;
        if (topic >= 0) {
          stack.length = ranks.length = topic + 1;
          append(stack[topic] as TaskNode, p, p.text, 0);
          continue;
        }
        if (!(full || ownDoer)) {
          append(top, p, p.text, 0);
          continue;
        }
        stack.length = 0;
        ranks.length = 0;
        if (full && !startsWithDoer(p.text)) {
          closed = true;
          continue;
        }
      }
      // An unnumbered paragraph that assigns work is a task of its own, unless it introduces a numbered list.
      const introducesList = endsWithColon(p.text) && next !== null && (next.kind === 'num' || next.kind === 'roman' || next.kind === 'dotted');
      // Before a numbered list, paragraphs are the preamble; the conclusion part is the list and what follows.
      const preamble = firstLabelled >= 0 && k < firstLabelled && !nameOverPoints;
      if (!introducesList && !preamble && isDirective(p.text)) {
        const node: TaskNode = {
          kind: 'directive', label: null, id: `u${++unnumbered}`, text: '', segs: [], line: p.line, endLine: p.endLine,
          section: null, excluded: false, children: [], parent: null, head: '', paragraphs: 0,
        };
        append(node, p, p.text, 0);
        roots.push(node);
        stack.length = 0;
        ranks.length = 0;
        // "Giao các đơn vị sau:" followed by "- " items: the items are its subtasks.
        if (endsWithColon(p.text)) {
          stack.push(node);
          ranks.push(RANK.directive);
        }
        if (endsWithClosingMark(p.text)) closed = true;
        continue;
      }
      if (endsWithClosingMark(p.text) && roots.length) closed = true;
      lastLoose = p;
      continue;
    }
    if (closed) continue;
    // "- Đơn vị chủ trì thực hiện: ...", "- Thời gian hoàn thành: ...": a field of the item above, not an item.
    if (isPoint(lab.kind) && stack.length && FIELD.test(lab.rest)) {
      append(fieldOwner(stack), p, p.text, 0);
      continue;
    }
    anyLabel = true;
    const rank = rankOf(lab.kind, lab.key);
    while (ranks.length && (ranks[ranks.length - 1] as number) >= rank) {
      ranks.pop();
      stack.pop();
    }
    const parent = stack.length ? (stack[stack.length - 1] as TaskNode) : null;
    if (!parent && !roots.length && lastLoose && endsWithColon(lastLoose.text)) {
      leadIn = { text: lastLoose.text, line: lineAt(lastLoose, 0) };
    }
    const section = parent ? (parent.kind === 'roman' ? headingTitle(parent.head) : parent.section) : null;
    const siblings = parent ? parent.children : roots;
    const node: TaskNode = {
      kind: lab.kind,
      label: lab.label.trim(),
      id: '',
      text: '',
      segs: [],
      line: p.line,
      endLine: p.endLine,
      section,
      excluded:
        (parent?.excluded ?? false) ||
        (!isPoint(lab.kind) && isAssessment(lab.rest)) ||
        // A "- " item outside any numbered task is a task only when it assigns work.
        (!parent && isPoint(lab.kind) && !isDirective(lab.rest)),
      children: [],
      parent,
      head: '',
      paragraphs: 0,
    };
    append(node, p, lab.rest, p.text.length - lab.rest.length);
    node.id = makeId(node, lab.key, siblings) ?? `u${++unnumbered}`;
    checkOrder(node, lab.key, siblings, warnings);
    siblings.push(node);
    stack.push(node);
    ranks.push(rank);
  }
  return { roots, leadIn, warnings, shared };
}

/**
 * Makes a task of each row of a table of tasks, from paragraph `from` on, and returns the index of the last
 * paragraph the table holds. A row numbered in Roman ("I | CẢI CÁCH THỂ CHẾ") groups the rows after it. The rows go
 * under the innermost item on the stack that is not a point (or at the top level); the stack is left as it was.
 */
function tableTasks(paras: readonly Para[], from: number, columns: TaskColumns, stack: readonly TaskNode[], roots: TaskNode[], nextUnnumbered: () => string): number {
  let owner: TaskNode | null = null;
  for (let i = stack.length - 1; i >= 0 && !owner; i--) if (!isPoint((stack[i] as TaskNode).kind)) owner = stack[i] as TaskNode;
  // How many tasks the table's place held before it: until a row of tasks comes, a heading may go on.
  const before = owner ? owner.children.length : roots.length;
  let group: TaskNode | null = null;
  let k = from;
  for (; k < paras.length; k++) {
    const p = paras[k] as Para;
    if (!p.text.includes('|')) break;
    const row = taskRow(p.text, columns);
    if (!row) {
      // A heading's second row ("Chủ trì | Phối hợp" under "Cơ quan thực hiện"), before any row of tasks.
      if (group === null && (owner ? owner.children.length : roots.length) === before) columns = subheadingColumns(p.text, columns);
      continue;
    }
    const roman = row.number !== null && /^[IVX]+$/u.test(row.number);
    const parent = roman ? owner : (group ?? owner);
    const siblings = parent ? parent.children : roots;
    const prefix = parent ? `${parent.id}.` : '';
    const node: TaskNode = {
      kind: roman ? (parent ? 'num' : 'roman') : 'num',
      label: row.number,
      id: row.number === null ? (parent ? `${prefix}${siblings.length + 1}` : nextUnnumbered()) : roman && !parent ? row.number : `${prefix}${row.number}`,
      text: row.content,
      segs: [{ offset: 0, line: p.line }],
      line: p.line,
      endLine: p.endLine,
      section: parent ? (parent.kind === 'roman' ? headingTitle(parent.head) : parent.section) : null,
      excluded: parent?.excluded ?? false,
      children: [],
      parent,
      head: row.content,
      paragraphs: 1,
      cells: { lead: row.lead, coordinators: row.coordinators, time: row.time, timeHeading: columns.timeHeading },
    };
    siblings.push(node);
    if (roman) group = node;
  }
  return k - 1;
}

/**
 * The place on the stack of the innermost topic above the top item (or the top item itself, when it has items
 * of its own): a numbered or lettered heading that ends with a colon and names no doer ("3. Về tổ chức chỉ
 * đạo:"); -1 when there is none.
 */
function topicAbove(stack: readonly TaskNode[]): number {
  // The top item is the topic itself once a paragraph after its points has gone on with it.
  const top = stack[stack.length - 1];
  for (let i = top !== undefined && top.children.length > 0 ? stack.length - 1 : stack.length - 2; i >= 0; i--) {
    const node = stack[i] as TaskNode;
    if (node.kind === 'roman' || isPoint(node.kind)) continue;
    if (node.head.length <= 100 && endsWithColon(node.head) && !isDirective(node.head)) return i;
  }
  return -1;
}

/** Appends a paragraph (its text from offset `skip` on) to a node. */
function append(node: TaskNode, p: Para, text: string, skip: number): void {
  if (node.paragraphs++ === 0) node.head = text;
  const base = node.text.length + (node.text ? 1 : 0);
  if (node.text) node.text += '\n';
  node.text += text;
  const segs = p.segs;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i] as { offset: number; line: number };
    node.segs.push({ offset: base + Math.max(0, s.offset - skip), line: s.line });
  }
  node.endLine = p.endLine;
}

/** The id of a new node; null when it takes the next unnumbered id ("u3"). */
function makeId(node: TaskNode, key: string, siblings: TaskNode[]): string | null {
  const parent = node.parent;
  const prefix = parent ? `${parent.id}.` : '';
  switch (node.kind) {
    case 'roman':
      return key;
    case 'num':
    case 'ordinal':
      return `${prefix}${key}`;
    case 'dotted': {
      // "1.1." is written in full: keep it, under a Roman section prefix only.
      let sec: TaskNode | null = parent;
      while (sec && sec.kind !== 'roman') sec = sec.parent;
      return sec ? `${sec.id}.${key}` : key;
    }
    case 'paren':
    case 'letter':
      return `${prefix}${key}`;
    case 'dash':
    case 'plus': {
      if (!parent) return null;
      let n = 1;
      for (let i = 0; i < siblings.length; i++) if ((siblings[i] as TaskNode).kind === node.kind) n++;
      return `${prefix}${n}`;
    }
    default:
      return null;
  }
}

function checkOrder(node: TaskNode, key: string, siblings: TaskNode[], warnings: string[]): void {
  if (node.kind === 'letter' && !POINT_LETTERS.includes(key)) {
    const msg = `Label "${node.label}" on line ${node.line} is not a Vietnamese point letter (a, b, c, d, đ, e, g, ...); kept as written.`;
    node.outOfOrder = msg;
    warnings.push(msg);
    return;
  }
  const mine = ordinal(node.kind, key);
  if (mine === null) return;
  let prev: TaskNode | undefined;
  for (let i = siblings.length - 1; i >= 0 && !prev; i--) if ((siblings[i] as TaskNode).kind === node.kind) prev = siblings[i];
  const prevKey =
    prev?.label == null ? null : prev.kind === 'ordinal' || prev.label.startsWith('Điều') ? (ordinalLabel(prev.label)?.key ?? null) : prev.label.replace(/^\(|[.)]$/gu, '');
  const expected = prevKey === null ? 1 : (ordinal(node.kind, prevKey) ?? 0) + 1;
  if (node.kind === 'dotted' && prevKey === null) return;
  if (mine !== expected) {
    const where = node.parent ? ` under ${node.parent.label ?? node.parent.id}` : '';
    const msg = `Label "${node.label}" on line ${node.line}${where} is out of order: expected ${
      node.kind === 'letter'
        ? `"${POINT_LETTERS[expected - 1] ?? '?'})"`
        : node.kind === 'roman'
          ? 'the next Roman numeral'
          : node.kind === 'ordinal'
            ? 'the next ordinal word'
            : node.label?.startsWith('Điều')
              ? `"Điều ${expected}."`
          : node.kind === 'paren'
            ? `"(${expected})"`
            : `"${expected}."`
    } after ${prevKey === null ? 'the start of the list' : `"${prev?.label}"`}; kept as written.`;
    node.outOfOrder = msg;
    warnings.push(msg);
  }
}

/** True when an item's first line is only the name of a body ("Sở Công Thương", "Văn phòng UBND tỉnh"). */
function isNameHeading(text: string): boolean {
  const first = firstLine(text).replace(/:\s*$/u, '').trim();
  if (!first || first.length > 120 || /[.;:]/u.test(first)) return false;
  return scanName(first, 0) >= first.length - 1;
}

/** Walks the tree depth-first. */
export function* walk(nodes: readonly TaskNode[]): Generator<TaskNode> {
  for (const n of nodes) {
    yield n;
    yield* walk(n.children);
  }
}
