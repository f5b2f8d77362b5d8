import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CSV_COLUMNS, formatCsv } from '../../src/format/csv.js';
import { eventUid, foldIcsLine, formatIcs } from '../../src/format/ics.js';
import { formatJson, formatNdjson } from '../../src/format/json.js';
import { buildReport, ReportRowSchema, type ReportRow } from '../../src/report/row.js';
import { sortRows } from '../../src/report/sort.js';
import { BAC_GIANG, LAI_CHAU } from './notices.js';

const ROWS = sortRows(buildReport([BAC_GIANG, LAI_CHAU], { asOf: '2017-10-01', all: true }));

/** A strict RFC 4180 reader, to read the csv back the way a spreadsheet does. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
      if (i < text.length && text[i] !== ',' && !text.startsWith('\r\n', i)) throw new Error(`text after a closing quote at ${i}`);
    } else {
      while (i < text.length && text[i] !== ',' && !text.startsWith('\r\n', i)) {
        if (text[i] === '"' || text[i] === '\n' || text[i] === '\r') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
        field += text[i++];
      }
    }
    record.push(field);
    field = '';
    if (text[i] === ',') i++;
    else {
      i += 2; // CRLF
      records.push(record);
      record = [];
    }
  }
  return records;
}

function row(extra: Partial<ReportRow>): ReportRow {
  return { ...ROWS[0]!, ...extra };
}

describe('csv', () => {
  const csv = formatCsv(ROWS);

  it('starts with a UTF-8 byte order mark and ends every record with CRLF', () => {
    const bytes = Buffer.from(csv, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\n')).toBe(false);
  });

  it('reads back with an RFC 4180 reader: header of field names, one record per row, Vietnamese intact', () => {
    const records = readCsv(csv.slice(1));
    expect(records[0]).toEqual([...CSV_COLUMNS]);
    expect(records).toHaveLength(ROWS.length + 1);
    const first = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, records[1]![i]]));
    expect(first).toMatchObject({
      notice: '28/TB-UBND',
      issued: '2012-06-18',
      taskId: '4.1',
      assignees: 'các cơ quan, đơn vị triển khai áp dụng năm 2012',
      phrase: 'trước ngày 30/6/2012',
      due: '2012-06-30',
      start: '',
      certain: 'true',
      daysLeft: '-1919',
      status: 'overdue',
      line: '33',
    });
    // Several names in one cell, joined with "; ".
    const t41 = records.find((r) => r[3] === '4.1' && r[0] === '307/TB-UBND')!;
    expect(t41[CSV_COLUMNS.indexOf('coordinators')]).toBe('Tổ giúp việc');
  });

  it('quotes commas, quotes and line breaks', () => {
    const text = formatCsv([row({ taskText: 'Báo cáo "kết quả", đánh giá\nđoạn hai', assignees: ['Sở A', 'Sở B'] })]);
    const line = text.split('\r\n')[1]!;
    expect(line).toContain('"Báo cáo ""kết quả"", đánh giá\nđoạn hai"');
    const back = readCsv(text.slice(1))[1]!;
    expect(back[CSV_COLUMNS.indexOf('taskText')]).toBe('Báo cáo "kết quả", đánh giá\nđoạn hai');
    expect(back[CSV_COLUMNS.indexOf('assignees')]).toBe('Sở A; Sở B');
  });

  it('neutralises cells that a spreadsheet would run as a formula', () => {
    const cases = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\tTab', '\rCR'];
    const back = readCsv(formatCsv(cases.map((t) => row({ taskText: t }))).slice(1));
    expect(back.slice(1).map((r) => r[CSV_COLUMNS.indexOf('taskText')])).toEqual(cases.map((t) => `'${t}`));
  });

  it('leaves numbers alone: a negative number of days left is not a formula', () => {
    const back = readCsv(formatCsv([row({ daysLeft: -2 })]).slice(1));
    expect(back[1]![CSV_COLUMNS.indexOf('daysLeft')]).toBe('-2');
  });

  it('writes null as an empty cell', () => {
    const undated = ROWS.find((r) => r.phrase === null)!;
    const back = readCsv(formatCsv([undated]).slice(1))[1]!;
    expect(['phrase', 'kind', 'due', 'daysLeft', 'certain'].map((c) => back[CSV_COLUMNS.indexOf(c as (typeof CSV_COLUMNS)[number])])).toEqual(['', '', '', '', '']);
  });
});

describe('json and ndjson', () => {
  it('json is an array of rows valid against ReportRowSchema', () => {
    const parsed = z.array(ReportRowSchema).parse(JSON.parse(formatJson(ROWS)));
    expect(parsed).toEqual(ROWS);
  });

  it('ndjson is one valid row a line', () => {
    const lines = formatNdjson(ROWS).trimEnd().split('\n');
    expect(lines).toHaveLength(ROWS.length);
    expect(lines.map((l) => ReportRowSchema.parse(JSON.parse(l)))).toEqual(ROWS);
  });

  it('ReportRowSchema refuses a row with an unknown status or a fractional day count', () => {
    expect(ReportRowSchema.safeParse({ ...ROWS[0], status: 'late' }).success).toBe(false);
    expect(ReportRowSchema.safeParse({ ...ROWS[0], daysLeft: 1.5 }).success).toBe(false);
  });
});

describe('ics', () => {
  const STAMP = new Date('2017-10-01T02:03:04Z');
  const ics = formatIcs(ROWS, { stamp: STAMP });

  it('parses back with ical.js: one all-day VEVENT per dated deadline', () => {
    const cal = new ICAL.Component(ICAL.parse(ics));
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const dated = ROWS.filter((r) => r.due !== null);
    expect(events).toHaveLength(6);
    expect(events).toHaveLength(dated.length);
    const e = events[2]!;
    expect(e.startDate.isDate).toBe(true);
    expect(e.startDate.toString()).toBe('2017-10-15');
    expect(e.endDate.toString()).toBe('2017-10-16');
    expect(e.summary).toBe(
      'Sở Khoa học và Công nghệ: 4.1. Phối hợp với Tổ giúp việc triển khai đánh giá 02 xã điểm về thực hiện áp dụng hệ… (307/TB-UBND)',
    );
    expect(e.description).toBe(`${dated[2]!.taskText}\n\ntrước ngày 15/10/2017 (307/TB-UBND, 2017-09-15)`);
    expect(events.map((x) => x.endDate.toString())).toEqual(['2012-07-01', '2017-09-30', '2017-10-16', '2017-10-31', '2017-11-01', '2017-12-01']);
  });

  it('repeats a recurring row by its RRULE from its next occurrence, as a calendar reads it', () => {
    const rows = [
      row({ kind: 'recurring', phrase: 'trước ngày 18 hằng tháng', due: '2026-12-18', recurrence: { every: 'month', day: 18 } }),
      row({ kind: 'recurring', phrase: 'ngày thứ Sáu hằng tuần', due: '2026-12-04', recurrence: { every: 'week', weekday: 5 } }),
      row({ kind: 'recurring', phrase: 'ngày 30 hằng tháng', due: '2027-01-30', recurrence: { every: 'month', day: 30 } }),
      row({ kind: 'recurring', phrase: 'ngày 31 hằng tháng', due: '2027-01-31', recurrence: { every: 'month', day: 31 } }),
      row({ kind: 'recurring', phrase: 'trước ngày 15/6 hằng năm', due: '2027-06-15', recurrence: { every: 'year', month: 6, day: 15 } }),
      row({ kind: 'recurring', phrase: 'tháng 6 hằng năm', due: '2027-06-30', recurrence: { every: 'year', month: 6 } }),
      row({ kind: 'recurring', phrase: 'trước ngày 20 của tháng cuối quý', due: '2026-12-20', recurrence: { every: 'quarter', day: 20, month: 3 } }),
    ];
    const text = formatIcs(rows, { stamp: STAMP });
    expect(text).toContain('RRULE:FREQ=MONTHLY;BYMONTHDAY=18\r\n');
    expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=FR\r\n');
    const cal = new ICAL.Component(ICAL.parse(text));
    const next = (e: ICAL.Event, n: number) => {
      const it = e.iterator();
      return Array.from({ length: n }, () => it.next()!.toString());
    };
    const [monthly, weekly, thirtieth, last, yearly, monthEnd, quarterly] = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(next(monthly!, 3)).toEqual(['2026-12-18', '2027-01-18', '2027-02-18']);
    expect(next(weekly!, 3)).toEqual(['2026-12-04', '2026-12-11', '2026-12-18']);
    // February has no 30th: the calendar skips it. The 31st is every month's last day.
    expect(next(thirtieth!, 3)).toEqual(['2027-01-30', '2027-03-30', '2027-04-30']);
    expect(next(last!, 4)).toEqual(['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30']);
    expect(next(yearly!, 2)).toEqual(['2027-06-15', '2028-06-15']);
    expect(next(monthEnd!, 2)).toEqual(['2027-06-30', '2028-06-30']);
    expect(next(quarterly!, 3)).toEqual(['2026-12-20', '2027-03-20', '2027-06-20']);
    // A dated row repeats nothing.
    expect(formatIcs([row({ due: '2017-12-31' })], { stamp: STAMP })).not.toContain('RRULE');
  });

  it('ends an event on a month or year end the day after (exclusive DTEND)', () => {
    const text = formatIcs([row({ due: '2017-12-31' }), row({ due: '2016-02-29', phrase: 'x' })], { stamp: STAMP });
    expect(text).toContain('DTSTART;VALUE=DATE:20171231\r\nDTEND;VALUE=DATE:20180101\r\n');
    expect(text).toContain('DTSTART;VALUE=DATE:20160229\r\nDTEND;VALUE=DATE:20160301\r\n');
  });

  it('folds lines at 75 octets, never inside a UTF-8 character, with CRLF line ends', () => {
    const bytes = Buffer.from(ics, 'utf8');
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '').includes('\n')).toBe(false);
    const physical = ics.slice(0, -2).split('\r\n');
    let offset = 0;
    for (const line of physical) {
      const len = Buffer.byteLength(line, 'utf8');
      expect(len).toBeLessThanOrEqual(75);
      // Decoding the line's own bytes strictly fails if a character was cut in two.
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(offset, offset + len))).not.toThrow();
      offset += len + 2;
    }
    expect(physical.some((l) => l.startsWith(' '))).toBe(true);
  });

  it('folds by octets: 40 "ệ" (3 octets each) give pieces of 25 and 24 characters', () => {
    const line = 'X:' + 'ệ'.repeat(40);
    const pieces = foldIcsLine(line).split('\r\n');
    expect(pieces).toEqual(['X:' + 'ệ'.repeat(24), ' ' + 'ệ'.repeat(16)]);
    expect(Buffer.byteLength(pieces[0]!)).toBe(74);
    expect(foldIcsLine('A'.repeat(75))).toBe('A'.repeat(75));
    expect(foldIcsLine('A'.repeat(76))).toBe('A'.repeat(75) + '\r\n A');
  });

  it('escapes backslash, semicolon, comma and line breaks, and they read back unchanged', () => {
    const tricky = 'a\\b; c, d\ne';
    const text = formatIcs([row({ taskText: tricky, assignees: ['Sở A'] })], { stamp: STAMP });
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain('DESCRIPTION:a\\\\b\\; c\\, d\\ne\\n\\n');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
    expect(event.description.startsWith(tricky + '\n\n')).toBe(true);
    expect(event.summary).toBe(`Sở A: 4.1. a\\b; c, d (28/TB-UBND)`);
  });

  it('gives stable UIDs from notice, task and phrase, distinct per deadline', () => {
    const again = formatIcs(ROWS, { stamp: new Date('2020-01-01T00:00:00Z') });
    const uids = (t: string) => [...t.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]);
    expect(uids(again)).toEqual(uids(ics));
    expect(new Set(uids(ics)).size).toBe(6);
    expect(eventUid({ notice: '307/TB-UBND', taskId: '3', phrase: 'trước 29/9/2017' })).toBe(
      eventUid({ notice: '307/TB-UBND', taskId: '3', phrase: 'trước 29/9/2017' }),
    );
    expect(eventUid({ notice: '307/TB-UBND', taskId: '3', phrase: 'a' })).not.toBe(eventUid({ notice: '307/TB-UBND', taskId: '4', phrase: 'a' }));
    expect(ics).toContain('DTSTAMP:20171001T020304Z');
  });

  it('gives a repeated phrase of one task a UID of its own', () => {
    const text = formatIcs([row({}), row({ due: '2017-12-01' })], { stamp: STAMP });
    const uids = [...text.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]);
    expect(new Set(uids).size).toBe(2);
  });
});
