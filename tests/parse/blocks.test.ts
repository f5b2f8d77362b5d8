import { describe, expect, it } from 'vitest';
import { buildParagraphs, isHardWrapped, LABEL, lineAt } from '../../src/parse/blocks.js';
import { layoutLines } from '../../src/parse/layout.js';
import { fixtureSlice, paras } from './helpers.js';

const LAI_CHAU = 'laichau-28-TB-UBND-2012.txt';
const SCT_1894 = '002_laocai-tb-1894-sct-ket-qua-kiem-tra-vlncn.txt';

describe('buildParagraphs: Word exports (one paragraph per line)', () => {
  it('keeps one paragraph per line', () => {
    const ps = paras([
      'Ngày 07/9/2017, tại Trụ sở Văn phòng UBND tỉnh, Phó Chủ tịch UBND tỉnh tổ chức cuộc họp.',
      'Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh kết luận như sau:',
      '1. Thực hiện nghiêm quy chế hoạt động của Ban chỉ đạo ISO tỉnh.',
      'Cơ quan Thường trực tham mưu triển khai thực hiện chế độ họp.',
    ]);
    expect(ps.map((p) => [p.line, p.endLine])).toEqual([[1, 1], [2, 2], [3, 3], [4, 4]]);
    expect(ps[2]!.text).toBe('1. Thực hiện nghiêm quy chế hoạt động của Ban chỉ đạo ISO tỉnh.');
  });

  it('reads the Bắc Giang body paragraph by paragraph, blank lines between them', () => {
    const ps = paras(fixtureSlice('bacgiang-307-TB-UBND-2017.txt', 21, 31), 21);
    expect(ps.map((p) => p.line)).toEqual([21, 23, 25, 27, 29, 31]);
    expect(ps.every((p) => p.line === p.endLine)).toBe(true);
    expect(ps[3]!.text).toBe('4. Giao Cơ quan Thường trực (Sở Khoa học và Công nghệ):');
  });

  it('joins a line that starts in lower case to the sentence above it', () => {
    const ps = paras(['Kết luận của đồng chí Nguyễn Tuấn Anh tại cuộc họp về tình hình triển khai', 'các cụm công nghiệp trên địa bàn tỉnh.']);
    expect(ps).toHaveLength(1);
    expect(ps[0]!.text).toBe('Kết luận của đồng chí Nguyễn Tuấn Anh tại cuộc họp về tình hình triển khai các cụm công nghiệp trên địa bàn tỉnh.');
  });

  it('re-joins the Lai Châu sentence cut by a page break ("thụ động," / blank / "trông chờ ...")', () => {
    const ps = paras(fixtureSlice(LAI_CHAU, 15, 21), 15);
    expect(ps.map((p) => [p.line, p.endLine])).toEqual([[15, 15], [17, 19], [21, 21]]);
    const cut = ps[1]!;
    expect(cut.text).toContain('mang nặng tâm lý thụ động, trông chờ vào sự hỗ trợ của các đơn vị tư vấn,');
    expect(cut.text.endsWith('chưa phát huy được vai trò, trách nhiệm của mình.')).toBe(true);
    expect(cut.segs.map((s) => s.line)).toEqual([17, 19]);
  });

  it('re-joins Lai Châu item 5, whose parenthesis stays open across the page break', () => {
    const ps = paras(fixtureSlice(LAI_CHAU, 41, 45), 41);
    expect(ps.map((p) => [p.line, p.endLine])).toEqual([[41, 43], [45, 45]]);
    expect(ps[0]!.text).toBe(
      '5. Đối với 07 đơn vị vắng mặt không lý do tại Hội nghị (Phòng Tài nguyên và Môi trường Thị xã Lai Châu; ' +
        'Phòng Lao động, Thương binh & Xã hội huyện Tam Đường; Phòng Tài nguyên và Môi trường huyện Tân Uyên; ' +
        'Phòng Lao động, Thương binh & Xã hội huyện Tân Uyên; UBND huyện Phong Thổ; UBND huyện Sìn Hồ; ' +
        'Phòng Tài nguyên & Môi trường huyện Mường Tè):',
    );
    expect(ps[1]!.text.startsWith('Yêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc kiểm điểm')).toBe(true);
  });

  it('does not join across a blank line a sentence that was closed', () => {
    const ps = paras(['Giao Sở Tài chính bố trí kinh phí.', '', 'các đơn vị liên quan phối hợp thực hiện.']);
    expect(ps).toHaveLength(2);
  });

  it('does not join a labelled line to the line above, even after an open sentence', () => {
    const ps = paras(['Giao Cơ quan Thường trực (Sở Khoa học và Công nghệ):', '- Phối hợp với Tổ giúp việc', '- Chuẩn bị báo cáo tổng kết']);
    expect(ps.map((p) => p.text)).toEqual([
      'Giao Cơ quan Thường trực (Sở Khoa học và Công nghệ):',
      '- Phối hợp với Tổ giúp việc',
      '- Chuẩn bị báo cáo tổng kết',
    ]);
  });

  it('skips page furniture between the halves of a cut sentence', () => {
    const ps = paras(['Một bộ phận cán bộ nhận thức về ISO chưa đầy đủ, mang nặng tâm lý thụ động,', '', '- 2 -', 'CÔNG BÁO/Số 302/Ngày 02-06-2026', '', 'trông chờ vào sự hỗ trợ của các đơn vị tư vấn.']);
    expect(ps).toHaveLength(1);
    expect(ps[0]!.text).toBe('Một bộ phận cán bộ nhận thức về ISO chưa đầy đủ, mang nặng tâm lý thụ động, trông chờ vào sự hỗ trợ của các đơn vị tư vấn.');
    expect(ps[0]!.segs.map((s) => s.line)).toEqual([1, 6]);
  });

  it('gives nothing for blank input', () => {
    expect(buildParagraphs(layoutLines(['', '   ', '']))).toEqual([]);
    expect(buildParagraphs([])).toEqual([]);
  });
});

