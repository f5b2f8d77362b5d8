import { describe, expect, it } from 'vitest';
import { parseHeader, parseNumber, parsePlaceDate } from '../../src/parse/header.js';
import { fixtureLines } from './helpers.js';

describe('parseNumber', () => {
  it('reads "Số: 307 /TB-UBND" (Bắc Giang) with the space before the slash', () => {
    expect(parseNumber('Số: 307 /TB-UBND')).toEqual({
      number: { text: 'Số: 307 /TB-UBND', serial: 307, symbol: 'TB-UBND', value: '307/TB-UBND' },
      partyStyle: false,
      before: '',
    });
  });

  it('reads a draft with the serial left blank: serial and value null, symbol kept', () => {
    const n = parseNumber('Số:           /TB-VP');
    expect(n?.number).toEqual({ text: 'Số: /TB-VP', serial: null, symbol: 'TB-VP', value: null });
    expect(n?.partyStyle).toBe(false);
  });

  it('reads the party style "Số 12-TB/HU" (no colon, serial joined by a hyphen)', () => {
    const n = parseNumber('Số 12-TB/HU');
    expect(n?.number).toEqual({ text: 'Số 12-TB/HU', serial: 12, symbol: 'TB/HU', value: '12-TB/HU' });
    expect(n?.partyStyle).toBe(true);
  });

  it('keeps the leading zero of "Số: 05/TB-VP" in the value as written', () => {
    expect(parseNumber('Số: 05/TB-VP')?.number).toEqual({ text: 'Số: 05/TB-VP', serial: 5, symbol: 'TB-VP', value: '05/TB-VP' });
  });

  it('reads a party-style draft "Số -TB/HU": no serial, no value', () => {
    const n = parseNumber('Số -TB/HU');
    expect(n?.number).toMatchObject({ serial: null, symbol: 'TB/HU', value: null });
    expect(n?.partyStyle).toBe(true);
  });

  it('reads a four-digit serial with a two-part symbol', () => {
    expect(parseNumber('Số: 5973 /UBND-KT')?.number).toMatchObject({ serial: 5973, symbol: 'UBND-KT', value: '5973/UBND-KT' });
  });

  it('returns the words before "Số" for a flattened subject line', () => {
    expect(parseNumber('cộng đồngSố: /UBND-NC')?.before).toBe('cộng đồng');
  });

  it('reads "SỐ:" typed in capitals, and not "SỐ" without its colon inside an issuer in capitals', () => {
    expect(parseNumber('SỐ: 307/TB-UBND')?.number).toEqual({ text: 'SỐ: 307/TB-UBND', serial: 307, symbol: 'TB-UBND', value: '307/TB-UBND' });
    expect(parseNumber('THEO QUYẾT ĐỊNH SỐ 1050/QĐ-SCT')).toBeNull();
  });

  it('finds no number in prose that says "số" in lower case', () => {
    expect(parseNumber('Báo cáo số 5 của Sở Tài chính')).toBeNull();
    expect(parseNumber('Thực hiện Kế hoạch số 1787/KH-UBND ngày 03/7/2014')).toBeNull();
  });
});

describe('parsePlaceDate: the date in figures', () => {
  it('reads "Bắc Giang, ngày 15/9/2017" alone in its cell, and no sentence that has a date', () => {
    expect(parsePlaceDate('Bắc Giang, ngày 15/9/2017')).toEqual({
      place: 'Bắc Giang',
      issued: { text: 'Bắc Giang, ngày 15/9/2017', date: '2017-09-15', year: 2017, month: 9, day: 15 },
    });
    expect(parsePlaceDate('Lào Cai, ngày 05.3.2026.')?.issued.date).toBe('2026-03-05');
    expect(parsePlaceDate('Sở Tài chính họp ngày 15/9/2017')).toBeNull();
    expect(parsePlaceDate('Bắc Giang, ngày 15/9/2017 tại Trụ sở')).toBeNull();
    expect(parsePlaceDate('Bắc Giang, ngày 15/9-2017')).toBeNull();
  });
});

describe('parsePlaceDate', () => {
  it('reads "Bắc Giang, ngày 15 tháng 9 năm 2017"', () => {
    expect(parsePlaceDate('Bắc Giang, ngày 15 tháng 9 năm 2017')).toEqual({
      place: 'Bắc Giang',
      issued: { text: 'Bắc Giang, ngày 15 tháng 9 năm 2017', date: '2017-09-15', year: 2017, month: 9, day: 15 },
    });
  });

  it('reads "Ngày" typed with a capital after the place, keeping it as written, and not without a place', () => {
    expect(parsePlaceDate('Hà Nội, Ngày 05 tháng 02 năm 2021')).toEqual({
      place: 'Hà Nội',
      issued: { text: 'Hà Nội, Ngày 05 tháng 02 năm 2021', date: '2021-02-05', year: 2021, month: 2, day: 5 },
    });
    expect(parsePlaceDate('Hà Nội, Ngày 5/2/2021')?.issued.date).toBe('2021-02-05');
    expect(parsePlaceDate('Ngày 05 tháng 02 năm 2021')).toBeNull();
    // In a flattened web copy too.
    const flat = parseHeader([
      'VĂN PHÒNG CHÍNH PHỦ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------',
      'Số: 2739/VPCP-ĐMDN V/v quy định về quản trị doanh nghiệp Hà Nội, Ngày 05 tháng 04 năm 2019 Kính gửi: Bộ Kế hoạch và Đầu tư.',
    ]);
    expect([flat.place, flat.issued.date, flat.subject]).toEqual(['Hà Nội', '2019-04-05', 'quy định về quản trị doanh nghiệp']);
  });

  it('keeps month and year of a draft whose day is blank', () => {
    expect(parsePlaceDate('Lào Cai, ngày        tháng 6 năm 2026')).toEqual({
      place: 'Lào Cai',
      issued: { text: 'Lào Cai, ngày tháng 6 năm 2026', date: null, year: 2026, month: 6, day: null },
    });
  });

  it('keeps only the year when day and month are both blank', () => {
    expect(parsePlaceDate('Lào Cai, ngày      tháng      năm 2025')?.issued).toMatchObject({ date: null, year: 2025, month: null, day: null });
  });

  it('gives no date for a day that does not exist (31 February), but keeps the parts', () => {
    expect(parsePlaceDate('Hà Nội, ngày 31 tháng 02 năm 2020')?.issued).toEqual({
      text: 'Hà Nội, ngày 31 tháng 02 năm 2020', date: null, year: 2020, month: 2, day: 31,
    });
  });

  it('knows leap years: 29 February 2024 exists, 29 February 2023 does not', () => {
    expect(parsePlaceDate('Lâm Đồng, ngày 29 tháng 02 năm 2024')?.issued.date).toBe('2024-02-29');
    expect(parsePlaceDate('Lâm Đồng, ngày 29 tháng 02 năm 2023')?.issued.date).toBeNull();
  });

  it('drops a month out of range', () => {
    expect(parsePlaceDate('Đà Lạt, ngày 5 tháng 13 năm 2020')?.issued).toMatchObject({ date: null, month: null, year: 2020 });
  });

  it('pads day and month: "ngày 02 tháng 03 năm 2012" -> 2012-03-02', () => {
    expect(parsePlaceDate('Hà Nội, ngày 2 tháng 3 năm 2012')?.issued.date).toBe('2012-03-02');
  });

  it('returns null for a line without "ngày ... tháng ... năm"', () => {
    expect(parsePlaceDate('Kết quả kiểm tra việc chấp hành quy định')).toBeNull();
    expect(parsePlaceDate('')).toBeNull();
  });
});

