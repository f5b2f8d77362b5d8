import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNotice, parseNoticeBuffer } from '../../src/parse/notice.js';
import { parseMeeting } from '../../src/parse/chair.js';
import { decodeBuffer } from '../../src/text/decode.js';
import { NoticeSchema } from '../../src/schema.js';
import { checkText } from '../../src/check/engine.js';
import { RULES } from '../../src/rules/index.js';

// Pieces of real notices, so that random texts reach the parser's rules rather than stopping at the first line.
const PIECES = [
  'Số: ', '307', '/TB-UBND', '/', '-', 'TB/HU', ' ', '\n', '\r\n', '\n\n', '1. ', '2.', '1.1. ', 'a) ', 'II. ', '- ', '+ ',
  'ngày ', 'tháng ', 'năm ', '15', '9', '2017', '15/10/2017', 'trước ngày ', 'hằng tháng', 'THÔNG BÁO', 'Kết luận ',
  'UỶ BAN NHÂN DÂN', 'ỦY BAN NHÂN DÂN TỈNH', 'Bắc Giang, ', 'Kính gửi:', 'Nơi nhận:', 'Bản điện tử:', 'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH', 'Sở KH&CN', 'chủ trì, phối hợp với ', 'Giao ', ';', '.', '(', ')', '**', '\t', 'V/v ', '\u00a0',
  '\ufeff', 'o\u0302', '\u0301', 'Trần Quốc Khánh', '|', ':',
];

const noticeLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 300 }).map((a) => a.join(''));

describe('never throws, always valid', () => {
  it('parseNotice on any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 2000 }), noticeLike), (text) => {
        NoticeSchema.parse(parseNotice(text));
      }),
      { numRuns: 300 },
    );
  });

  it('parseNoticeBuffer and decodeBuffer on any bytes', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 4000 }),
          noticeLike.map((t) => new Uint8Array(Buffer.from(t, 'utf8'))),
          noticeLike.map((t) => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]))),
        ),
        (bytes) => {
          const d = decodeBuffer(bytes);
          expect(typeof d.text).toBe('string');
          const n = NoticeSchema.parse(parseNoticeBuffer(bytes, { source: 'x.txt' }));
          expect(n.source).toBe('x.txt');
        },
      ),
      { numRuns: 300 },
    );
  });
});

const MB = 1024 * 1024;

/** Repeats `unit` (or the units made by `make(i)`) up to one megabyte of text. */
function fill(make: (i: number) => string): string {
  const parts: string[] = [];
  let len = 0;
  for (let i = 0; len < MB; i++) {
    const s = make(i);
    parts.push(s);
    len += s.length;
  }
  return parts.join('');
}