// A PDF text layer: first lines indented five spaces, continuation lines at the margin.
const PDF = [
  '     Thực hiện Kế hoạch số 24/KH-UBND ngày 10/3/2026 của Ủy ban nhân dân tỉnh về',
  'việc kiểm tra công tác cải cách hành chính, Sở Nội vụ thông báo kết quả kiểm tra',
  'tại các cơ quan, đơn vị trên địa bàn tỉnh như sau:',
  '     1. Giao Sở Tài chính chủ trì, phối hợp với các cơ quan liên quan rà soát danh',
  'mục dự án đầu tư công, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/',
  '10/2026 để tổng hợp, trình Hội đồng nhân dân tỉnh xem xét, quyết định.',
  '     Sở Xây dựng hướng dẫn các chủ đầu tư hoàn thiện hồ sơ thiết kế, dự toán và',
  'tổ chức thẩm định theo quy định của pháp luật về xây dựng hiện hành.',
  '     - Đẩy nhanh tiến độ giải phóng mặt bằng, bàn giao mặt bằng sạch cho nhà thầu',
  'thi công theo đúng kế hoạch đã được phê duyệt.',
];

describe('buildParagraphs: PDF text layers (hard-wrapped)', () => {
  it('recognises a hard-wrapped text and a Word export', () => {
    expect(isHardWrapped(layoutLines(PDF))).toBe(true);
    expect(isHardWrapped(layoutLines(fixtureSlice(LAI_CHAU, 11, 61)))).toBe(false);
    expect(isHardWrapped(layoutLines(fixtureSlice(SCT_1894, 11, 60)))).toBe(true);
  });

  it('re-joins hard wraps and starts a paragraph at an indented line or a list label', () => {
    const ps = paras(PDF);
    expect(ps.map((p) => [p.line, p.endLine])).toEqual([[1, 3], [4, 6], [7, 8], [9, 10]]);
    expect(ps[0]!.text).toBe(
      'Thực hiện Kế hoạch số 24/KH-UBND ngày 10/3/2026 của Ủy ban nhân dân tỉnh về việc kiểm tra công tác cải cách hành chính, Sở Nội vụ thông báo kết quả kiểm tra tại các cơ quan, đơn vị trên địa bàn tỉnh như sau:',
    );
    expect(ps[0]!.indent).toBe(5);
    expect(ps[2]!.text.startsWith('Sở Xây dựng hướng dẫn')).toBe(true);
    expect(ps[3]!.text).toBe('- Đẩy nhanh tiến độ giải phóng mặt bằng, bàn giao mặt bằng sạch cho nhà thầu thi công theo đúng kế hoạch đã được phê duyệt.');
  });

  it('judges a page break inside a hard-wrapped paragraph as a line end, whatever the next page opens with', () => {
    // The page cuts "... ngày" / "07/11/2024 ...": a number after the break, which alone does not say "go on".
    const cut = [...PDF.slice(0, 4), 'mục dự án đầu tư công theo quy định tại Thông tư số 23/2024/TT-BCT ngày', '', '                                        2', '', '\f07/11/2024 của Bộ Công Thương, báo cáo Ủy ban nhân dân tỉnh trước ngày', '20/10/2026 để tổng hợp, trình Hội đồng nhân dân tỉnh xem xét, quyết định.', ...PDF.slice(6)];
    const ps = paras(cut);
    expect(ps.map((p) => [p.line, p.endLine])).toEqual([[1, 3], [4, 10], [11, 12], [13, 14]]);
    expect(ps[1]!.text).toContain('Thông tư số 23/2024/TT-BCT ngày 07/11/2024 của Bộ Công Thương, báo cáo');
    // Between paragraphs, the break ends the one above: its last line is short and ends a sentence.
    const between = [...PDF.slice(0, 6), '', '                                        2', '', `\f${PDF[6]}`, ...PDF.slice(7)];
    expect(paras(between).map((p) => [p.line, p.endLine])).toEqual([[1, 3], [4, 6], [10, 11], [12, 13]]);
  });

  it('joins a date cut at the wrap without a space ("ngày 15/" + "10/2026")', () => {
    expect(paras(PDF)[1]!.text).toContain('trước ngày 15/10/2026 để tổng hợp');
  });

  it('re-joins the real text layer of the Lào Cai notice 1894/TB-SCT', () => {
    const ps = paras(fixtureSlice(SCT_1894, 11, 60), 11);
    const first = ps[0]!;
    expect([first.line, first.endLine]).toEqual([11, 17]);
    expect(first.text.startsWith('Thực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở Công Thương (sau đây')).toBe(true);
    expect(first.text.endsWith('Sở Công Thương thông báo kết quả sau kiểm tra, cụ thể như sau:')).toBe(true);
    // "      1. Kết quả kiểm tra" and "        - Qua quá trình ..." are labelled lines: each opens a paragraph.
    expect(ps[1]).toMatchObject({ text: '1. Kết quả kiểm tra', line: 18, endLine: 18 });
    expect(ps[2]!.line).toBe(19);
    // Page 2 starts inside a sentence: "... VLNCN được" / page number "2" / "tốt hơn, Sở Công Thương ..."
    const cut = ps.find((p) => p.segs.some((s) => s.line === 39))!;
    expect(cut.text).toContain('quản lý và sử dụng VLNCN được tốt hơn, Sở Công Thương yêu cầu đơn vị nêu trên');
    expect(cut.segs.map((s) => s.line)).toContain(44);
    expect(cut.segs.map((s) => s.line)).not.toContain(40);
    expect(ps.find((p) => p.line === 45)!.text.startsWith('- Đề nghị Công ty tiếp tục tăng cường')).toBe(true);
    expect(ps.find((p) => p.line === 45)!.endLine).toBe(49);
  });
});