describe('parseHeader: plain lines', () => {
  it('reads the Bắc Giang notice (no issuer lines, number and date on their own lines)', () => {
    const h = parseHeader(fixtureLines('bacgiang-307-TB-UBND-2017.txt'));
    expect(h.number).toEqual({ text: 'Số: 307 /TB-UBND', serial: 307, symbol: 'TB-UBND', value: '307/TB-UBND' });
    expect(h.numberLine).toBe(3);
    expect(h.place).toBe('Bắc Giang');
    expect(h.issued.date).toBe('2017-09-15');
    expect(h.issuedLine).toBe(5);
    expect(h.docType).toBe('THÔNG BÁO');
    expect(h.docTypeLine).toBe(7);
    expect(h.subject).toBe('Kết luận của Phó Chủ tịch UBND tỉnh Dương Văn Thái tại cuộc họp Ban chỉ đạo ISO tỉnh ngày 07/9/2017');
    expect(h.subjectLine).toBe(9);
    // "Ngày 07/9/2017, tại Trụ sở ..." opens the body.
    expect(h.bodyStart).toBe(11);
    // Nothing in capitals above the number: no issuer.
    expect(h.issuer).toEqual({ name: null, parent: null });
  });

  it('reads the Lai Châu notice: "## THÔNG BÁO" and a bold subject', () => {
    const h = parseHeader(fixtureLines('laichau-28-TB-UBND-2012.txt'));
    expect(h.number.value).toBe('28/TB-UBND');
    expect(h.place).toBe('Lai Châu');
    expect(h.issued.date).toBe('2012-06-18');
    expect(h.docType).toBe('THÔNG BÁO');
    expect(h.subject).toBe(
      'Kết luận của đồng chí Lê Xuân Phùng - Phó Chủ tịch UBND tỉnh tại Hội nghị sơ kết công tác triển khai áp dụng HTQLCL ISO 9001:2008 năm 2011 và triển khai Kế hoạch năm 2012',
    );
    expect(h.bodyStart).toBe(11);
  });

  it('reads a parent body over the issuer: "UBND TỈNH LÀO CAI" over "VĂN PHÒNG"', () => {
    const h = parseHeader([
      'UBND TỈNH LÀO CAI',
      'VĂN PHÒNG ',
      ' | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số:           /TB-VP | Lào Cai, ngày        tháng 6 năm 2026',
      '',
      'THÔNG BÁO',
      'Kết luận của đồng chí Nguyễn Tuấn Anh - Phó Bí thư Tỉnh ủy, Chủ tịch',
      'Ủy ban nhân dân tỉnh tại cuộc họp về tình hình triển khai',
      'các cụm công nghiệp trên địa bàn tỉnh',
      '-------------',
      '',
      'Ngày 19 tháng 6 năm 2026, Ủy ban nhân dân tỉnh tổ chức cuộc họp.',
    ]);
    expect(h.issuer).toEqual({ name: 'VĂN PHÒNG', parent: 'UBND TỈNH LÀO CAI' });
    expect(h.issuerLine).toBe(2);
    expect(h.nationalTitleLine).toBe(3);
    expect(h.mottoLine).toBe(4);
    expect(h.number).toMatchObject({ serial: null, symbol: 'TB-VP', value: null });
    expect(h.numberLine).toBe(5);
    expect(h.place).toBe('Lào Cai');
    expect(h.issued).toMatchObject({ day: null, month: 6, year: 2026, date: null });
    expect(h.issuedLine).toBe(5);
    expect(h.docType).toBe('THÔNG BÁO');
    // The subject runs over three lines and ends at the rule under it.
    expect(h.subject).toBe(
      'Kết luận của đồng chí Nguyễn Tuấn Anh - Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về tình hình triển khai các cụm công nghiệp trên địa bàn tỉnh',
    );
    expect(h.subjectLine).toBe(8);
    expect(h.bodyStart).toBe(13);
  });

  it('joins a wrapped issuer name: "ỦY BAN NHÂN DÂN" over "TỈNH LÂM ĐỒNG" is one name', () => {
    const h = parseHeader([
      'ỦY BAN NHÂN DÂN',
      'TỈNH LÂM ĐỒNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập – Tự do – Hạnh phúc',
      'Số:      /TB-UBND | Lâm Đồng, ngày     tháng 4 năm 2026',
      '',
      'THÔNG BÁO',
      'Kết luận của đồng chí Nguyễn Ngọc Phúc - Phó Chủ tịch UBND tỉnh',
      '',
      'Ngày 16/4/2026, đồng chí Nguyễn Ngọc Phúc chủ trì buổi làm việc.',
    ]);
    expect(h.issuer).toEqual({ name: 'ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', parent: null });
    expect(h.issuerLine).toBe(1);
    expect(h.place).toBe('Lâm Đồng');
    expect(h.issued).toMatchObject({ month: 4, year: 2026, day: null });
    expect(h.subject).toBe('Kết luận của đồng chí Nguyễn Ngọc Phúc - Phó Chủ tịch UBND tỉnh');
    expect(h.bodyStart).toBe(9);
  });

  it('reads a party header: number without colon, party line, two-level issuer kept apart from the number', () => {
    const h = parseHeader([
      'ĐẢNG BỘ TỈNH BẮC GIANG | ĐẢNG CỘNG SẢN VIỆT NAM',
      'HUYỆN ỦY LỤC NAM',
      '*',
      'Số 12-TB/HU | Lục Nam, ngày 05 tháng 3 năm 2019',
      '',
      'THÔNG BÁO',
      'KẾT LUẬN CỦA THƯỜNG TRỰC HUYỆN UỶ',
      '-----',
      'Ngày 01/3/2019, Thường trực Huyện ủy họp.',
    ]);
    expect(h.partyLine).toBe(1);
    expect(h.partyStyle).toBe(true);
    expect(h.number).toEqual({ text: 'Số 12-TB/HU', serial: 12, symbol: 'TB/HU', value: '12-TB/HU' });
    expect(h.place).toBe('Lục Nam');
    expect(h.issued.date).toBe('2019-03-05');
    expect(h.docType).toBe('THÔNG BÁO');
    expect(h.subject).toBe('KẾT LUẬN CỦA THƯỜNG TRỰC HUYỆN UỶ');
  });
});

