import { describe, expect, it } from 'vitest';
import { nearestInCycle } from '../../src/parse/deadlines/refiners/resolve.js';
import { cycleIndex } from '../../src/parse/deadlines/parsers/event.js';
import {
  addWorkingDays,
  findDeadlines,
  isPublicHoliday,
  lunarNewYear,
  lunarToSolar,
  solarToLunar,
} from '../../src/parse/deadlines/index.js';
import { weekday } from '../../src/parse/deadlines/calendar.js';
import { WEEKDAY, weekdayOf } from '../../src/parse/deadlines/patterns.js';

// Tết Nguyên Đán in Vietnam, from published calendars. 2007 and 2030 differ from the Chinese
// New Year (18/02/2007, 03/02/2030): the new moon falls before midnight at UTC+7 but after it at UTC+8.
const TET: Array<[number, string]> = [
  [1990, '1990-01-27'], [2000, '2000-02-05'], [2007, '2007-02-17'], [2009, '2009-01-26'], [2010, '2010-02-14'],
  [2011, '2011-02-03'], [2012, '2012-01-23'], [2013, '2013-02-10'], [2014, '2014-01-31'], [2015, '2015-02-19'],
  [2016, '2016-02-08'], [2017, '2017-01-28'], [2018, '2018-02-16'], [2019, '2019-02-05'], [2020, '2020-01-25'],
  [2021, '2021-02-12'], [2022, '2022-02-01'], [2023, '2023-01-22'], [2024, '2024-02-10'], [2025, '2025-01-29'],
  [2026, '2026-02-17'], [2030, '2030-02-02'], [2050, '2050-01-23'],
];

// Giỗ Tổ Hùng Vương (10/3 lunar) as announced for those years.
const HUNG_KINGS: Array<[number, string]> = [
  [2017, '2017-04-06'], [2021, '2021-04-21'], [2022, '2022-04-10'], [2023, '2023-04-29'], [2024, '2024-04-18'],
  [2025, '2025-04-07'], [2026, '2026-04-26'],
];

describe('the Vietnamese lunar calendar', () => {
  it.each(TET)('Tết %i is %s', (year, date) => {
    expect(lunarNewYear(year)).toBe(date);
    expect(solarToLunar(date)).toEqual({ day: 1, month: 1, year, leap: false });
  });

  it.each(HUNG_KINGS)('Giỗ Tổ %i is %s', (year, date) => {
    expect(lunarToSolar(10, 3, year)).toBe(date);
  });

  it('knows the leap months: 4 in 2020, 2 in 2023, 6 in 2025', () => {
    expect(solarToLunar('2020-05-23')).toEqual({ day: 1, month: 4, year: 2020, leap: true });
    expect(solarToLunar('2023-03-22')).toEqual({ day: 1, month: 2, year: 2023, leap: true });
    expect(lunarToSolar(1, 6, 2025, true)).toBe('2025-07-25');
    expect(lunarToSolar(1, 5, 2025, true)).toBeNull();
    expect(solarToLunar('2026-02-16')).toEqual({ day: 29, month: 12, year: 2025, leap: false });
  });

  it('converts back and forth for every tenth day of 1990–2050', () => {
    const d = new Date(Date.UTC(1990, 0, 1));
    while (d.getUTCFullYear() <= 2050) {
      const iso = d.toISOString().slice(0, 10);
      const l = solarToLunar(iso);
      expect(l.day).toBeGreaterThanOrEqual(1);
      expect(l.day).toBeLessThanOrEqual(30);
      expect(lunarToSolar(l.day, l.month, l.year, l.leap)).toBe(iso);
      d.setUTCDate(d.getUTCDate() + 10);
    }
  });
});