describe('buildParagraphs: headings of a hard-wrapped text', () => {
  // A PDF text layer wrapped at about 90 characters: a full line is 80 to 90 wide.
  const body = (lines: string[]) => [
    'Ngày 24/4/2026, đồng chí Nguyễn Hồng Hải - Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch',
    'UBND tỉnh kiểm tra công tác chuẩn bị thi công tại một số vị trí của 02 tuyến cao tốc Tân',
    'Phú – Bảo Lộc, Bảo Lộc – Liên Khương. Sau khi nghe Nhà đầu tư báo cáo, ý kiến thảo luận',
    'của các đại biểu tham dự, Phó Chủ tịch UBND tỉnh kết luận và chỉ đạo như sau:',
    ...lines,
    'Qua kiểm tra thực tế cho thấy, công tác chuẩn bị các điều kiện phục vụ thi công (huy động',
    'nguồn lực, tập kết vật tư, thiết bị, máy móc) để triển khai một số hạng mục trong tháng',
    '5/2026 đã được Nhà đầu tư quan tâm thực hiện.',
  ];

  it('ends a heading in capitals, which has no stop, before the sentence under it', () => {
    const ps = paras(body(['II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM VÀ PHÂN CÔNG TỔ CHỨC THỰC HIỆN']));
    expect(ps.map((p) => p.text.slice(0, 20))).toEqual(['Ngày 24/4/2026, đồng', 'II. NHIỆM VỤ, GIẢI P', 'Qua kiểm tra thực tế']);
    // A heading wrapped in two goes on in capitals.
    const two = paras(body(['II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM VÀ PHÂN CÔNG TỔ CHỨC THỰC HIỆN CỦA CÁC', 'SỞ, BAN, NGÀNH']));
    expect(two[1]!.text).toBe('II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM VÀ PHÂN CÔNG TỔ CHỨC THỰC HIỆN CỦA CÁC SỞ, BAN, NGÀNH');
  });

  it('ends a short line, which the wrap would have filled, before a line that starts with a capital', () => {
    const ps = paras(body(['I. Đánh giá chung']));
    expect(ps.map((p) => [p.text.slice(0, 17), p.line, p.endLine])).toEqual([
      ['Ngày 24/4/2026, đ', 1, 4],
      ['I. Đánh giá chung', 5, 5],
      ['Qua kiểm tra thực', 6, 8],
    ]);
  });

  it('ends an item\'s heading alone on its line sooner than other lines: at three quarters of a full line', () => {
    // 60 characters: under 0.75 of the full lines (80 to 90), over 0.6.
    const heading = '7. Ủy ban nhân dân các xã, phường có cụm công nghiệp tỉnh';
    const ps = paras(body([heading, 'Phối hợp chặt chẽ với các chủ đầu tư hạ tầng đẩy nhanh công tác giải phóng mặt bằng.']));
    expect(ps[1]!.text).toBe(heading);
    // Without its label the line is a paragraph's, and goes on.
    const plain = paras(body([heading.slice(3), 'Phối hợp chặt chẽ với các chủ đầu tư hạ tầng đẩy nhanh công tác giải phóng mặt bằng.']));
    expect(plain[1]!.text.startsWith(`${heading.slice(3)} Phối hợp`)).toBe(true);
  });

  it('ends a line before a word that only opens sentences, and not before a verb that names take', () => {
    const opener = paras(body(['2. Giấy khen của Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân cấp xã', 'Căn cứ Kế hoạch này, các cơ quan, đơn vị chủ động xây dựng, ban hành tiêu chuẩn khen thưởng.']));
    expect(opener[1]!.text).toBe('2. Giấy khen của Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân cấp xã');
    expect(opener[2]!.text.startsWith('Căn cứ Kế hoạch này')).toBe(true);
    const name = paras(body(['Giao Sở Tài chính chủ trì, phối hợp với Ban Quản lý dự án và Trung tâm', 'Phát triển quỹ đất tỉnh rà soát, báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh.']));
    expect(name[1]!.text).toContain('Trung tâm Phát triển quỹ đất tỉnh rà soát');
  });

  it('still joins a short line to a line in lower case, or to the list its colon opens', () => {
    const lower = paras(body(['I. Đánh giá chung', 'về công tác chuẩn bị thi công.']));
    expect(lower[1]!.text).toBe('I. Đánh giá chung về công tác chuẩn bị thi công.');
    const opens = paras(body(['Giao các đơn vị như:', 'Sở Xây dựng, Sở Tài chính.']));
    expect(opens.some((p) => p.text.endsWith('Giao các đơn vị như: Sở Xây dựng, Sở Tài chính.'))).toBe(true);
  });
});