describe('parseHeader: Word tables and PDF columns', () => {
  it('reads a PDF two-column header (runs of spaces between the columns)', () => {
    // 002_laocai-tb-1894-sct-ket-qua-kiem-tra-vlncn.txt, lines 1-11
    const h = parseHeader(fixtureLines('002_laocai-tb-1894-sct-ket-qua-kiem-tra-vlncn.txt'));
    expect(h.issuer).toEqual({ name: 'SỞ CÔNG THƯƠNG', parent: 'UBND TỈNH LÀO CAI' });
    expect(h.nationalTitleLine).toBe(1); // "CỘNG HÕA XÃ HỘI ..." as the text layer spells it
    expect(h.mottoLine).toBe(2);
    expect(h.number).toEqual({ text: 'Số: 1894 /TB-SCT', serial: 1894, symbol: 'TB-SCT', value: '1894/TB-SCT' });
    expect(h.numberLine).toBe(4);
    expect(h.issued).toEqual({ text: 'Lào Cai, ngày 09 tháng 4 năm 2026', date: '2026-04-09', year: 2026, month: 4, day: 9 });
    expect(h.issuedLine).toBe(4);
    expect(h.docType).toBe('THÔNG BÁO');
    expect(h.docTypeLine).toBe(6);
    expect(h.subject).toBe(
      'Kết quả kiểm tra việc chấp hành Quy định của pháp luật trong sử dụng và bảo quản vật liệu nổ công ghiệp',
    );
    expect(h.subjectLine).toBe(7);
    expect(h.bodyStart).toBe(11);
  });

  it('reads a Word table header joined with " | " (empty cells between)', () => {
    // 018_laocai-cv-sct-don-doc-bao-cao-hoa-chat-2025.txt, lines 1-8
    const h = parseHeader([
      'UBND TỈNH LÀO CAI |  | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'SỞ CÔNG THƯƠNG |  | Độc lập – Tự do – Hạnh phúc',
      'Số:           /SCT-CN |  |    Lào Cai, ngày        tháng 4 năm 2026',
      'V/v báo cáo định kỳ hoạt động hóa chất trên hệ thống cơ sở dữ liệu chuyên ngành hóa chất  |  | ',
      '',
      'Kính gửi: Các đơn vị hoạt động hóa chất trên địa bàn tỉnh Lào Cai',
      '',
      'Thực hiện ý kiến chỉ đạo của Cục Hóa chất - Bộ Công Thương.',
    ]);
    expect(h.issuer).toEqual({ name: 'SỞ CÔNG THƯƠNG', parent: 'UBND TỈNH LÀO CAI' });
    expect(h.nationalTitleLine).toBe(1);
    expect(h.mottoLine).toBe(2);
    expect(h.number).toMatchObject({ serial: null, symbol: 'SCT-CN', value: null });
    expect(h.numberLine).toBe(3);
    expect(h.issued).toMatchObject({ month: 4, year: 2026, day: null });
    // A công văn has no type name; its subject is the "V/v" line without "V/v".
    expect(h.docType).toBeNull();
    expect(h.subject).toBe('báo cáo định kỳ hoạt động hóa chất trên hệ thống cơ sở dữ liệu chuyên ngành hóa chất');
    expect(h.subjectLine).toBe(4);
    expect(h.addressees).toEqual(['Các đơn vị hoạt động hóa chất trên địa bàn tỉnh Lào Cai']);
    expect(h.bodyStart).toBe(8);
  });

  it('joins a "V/v" subject that runs into a second cell row', () => {
    // 028_binhthuan-cv-trien-khai-cong-dien-131.txt, lines 1-11
    const h = parseHeader(fixtureLines('028_binhthuan-cv-trien-khai-cong-dien-131.txt'));
    expect(h.issuer).toEqual({ name: 'ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN', parent: null });
    expect(h.number).toMatchObject({ serial: null, symbol: 'UBND-NCKSTTHC' });
    expect(h.subject).toBe(
      'triển khai Công điện số 131/CĐ-TTg ngày 11/12/2024 của Thủ tướng Chính phủ về cắt giảm đơn giản hóa thủ tục hành chính',
    );
    expect(h.subjectLine).toBe(4);
    expect(h.place).toBe('Bình Thuận');
    expect(h.issued).toMatchObject({ month: 12, year: 2024, day: null });
    // "Kính gửi:" in the right cell of the date row, its items on the lines below.
    expect(h.addressees).toEqual([
      'Các cơ quan chuyên môn thuộc UBND tỉnh',
      'Ban Quản lý các khu công nghiệp Bình Thuận',
      'UBND các huyện, thị xã, thành phố',
    ]);
    expect(h.bodyStart).toBe(11);
  });

  it('joins a "V/v" subject hard-wrapped over four PDF lines', () => {
    // 021_laocai-cv-5973-ubnd-thanh-tra-khoang-san.txt: "V/v tăng cường công tác quản" / " lý, thanh tra, kiểm tra hoạt" / ...
    const h = parseHeader(fixtureLines('021_laocai-cv-5973-ubnd-thanh-tra-khoang-san.txt'));
    expect(h.issuer).toEqual({ name: 'ỦY BAN NHÂN DÂN TỈNH LÀO CAI', parent: null });
    expect(h.number).toEqual({ text: 'Số: 5973 /UBND-KT', serial: 5973, symbol: 'UBND-KT', value: '5973/UBND-KT' });
    expect(h.issued.date).toBe('2026-06-11');
    expect(h.subject).toBe('tăng cường công tác quản lý, thanh tra, kiểm tra hoạt động khoáng sản trên địa bàn tỉnh Lào Cai');
    expect(h.addressees).toEqual(['Các Sở, ban, ngành thuộc UBND tỉnh', 'Công an tỉnh', 'Thuế tỉnh Lào Cai', 'Ủy ban nhân dân các xã, phường']);
  });

  it('reads a "Kính gửi:" list of "- " items, the last one ending with "."', () => {
    // 016_laocai-cv-vp-ubnd-truyen-dat.txt, lines 1-13
    const h = parseHeader(fixtureLines('016_laocai-cv-vp-ubnd-truyen-dat.txt'));
    expect(h.subject).toBe('báo cáo tình hình triển khai các khu công nghiệp, cụm công nghiệp trên địa bàn tỉnh');
    expect(h.addressees).toEqual(['Ban Quản lý Khu kinh tế tỉnh', 'Ban Quản lý các Khu công nghiệp tỉnh', 'Sở Công Thương']);
    expect(h.docType).toBeNull();
    expect(h.bodyStart).toBe(13);
    // The same list with the en and em dashes of Word's autocorrect.
    const dashed = fixtureLines('016_laocai-cv-vp-ubnd-truyen-dat.txt').map((l, i) => (i < 13 ? l.replace(/^(\s*)- /u, i % 2 ? '$1— ' : '$1– ') : l));
    expect(dashed.join('\n')).toMatch(/^\s*— /mu);
    expect(parseHeader(dashed).addressees).toEqual(h.addressees);
  });

  it('reads "Kính gửi:" items in the right cell of a Word table (" | - Công ty ...")', () => {
    // 017_laocai-cv-sct-don-doc-tien-do-ccn.txt, lines 6-13
    const h = parseHeader(fixtureLines('017_laocai-cv-sct-don-doc-tien-do-ccn.txt'));
    expect(h.addressees).toHaveLength(7);
    expect(h.addressees[0]).toBe('Công ty Cổ phần Đầu tư phát triển Công nghiệp Lào Cai (CCN Thống Nhất 1)');
    expect(h.addressees[6]).toBe('Công ty Cổ phần Đầu tư Trung Chính Bảo Minh (CCN Bảo Minh)');
  });
});

