/**
 * Scores parser output against hand annotations: header fields, task ids, dated deadlines and the
 * lead assignee of each dated deadline. Pure: notices and annotations in, figures and misses out.
 */
import type { Notice, Task } from '../schema.js';
import {
  HEADER_FIELDS,
  isContested,
  type AnnotatedDeadline,
  type Annotation,
  type HeaderField,
} from './annotation.js';

/** One document to score: its annotation and what the parser made of it (or why it failed). */
export interface EvalInput {
  annotation: Annotation;
  notice: Notice | null;
  /** Set when the parser threw or the fixture could not be read. */
  error?: string;
}

/** Per header field: how many documents had it right, wrong, or not found. */
export interface FieldScore {
  correct: number;
  wrong: number;
  missing: number;
  /** Contested annotations left out of the count. */
  excluded: number;
  accuracy: number | null;
}

/** Precision, recall and F1 from counts; a ratio with a zero denominator is null. */
export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** One thing the parser got wrong, reported as `file: field: expected X, got Y`. */
export interface Miss {
  file: string;
  field: string;
  expected: string;
  got: string;
}

/** The scores of one document. */
export interface DocumentScore {
  file: string;
  error: string | null;
  header: { correct: number; total: number; accuracy: number | null };
  taskIds: PRF | null;
  deadlines: PRF;
  assignee: { correct: number; total: number; accuracy: number | null };
}

/** Everything `npm run eval` reports. */
export interface EvalResult {
  documents: number;
  summary: {
    header: number | null;
    taskIds: PRF;
    deadlines: PRF;
    assignee: number | null;
    /** Matched deadlines whose predicted task id equals the annotated one, over matched deadlines with an annotated task. */
    deadlineTaskAgreement: number | null;
  };
  fields: Record<HeaderField, FieldScore>;
  perDocument: DocumentScore[];
  misses: Miss[];
}

/** A dated deadline as predicted, flattened out of the task tree. */
export interface PredictedDeadline {
  task: string;
  text: string;
  start: string | null;
  end: string;
  line: number;
  lead: string | null;
}

/** Tone marks in NFD, the five Vietnamese ones. */
const TONE = '[\\u0300\\u0301\\u0303\\u0309\\u0323]';
/*
 * Old and new tone placement: "Thủy"/"Thuỷ", "hòa"/"hoà", "khỏe"/"khoẻ". In NFD the old style has the
 * tone right after the first vowel of a closing "oa", "oe", "uy"; move it after the second so that both
 * spellings compare equal. A following letter or mark means the pair is not at the syllable's end
 * ("hoàng", "thuyền"), where both styles agree already.
 */
const OLD_TONE_OA_OE = new RegExp(`([oO])(${TONE})([aAeE])(?![\\p{L}\\p{M}])`, 'gu');
const OLD_TONE_UY = new RegExp(`([uU])(${TONE})([yY])(?![\\p{L}\\p{M}])`, 'gu');
/** Any run of white space, including NBSP. */
const SPACES = /\s+/gu;

/**
 * Normalises a string for comparison: NFC, trimmed, white space collapsed, tone placement unified.
 * @param s any string
 */
export function normalizeForCompare(s: string): string {
  const nfd = s.normalize('NFD').replace(OLD_TONE_OA_OE, '$1$3$2').replace(OLD_TONE_UY, '$1$3$2');
  return nfd.normalize('NFC').replace(SPACES, ' ').trim();
}

/** Case-insensitive comparison key (for assignee names and phrase overlap). */
function looseKey(s: string): string {
  return normalizeForCompare(s).toLocaleLowerCase('vi');
}

function ratio(n: number, d: number): number | null {
  return d === 0 ? null : n / d;
}

function prf(tp: number, fp: number, fn: number): PRF {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = tp === 0 ? (fp + fn === 0 ? null : 0) : (2 * tp) / (2 * tp + fp + fn);
  return { tp, fp, fn, precision, recall, f1 };
}

/** "2017-09-01..2017-10-31", or just the end when the phrase gives no first day. */
function span(start: string | null | undefined, end: string | null): string {
  return start ? `${start}..${end ?? '?'}` : (end ?? '?');
}

function show(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return v.map(show).join(' | ');
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
}

/** The parser's value of each scored header field. */
export function predictedHeader(n: Notice): Record<HeaderField, string | number | null> {
  return {
    numberSerial: n.number.serial,
    numberSymbol: n.number.symbol === null ? null : n.number.symbol.replace(SPACES, ''),
    issuedYear: n.issued.year,
    issuedMonth: n.issued.month,
    issuedDay: n.issued.day,
    place: n.place,
    docType: n.docType,
    chairName: n.chair?.name ?? null,
    chairPosition: n.chair?.position ?? null,
    signerName: n.signer?.name ?? null,
    signerPosition: n.signer?.position ?? null,
  };
}