describe('public holidays', () => {
  it('has the fixed days, Tết (eve and four days) and Giỗ Tổ', () => {
    for (const d of ['2017-01-01', '2017-04-30', '2017-05-01', '2017-09-02', '2017-04-06']) expect(isPublicHoliday(d)).toBe(true);
    for (const d of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']) expect(isPublicHoliday(d)).toBe(true);
    expect(isPublicHoliday('2026-02-15')).toBe(false);
    expect(isPublicHoliday('2026-02-21')).toBe(false);
    expect(isPublicHoliday('2017-09-15')).toBe(false);
  });

  it('adds a day next to Quốc khánh from 2021 only', () => {
    expect(isPublicHoliday('2020-09-03')).toBe(false);
    expect(isPublicHoliday('2020-09-01')).toBe(false);
    expect(isPublicHoliday('2021-09-03')).toBe(true);
    expect(isPublicHoliday('2024-09-03')).toBe(true);
    expect(isPublicHoliday('2025-09-01')).toBe(true);
    expect(isPublicHoliday('2025-09-03')).toBe(false);
  });
});

describe('working days', () => {
  it('counts from the day after, skipping weekends', () => {
    // 2017-09-15 is a Friday.
    expect(addWorkingDays('2017-09-15', 1)).toBe('2017-09-18');
    expect(addWorkingDays('2017-09-15', 3)).toBe('2017-09-20');
    expect(addWorkingDays('2017-09-15', 0)).toBe('2017-09-15');
    expect(addWorkingDays('2017-09-13', 2)).toBe('2017-09-15');
  });

  it('skips Tết, 30/4–1/5 and Quốc khánh', () => {
    // Friday 13/02/2026; Tết holiday Monday 16 to Friday 20.
    expect(addWorkingDays('2026-02-13', 3)).toBe('2026-02-25');
    // Wednesday 29/04/2026; 30/4 and 1/5 fall on Thursday and Friday.
    expect(addWorkingDays('2026-04-29', 2)).toBe('2026-05-05');
    // Friday 29/08/2025; 1/9 and 2/9 off.
    expect(addWorkingDays('2025-08-29', 1)).toBe('2025-09-03');
  });

  it('drives "trong thời hạn 03 ngày làm việc kể từ ngày ký" over a weekend and over Tết', () => {
    const phrase = 'Báo cáo trong thời hạn 03 ngày làm việc kể từ ngày ký.';
    expect(findDeadlines(phrase, { ref: { date: '2017-09-15', certain: true } })[0]?.end).toBe('2017-09-20');
    expect(findDeadlines(phrase, { ref: { date: '2026-02-13', certain: true } })[0]?.end).toBe('2026-02-25');
    // Signed Tuesday 13/02/2018, Tết on Friday 16/02: Wednesday 14 counts, eve 15 to Monday 19 do not
    // (holiday and weekend), then Tuesday 20 and Wednesday 21.
    expect(findDeadlines(phrase, { ref: { date: '2018-02-13', certain: true } })[0]?.end).toBe('2018-02-21');
  });

  it('takes "trước Tết Nguyên đán 2018" to the lunar new year\u2019s eve', () => {
    const [d] = findDeadlines('Hoàn thành trước Tết Nguyên đán 2018.', { ref: { date: '2017-09-15', certain: true } });
    expect(d).toMatchObject({ kind: 'before', end: '2018-02-15', certain: true });
  });

  it('takes "Tết Dương lịch" for New Year\u2019s Day, not for the lunar Tết', () => {
    const [d] = findDeadlines('Hoàn thành trước Tết Dương lịch 2027.', { ref: { date: '2026-11-20', certain: true } });
    expect(d).toMatchObject({ text: 'trước Tết Dương lịch 2027', kind: 'before', end: '2027-01-01', certain: true });
    // Without its year: the first New Year's Day on or after the reference date.
    const [e] = findDeadlines('Xong trước Tết Dương lịch.', { ref: { date: '2026-11-20', certain: true } });
    expect(e).toMatchObject({ kind: 'before', end: '2027-01-01', certain: false });
  });

  it('reads the year a Tết is named by in the sixty-year cycle, the one of that name nearest the reference date', () => {
    const tet = (phrase: string, ref: string) => findDeadlines(phrase, { ref: { date: ref, certain: true } })[0];
    // Tết Bính Ngọ: 17/02/2026; Đinh Mùi: 06/02/2027; Giáp Thìn: 10/02/2024.
    expect(tet('Hoàn thành trước Tết Nguyên đán Bính Ngọ.', '2025-11-20')).toMatchObject({
      kind: 'before',
      end: '2026-02-16',
      certain: true,
      note: 'the year Bính Ngọ is 2026, the one of that name nearest the reference date 2025-11-20',
    });
    expect(tet('Hoàn thành trước Tết Đinh Mùi.', '2026-03-01')?.end).toBe('2027-02-05');
    expect(tet('Hoàn thành trước Tết Giáp Thìn.', '2024-01-10')?.end).toBe('2024-02-09');
    // "Mẹo" and "Tị" are other spellings of "Mão" and "Tỵ": Tết Quý Mão 22/01/2023, Ất Tỵ 29/01/2025.
    expect(tet('trước Tết Quý Mẹo', '2022-10-01')?.end).toBe('2023-01-21');
    expect(tet('trước Tết Ất Tị', '2024-10-01')?.end).toBe('2025-01-28');
    // The year's number, when written, wins; a pair that names no year is read as no name.
    expect(tet('trước Tết Nguyên đán Bính Ngọ 2026', '2025-11-20')).toMatchObject({ end: '2026-02-16', certain: true });
    expect(tet('trước Tết Nguyên đán Bính Ngọ 2026', '2025-11-20')?.note).toBeUndefined();
    expect(tet('trước Tết Giáp Sửu', '2025-11-20')).toMatchObject({ end: '2026-02-16', certain: false });
  });
});

describe('nearestInCycle', () => {
  it('finds the year of a place in the sixty-year cycle nearest a year', () => {
    expect(nearestInCycle(0, 1984)).toBe(1984);
    expect(nearestInCycle(42, 2025)).toBe(2026);
    // Named after it has passed, it is still that year, not sixty years on.
    expect(nearestInCycle(42, 2055)).toBe(2026);
    expect(nearestInCycle(42, 2057)).toBe(2086);
    for (let y = 1900; y < 2100; y++) {
      const n = nearestInCycle(((y - 1984) % 60 + 60) % 60, y + 17);
      expect(n).toBe(y);
    }
  });
  it('knows the names of the cycle', () => {
    expect(cycleIndex('giáp', 'tý')).toBe(0);
    expect(cycleIndex('bính', 'ngọ')).toBe(42);
    expect(cycleIndex('quý', 'hợi')).toBe(59);
    expect(cycleIndex('quý', 'mẹo')).toBe(cycleIndex('quý', 'mão'));
    expect(cycleIndex('giáp', 'sửu')).toBeNull();
  });
});

describe('days of the week as written', () => {
  // 15/6/2026 is a Monday: "thứ Hai", the second day of a week that starts on Sunday.
  const WEEK: Array<[string, string]> = [
    ['thứ Hai', '2026-06-15'], ['thứ Ba', '2026-06-16'], ['thứ Tư', '2026-06-17'], ['thứ Năm', '2026-06-18'],
    ['thứ Sáu', '2026-06-19'], ['thứ Bảy', '2026-06-20'], ['Chủ nhật', '2026-06-21'],
    ['thứ 2', '2026-06-15'], ['Thứ  5', '2026-06-18'], ['THỨ BẢY', '2026-06-20'], ['chủ  nhật', '2026-06-21'],
  ];
  it.each(WEEK)('"%s" is the day of the week of %s', (written, iso) => {
    expect(new RegExp(`^${WEEKDAY}$`, 'iu').test(written)).toBe(true);
    expect(weekdayOf(written)).toBe(weekday(iso));
  });
  it('names nothing else', () => {
    for (const s of ['thứ 8', 'thứ nhất', 'thứ', 'nhật', 'thứ Hai mươi']) expect(weekdayOf(s)).toBeNull();
    expect(new RegExp(`^${WEEKDAY}$`, 'iu').test('thứ 8')).toBe(false);
  });
  it('is written in NFC', () => {
    expect(WEEKDAY).toBe(WEEKDAY.normalize('NFC'));
  });
});