const PATHOLOGICAL: [string, () => string][] = [
  ['one line with no newline', () => fill(() => 'Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì ')],
  ['100 000 numbered lines', () => Array.from({ length: 100_000 }, (_, i) => `${i + 1}. ${'abcdefghij'[i % 10]}`).join('\n')],
  ['repeated "Số: Số: "', () => fill(() => 'Số: ')],
  ['a run of digits', () => '7'.repeat(MB)],
  ['a run of slashes', () => '/'.repeat(MB)],
  ['digits and slashes', () => fill((i) => `${i % 97}/`)],
  ['Vietnamese date words', () => fill(() => 'ngày tháng năm ')],
  ['dates without end', () => fill((i) => `ngày ${(i % 28) + 1} tháng ${(i % 12) + 1} năm 20${i % 100} `)],
  ['deadline phrases', () => fill(() => 'trước ngày hoàn thành trong tháng ')],
  ['deeply nested "1.1.1.1..."', () => '1.'.repeat(MB / 2)],
  ['nesting one level deeper each line', () => fill((i) => '1.'.repeat((i % 200) + 1) + ' việc\n')],
  ['50 000 "- " bullets', () => Array.from({ length: 50_000 }, (_, i) => `- Sở thực hiện việc ${i};`).join('\n')],
  ['"- " bullets on one line', () => '- '.repeat(MB / 2)],
  ['only newlines', () => '\n'.repeat(MB)],
  ['only spaces', () => ' '.repeat(MB)],
  ['repeated headings', () => fill(() => 'THÔNG BÁO\nNơi nhận:\nKính gửi:\n')],
  ['open parentheses', () => '('.repeat(MB)],
  ['upper-case words', () => fill(() => 'ỦY BAN NHÂN DÂN ')],
  ['combining marks', () => fill(() => 'o\u0302\u0301')],
  ['one plan item with field lines', () => '1. Việc.\n' + fill(() => '- Đơn vị thực hiện: Sở Tài chính; UBND các xã.\n')],
  ['field lines without a semicolon', () => '1. Việc.\n' + fill(() => '- Đơn vị thực hiện: Sở Tài chính.\n')],
  ['field lines run together', () => '1. Việc.\n' + fill(() => 'Đơn vị chủ trì: Sở Tài chính; Đơn vị phối hợp: Sở Nội vụ; ')],
  ['one task of many directive clauses', () => '1. ' + fill(() => 'Giao Sở Tài chính rà soát, Sở Nội vụ thực hiện; ')],
  ['100 000 "(n)" labels', () => Array.from({ length: 100_000 }, (_, i) => `(${(i % 99) + 1}) việc`).join('\n')],
  // Hard-wrapped lines that each open with a referenced number, a page number every 13 lines: every line is a
  // footnote candidate whose page end is looked for.
  [
    'footnote candidates at every margin',
    () => fill((i) => (i % 13 === 12 ? '                    2\n' : `${(i % 9) + 1} Nội dung quy định tại Thông tư số 31/2025/TT-BCT về thiết kế mỏ${(i % 9) + 1} và\n`)),
  ],
  ['a double-spaced text of numbered lines', () => fill((i) => `${(i % 99) + 1}. Sở Tài chính thực hiện việc ${i}\n\n`)],
  ['weekly phrases with a day after them', () => '1. ' + fill(() => 'báo cáo hằng tuần, trước 16 giờ 00 ngày thứ Sáu, ')],
  ['headings that give duties', () => fill(() => '1. Cục đo đạc và bản đồ Nhà nước có trách nhiệm:\n- Ông. Nguyễn Văn An - Trưởng đoàn: việc.\n')],
  ['clauses opening with grounds', () => '1. ' + fill(() => 'Căn cứ Kế hoạch này, các sở, ban, ngành, các cơ quan xây dựng kế hoạch; ')],
  // Items that each write a new name in full and one cut short: the notice's book of names fills up and is
  // searched for every short name.
  [
    'names in full and cut short, item after item',
    () => fill((i) => `${(i % 99) + 1}. Tổng Cục Quản lý đất ${i} có trách nhiệm phối hợp với Tổng cục quản lý đất ${i - 1} và Cục đo đạc có nhiệm vụ.\n`),
  ],
  // A hard-wrapped text with one line of 1 MB that holds no lower-case letter and few capitals: it is tested
  // for a heading in capitals.
  [
    'a wrapped text with a line of 1 MB without lower-case letters',
    () =>
      `${'Công tác chuẩn bị các điều kiện phục vụ thi công để triển khai một số hạng mục trong\n'.repeat(40)}ABC${'7/'.repeat(MB / 2)}\nQua kiểm tra thực tế cho thấy công tác chuẩn bị đã được quan tâm.\n`,
  ],
  // A hard-wrapped paragraph of lines that each open with "(2)" after an inline "(1)" at its start: each line
  // looks back for the label before it.
  [
    'a wrapped enumeration that goes on for 1 MB',
    () => `báo cáo các nội dung sau đây của các sở, ban, ngành: (1) Tiến độ thu hút các dự án đầu\n${fill(() => '(2) kết quả thực hiện kế hoạch xúc tiến đầu tư năm 2026 của các sở ban ngành và\n')}`,
  ],
  ['old lower-case names without their duties', () => '1. ' + fill(() => 'Cục đo đạc và bản đồ nhà nước thống kê số liệu các tỉnh ')],
  // One line of cells that each join the one before: capitals spread out letter by letter, and the blanks of a draft.
  ['capitals spread out letter by letter on one line', () => fill(() => 'T H Ô N G   ')],
  ['the blanks of a draft on one line', () => fill(() => 'ngày      ')],
  // More cells on one line than a call takes arguments.
  ['200 000 cells on one line', () => fill(() => 'ab   ')],
  ['a recipient list of 300 000 items on one line', () => `Nơi nhận: ${fill(() => 'A; ')}`],
  ['a Markdown table row whose cells break their lines', () => `|${fill(() => 'Nơi nhận:<br>- A;<br>')}`],
  // A table of tasks of 50 000 rows, and one row of 1 MB.
  ['a table of 50 000 tasks', () => `1. Phân công:\nTT | Nội dung | Đơn vị chủ trì | Thời hạn\n${fill((i) => `${i} | Việc ${i} | Sở Tài chính | 30/6/2026\n`)}`],
  ['a row of a table of tasks that goes on for 1 MB', () => `TT | Nội dung | Đơn vị chủ trì | Thời hạn\n1 | ${fill(() => 'Sở Tài chính | ')}`],
  // Doers named aside, each opening a name that runs on.
  ['doers named aside, one after another', () => '1. Việc ' + fill(() => '(Sở Tài chính chủ trì do Sở Nội vụ chủ trì ')],
  ['ordinal words, one a line', () => fill(() => 'Thứ nhất, Sở Tài chính chủ trì.\nMột là: Sở Nội vụ thực hiện.\n')],
];

