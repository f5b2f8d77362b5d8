/**
 * The dates the content rules compare: the issue date, the meeting date and the dated deadlines,
 * taken from the parsed notice when it has them and read from the text otherwise.
 */
import type { Task } from '../schema.js';
import type { RuleContext } from './types.js';
import { findRecipients } from './body.js';
import { daysInMonth, isoDate } from './text.js';

/** A date with where it is written. */
export interface Dated {
  iso: string;
  text: string;
  start: number;
  end: number;
}

/** The issue date when day, month and year are all written and exist. */
export function issueDate(ctx: RuleContext): Dated | null {
  const pd = ctx.header.placeDate;
  if (!pd?.day || !pd.month || !pd.year) return null;
  const { day, month, year } = pd;
  if (month.value < 1 || month.value > 12 || day.value < 1 || day.value > daysInMonth(year.value, month.value)) return null;
  return {
    iso: isoDate(year.value, month.value, day.value),
    text: pd.whole.text,
    start: day.start,
    end: year.start + year.text.length,
  };
}

// The opening of the content: "Ngày 07/9/2017, tại ...", "Ngày 19 tháng 6 năm 2026, Ủy ban ...".
const MEETING =
  /^[ \t\f]*(?:\*\*)?Ngày[ \t]+(?:(?<d1>\d{1,2})\/(?<m1>\d{1,2})\/(?<y1>\d{4})|(?<d2>\d{1,2})[ \t]+tháng[ \t]+(?<m2>\d{1,2})[ \t]+năm[ \t]+(?<y2>\d{4}))/u;

/** The meeting date: the parsed one, else the date the content opens with ("Ngày 07/9/2017, ..."). */
export function meetingDate(ctx: RuleContext): Dated | null {
  const { source, notice } = ctx;
  const after = Math.max(ctx.header.typeName?.cell.line ?? 0, ctx.header.placeDate?.cell.line ?? 0, ctx.header.number?.cell.line ?? 0);
  const stop = findRecipients(source)?.head.line ?? source.lineCount;
  for (let n = after + 1; n <= Math.min(stop, after + 25); n++) {
    const m = MEETING.exec(source.line(n));
    if (!m?.groups) continue;
    const g = m.groups;
    const d = Number(g.d1 ?? g.d2);
    const mo = Number(g.m1 ?? g.m2);
    const y = Number(g.y1 ?? g.y2);
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
    const at = source.lineStart(n) + m[0].indexOf('Ngày');
    const iso = isoDate(y, mo, d);
    if (notice.meeting?.date && notice.meeting.date !== iso) break;
    return { iso, text: m[0].trim().replace(/^\*\*/, ''), start: at, end: source.lineStart(n) + m[0].length };
  }
  const nd = notice.meeting?.date;
  if (nd && notice.lines.meeting) {
    const n = notice.lines.meeting;
    return { iso: nd, text: nd, start: source.lineStart(n), end: source.lineStart(n) };
  }
  return null;
}

// A dated deadline: "trước ngày 15/10/2017", "chậm nhất trước ngày 30/6/2012", "hạn chót 05/3/2020".
const DEADLINE =
  /(?<!\p{L})(?<lead>[Tt]rước|[Cc]hậm nhất(?:[ \t]+là)?(?:[ \t]+trước)?|[Hh]ạn chót|[Tt]hời hạn|[Hh]oàn thành(?:[ \t]+trước)?)[ \t]+(?:ngày[ \t]+)?(?<d>\d{1,2})\/(?<m>\d{1,2})\/(?<y>\d{4})(?![\p{N}/])/gu;

function flatten(tasks: readonly Task[]): Task[] {
  return tasks.flatMap((t) => [t, ...flatten(t.subtasks)]);
}

/** The dated deadlines: from the parsed tasks, or read from the content between the header and "Nơi nhận". */
export function deadlines(ctx: RuleContext): Dated[] {
  const { source, notice } = ctx;
  const parsed = flatten(notice.tasks).flatMap((t) => t.deadlines.filter((d) => d.end !== null && d.certain));
  if (parsed.length) {
    return parsed.map((d) => {
      const lineStart = source.lineStart(d.line);
      const at = source.line(d.line).indexOf(d.text);
      const start = lineStart + Math.max(0, at);
      return { iso: d.end as string, text: d.text, start, end: start + (at >= 0 ? d.text.length : 0) };
    });
  }
  const from = source.lineStart(Math.max(ctx.header.typeName?.cell.line ?? 0, ctx.header.placeDate?.cell.line ?? 0) + 1);
  const r = findRecipients(source);
  const to = r ? r.head.start : source.text.length;
  const out: Dated[] = [];
  const text = source.text.slice(0, to);
  DEADLINE.lastIndex = from;
  for (let m = DEADLINE.exec(text); m; m = DEADLINE.exec(text)) {
    const g = m.groups as Record<string, string>;
    const d = Number(g.d);
    const mo = Number(g.m);
    const y = Number(g.y);
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) continue;
    out.push({ iso: isoDate(y, mo, d), text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}
