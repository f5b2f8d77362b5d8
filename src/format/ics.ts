import { createHash } from 'node:crypto';
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import type { ReportRow } from '../report/row.js';
import { parseIsoDate } from '../report/status.js';
import { shortTaskText } from './labels.js';

/** Options of the ics format. */
export interface IcsOptions {
  /** When the calendar was made, written as every event's DTSTAMP (required by RFC 5545). */
  stamp: Date;
}

// RFC 5545, 3.1: content lines are at most 75 octets, excluding the line break.
const MAX_LINE_OCTETS = 75;
const CRLF = '\r\n';
const PRODID = '-//thongbao//thongbao report//VI';
const UID_DOMAIN = 'thongbao';
// TEXT values escape backslash, semicolon and comma, and write line breaks as "\n" (RFC 5545, 3.3.11).
const TEXT_SPECIAL = /[\\;,]/gu;
const LINE_BREAK = /\r\n|\r|\n/gu;

/** Escapes a TEXT property value (RFC 5545, 3.3.11). */
export function escapeIcsText(text: string): string {
  return text.replace(TEXT_SPECIAL, (c) => `\\${c}`).replace(LINE_BREAK, '\\n');
}

/**
 * Folds one content line into pieces of at most 75 octets of UTF-8, each continuation starting with a
 * space (RFC 5545, 3.1). Splits only between characters, never inside a multi-byte one.
 * @param line an unfolded content line without its line break
 * @returns the folded line, pieces joined by CRLF + space
 */
export function foldIcsLine(line: string): string {
  const pieces: string[] = [];
  let piece = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    // Continuations carry one octet of leading space.
    const limit = pieces.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      pieces.push(piece);
      piece = '';
      octets = 0;
    }
    piece += ch;
    octets += size;
  }
  pieces.push(piece);
  return pieces.join(CRLF + ' ');
}

function icsDate(iso: string): string {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`Expected a YYYY-MM-DD date, got "${iso}".`);
  return format(d, 'yyyyMMdd');
}

function icsNextDay(iso: string): string {
  return format(addDays(parseIsoDate(iso)!, 1), 'yyyyMMdd');
}

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/**
 * The day part of a monthly or yearly RRULE. The 31st, and a month named without a day, is each month's last day
 * (BYMONTHDAY=-1), as the report takes it. A 29th or 30th stays as written: a calendar skips the months without
 * it (RFC 5545 has no plainer way to say "or the last day", and calendars do not all read BYSETPOS with days
 * of the month), where the report's row falls due on the month's last day.
 */
function byMonthDay(day: number | undefined): string {
  return `BYMONTHDAY=${day === undefined || day === 31 ? -1 : day}`;
}

/**
 * The RRULE of a recurring row (RFC 5545, 3.3.10), so that a calendar repeats the event: "trước ngày 18 hằng
 * tháng" -> FREQ=MONTHLY;BYMONTHDAY=18, "ngày thứ Sáu hằng tuần" -> FREQ=WEEKLY;BYDAY=FR, "trước ngày 20 của tháng
 * cuối quý" -> FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=20.
 */
function icsRule(r: ReportRow): string | null {
  const rec = r.recurrence;
  if (r.kind !== 'recurring' || rec === undefined) return null;
  if (rec.every === 'week' && rec.weekday !== undefined) return `FREQ=WEEKLY;BYDAY=${BYDAY[rec.weekday - 1]}`;
  if (rec.every === 'month' && rec.day !== undefined) return `FREQ=MONTHLY;${byMonthDay(rec.day)}`;
  if (rec.every === 'quarter' && rec.day !== undefined && rec.month !== undefined && rec.month <= 3) {
    const months = [0, 3, 6, 9].map((k) => rec.month! + k).join(',');
    return `FREQ=YEARLY;BYMONTH=${months};${byMonthDay(rec.day)}`;
  }
  if (rec.every === 'year' && rec.month !== undefined) return `FREQ=YEARLY;BYMONTH=${rec.month};${byMonthDay(rec.day)}`;
  return null;
}

function icsStamp(d: Date): string {
  return d.toISOString().replace(/[-:]/gu, '').replace(/\.\d{3}/u, '');
}

/**
 * The UID of a row's event: a hash of notice number, task id and phrase, so re-importing a newer
 * report updates the same events instead of adding copies.
 */
export function eventUid(row: Pick<ReportRow, 'notice' | 'taskId' | 'phrase'>): string {
  const hash = createHash('sha256').update([row.notice, row.taskId, row.phrase ?? ''].join('\u0000')).digest('hex');
  return `${hash.slice(0, 32)}@${UID_DOMAIN}`;
}

/**
 * Renders the dated rows as an iCalendar file (RFC 5545): one all-day VEVENT per row with a due
 * date, starting on the due date and ending (exclusively) the day after; undated rows are left out. A
 * recurring row (`--recurring`) starts at its next occurrence and repeats by its RRULE.
 * SUMMARY names the assignees and the task; DESCRIPTION holds the whole task text, the phrase and
 * the notice. Lines are folded at 75 octets and end with CRLF.
 * @param rows the rows
 * @param opts the DTSTAMP to write
 */
export function formatIcs(rows: readonly ReportRow[], opts: IcsOptions): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  const stamp = icsStamp(opts.stamp);
  const seen = new Map<string, number>();
  for (const r of rows) {
    if (r.due === null) continue;
    let uid = eventUid(r);
    // The same phrase twice in one task would otherwise give two events one UID.
    const n = (seen.get(uid) ?? 0) + 1;
    seen.set(uid, n);
    if (n > 1) uid = uid.replace('@', `-${n}@`);
    const who = r.assignees.length ? r.assignees.join(', ') : r.assigneesText.join(', ');
    const summary = `${who ? `${who}: ` : ''}${r.taskId}. ${shortTaskText(r.taskText, 80)} (${r.notice})`;
    const description = [r.taskText, '', `${r.phrase ?? ''} (${r.notice}${r.issued ? `, ${r.issued}` : ''})`].join('\n');
    const rule = icsRule(r);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(r.due)}`,
      `DTEND;VALUE=DATE:${icsNextDay(r.due)}`,
      ...(rule === null ? [] : [`RRULE:${rule}`]),
      `SUMMARY:${escapeIcsText(summary)}`,
      `DESCRIPTION:${escapeIcsText(description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map((l) => foldIcsLine(l) + CRLF).join('');
}