describe('buildParagraphs: an enumeration inside a sentence, wrapped', () => {
  const wrapped = (lines: string[]) => [
    'Ngày 20/4/2026, UBND tỉnh Lâm Đồng tổ chức buổi làm việc với Trung tâm Xúc tiến Đầu tư,',
    'Thương mại và Du lịch và một số sở, ban, ngành báo cáo: (1) Tiến độ thu hút các dự án đầu',
    'tư ngoài ngân sách theo danh mục ban hành tại Quyết định số 1618/QĐ-UBND ngày 08/10/2025',
    ...lines,
    'Sau khi nghe báo cáo của các đại biểu tham dự cuộc họp, đồng chí chủ trì kết luận như sau:',
  ];

  it('goes on with the sentence when the label before it stands inside the paragraph', () => {
    const ps = paras(wrapped(['của UBND tỉnh; (2) kết quả thực hiện kế hoạch xúc tiến đầu tư năm 2026; (3) Kế hoạch gặp', 'mặt doanh nghiệp nhỏ và vừa;', '(4) thống nhất các nội dung dự thảo Kế hoạch nâng cao Chỉ số năng lực cạnh tranh.']));
    expect(ps.map((p) => p.line)).toEqual([1, 7]);
    expect(ps[0]!.text).toContain('doanh nghiệp nhỏ và vừa; (4) thống nhất các nội dung');
    const letters = paras(wrapped(['của UBND tỉnh, gồm: a) các dự án đã có chủ trương đầu tư;', 'b) các dự án đang đề xuất.']));
    expect(letters.map((p) => p.line)).toEqual([1, 6]);
  });

  it('starts an item when the label before it opened a line, or there is none', () => {
    const items = paras(['1. Giao Sở Tài chính chủ trì rà soát danh mục các dự án thu hút đầu tư ngoài ngân sách', 'theo Quyết định số 1618/QĐ-UBND; báo cáo kết quả thực hiện trong tháng 5 năm 2026 với', 'các nội dung: (1) tiến độ thực hiện từng dự án;', '(2) khó khăn, vướng mắc và đề xuất tháo gỡ.', '(1) Sở Xây dựng theo dõi.', '(3) Sở Nội vụ phối hợp.']);
    // "(2)" follows an inline "(1)": the sentence goes on; "(1)" and "(3)" at the margin are items.
    expect(items.map((p) => p.line)).toEqual([1, 5, 6]);
  });
});