describe('parseHeader: corner cases of real headers', () => {
  it('ends a subject at a rule of underscores without taking any of it', () => {
    // 001_laocai-tb-ket-luan-chu-tich-ubnd.txt: the subject over lines 9-11, then "_____________" on line 12
    const h = parseHeader(fixtureLines('001_laocai-tb-ket-luan-chu-tich-ubnd.txt'));
    expect(h.subject).toBe(
      'Kết luận của đồng chí Nguyễn Tuấn Anh - Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về tình hình triển khai các cụm công nghiệp trên địa bàn tỉnh',
    );
    expect(h.issuer).toEqual({ name: 'VĂN PHÒNG', parent: 'UBND TỈNH LÀO CAI' });
  });

  it('keeps a party committee apart from the party organisation above it', () => {
    const h = parseHeader(['ĐẢNG BỘ TỈNH BẮC GIANG | ĐẢNG CỘNG SẢN VIỆT NAM', 'HUYỆN ỦY LỤC NAM', '*', 'Số 12-TB/HU | Lục Nam, ngày 05 tháng 3 năm 2019', '', 'THÔNG BÁO']);
    expect(h.issuer).toEqual({ name: 'HUYỆN ỦY LỤC NAM', parent: 'ĐẢNG BỘ TỈNH BẮC GIANG' });
    expect(h.issuerLine).toBe(2);
  });

  it('reads the "Kính gửi" line of a notice, after its subject and a blank line', () => {
    // 006_laocai-tb-sct-nghiem-thu-kho-vlncn-mong-sen.txt, lines 6-9
    const h = parseHeader(fixtureLines('006_laocai-tb-sct-nghiem-thu-kho-vlncn-mong-sen.txt'));
    expect(h.docType).toBe('THÔNG BÁO');
    expect(h.subject?.startsWith('Kết quả kiểm tra công tác nghiệm thu hoàn thành hạng mục công trình')).toBe(true);
    expect(h.addressees).toEqual(['Công ty Cổ phần Năng lượng Bảo Long']);
    expect(h.bodyStart).toBe(10);
  });

  it('reads a "Kính gửi" right under the subject', () => {
    const h = parseHeader([
      'SỞ CÔNG THƯƠNG | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 12/TB-SCT | Lào Cai, ngày 02 tháng 6 năm 2026',
      'THÔNG BÁO',
      'Kết quả kiểm tra công tác nghiệm thu hoàn thành hạng mục công trình',
      'Kính gửi: Công ty Cổ phần Năng lượng Bảo Long',
      'Căn cứ vào hồ sơ thiết kế được Công ty thẩm định, phê duyệt;',
    ]);
    expect(h.subject).toBe('Kết quả kiểm tra công tác nghiệm thu hoàn thành hạng mục công trình');
    expect(h.addressees).toEqual(['Công ty Cổ phần Năng lượng Bảo Long']);
    expect(h.bodyStart).toBe(6);
  });
});