function sameHeaderValue(expected: string | number | null, got: string | number | null): boolean {
  if (expected === null || got === null) return expected === got;
  if (typeof expected === 'number' || typeof got === 'number') return expected === got;
  return normalizeForCompare(expected) === normalizeForCompare(got);
}

/** Every task id of a tree, depth first in document order. */
export function flattenTaskIds(tasks: readonly Task[]): string[] {
  const out: string[] = [];
  const walk = (ts: readonly Task[]): void => {
    for (const t of ts) {
      out.push(t.id);
      walk(t.subtasks);
    }
  };
  walk(tasks);
  return out;
}

/**
 * Every deadline of a tree that has an end date, with its task's first assignee. A phrase set for every item
 * (one line of the text copied into several tasks) counts once, with the first task that holds it.
 */
export function predictedDeadlines(tasks: readonly Task[]): PredictedDeadline[] {
  const out: PredictedDeadline[] = [];
  const seen = new Set<string>();
  const walk = (ts: readonly Task[]): void => {
    for (const t of ts) {
      for (const d of t.deadlines) {
        if (d.end === null) continue;
        const key = `${d.line}|${d.text}|${d.start}|${d.end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ task: t.id, text: d.text, start: d.start, end: d.end, line: d.line, lead: t.assignees[0]?.canonical ?? null });
      }
      walk(t.subtasks);
    }
  };
  walk(tasks);
  return out;
}

/** One phrase contains the other once both are normalised and lower-cased. */
export function textsOverlap(a: string, b: string): boolean {
  const x = looseKey(a);
  const y = looseKey(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
}

/** An annotated and a predicted deadline agree on the dates and on the phrase. */
function strictMatch(a: AnnotatedDeadline, p: PredictedDeadline): boolean {
  if (a.end !== p.end) return false;
  if (a.start !== undefined && a.start !== p.start) return false;
  return textsOverlap(a.text, p.text);
}

/**
 * A contested annotation absorbs a prediction of the same phrase (with the same end, when it has one),
 * or one with the same end in the same task (any task when the annotation names none), since the
 * parser may cut a phrase nobody agrees on at other words.
 */
function contestedMatch(a: AnnotatedDeadline, p: PredictedDeadline): boolean {
  if (a.end === null) return textsOverlap(a.text, p.text);
  if (a.end !== p.end) return false;
  return textsOverlap(a.text, p.text) || a.task === null || a.task === p.task;
}

/**
 * The lead is right when a canonical name equals the predicted one or one contains the other,
 * ignoring case and tone placement.
 */
export function leadMatches(expected: string | readonly string[], got: string | null): boolean {
  if (got === null || got.trim() === '') return false;
  const g = looseKey(got);
  const options = typeof expected === 'string' ? [expected] : expected;
  return options.some((e) => {
    const k = looseKey(e);
    return k === g || k.includes(g) || g.includes(k);
  });
}

/** Pairs annotations with predictions one to one, preferring a prediction in the annotated task. */
function pair(
  annotated: readonly AnnotatedDeadline[],
  predicted: readonly PredictedDeadline[],
  taken: boolean[],
  match: (a: AnnotatedDeadline, p: PredictedDeadline) => boolean,
): (number | null)[] {
  return annotated.map((a) => {
    let best: number | null = null;
    for (let i = 0; i < predicted.length; i++) {
      const p = predicted[i]!;
      if (taken[i] || !match(a, p)) continue;
      if (best === null) best = i;
      if (a.task !== null && p.task === a.task) {
        best = i;
        break;
      }
    }
    if (best !== null) taken[best] = true;
    return best;
  });
}

interface DeadlineOutcome {
  prf: PRF;
  assigneeCorrect: number;
  assigneeTotal: number;
  taskAgree: number;
  taskCompared: number;
  misses: Miss[];
}

function scoreDeadlines(file: string, annotated: readonly AnnotatedDeadline[], predicted: readonly PredictedDeadline[]): DeadlineOutcome {
  const scored = annotated.filter((a) => !a.contested);
  const disputed = annotated.filter((a) => a.contested);
  const taken = predicted.map(() => false);
  const pairs = pair(scored, predicted, taken, strictMatch);
  pair(disputed, predicted, taken, contestedMatch);
  const misses: Miss[] = [];
  let tp = 0;
  let assigneeCorrect = 0;
  let assigneeTotal = 0;
  let taskAgree = 0;
  let taskCompared = 0;
  scored.forEach((a, k) => {
    const i = pairs[k];
    const where = a.task === null ? '' : ` (task ${a.task})`;
    if (i === null || i === undefined) {
      const near = predicted.filter((p, j) => !taken[j] && textsOverlap(a.text, p.text));
      misses.push({
        file,
        field: `deadline${where}`,
        expected: `${show(a.text)} ${span(a.start, a.end)}`,
        got: near.length ? near.map((p) => `${show(p.text)} ${span(p.start, p.end)}`).join('; ') : 'nothing',
      });
      return;
    }
    tp++;
    const p = predicted[i]!;
    if (a.task !== null) {
      taskCompared++;
      if (a.task === p.task) taskAgree++;
      else misses.push({ file, field: `deadline task of ${show(a.text)}`, expected: a.task, got: p.task });
    }
    if (isContested(a.lead) || a.lead === null) return;
    assigneeTotal++;
    if (leadMatches(a.lead, p.lead)) assigneeCorrect++;
    else misses.push({ file, field: `lead of ${show(a.text)}${where}`, expected: show(a.lead), got: show(p.lead) });
  });
  let fp = 0;
  predicted.forEach((p, j) => {
    if (taken[j]) return;
    fp++;
    misses.push({ file, field: `deadline (task ${p.task}, line ${p.line})`, expected: 'none', got: `${show(p.text)} ${span(p.start, p.end)}` });
  });
  return { prf: prf(tp, fp, scored.length - tp), assigneeCorrect, assigneeTotal, taskAgree, taskCompared, misses };
}

/**
 * Scores every document and sums the counts over all of them (micro averages).
 * @param inputs annotations with the parser's notices, in report order
 */
export function evaluate(inputs: readonly EvalInput[]): EvalResult {
  const fields = Object.fromEntries(
    HEADER_FIELDS.map((f) => [f, { correct: 0, wrong: 0, missing: 0, excluded: 0, accuracy: null }]),
  ) as Record<HeaderField, FieldScore>;
  const perDocument: DocumentScore[] = [];
  const misses: Miss[] = [];
  let idTp = 0, idFp = 0, idFn = 0;
  let dTp = 0, dFp = 0, dFn = 0;
  let aCorrect = 0, aTotal = 0, agree = 0, compared = 0;

  for (const { annotation: ann, notice, error } of inputs) {
    const file = ann.file;
    if (error) misses.push({ file, field: 'parse', expected: 'a notice', got: error });

    const got = notice ? predictedHeader(notice) : null;
    let hCorrect = 0, hTotal = 0;
    for (const f of HEADER_FIELDS) {
      const a = ann.header[f];
      if (isContested(a)) {
        fields[f].excluded++;
        continue;
      }
      const g = got ? got[f] : null;
      hTotal++;
      if (sameHeaderValue(a, g)) {
        fields[f].correct++;
        hCorrect++;
        continue;
      }
      if (g === null) fields[f].missing++;
      else fields[f].wrong++;
      misses.push({ file, field: f, expected: show(a), got: show(g) });
    }

    let ids: PRF | null = null;
    if (!isContested(ann.taskIds)) {
      const predicted = notice ? flattenTaskIds(notice.tasks) : [];
      const expected = new Set(ann.taskIds);
      const optional = new Set(ann.taskIdsOptional ?? []);
      const seen = new Set(predicted);
      const tp = ann.taskIds.filter((id) => seen.has(id)).length;
      const extra = [...seen].filter((id) => !expected.has(id) && !optional.has(id));
      const lacking = ann.taskIds.filter((id) => !seen.has(id));
      ids = prf(tp, extra.length, lacking.length);
      idTp += tp;
      idFp += extra.length;
      idFn += lacking.length;
      if (lacking.length) misses.push({ file, field: 'task ids', expected: lacking.join(' '), got: 'not found' });
      if (extra.length) misses.push({ file, field: 'task ids', expected: 'none', got: `extra ${extra.join(' ')}` });
    }

    const dl = scoreDeadlines(file, ann.deadlines, notice ? predictedDeadlines(notice.tasks) : []);
    misses.push(...dl.misses);
    dTp += dl.prf.tp;
    dFp += dl.prf.fp;
    dFn += dl.prf.fn;
    aCorrect += dl.assigneeCorrect;
    aTotal += dl.assigneeTotal;
    agree += dl.taskAgree;
    compared += dl.taskCompared;

    perDocument.push({
      file,
      error: error ?? null,
      header: { correct: hCorrect, total: hTotal, accuracy: ratio(hCorrect, hTotal) },
      taskIds: ids,
      deadlines: dl.prf,
      assignee: { correct: dl.assigneeCorrect, total: dl.assigneeTotal, accuracy: ratio(dl.assigneeCorrect, dl.assigneeTotal) },
    });
  }

  let hc = 0, ht = 0;
  for (const f of HEADER_FIELDS) {
    const s = fields[f];
    const total = s.correct + s.wrong + s.missing;
    s.accuracy = ratio(s.correct, total);
    hc += s.correct;
    ht += total;
  }
  return {
    documents: inputs.length,
    summary: {
      header: ratio(hc, ht),
      taskIds: prf(idTp, idFp, idFn),
      deadlines: prf(dTp, dFp, dFn),
      assignee: ratio(aCorrect, aTotal),
      deadlineTaskAgreement: ratio(agree, compared),
    },
    fields,
    perDocument,
    misses,
  };
}