describe('pathological 1 MB inputs parse in linear time (under 3 s each)', () => {
  it.each(PATHOLOGICAL)('%s', (_name, make) => {
    const text = make();
    expect(text.length).toBeGreaterThan(MB / 2);
    let t = performance.now();
    NoticeSchema.parse(parseNotice(text));
    const textMs = performance.now() - t;
    expect(textMs, `parseNotice took ${textMs.toFixed(0)} ms`).toBeLessThan(3000);
    const bytes = Buffer.from(text, 'utf8');
    t = performance.now();
    NoticeSchema.parse(parseNoticeBuffer(bytes));
    const bytesMs = performance.now() - t;
    expect(bytesMs, `parseNoticeBuffer took ${bytesMs.toFixed(0)} ms`).toBeLessThan(3000);
  }, 30_000);
});

// check reads the same lines its own way (cells with offsets, the header, the recipients): the inputs that stress
// lines and cells go through it too.
const CHECKED = [
  'one line with no newline',
  '100 000 numbered lines',
  'capitals spread out letter by letter on one line',
  'the blanks of a draft on one line',
  '200 000 cells on one line',
  'a recipient list of 300 000 items on one line',
  'a Markdown table row whose cells break their lines',
];

describe('check stays linear on the 1 MB inputs of lines and cells (under 3 s each)', () => {
  it.each(PATHOLOGICAL.filter(([name]) => CHECKED.includes(name)))('%s', (_name, make) => {
    const text = make();
    const t = performance.now();
    const r = checkText(text, { rules: RULES, asOf: '2026-12-03' });
    const ms = performance.now() - t;
    expect(ms, `checkText took ${ms.toFixed(0)} ms`).toBeLessThan(3000);
    expect(Array.isArray(r.diagnostics)).toBe(true);
  }, 30_000);

  it('has every input it names', () => {
    expect(PATHOLOGICAL.filter(([name]) => CHECKED.includes(name))).toHaveLength(CHECKED.length);
  });
});

describe('the exported readers stay linear on 1 MB too', () => {
  it('parseMeeting on a subject of digits before a date', () => {
    const t = performance.now();
    expect(parseMeeting(null, `triển khai ${'1'.repeat(MB)} ngày 11/12/2024`)).toEqual({ date: '2024-12-11', location: null });
    const ms = performance.now() - t;
    expect(ms, `parseMeeting took ${ms.toFixed(0)} ms`).toBeLessThan(3000);
  }, 30_000);
});