describe('parseHeader: a flattened line cut before the place and date', () => {
  it('reads the place and date after the motto on one line', () => {
    const h = parseHeader([
      'ỦY BAN NHÂN DÂN TỈNH LÀO CAI',
      'Số: 12/TB-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc Lào Cai, ngày 5 tháng 6 năm 2026',
      'THÔNG BÁO',
      'Kết luận của Chủ tịch UBND tỉnh',
      '',
      'Ngày 01/6/2026, ...',
    ]);
    expect(h.mottoLine).toBe(4);
    expect(h.issuedLine).toBe(4);
    expect(h.place).toBe('Lào Cai');
    expect(h.issued.date).toBe('2026-06-05');
    expect(h.docType).toBe('THÔNG BÁO');
  });
});

describe('parseHeader: a web copy with the type name, subject and body run into one line', () => {
  const body = 'Ngày 24 tháng 6 năm 1977 Hội đồng Chính phủ đã ra Quyết định số 169-CP về công tác điều tra. '.repeat(4);

  it('takes the type name and the subject in capitals before the first sentence (040)', () => {
    const h = parseHeader(fixtureLines('040_ttg-ct-299-1980-ruong-dat.txt'));
    expect(h.docType).toBe('CHỈ THỊ');
    expect(h.subject).toBe('VỀ CÔNG TÁC ĐO ĐẠC, PHÂN HẠNG VÀ ĐĂNG KÝ RUỘNG ĐẤT TRONG CẢ NƯỚC');
    expect(h.docTypeLine).toBe(4);
  });

  it('does the same after a place and date on one line, and leaves a long line without a type name alone', () => {
    const h = parseHeader(['ỦY BAN NHÂN DÂN TỈNH LÀO CAI', 'Số: 12/CT-UBND', `Lào Cai, ngày 5 tháng 6 năm 2026 CHỈ THỊ VỀ VIỆC TĂNG CƯỜNG PHÒNG CHỐNG LỤT BÃO ${body}`]);
    expect(h.docType).toBe('CHỈ THỊ');
    expect(h.subject).toBe('VỀ VIỆC TĂNG CƯỜNG PHÒNG CHỐNG LỤT BÃO');
    const plain = parseHeader(['ỦY BAN NHÂN DÂN TỈNH LÀO CAI', 'Số: 12/CT-UBND', `Lào Cai, ngày 5 tháng 6 năm 2026 VỀ VIỆC TĂNG CƯỜNG ${body}`]);
    expect(plain.docType).toBeNull();
  });
});

describe('parseHeader: the issuer at the end of a web page title', () => {
  const title = 'Công văn 2739/VPCP-ĐMDN năm 2019 quy định về quản trị doanh nghiệp tại Luật Doanh nghiệp chưa được thực thi do Văn phòng Chính phủ ban hành.';
  const rest = [
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------',
    'Số: 2739/VPCP-ĐMDN V/v quy định về quản trị doanh nghiệp',
    'Hà Nội, ngày 05 tháng 04 năm 2019 Kính gửi: Bộ Kế hoạch và Đầu tư.',
  ];

  it('takes the capitals between the title\'s last sentence and the rule (039)', () => {
    const h = parseHeader(fixtureLines('039_vpcp-cv-2739-2019-quan-tri-dn.txt'));
    expect(h.issuer).toEqual({ name: 'VĂN PHÒNG CHÍNH PHỦ', parent: null });
    expect(h.issuerLine).toBe(1);
    expect(h.number.value).toBe('2739/VPCP-ĐMDN');
  });

  it('needs a sentence end before the capitals, two words in capitals and the rule after them', () => {
    const issuer = (first: string) => parseHeader([first, ...rest]).issuer.name;
    expect(issuer(`${title} VĂN PHÒNG CHÍNH PHỦ -------`)).toBe('VĂN PHÒNG CHÍNH PHỦ');
    expect(issuer(`${title} UBND TỈNH LÀO CAI ___`)).toBe('UBND TỈNH LÀO CAI');
    // A copy whose words are spread by two spaces.
    expect(issuer(`${title}  VĂN  PHÒNG  CHÍNH  PHỦ  -------`)).toBe('VĂN PHÒNG CHÍNH PHỦ');
    // No rule: the capitals may be the title's own words.
    expect(issuer(`${title} VĂN PHÒNG CHÍNH PHỦ`)).toBeNull();
    // No sentence end: "THỦ TƯỚNG CHÍNH PHỦ" is part of the title.
    expect(issuer(`${title.slice(0, -1)} của THỦ TƯỚNG CHÍNH PHỦ -------`)).toBeNull();
    // One word is not a body's name.
    expect(issuer(`${title} VPCP -------`)).toBeNull();
  });
});

