import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport, buildRows, ReportRowSchema } from '../../src/report/row.js';
import { daysBetween, parseIsoDate, statusOf, todayInVietnam } from '../../src/report/status.js';
import { BAC_GIANG, LAI_CHAU, deadline, notice, task } from './notices.js';

describe('buildRows', () => {
  const rows = buildRows(BAC_GIANG, { asOf: '2017-10-01' });

  it('gives one row per dated deadline, subtasks included, in document order', () => {
    expect(rows.map((r) => [r.taskId, r.phrase])).toEqual([
      ['3', 'trước 29/9/2017'],
      ['4.1', 'trong tháng 9,10/2017'],
      ['4.1', 'trước ngày 15/10/2017'],
      ['4.2', 'vào tháng 11/2017'],
      ['4.2', 'trước ngày 30/10/2017'],
    ]);
  });

  it('fills every field of a row from the notice, task and deadline', () => {
    expect(rows[1]).toEqual({
      notice: '307/TB-UBND',
      source: 'fixtures/bacgiang-307-TB-UBND-2017.txt',
      issued: '2017-09-15',
      taskId: '4.1',
      taskText: BAC_GIANG.tasks[3]!.subtasks[0]!.text,
      assignees: ['Sở Khoa học và Công nghệ'],
      assigneesText: ['Sở Khoa học và Công nghệ'],
      coordinators: ['Tổ giúp việc'],
      phrase: 'trong tháng 9,10/2017',
      kind: 'during',
      start: '2017-09-01',
      due: '2017-10-31',
      certain: true,
      daysLeft: 30,
      status: 'upcoming',
      line: 29,
    });
    for (const r of rows) expect(ReportRowSchema.safeParse(r).success).toBe(true);
  });

  it('counts days left from the as-of date and marks the passed deadline overdue', () => {
    expect(rows.map((r) => [r.due, r.daysLeft, r.status])).toEqual([
      ['2017-09-29', -2, 'overdue'],
      ['2017-10-31', 30, 'upcoming'],
      ['2017-10-15', 14, 'upcoming'],
      ['2017-11-30', 60, 'upcoming'],
      ['2017-10-30', 29, 'upcoming'],
    ]);
  });

  it('makes "trước ngày 15/10/2017" due-soon with a 14-day window', () => {
    const r = buildRows(BAC_GIANG, { asOf: '2017-10-01', soon: 14 }).find((x) => x.phrase === 'trước ngày 15/10/2017');
    expect(r?.status).toBe('due-soon');
  });

  it('with all, adds undated deadlines and tasks without a deadline, but not headings with subtasks', () => {
    const all = buildRows(BAC_GIANG, { asOf: '2017-10-01', all: true });
    expect(all).toHaveLength(7);
    const undated = all.filter((r) => r.status === 'undated');
    expect(undated.map((r) => [r.taskId, r.phrase, r.kind, r.due, r.daysLeft, r.line])).toEqual([
      ['1', '02 lần/01 năm', 'recurring', null, null, 21],
      ['2', null, null, null, null, 23],
    ]);
    expect(all.some((r) => r.taskId === '4')).toBe(false);
  });

  it('names the notice by its number, else the number line as written, else the source', () => {
    const t = [task('1', 'Làm việc A trước ngày 05/01/2020.', 5, { deadlines: [deadline('trước ngày 05/01/2020', 'before', '2020-01-05', 5)] })];
    const bare = notice({ source: 'a.txt', tasks: t });
    expect(buildRows(bare, { asOf: '2020-01-01' })[0]!.notice).toBe('a.txt');
    const written = notice({ source: 'a.txt', tasks: t, number: { text: 'Số:     /TB-UBND', serial: null, symbol: 'TB-UBND', value: null } });
    expect(buildRows(written, { asOf: '2020-01-01' })[0]!.notice).toBe('Số:     /TB-UBND');
  });

  it('keeps an inferred date uncertain', () => {
    const t = [task('1', 'Xong trước ngày 20/12.', 5, { deadlines: [deadline('trước ngày 20/12', 'before', '2019-12-20', 5, { certain: false })] })];
    expect(buildRows(notice({ tasks: t }), { asOf: '2019-12-01' })[0]!.certain).toBe(false);
  });

  it('builds the rows of several notices in input order', () => {
    const rows2 = buildReport([LAI_CHAU, BAC_GIANG], { asOf: '2017-10-01' });
    expect(rows2).toHaveLength(6);
    expect(rows2[0]).toMatchObject({ notice: '28/TB-UBND', taskId: '4.1', due: '2012-06-30', daysLeft: -1919, status: 'overdue' });
  });
});

