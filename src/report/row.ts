import { DeadlineKind, IsoDate, RecurrenceSchema, type Deadline, type Notice, type Task } from '../schema.js';
import { described, z } from '../zod.js';
import { nextOccurrence } from './recurrence.js';
import { STATUSES, daysBetween, statusOf } from './status.js';

/** One line of the report: a deadline of a task, or (with `--all`) a task that has none. */
export const ReportRowSchema = z.object({
  notice: described(z.string(), 'the notice number ("307/TB-UBND"), else the number as written, else the source path'),
  source: described(z.nullable(z.string()), 'the path the notice was read from'),
  issued: described(z.nullable(IsoDate), 'the issue date of the notice'),
  taskId: described(z.string(), '"3", "4.1"'),
  taskText: described(z.string(), 'the whole task text'),
  assignees: described(z.array(z.string()), 'canonical names of who must do it'),
  assigneesText: described(z.array(z.string()), 'the same, as written'),
  coordinators: described(z.array(z.string()), 'canonical names of who helps'),
  phrase: described(z.nullable(z.string()), 'the deadline phrase as written; null for a task without one'),
  kind: z.nullable(DeadlineKind),
  start: z.nullable(IsoDate),
  due: described(z.nullable(IsoDate), 'the last day the deadline allows (the deadline\'s end)'),
  certain: described(z.nullable(z.boolean()), 'false when the year or month of the deadline was inferred'),
  daysLeft: described(z.nullable(z.int()), 'calendar days from the as-of date to the due date; negative when overdue'),
  status: z.enum(STATUSES),
  line: described(z.int().check(z.positive()), 'line of the deadline phrase, or of the task when it has none'),
  recurrence: described(
    z.optional(RecurrenceSchema),
    'with --recurring, for a recurring deadline listed at its next occurrence: how often it comes back',
  ),
});
export type ReportRow = z.infer<typeof ReportRowSchema>;

/** How rows are built. */
export interface BuildRowsOptions {
  /** "YYYY-MM-DD": days left and statuses are counted from this day. */
  asOf: string;
  /** Days before the due date from which a row is due-soon (default 7). */
  soon?: number;
  /**
   * Also list deadlines without an end (asap, ongoing, recurring, named events) and tasks without any
   * deadline, both as "undated".
   */
  all?: boolean;
  /**
   * List a recurring deadline that names its day ("trước ngày 18 hằng tháng") at its next occurrence on or after
   * the as-of date (or the issue date, when later), its `certain` false: the date is the report's, not the notice's.
   */
  recurring?: boolean;
}

/** The name a row gives its notice: "307/TB-UBND", else the number line as written, else the path. */
export function noticeLabel(n: Notice): string {
  return n.number.value ?? n.number.text ?? n.source ?? '';
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Every task of the tree, parents before their subtasks, in document order. */
export function walkTasks(tasks: readonly Task[]): Task[] {
  const out: Task[] = [];
  const visit = (t: Task) => {
    out.push(t);
    t.subtasks.forEach(visit);
  };
  tasks.forEach(visit);
  return out;
}

/**
 * Builds the report rows of one notice: one row per dated deadline of every task and subtask; with
 * `all`, also one per undated deadline and one per task with no deadline. A task whose subtasks carry
 * the work (a heading such as "4. Giao Sở KH&CN:") gets no row of its own.
 * @param notice a validated notice
 * @param opts the as-of date, due-soon window and `all`
 * @returns rows in document order
 */
export function buildRows(notice: Notice, opts: BuildRowsOptions): ReportRow[] {
  const soon = opts.soon ?? 7;
  const rows: ReportRow[] = [];
  for (const task of walkTasks(notice.tasks)) {
    const base = {
      notice: noticeLabel(notice),
      source: notice.source,
      issued: notice.issued.date,
      taskId: task.id,
      taskText: task.text,
      assignees: unique(task.assignees.map((a) => a.canonical)),
      assigneesText: unique(task.assignees.map((a) => a.text)),
      coordinators: unique(task.coordinators.map((a) => a.canonical)),
    };
    for (const d of task.deadlines) {
      if (d.kind === 'recurring' && opts.recurring) {
        const issued = notice.issued.date;
        const next = nextOccurrence(d.recurrence, issued !== null && issued > opts.asOf ? issued : opts.asOf);
        if (next !== null) {
          rows.push({ ...base, ...deadlineFields({ ...d, end: next, certain: false }, opts.asOf, soon), recurrence: d.recurrence });
          continue;
        }
      }
      if (d.end === null && !opts.all) continue;
      rows.push({ ...base, ...deadlineFields(d, opts.asOf, soon) });
    }
    if (opts.all && task.deadlines.length === 0 && task.subtasks.length === 0) {
      rows.push({
        ...base,
        phrase: null,
        kind: null,
        start: null,
        due: null,
        certain: null,
        daysLeft: null,
        status: 'undated',
        line: task.line,
      });
    }
  }
  return rows;
}

function deadlineFields(d: Deadline, asOf: string, soon: number) {
  const daysLeft = d.end === null ? null : daysBetween(asOf, d.end);
  return {
    phrase: d.text,
    kind: d.kind,
    start: d.start,
    due: d.end,
    certain: d.certain,
    daysLeft,
    status: statusOf(daysLeft, soon),
    line: d.line,
  };
}

/**
 * Builds the rows of several notices, in input order.
 * @param notices validated notices
 * @param opts see {@link buildRows}
 */
export function buildReport(notices: readonly Notice[], opts: BuildRowsOptions): ReportRow[] {
  return notices.flatMap((n) => buildRows(n, opts));
}