describe('buildParagraphs: a colon at the end of a hard-wrapped line', () => {
  const wrapped = (lines: string[]) => [
    'Liên quan thủ tục huấn luyện, kiểm tra, cấp giấy chứng nhận huấn luyện kỹ thuật an toàn',
    'vật liệu nổ công nghiệp quy định tại Nghị định số 181/2024/NĐ-CP ngày 31/12/2024 và Nghị',
    ...lines,
    'định số 146/2025/NĐ-CP ngày 12/6/2025 của Chính phủ về việc phân cấp thực hiện thủ tục,',
    'đề nghị các cơ quan, đơn vị nghiên cứu và góp ý bằng văn bản theo đúng thời hạn quy định.',
  ];

  it('goes on with the list a colon opens in the sentence', () => {
    const ps = paras(wrapped(['định số 146/2025/NĐ-CP ngày 12/6/2025 của Chính phủ, giao các cơ quan như:', 'Sở Công Thương, Sở Tư pháp, Công an tỉnh và Bộ Chỉ huy Quân sự tỉnh.']));
    expect(ps[0]!.text).toContain('giao các cơ quan như: Sở Công Thương, Sở Tư pháp');
  });

  it('starts a paragraph after "như sau:" and after a labelled heading\'s colon', () => {
    const after = paras(wrapped(['định số 146/2025; Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:', 'Giao Sở Công Thương chủ trì, phối hợp với Sở Tư pháp và các cơ quan có liên quan, căn cứ']));
    expect(after[0]!.text.endsWith('có ý kiến chỉ đạo như sau:')).toBe(true);
    expect(after[1]!.text.startsWith('Giao Sở Công Thương chủ trì')).toBe(true);
    const heading = paras([
      'đ) Đối với việc đánh giá hiệu quả kinh tế xã hội khi thu hồi quặng bô xit trong phạm vi',
      'của dự án:',
      'Đề nghị Nhà đầu tư khẩn trương nộp báo cáo đánh giá hiệu quả kinh tế xã hội khi thu hồi',
      'quặng bô xit trong phạm vi của dự án gửi Sở Nông nghiệp và Môi trường trong tháng 4/2026.',
      'Giao Sở Nông nghiệp và Môi trường có trách nhiệm thẩm định hồ sơ do Nhà đầu tư nộp; đồng',
      'thời hướng dẫn Nhà đầu tư triển khai các bước tiếp theo theo đúng quy định hiện hành.',
    ]);
    expect(heading.map((p) => p.line)).toEqual([1, 3, 5]);
    expect(heading[0]!.text).toBe('đ) Đối với việc đánh giá hiệu quả kinh tế xã hội khi thu hồi quặng bô xit trong phạm vi của dự án:');
  });
});

