/**
 * Turns an {@link EvalResult} into the text `npm run eval` prints, the JSON `--json` prints, and the
 * list of figures that fall below the CI floors.
 */
import type { Floors } from './annotation.js';
import { HEADER_FIELDS } from './annotation.js';
import type { EvalResult, PRF } from './score.js';

/** The four figures the floors apply to, in percent (null counts as 0). */
export interface Figures {
  header: number;
  taskIdsF1: number;
  deadlineF1: number;
  assignee: number;
}

/** A ratio as a percentage with one decimal, "n/a" when undefined. */
export function pct(r: number | null): string {
  return r === null ? 'n/a' : `${(r * 100).toFixed(1)}%`;
}

function pctNum(r: number | null): number {
  return r === null ? 0 : Math.round(r * 1000) / 10;
}

/** The figures compared with the floors. */
export function figures(r: EvalResult): Figures {
  return {
    header: pctNum(r.summary.header),
    taskIdsF1: pctNum(r.summary.taskIds.f1),
    deadlineF1: pctNum(r.summary.deadlines.f1),
    assignee: pctNum(r.summary.assignee),
  };
}

/**
 * Names every figure below its floor.
 * @returns one sentence per failing figure, empty when all floors hold
 */
export function floorFailures(r: EvalResult, floors: Floors): string[] {
  const f = figures(r);
  return (Object.keys(floors) as (keyof Floors)[])
    .filter((k) => f[k] < floors[k])
    .map((k) => `${k} is ${f[k].toFixed(1)}%, below its floor of ${floors[k]}%.`);
}

/** The one-line summary. */
export function summaryLine(r: EvalResult): string {
  const s = r.summary;
  return (
    `header ${pct(s.header)} · task ids P ${pct(s.taskIds.precision)} R ${pct(s.taskIds.recall)}` +
    ` · deadlines P ${pct(s.deadlines.precision)} R ${pct(s.deadlines.recall)} F1 ${pct(s.deadlines.f1)}` +
    ` · lead assignee ${pct(s.assignee)} (${r.documents} documents)`
  );
}

function prfCell(p: PRF | null): string {
  if (p === null) return 'contested';
  return `P ${pct(p.precision)} R ${pct(p.recall)} (${p.tp}/${p.tp + p.fp}/${p.tp + p.fn})`;
}

/** The full text report: per field, per document, the misses, then the summary line. */
export function formatText(r: EvalResult): string {
  const out: string[] = [];
  out.push('Header fields (correct / wrong / missing, contested left out):');
  for (const f of HEADER_FIELDS) {
    const s = r.fields[f];
    const excl = s.excluded ? `, ${s.excluded} contested` : '';
    out.push(`  ${f.padEnd(15)} ${pct(s.accuracy).padStart(6)}  ${s.correct} / ${s.wrong} / ${s.missing}${excl}`);
  }
  const s = r.summary;
  out.push('');
  out.push(`Task ids: ${prfCell(s.taskIds)} F1 ${pct(s.taskIds.f1)}   (counts: matched / predicted, optional ids aside / annotated)`);
  out.push(`Dated deadlines: ${prfCell(s.deadlines)} F1 ${pct(s.deadlines.f1)}; task id agrees on ${pct(s.deadlineTaskAgreement)} of matches`);
  out.push(`Lead assignee of matched deadlines: ${pct(s.assignee)}`);
  out.push('');
  out.push('Per document:');
  for (const d of r.perDocument) {
    const err = d.error ? `  ERROR ${d.error}` : '';
    out.push(
      `  ${d.file}\n    header ${d.header.correct}/${d.header.total} · task ids ${prfCell(d.taskIds)}` +
        ` · deadlines ${prfCell(d.deadlines)} · lead ${d.assignee.correct}/${d.assignee.total}${err}`,
    );
  }
  out.push('');
  out.push(`Misses (${r.misses.length}):`);
  for (const m of r.misses) out.push(`${m.file}: ${m.field}: expected ${m.expected}, got ${m.got}`);
  out.push('');
  out.push(summaryLine(r));
  return out.join('\n');
}

/** The same report as one JSON-ready object. */
export function toJson(r: EvalResult, floors?: Floors): unknown {
  return {
    summary: { ...r.summary, documents: r.documents, line: summaryLine(r) },
    figures: figures(r),
    ...(floors ? { floors, belowFloors: floorFailures(r, floors) } : {}),
    fields: r.fields,
    perDocument: r.perDocument,
    misses: r.misses,
  };
}
