import { describe, expect, it } from 'vitest';
import { filterRows } from '../../src/report/filter.js';
import { foldVi } from '../../src/report/fold.js';
import { countStatuses, groupRows } from '../../src/report/group.js';
import { buildReport, type ReportRow } from '../../src/report/row.js';
import { compareTaskIds, sortRows, vietnameseOrder } from '../../src/report/sort.js';
import { BAC_GIANG, LAI_CHAU } from './notices.js';

const ALL = buildReport([BAC_GIANG, LAI_CHAU], { asOf: '2017-10-01', all: true });
const DATED = buildReport([BAC_GIANG, LAI_CHAU], { asOf: '2017-10-01' });
const key = (r: ReportRow) => `${r.notice} ${r.taskId} ${r.phrase ?? '-'}`;

describe('foldVi', () => {
  it('drops case, tone marks, other diacritics and the stroke of đ', () => {
    expect(foldVi('Sở Tài chính')).toBe('so tai chinh');
    expect(foldVi('ĐÀ NẴNG')).toBe('da nang');
    expect(foldVi('Thường trực  Ban\nchỉ đạo')).toBe('thuong truc ban chi dao');
  });
  it('folds decomposed (NFD) input the same as composed', () => {
    expect(foldVi('Sở Tài chính'.normalize('NFD'))).toBe('so tai chinh');
  });
});

describe('filterRows', () => {
  it('finds "Sở Tài chính" from "so tai chinh" (case and tone marks ignored)', () => {
    const rows = filterRows(ALL, { assignee: 'so tai chinh' });
    expect(rows.map(key)).toEqual(['28/TB-UBND 7 -']);
    expect(filterRows(ALL, { assignee: 'SỞ TÀI' })).toHaveLength(1);
  });

  it('matches the assignee as written as well as its canonical name', () => {
    // Task 1 writes "Cơ quan Thường trực", canonical "Sở Khoa học và Công nghệ".
    expect(filterRows(ALL, { assignee: 'co quan thuong truc' }).map(key)).toEqual(['307/TB-UBND 1 02 lần/01 năm']);
    expect(filterRows(ALL, { assignee: 'khoa hoc va cong nghe' }).map((r) => r.taskId)).toEqual(['1', '3', '4.1', '4.1', '4.2', '4.2']);
  });

  it('does not match coordinators', () => {
    expect(filterRows(ALL, { assignee: 'to giup viec' })).toEqual([]);
  });

  it('keeps only the statuses asked for', () => {
    expect(filterRows(DATED, { status: ['overdue'] }).map(key)).toEqual(['307/TB-UBND 3 trước 29/9/2017', '28/TB-UBND 4.1 trước ngày 30/6/2012']);
    expect(filterRows(ALL, { status: ['undated'] }).every((r) => r.due === null)).toBe(true);
    expect(filterRows(ALL, { status: ['undated'] })).toHaveLength(3);
  });

  it('filters the due date inclusively and drops undated rows', () => {
    const rows = filterRows(ALL, { from: '2017-10-15', to: '2017-10-31' });
    expect(rows.map((r) => r.due)).toEqual(['2017-10-31', '2017-10-15', '2017-10-30']);
    expect(filterRows(ALL, { from: '2000-01-01' }).some((r) => r.due === null)).toBe(false);
  });

  it('filters by notice number or path, tone marks ignored', () => {
    expect(filterRows(DATED, { notice: '28/TB' }).map((r) => r.notice)).toEqual(['28/TB-UBND']);
    expect(filterRows(DATED, { notice: 'bacgiang' })).toHaveLength(5);
  });

  it('combines criteria', () => {
    expect(filterRows(DATED, { assignee: 'khoa hoc', status: ['upcoming'], to: '2017-10-30' }).map((r) => r.due)).toEqual(['2017-10-15', '2017-10-30']);
  });
});