describe('buildParagraphs: a wrap before the dash inside a name', () => {
  const wrappedItem = [
    '1. Nhà đầu tư của 02 dự án đường bộ cao tốc Tân Phú – Bảo Lộc và Bảo Lộc',
    '– Liên Khương có trách nhiệm triển khai thi công đúng tiến độ đã cam kết với',
    'Ủy ban nhân dân tỉnh, bảo đảm an toàn giao thông trên các tuyến đường hiện hữu',
    'và báo cáo kết quả thực hiện về Sở Xây dựng trước ngày 30 tháng 4 năm 2026.',
    '2. Sở Xây dựng chủ trì theo dõi, đôn đốc tiến độ thi công của các nhà đầu tư',
    'và tổng hợp, báo cáo Ủy ban nhân dân tỉnh những khó khăn, vướng mắc phát sinh.',
  ];

  it('goes on with the line above when an en dash opens a line at the margin after an open line', () => {
    const ps = paras(wrappedItem);
    expect(ps.map((p) => p.line)).toEqual([1, 5]);
    expect(ps[0]!.text).toContain('Tân Phú – Bảo Lộc và Bảo Lộc – Liên Khương có trách nhiệm');
  });

  it('goes on with the line above when "- " opens a line inside an open parenthesis', () => {
    const ps = paras([
      'Yêu cầu các sở, ban, ngành, địa phương nghiên cứu, thực hiện nghiêm túc các nhiệm vụ được',
      'giao và gửi báo cáo về UBND tỉnh (qua Phòng Cảnh sát QLHC về TTXH, Công an tỉnh',
      '- Địa chỉ: Số 53 đường Hùng Vương, Phường Lâm Viên - Đà Lạt) trước 11h00 ngày thứ 5',
      'hằng tuần để tổng hợp, báo cáo theo quy định.',
      '- Sở Tài chính bố trí kinh phí thực hiện theo đúng quy định hiện hành của pháp luật.',
    ]);
    expect(ps.map((p) => p.line)).toEqual([1, 5]);
    expect(ps[0]!.text).toContain('Công an tỉnh - Địa chỉ: Số 53');
  });

  it('keeps a hyphen point, and an en dash after a sentence end, as points', () => {
    const hyphen = paras(wrappedItem.map((l, i) => (i === 1 ? l.replace('– ', '- ') : l)));
    expect(hyphen.map((p) => p.line)).toEqual([1, 2, 5]);
    const afterStop = paras(wrappedItem.map((l, i) => (i === 0 ? `${l}.` : l)));
    expect(afterStop.map((p) => p.line)).toEqual([1, 2, 5]);
  });
});

describe('buildParagraphs: the rows of a table', () => {
  it('keeps each row a paragraph of its own, and a line in lower case after a row as the rest of its last cell', () => {
    const ps = paras([
      'Phân công nhiệm vụ như sau:',
      'TT | Nội dung công việc | Đơn vị chủ trì | Thời gian hoàn thành',
      '1 | Rà soát quy hoạch các cụm công nghiệp | Sở Công Thương | Trước 30/6/2026',
      '2 | Bố trí kinh phí thực hiện | Sở Tài chính | Quý III',
      'năm 2026',
      'Các đơn vị báo cáo kết quả trước ngày 15/12/2026.',
    ]);
    expect(ps.map((p) => [p.line, p.endLine])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 5],
      [6, 6],
    ]);
    expect(ps[3]!.text).toBe('2 | Bố trí kinh phí thực hiện | Sở Tài chính | Quý III năm 2026');
  });
});