describe('parseHeader: a subject that opens as a body does', () => {
  const top = ['UBND TỈNH LÀO CAI', 'SỞ CÔNG THƯƠNG', 'Số:       /KH-SCT', 'Lào Cai, ngày       tháng 4 năm 2026', 'KẾ HOẠCH'];

  it('is the short line right under the type name (025)', () => {
    const h = parseHeader(fixtureLines('025_laocai-kh-thuc-hien-de-an-08.txt'));
    expect(h.subject).toBe('Thực hiện Đề án số 08 về phát triển công nghiệp tỉnh Lào Cai theo hướng xanh, hiện đại giai đoạn 2026-2030');
    expect(h.subjectLine).toBe(10);
  });

  it('is not a body sentence under the type name, which ends in a comma or a stop', () => {
    expect(parseHeader([...top, 'Thực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở,', 'Sở Công Thương lập kế hoạch như sau:']).subject).toBeNull();
    expect(parseHeader([...top, 'Triển khai Đề án số 08 về phát triển công nghiệp', 'Căn cứ Nghị quyết số 35-NQ/TU.']).subject).toBe(
      'Triển khai Đề án số 08 về phát triển công nghiệp',
    );
  });
});

describe('parseHeader: a header with a blank line after each line', () => {
  const top = ['ỦY BAN NHÂN DÂN', '', 'TỈNH LÂM ĐỒNG', '', 'Số: /KH-UBND', '', 'Lâm Đồng, ngày 10 tháng 4 năm 2026', '', 'KẾ HOẠCH', ''];

  it('goes on with a subject across the blank line when the next line does not start a sentence', () => {
    const h = parseHeader([...top, 'Kiểm tra công tác cải cách hành chính năm 2026', '', 'trên địa bàn tỉnh Lâm Đồng', '', 'Căn cứ Kế hoạch số 12/KH-UBND.']);
    expect(h.subject).toBe('Kiểm tra công tác cải cách hành chính năm 2026 trên địa bàn tỉnh Lâm Đồng');
    const comma = parseHeader([...top, 'Kết luận của đồng chí Nguyễn Hồng Hải - Ủy viên Ban Thường vụ Tỉnh ủy,', '', 'Phó Chủ tịch UBND tỉnh', '', 'Ngày 24/4/2026, ...']);
    expect(comma.subject).toBe('Kết luận của đồng chí Nguyễn Hồng Hải - Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh');
  });

  it('ends the subject at a line that starts a sentence, and at two blank lines', () => {
    expect(parseHeader([...top, 'Kiểm tra công tác cải cách hành chính năm 2026', '', 'Phạm vi kiểm tra gồm các sở.']).subject).toBe(
      'Kiểm tra công tác cải cách hành chính năm 2026',
    );
    expect(parseHeader([...top, 'Kiểm tra công tác cải cách hành chính năm 2026', '', '', 'trên địa bàn tỉnh']).subject).toBe(
      'Kiểm tra công tác cải cách hành chính năm 2026',
    );
  });

  it('goes on with an addressee list whose last item says more follow (017)', () => {
    const h = parseHeader([
      'SỞ CÔNG THƯƠNG', 'Số: /SCT-CN', 'V/v đôn đốc tiến độ', 'Kính gửi:', '',
      '- Công ty Cổ phần Đầu tư phát triển Công nghiệp Lào Cai;', '', '- Công ty Cổ phần Công nghiệp EUP.', '',
      'Thực hiện Nghị định số 32/2024/NĐ-CP.',
    ]);
    expect(h.addressees).toEqual(['Công ty Cổ phần Đầu tư phát triển Công nghiệp Lào Cai', 'Công ty Cổ phần Công nghiệp EUP']);
  });
});

describe('parseHeader: a "Kính gửi" list written without dashes or on one line', () => {
  const head = ['UBND TỈNH LÀO CAI', 'VĂN PHÒNG', 'Số: 12/VP-TH', 'V/v báo cáo tình hình', ''];
  const body = ['', 'Thực hiện chỉ đạo của UBND tỉnh, Văn phòng đề nghị các đơn vị báo cáo.'];
  const read = (list: string[]) => parseHeader([...head, ...list, ...body]);

  it('splits a list written on the line of "Kính gửi:" at its semicolons', () => {
    expect(read(['Kính gửi: Sở Tài chính; Sở Xây dựng; UBND các xã.']).addressees).toEqual(['Sở Tài chính', 'Sở Xây dựng', 'UBND các xã']);
    expect(read(['Kính gửi: - Sở Tài chính; - Sở Xây dựng.']).addressees).toEqual(['Sở Tài chính', 'Sở Xây dựng']);
    // Commas stay inside a name: "Các sở, ban, ngành".
    expect(read(['Kính gửi: Các sở, ban, ngành thuộc UBND tỉnh.']).addressees).toEqual(['Các sở, ban, ngành thuộc UBND tỉnh']);
  });

  it('reads items one a line without dashes, each after a ";", and stops at the body', () => {
    const h = read(['Kính gửi:', '    Sở Tài chính;', '    Sở Xây dựng.']);
    expect(h.addressees).toEqual(['Sở Tài chính', 'Sở Xây dựng']);
    expect(h.addresseeLines).toEqual([7, 8]);
    expect(read(['Kính gửi: Sở Tài chính;', 'Thực hiện chỉ đạo của UBND tỉnh.']).addressees).toEqual(['Sở Tài chính']);
  });

  it('reads "Kính gởi:" as the South spells it and "KÍNH GỬI:" in capitals, on their own lines and in a flattened one', () => {
    for (const head of ['Kính gởi:', 'KÍNH GỬI:', 'KÍNH GỞI:']) {
      expect(read([`${head} Sở Tài chính; Sở Xây dựng.`]).addressees).toEqual(['Sở Tài chính', 'Sở Xây dựng']);
      const flat = parseHeader([
        'VĂN PHÒNG CHÍNH PHỦ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------',
        'Số: 2739/VPCP-ĐMDN V/v quy định về quản trị doanh nghiệp',
        `Hà Nội, ngày 05 tháng 04 năm 2019 ${head} Bộ Kế hoạch và Đầu tư.`,
      ]);
      expect(flat.addressees).toEqual(['Bộ Kế hoạch và Đầu tư']);
    }
    // "gởi" elsewhere opens no list.
    expect(read(['Văn phòng gởi các đơn vị.']).addressees).toEqual([]);
  });
});