describe('buildRows with recurring', () => {
  const monthly = deadline('trước ngày 18 hằng tháng', 'recurring', null, 30, { recurrence: { every: 'month', day: 18 } });
  const weekly = deadline('định kỳ hằng tuần', 'recurring', null, 31, { recurrence: { every: 'week' } });
  const n = notice({
    issued: { text: 'ngày 02 tháng 12 năm 2026', date: '2026-12-02', year: 2026, month: 12, day: 2 },
    tasks: [task('1', 'Các sở báo cáo kết quả trước ngày 18 hằng tháng; định kỳ hằng tuần tổng hợp.', 30, { deadlines: [monthly, weekly] })],
  });

  it('lists a recurring deadline that names its day at its next occurrence, inferred, with its recurrence', () => {
    const rows = buildRows(n, { asOf: '2026-12-03', recurring: true });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      phrase: 'trước ngày 18 hằng tháng',
      kind: 'recurring',
      start: null,
      due: '2026-12-18',
      certain: false,
      daysLeft: 15,
      status: 'upcoming',
      line: 30,
      recurrence: { every: 'month', day: 18 },
    });
    expect(ReportRowSchema.parse(rows[0])).toEqual(rows[0]);
    // One that names no day stays undated, listed with --all only.
    expect(buildRows(n, { asOf: '2026-12-03', recurring: true, all: true }).map((r) => [r.phrase, r.due])).toEqual([
      ['trước ngày 18 hằng tháng', '2026-12-18'],
      ['định kỳ hằng tuần', null],
    ]);
  });

  it('counts from the issue date when the notice is issued after the as-of date', () => {
    expect(buildRows(n, { asOf: '2026-11-01', recurring: true })[0]!.due).toBe('2026-12-18');
    const later = { ...n, issued: { ...n.issued, date: '2026-12-20' } };
    expect(buildRows(later, { asOf: '2026-12-03', recurring: true })[0]!.due).toBe('2027-01-18');
  });

  it('leaves recurring deadlines out without the option, and undated with --all alone', () => {
    expect(buildRows(n, { asOf: '2026-12-03' })).toEqual([]);
    expect(buildRows(n, { asOf: '2026-12-03', all: true }).map((r) => [r.due, r.status, 'recurrence' in r])).toEqual([
      [null, 'undated', false],
      [null, 'undated', false],
    ]);
  });
});

describe('status at the boundaries', () => {
  const due = (end: string) =>
    notice({ tasks: [task('1', 'Báo cáo.', 3, { deadlines: [deadline('trước ngày', 'before', end, 3)] })] });
  const status = (end: string, asOf: string, soon?: number) =>
    buildRows(due(end), { asOf, ...(soon !== undefined ? { soon } : {}) })[0]!;

  it('due today is due-soon with 0 days left', () => {
    expect(status('2017-10-01', '2017-10-01')).toMatchObject({ daysLeft: 0, status: 'due-soon' });
  });
  it('due yesterday is overdue with -1 day left', () => {
    expect(status('2017-09-30', '2017-10-01')).toMatchObject({ daysLeft: -1, status: 'overdue' });
  });
  it('due in exactly N days is due-soon; N + 1 is upcoming', () => {
    expect(status('2017-10-08', '2017-10-01')).toMatchObject({ daysLeft: 7, status: 'due-soon' });
    expect(status('2017-10-09', '2017-10-01')).toMatchObject({ daysLeft: 8, status: 'upcoming' });
    expect(status('2017-10-15', '2017-10-01', 14)).toMatchObject({ daysLeft: 14, status: 'due-soon' });
    expect(status('2017-10-16', '2017-10-01', 14)).toMatchObject({ daysLeft: 15, status: 'upcoming' });
  });
  it('with --soon 0 only the due day itself is due-soon', () => {
    expect(status('2017-10-01', '2017-10-01', 0).status).toBe('due-soon');
    expect(status('2017-10-02', '2017-10-01', 0).status).toBe('upcoming');
  });
  it('statusOf maps null days left to undated', () => {
    expect(statusOf(null, 7)).toBe('undated');
  });
});

describe('dates', () => {
  it('counts calendar days across a leap day and a month end', () => {
    expect(daysBetween('2016-02-28', '2016-03-01')).toBe(2);
    expect(daysBetween('2017-02-28', '2017-03-01')).toBe(1);
    expect(daysBetween('2017-12-31', '2018-01-01')).toBe(1);
  });

  it('refuses dates that do not exist', () => {
    expect(parseIsoDate('2017-02-29')).toBeNull();
    expect(parseIsoDate('2017-13-01')).toBeNull();
    expect(parseIsoDate('1/10/2017')).toBeNull();
    expect(parseIsoDate('2016-02-29')).not.toBeNull();
  });

  it('takes today in Asia/Ho_Chi_Minh (UTC+7), not in the machine zone', () => {
    // 17:30 UTC is already 00:30 the next day in Hà Nội.
    expect(todayInVietnam(new Date('2017-09-30T17:30:00Z'))).toBe('2017-10-01');
    expect(todayInVietnam(new Date('2017-09-30T16:59:59Z'))).toBe('2017-09-30');
  });

  it('agrees with the time zone database on any instant since 1976', () => {
    const zoned = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1976, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        expect(todayInVietnam(new Date(ms))).toBe(zoned.format(new Date(ms)));
      }),
      { numRuns: 2000 },
    );
  });
});