describe('buildParagraphs: footnotes of PDF text layers', () => {
  const SNNMT_6795 = '022_laocai-cv-6795-snnmt-nghia-vu-mo-quy-xa.txt';

  it('drops footnotes at the margin under the last line of a page, and the references glued to words (022)', () => {
    const ps = paras(fixtureSlice(SNNMT_6795, 12, 100), 12);
    // "... ngày bắt đầu khai" / "1 Nội dung thiết kế mỏ ..." / page number "2" / "thác khoáng sản với ...".
    const cut = ps.find((p) => p.line === 39)!;
    expect(cut.text).toBe(
      '- Đăng ký, thông báo ngày bắt đầu xây dựng cơ bản mỏ, ngày bắt đầu khai thác khoáng sản với cơ quan quản lý nhà nước có thẩm quyền cấp giấy phép khai thác khoáng sản, trước khi thực hiện hoạt động đó theo đúng quy định của pháp luật.',
    );
    expect(cut.segs.map((s) => s.line)).not.toContain(40);
    expect(ps.find((p) => p.line === 32)!.text.endsWith('không tự ý thay đổi thiết kế mỏ .')).toBe(true);
    // Two footnotes on page 3 ("2 Hồ sơ, ...", "3 Khi khai thác ...", with blank lines inside) and a line of the
    // body that opens with a number: "7 Luật Địa chất và khoáng sản3." (no "...7" above it).
    const item = ps.find((p) => p.line === 72)!;
    expect(item.text).toBe(
      '- Tổ chức, cá nhân hoạt động khoáng sản thực hiện bảo vệ tài nguyên địa chất chưa khai thác, sử dụng và khoáng sản chưa khai thác theo quy định tại Điều 7 Luật Địa chất và khoáng sản.',
    );
    expect(ps.some((p) => p.text.includes('Khi khai thác khoáng sản phải ưu tiên') || p.text.includes('Hồ sơ, mẫu văn bản'))).toBe(false);
  });

  it('keeps a line that opens with a number when no page ends below it, or no word above carries its number', () => {
    const body = [
      '      - Thực hiện thủ tục lập, thẩm định, phê duyệt thiết kế mỏ theo quy định tại',
      'khoản 2 Điều 61 Luật Địa chất và khoáng sản, không tự ý thay đổi thiết kế mỏ1 và',
      'thông báo cho cơ quan quản lý nhà nước có thẩm quyền cấp giấy phép khai thác khoáng',
      'sản trước khi thực hiện hoạt động đó theo đúng quy định của pháp luật hiện hành.',
    ];
    const note = '1 Nội dung thiết kế mỏ được quy định tại Thông tư số 31/2025/TT-BCT ngày 16/5/2025 của Bộ Công Thương';
    const dropped = paras([...body, note, '                    2', '', '      - Lập hồ sơ pháp lý về bảo vệ môi trường trình cơ quan có thẩm quyền thẩm định.']);
    expect(dropped.some((p) => p.text.includes('Nội dung thiết kế mỏ'))).toBe(false);
    const noPage = paras([...body, note, '      - Lập hồ sơ pháp lý về bảo vệ môi trường trình cơ quan có thẩm quyền thẩm định.']);
    expect(noPage.some((p) => p.text.includes('Nội dung thiết kế mỏ'))).toBe(true);
    const noReference = paras([...body.map((l) => l.replace('mỏ1', 'mỏ')), note, '                    2']);
    expect(noReference.some((p) => p.text.includes('Nội dung thiết kế mỏ'))).toBe(true);
  });

  it('drops an indented footnote after a gap', () => {
    const ps = paras([
      '      - Thực hiện thủ tục lập, thẩm định, phê duyệt thiết kế mỏ theo quy định tại khoản',
      '2 Điều 61 Luật Địa chất và khoáng sản, không tự ý thay đổi thiết kế mỏ1 và báo cáo',
      'cơ quan quản lý nhà nước có thẩm quyền cấp giấy phép khai thác khoáng sản theo',
      'đúng quy định của pháp luật hiện hành về khoáng sản.',
      '',
      '   1 Nội dung thiết kế mỏ được quy định tại Thông tư số 31/2025/TT-BCT ngày 16/5/2025',
      '                    2',
    ]);
    expect(ps).toHaveLength(1);
    expect(ps[0]!.text).toContain('không tự ý thay đổi thiết kế mỏ và báo cáo');
  });
});