describe('parseHeader: an issuer retyped in mixed case', () => {
  const rest = ['Số: 12/TB-UBND', 'Lào Cai, ngày 05 tháng 6 năm 2026', '', 'THÔNG BÁO', 'Kết luận của Chủ tịch UBND tỉnh', '', 'Ngày 01/6/2026, đồng chí Chủ tịch làm việc.'];

  it('reads "Ủy ban nhân dân" over "Tỉnh Lào Cai" above the number as the issuer, and the header under it', () => {
    const h = parseHeader(['Ủy ban nhân dân', 'Tỉnh Lào Cai', ...rest]);
    expect([h.issuer, h.issuerLine, h.number.value, h.issued.date, h.docType]).toEqual([{ name: 'Ủy ban nhân dân Tỉnh Lào Cai', parent: null }, 1, '12/TB-UBND', '2026-06-05', 'THÔNG BÁO']);
    expect(parseHeader(['Sở Công Thương', ...rest]).issuer).toEqual({ name: 'Sở Công Thương', parent: null });
  });

  it('needs the number or the date right under it: a body\'s first sentence is no issuer', () => {
    const h = parseHeader(['Sở Công Thương tổ chức hội nghị', '', 'Các đơn vị tham dự đầy đủ', '', '', '', '', 'Số: 12/TB-SCT']);
    expect(h.issuer).toEqual({ name: null, parent: null });
    expect(h.number.value).toBeNull();
  });
});

describe('parseHeader: a type name with a stop after it or retyped in mixed case', () => {
  const head = ['UBND TỈNH LÀO CAI', 'VĂN PHÒNG', 'Số: 12/TB-VP', 'Lào Cai, ngày 05 tháng 6 năm 2026', ''];
  const body = ['Kết luận của Chủ tịch UBND tỉnh', '', 'Ngày 01/6/2026, đồng chí Chủ tịch UBND tỉnh làm việc với Sở Công Thương.'];

  it('reads "THÔNG BÁO:", "THÔNG BÁO." and "Thông báo" alone on their line as the type name, in capitals', () => {
    for (const line of ['THÔNG BÁO:', 'THÔNG BÁO.', 'Thông báo', 'Kế hoạch']) {
      const h = parseHeader([...head, line, ...body]);
      expect([h.docType, h.subject]).toEqual([line.replace(/[.:]$/u, '').toUpperCase(), 'Kết luận của Chủ tịch UBND tỉnh']);
    }
    // Not in lower case, nor with more words after it.
    expect(parseHeader([...head, 'thông báo', ...body]).docType).toBeNull();
    expect(parseHeader([...head, 'Thông báo kết luận', ...body]).docType).toBeNull();
  });
});

describe('parseHeader: a type name that runs on into its summary in capitals', () => {
  const head = ['ỦY BAN NHÂN DÂN', 'TỈNH LÀO CAI', 'Số: 12/TB-UBND', 'Lào Cai, ngày 05 tháng 6 năm 2026', ''];
  const body = ['', 'Ngày 01/6/2026, đồng chí Chủ tịch UBND tỉnh làm việc với Sở Công Thương.'];

  it('reads "THÔNG BÁO KẾT LUẬN" as the type name and the first words of the subject, in any case after it', () => {
    const h = parseHeader([...head, 'THÔNG BÁO KẾT LUẬN', 'Của Chủ tịch UBND tỉnh tại buổi làm việc với Sở Công Thương', ...body]);
    expect([h.docType, h.docTypeLine, h.subject, h.subjectLine]).toEqual(['THÔNG BÁO', 6, 'KẾT LUẬN Của Chủ tịch UBND tỉnh tại buổi làm việc với Sở Công Thương', 6]);
    const one = parseHeader([...head, 'THÔNG BÁO KẾT LUẬN CỦA CHỦ TỊCH UBND TỈNH TẠI BUỔI LÀM VIỆC VỚI SỞ CÔNG THƯƠNG', ...body]);
    expect([one.docType, one.subject]).toEqual(['THÔNG BÁO', 'KẾT LUẬN CỦA CHỦ TỊCH UBND TỈNH TẠI BUỔI LÀM VIỆC VỚI SỞ CÔNG THƯƠNG']);
  });

  it('needs the number or the date above it, and no lower case on the line', () => {
    expect(parseHeader(['KẾ HOẠCH VÀ ĐẦU TƯ', ...head.slice(2), 'Về việc triển khai', ...body]).docType).toBeNull();
    expect(parseHeader([...head, 'THÔNG BÁO KẾT LUẬN của Chủ tịch', ...body]).docType).toBeNull();
  });
});