describe('sorting', () => {
  it('orders task ids naturally', () => {
    const numbers = ['10', '2', '4.10', '4.2', '4.1', '4', 'u10', 'u2'];
    expect([...numbers].sort(compareTaskIds)).toEqual(['2', '4', '4.1', '4.2', '4.10', '10', 'u2', 'u10']);
    // Roman sections by value: IX (9) after V (5), which plain text order would reverse.
    const sections = ['IX.1', 'V.1', 'IV.2', 'II.2', 'II.2.b', 'II.2.a', 'II.10'];
    expect([...sections].sort(compareTaskIds)).toEqual(['II.2', 'II.2.a', 'II.2.b', 'II.10', 'IV.2', 'V.1', 'IX.1']);
    // Vietnamese letter points: đ comes after d.
    expect(['4.e', '4.đ', '4.d'].sort(compareTaskIds)).toEqual(['4.d', '4.đ', '4.e']);
  });

  it('compares text in Vietnamese order, the same strings as equal', () => {
    const order = vietnameseOrder({ numeric: true });
    expect(['Sở Y tế', 'Đoàn', 'Dân', 'Ban 10', 'Ban 2', 'ban 2'].sort(order)).toEqual(['ban 2', 'Ban 2', 'Ban 10', 'Dân', 'Đoàn', 'Sở Y tế']);
    expect(order('Sở Tài chính', 'Sở Tài chính')).toBe(0);
    expect(vietnameseOrder({ sensitivity: 'base' })('Sở', 'sở')).toBe(0);
  });

  it('sorts by due date, then notice, then task, undated last', () => {
    expect(sortRows(ALL).map(key)).toEqual([
      '28/TB-UBND 4.1 trước ngày 30/6/2012',
      '307/TB-UBND 3 trước 29/9/2017',
      '307/TB-UBND 4.1 trước ngày 15/10/2017',
      '307/TB-UBND 4.2 trước ngày 30/10/2017',
      '307/TB-UBND 4.1 trong tháng 9,10/2017',
      '307/TB-UBND 4.2 vào tháng 11/2017',
      '28/TB-UBND 7 -',
      '307/TB-UBND 1 02 lần/01 năm',
      '307/TB-UBND 2 -',
    ]);
  });

  it('sorts by notice, then task ("28/..." before "307/...")', () => {
    expect(sortRows(DATED, 'notice').map((r) => `${r.notice} ${r.taskId} ${r.due}`)).toEqual([
      '28/TB-UBND 4.1 2012-06-30',
      '307/TB-UBND 3 2017-09-29',
      '307/TB-UBND 4.1 2017-10-15',
      '307/TB-UBND 4.1 2017-10-31',
      '307/TB-UBND 4.2 2017-10-30',
      '307/TB-UBND 4.2 2017-11-30',
    ]);
  });

  it('sorts by status: overdue, due-soon, upcoming, undated', () => {
    const rows = buildReport([BAC_GIANG, LAI_CHAU], { asOf: '2017-10-01', soon: 14, all: true });
    expect(sortRows(rows, 'status').map((r) => r.status)).toEqual([
      'overdue', 'overdue', 'due-soon', 'upcoming', 'upcoming', 'upcoming', 'undated', 'undated', 'undated',
    ]);
  });

  it('sorts by first assignee in Vietnamese order, rows without one last', () => {
    const rows = sortRows(ALL, 'assignee');
    expect(rows.map((r) => r.assignees[0])).toEqual([
      'các cơ quan, đơn vị triển khai áp dụng năm 2012',
      'Sở Khoa học và Công nghệ',
      'Sở Khoa học và Công nghệ',
      'Sở Khoa học và Công nghệ',
      'Sở Khoa học và Công nghệ',
      'Sở Khoa học và Công nghệ',
      'Sở Khoa học và Công nghệ',
      'Sở Tài chính',
      'Thành viên Ban chỉ đạo',
    ]);
    // Same assignee: by due date, undated last.
    expect(rows.slice(1, 7).map((r) => r.due)).toEqual(['2017-09-29', '2017-10-15', '2017-10-30', '2017-10-31', '2017-11-30', null]);
  });

  it('does not change the array it is given', () => {
    const before = ALL.map(key);
    sortRows(ALL, 'status');
    expect(ALL.map(key)).toEqual(before);
  });
});

describe('grouping', () => {
  it('groups by notice with counts per group', () => {
    const groups = groupRows(sortRows(DATED), 'notice');
    expect(groups.map((g) => [g.key, g.rows.length, g.counts])).toEqual([
      ['28/TB-UBND', 1, { total: 1, overdue: 1, 'due-soon': 0, upcoming: 0, undated: 0 }],
      ['307/TB-UBND', 5, { total: 5, overdue: 1, 'due-soon': 0, upcoming: 4, undated: 0 }],
    ]);
  });

  it('groups by assignee, a row in the group of each assignee, unassigned rows last', () => {
    const shared: ReportRow = { ...DATED[0]!, assignees: ['Sở Tài chính', 'Sở Nội vụ'], taskId: '9' };
    const orphan: ReportRow = { ...DATED[0]!, assignees: [], taskId: '10' };
    const groups = groupRows(sortRows([...DATED, shared, orphan]), 'assignee');
    expect(groups.map((g) => [g.key, g.rows.map((r) => r.taskId)])).toEqual([
      ['các cơ quan, đơn vị triển khai áp dụng năm 2012', ['4.1']],
      ['Sở Khoa học và Công nghệ', ['3', '4.1', '4.2', '4.1', '4.2']],
      ['Sở Nội vụ', ['9']],
      ['Sở Tài chính', ['9']],
      [null, ['10']],
    ]);
  });

  it('counts statuses', () => {
    expect(countStatuses(ALL)).toEqual({ total: 9, overdue: 2, 'due-soon': 0, upcoming: 4, undated: 3 });
  });
});