describe('lineAt', () => {
  it('maps offsets of a re-joined paragraph back to its input lines', () => {
    const [p] = paras(fixtureSlice(LAI_CHAU, 41, 43), 41);
    const second = p!.text.indexOf('Phòng Lao động, Thương binh & Xã hội huyện Tân Uyên');
    expect(second).toBeGreaterThan(0);
    expect(lineAt(p!, 0)).toBe(41);
    expect(lineAt(p!, second - 1)).toBe(41);
    expect(lineAt(p!, second)).toBe(43);
    expect(lineAt(p!, p!.text.length - 1)).toBe(43);
  });

  it('maps offsets of a hard-wrapped paragraph to each wrapped line', () => {
    const p = paras(PDF)[1]!;
    expect(lineAt(p, p.text.indexOf('Giao Sở Tài chính'))).toBe(4);
    expect(lineAt(p, p.text.indexOf('mục dự án'))).toBe(5);
    expect(lineAt(p, p.text.indexOf('10/2026'))).toBe(6);
    // The joined date starts on the line where "15/" stands.
    expect(lineAt(p, p.text.indexOf('15/10/2026'))).toBe(5);
  });
});

describe('LABEL', () => {
  it('knows the list labels of notices', () => {
    for (const t of ['1. Giao', '12) Sở', 'II. NHIỆM VỤ', '1.1. Đợt 1', '2.3.1 Nội dung', 'a) Rà soát', 'đ) Đối với', '- Phối hợp', '– Phối hợp', '+ Hồ sơ', '• Mục']) {
      expect(LABEL.test(t), t).toBe(true);
    }
  });

  it('knows the slashes and hyphens of older and local notices: "1/", "1-", "II/", "I-", "a/"', () => {
    for (const t of ['1/ Giao Sở Tài chính', '12/ Sở', '1- Giao', 'II/ NHIỆM VỤ', 'I- TÌNH HÌNH', 'a/ Rà soát', 'đ/ Đối với', '2-Sở Xây dựng']) {
      expect(LABEL.test(t), t).toBe(true);
    }
    for (const t of ['1/6/2026 là ngày', '15/6 hằng năm', 'đ/c Hải', 'a/b', 'v/v', '10-15 ngày', '2/3 số xã']) {
      expect(LABEL.test(t), t).toBe(false);
    }
  });

  it('knows letters in parentheses, but not the small Roman numerals "(i)", "(v)", "(x)"', () => {
    for (const t of ['(a) Rà soát', '(b) Báo cáo', '(đ) Đối với', '(a)Rà soát']) expect(LABEL.test(t), t).toBe(true);
    for (const t of ['(i) Tổng mặt bằng', '(ii) Kho VLNCN', '(v) Khác', '(x) Khác', '(ab) x', '(a)b']) expect(LABEL.test(t), t).toBe(false);
  });

  it('does not take words or numbers in a sentence for labels', () => {
    for (const t of ['Giao Sở Tài chính', '2026 là năm', 'Ủy ban nhân dân', 'Sở KH&CN', '1/2026', 'Số: 307', '-5 độ']) {
      expect(LABEL.test(t), t).toBe(false);
    }
  });

  it('takes a label typed without its space before a capital, as drafts and text layers give it', () => {
    for (const t of ['1.Giao Sở Tài chính', '12)Sở', 'II.NHIỆM VỤ', '1.1.Đợt 1', 'a)Rà soát', 'đ.Đối với', '(2)Sở Xây dựng', '-Sở Xây dựng', '-Như trên']) {
      expect(LABEL.test(t), t).toBe(true);
    }
    // Not before a lower-case letter or a digit, not after a number without its dot, not after an en dash (the
    // wrap inside a name: "–Liên Khương").
    for (const t of ['1.giao', '1.1Giao', '2.500 đồng', '–Liên Khương', '1Giao']) {
      expect(LABEL.test(t), t).toBe(false);
    }
  });
});