describe('parseHeader: a công văn whose summary reads "Về việc ..."', () => {
  it('reads it as the "V/v" summary, and the header after it', () => {
    const lines = fixtureLines('015_laocai-cv-ubnd-tinh-chi-dao.txt');
    const h = parseHeader(lines);
    expect(h.subject).toBe('triển khai di dời cụm công nghiệp Đầm Hồng và chủ trương đầu tư hạ tầng các cụm công nghiệp Phú Thịnh 5, Phú Thịnh 6.');
    expect(parseHeader(lines.map((l) => l.replace(/^V\/v /u, 'Về việc ')))).toEqual(h);
  });

  it('reads "Về việc ..." where a flattened line runs it after the number, or the number into it', () => {
    const web = (second: string) =>
      parseHeader(['VĂN PHÒNG CHÍNH PHỦ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------', second, 'Hà Nội, ngày 05 tháng 04 năm 2019 Kính gửi: Bộ Kế hoạch và Đầu tư.']);
    for (const summary of ['V/v', 'Về việc']) {
      const h = web(`Số: 2739/VPCP-ĐMDN ${summary} quy định về quản trị doanh nghiệp`);
      expect([h.number.value, h.subject, h.addressees]).toEqual(['2739/VPCP-ĐMDN', 'quy định về quản trị doanh nghiệp', ['Bộ Kế hoạch và Đầu tư']]);
    }
    const glued = parseHeader(['UBND TỈNH LÂM ĐỒNG', 'Về việc tập trung triển khai công tác cai nghiện tại cộng đồngSố: 12/UBND-NC', 'Lâm Đồng, ngày 05 tháng 6 năm 2026', '', 'Kính gửi: Các sở, ngành', '']);
    expect([glued.subject, glued.number.value]).toEqual(['tập trung triển khai công tác cai nghiện tại cộng đồng', '12/UBND-NC']);
  });

  it('keeps "Về việc" in the summary under a type name, as written', () => {
    const h = parseHeader(['Số: 12/TB-UBND', '', 'THÔNG BÁO', 'Về việc sắp xếp thôn, tổ dân phố', '', 'Ngày 12/6/2026, Ủy ban nhân dân tỉnh họp.']);
    expect([h.docType, h.subject]).toEqual(['THÔNG BÁO', 'Về việc sắp xếp thôn, tổ dân phố']);
  });
});

describe('parseHeader: a type name spread out letter by letter', () => {
  it('reads "T H Ô N G   B Á O" and "K Ế  H O Ạ C H" as the type names they spell', () => {
    const lines = fixtureLines('bacgiang-307-TB-UBND-2017.txt');
    const h = parseHeader(lines);
    for (const spread of ['T H Ô N G   B Á O', 'T H Ô N G  B Á O', 'T H Ô N G B Á O']) {
      const s = parseHeader(lines.map((l) => (l === 'THÔNG BÁO' ? spread : l)));
      expect(s, spread).toEqual(h);
    }
    expect(parseHeader(['Số: 12/KH-UBND', '', 'K Ế  H O Ạ C H', 'Triển khai công tác năm 2026']).docType).toBe('KẾ HOẠCH');
    // Spread capitals that spell no type name stay what they are.
    expect(parseHeader(['Số: 12/KH-UBND', '', 'A B C', 'Triển khai công tác năm 2026']).docType).toBeNull();
  });
});

describe('parseHeader: a number without its colon above the number line', () => {
  it('takes "Số:" with its colon for the number, and the other for the last line of the issuer', () => {
    // 023 in TCVN3 without its capital font: "SỐ 1050/QĐ-SCT" under the issuer comes out "Số 1050/QĐ-SCT".
    const h = parseHeader(['SỞ CÔNG THƯƠNG', 'ĐOÀN KIỂM TRA', 'THEO QUYẾT ĐỊNH', 'Số 1050/QĐ-SCT', '', 'Số: 1105/KH-ĐKT', '', 'KẾ HOẠCH', 'Kiểm tra việc chấp hành quy định']);
    expect(h.number.value).toBe('1105/KH-ĐKT');
    expect(h.partyStyle).toBe(false);
    expect(h.issuer).toEqual({ name: 'ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH Số 1050/QĐ-SCT', parent: 'SỞ CÔNG THƯƠNG' });
    // Alone, a number without its colon is the number (party style).
    expect(parseHeader(['HUYỆN ỦY LỤC NAM', 'Số 12-TB/HU', '', 'THÔNG BÁO', 'Kết luận của Thường trực Huyện ủy']).number.value).toBe('12-TB/HU');
  });
});

describe('parseHeader: "SỐ:" in capitals', () => {
  it('reads the header of every corpus document that writes it so', () => {
    for (const name of ['001_laocai-tb-ket-luan-chu-tich-ubnd.txt', '040_ttg-ct-299-1980-ruong-dat.txt', 'laichau-28-TB-UBND-2012.txt']) {
      const lines = fixtureLines(name);
      const h = parseHeader(lines);
      const upper = parseHeader(lines.map((l) => l.replace('Số:', 'SỐ:')));
      expect(lines.join('\n'), name).toContain('Số:');
      expect({ ...upper, number: upper.number.value }, name).toEqual({ ...h, number: h.number.value });
      expect(upper.number.text, name).toMatch(/^SỐ:/u);
    }
  });
});

describe('parseHeader: negative cases', () => {
  it('gives nulls for a text without a header', () => {
    const h = parseHeader([
      'Ngày 07/9/2017, tại Trụ sở Văn phòng UBND tỉnh, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp.',
      'Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh kết luận như sau:',
      '1. Giao Sở Tài chính bố trí kinh phí.',
    ]);
    expect(h.issuer).toEqual({ name: null, parent: null });
    expect(h.number).toEqual({ text: null, serial: null, symbol: null, value: null });
    expect(h.place).toBeNull();
    expect(h.issued).toEqual({ text: null, date: null, year: null, month: null, day: null });
    expect(h.docType).toBeNull();
    expect(h.subject).toBeNull();
    expect(h.addressees).toEqual([]);
    expect(h.bodyStart).toBe(1);
  });

  it('gives nulls for an empty text', () => {
    const h = parseHeader([]);
    expect(h.number.text).toBeNull();
    expect(h.issuer.name).toBeNull();
    expect(h.subject).toBeNull();
  });

  it('does not take a dated body sentence for the place-date line', () => {
    const h = parseHeader(['Ngày 19 tháng 6 năm 2026, Ủy ban nhân dân tỉnh tổ chức cuộc họp về tình hình triển khai các cụm công nghiệp.']);
    expect(h.place).toBeNull();
    expect(h.issued.text).toBeNull();
  });
});
