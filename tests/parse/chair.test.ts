import { describe, expect, it } from 'vitest';
import { parseChair, parseMeeting } from '../../src/parse/chair.js';

describe('parseChair', () => {
  it('reads a title before the name: "Phó Chủ tịch UBND tỉnh Dương Văn Thái" (Bắc Giang)', () => {
    expect(parseChair('Kết luận của Phó Chủ tịch UBND tỉnh Dương Văn Thái tại cuộc họp Ban chỉ đạo ISO tỉnh ngày 07/9/2017')).toEqual({
      name: 'Dương Văn Thái',
      position: 'Phó Chủ tịch UBND tỉnh',
      text: 'Kết luận của Phó Chủ tịch UBND tỉnh Dương Văn Thái',
    });
  });

  it('reads "đồng chí <name> - <title>" (Lai Châu)', () => {
    expect(
      parseChair(
        'Kết luận của đồng chí Lê Xuân Phùng - Phó Chủ tịch UBND tỉnh tại Hội nghị sơ kết công tác triển khai áp dụng HTQLCL ISO 9001:2008 năm 2011 và triển khai Kế hoạch năm 2012',
      ),
    ).toEqual({
      name: 'Lê Xuân Phùng',
      position: 'Phó Chủ tịch UBND tỉnh',
      text: 'Kết luận của đồng chí Lê Xuân Phùng - Phó Chủ tịch UBND tỉnh',
    });
  });

  it('reads "<name>, <title>", after "đồng chí", "ông" or "bà" or none', () => {
    expect(parseChair('Kết luận của đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh tại cuộc họp về tiến độ')).toEqual({
      name: 'Nguyễn Văn An',
      position: 'Phó Chủ tịch UBND tỉnh',
      text: 'Kết luận của đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh',
    });
    expect(parseChair('Thông báo kết luận của ông Phạm Văn Em, Giám đốc Sở tại cuộc họp')).toMatchObject({ name: 'Phạm Văn Em', position: 'Giám đốc Sở' });
    expect(parseChair('Kết luận của Bà Lê Thị Hoa, Chủ tịch UBND huyện về công tác')).toMatchObject({ name: 'Lê Thị Hoa', position: 'Chủ tịch UBND huyện' });
    // A body before the comma is no name.
    expect(parseChair('Kết luận của Thường trực Tỉnh ủy, Ban Cán sự đảng UBND tỉnh tại hội nghị')).toMatchObject({ name: null });
  });

  it('keeps every title after the dash: "Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh"', () => {
    const c = parseChair(
      'Kết luận của đồng chí Nguyễn Tuấn Anh - Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về tình hình triển khai các cụm công nghiệp trên địa bàn tỉnh',
    );
    expect(c).toEqual({
      name: 'Nguyễn Tuấn Anh',
      position: 'Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh',
      text: 'Kết luận của đồng chí Nguyễn Tuấn Anh - Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh',
    });
  });

  it('ends the chair phrase at "kiểm tra", "về", and other words that start the occasion', () => {
    expect(
      parseChair('Kết luận của đồng chí Nguyễn Hồng Hải - Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh kiểm tra công tác chuẩn bị thi công'),
    ).toMatchObject({ name: 'Nguyễn Hồng Hải', position: 'Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh' });
    expect(
      parseChair('Kết luận của đồng chí Nguyễn Ngọc Phúc - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh về tiến độ thu hút các dự án đầu tư'),
    ).toMatchObject({ name: 'Nguyễn Ngọc Phúc', position: 'Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh' });
  });

  it('reads "Ý kiến kết luận của ..." and keeps the name as written (old tone placement)', () => {
    expect(parseChair('Ý kiến kết luận của Chủ tịch UBND tỉnh Nguyễn Văn Vịnh tại buổi làm việc')).toEqual({
      name: 'Nguyễn Văn Vịnh',
      position: 'Chủ tịch UBND tỉnh',
      text: 'Ý kiến kết luận của Chủ tịch UBND tỉnh Nguyễn Văn Vịnh',
    });
    expect(parseChair('Kết luận của Chủ tịch UBND tỉnh Trần Văn Hoà tại cuộc họp')?.name).toBe('Trần Văn Hoà');
  });

  it('gives a body with no name: "KẾT LUẬN CỦA THƯỜNG TRỰC HUYỆN UỶ"', () => {
    expect(parseChair('KẾT LUẬN CỦA THƯỜNG TRỰC HUYỆN UỶ')).toEqual({
      name: null,
      position: 'THƯỜNG TRỰC HUYỆN UỶ',
      text: 'KẾT LUẬN CỦA THƯỜNG TRỰC HUYỆN UỶ',
    });
    expect(parseChair('Kết luận của Thường trực Huyện uỷ về công tác cán bộ')).toEqual({
      name: null,
      position: 'Thường trực Huyện uỷ',
      text: 'Kết luận của Thường trực Huyện uỷ',
    });
  });

  it('gives the title alone when no name follows it', () => {
    expect(parseChair('Kết luận của đồng chí Chủ tịch UBND tỉnh tại hội nghị')).toEqual({
      name: null,
      position: 'Chủ tịch UBND tỉnh',
      text: 'Kết luận của đồng chí Chủ tịch UBND tỉnh',
    });
  });

  it('finds names by their family name, ethnic-minority names included', () => {
    expect(parseChair('Kết luận của Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên tại buổi làm việc')).toMatchObject({
      name: 'Nguyễn Hồng Diên',
      position: 'Bộ trưởng Bộ Công Thương',
    });
    expect(parseChair('Kết luận của đồng chí Giàng A Sùng - Bí thư Huyện ủy tại hội nghị')).toMatchObject({
      name: 'Giàng A Sùng',
      position: 'Bí thư Huyện ủy',
    });
  });

  it('reads "Ý kiến chỉ đạo của ..." and "Kết luận, chỉ đạo của ..."', () => {
    expect(parseChair('Ý kiến chỉ đạo của đồng chí Nguyễn Văn An - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh')).toMatchObject({
      name: 'Nguyễn Văn An',
      position: 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh',
    });
    expect(parseChair('Kết luận, chỉ đạo của Phó Chủ tịch UBND tỉnh Trần Văn Bình tại hội nghị')).toMatchObject({ name: 'Trần Văn Bình', position: 'Phó Chủ tịch UBND tỉnh' });
    // "chỉ đạo của" alone names whose directions a text carries out, not whose conclusions it announces.
    expect(parseChair('Triển khai chỉ đạo của Thủ tướng Chính phủ về phòng chống thiên tai')).toBeNull();
  });

  it('reads a name in capitals before a comma or a dash, as written', () => {
    for (const mark of [',', ' -']) {
      expect(parseChair(`KẾT LUẬN CỦA ĐỒNG CHÍ NGUYỄN VĂN AN${mark} CHỦ TỊCH UBND TỈNH TẠI BUỔI LÀM VIỆC VỚI SỞ CÔNG THƯƠNG`)).toMatchObject({
        name: 'NGUYỄN VĂN AN',
        position: 'CHỦ TỊCH UBND TỈNH',
      });
    }
  });

  it('gives null without "Kết luận của"', () => {
    expect(parseChair('Kết quả kiểm tra việc chấp hành Quy định của pháp luật trong sử dụng và bảo quản vật liệu nổ công ghiệp')).toBeNull();
    expect(parseChair('V/v triển khai di dời cụm công nghiệp Đầm Hồng')).toBeNull();
    expect(parseChair('')).toBeNull();
    expect(parseChair(null)).toBeNull();
  });
});

describe('parseMeeting', () => {
  it('reads date and place of "Ngày 07/9/2017, tại Trụ sở Văn phòng UBND tỉnh, ..." (Bắc Giang)', () => {
    expect(
      parseMeeting(
        'Ngày 07/9/2017, tại Trụ sở Văn phòng UBND tỉnh, Phó Chủ tịch UBND tỉnh Dương Văn Thái – Trưởng Ban chỉ đạo ISO tỉnh tổ chức cuộc họp Ban chỉ đạo ISO tỉnh.',
        null,
      ),
    ).toEqual({ date: '2017-09-07', location: 'Trụ sở Văn phòng UBND tỉnh' });
  });

  it('reads the place after a date written with dots or hyphens ("Ngày 07.9.2017, tại ...")', () => {
    for (const date of ['07.9.2017', '07-9-2017']) {
      expect(parseMeeting(`Ngày ${date}, tại Trụ sở Văn phòng UBND tỉnh, Phó Chủ tịch UBND tỉnh tổ chức cuộc họp.`, null), date).toEqual({
        date: '2017-09-07',
        location: 'Trụ sở Văn phòng UBND tỉnh',
      });
    }
    // A sentence's end before the comma still ends the search.
    expect(parseMeeting('Ngày 07.9.2017 họp. Sau đó, tại Trụ sở Văn phòng UBND tỉnh, Ban tổ chức ...', null)?.location).toBeNull();
  });

  it('reads "Ngày 19 tháng 6 năm 2026, ..." with no place', () => {
    expect(
      parseMeeting('Ngày 19 tháng 6 năm 2026, Ủy ban nhân dân tỉnh tổ chức cuộc họp về tình hình triển khai các cụm công nghiệp trên địa bàn tỉnh.', null),
    ).toEqual({ date: '2026-06-19', location: null });
  });

  it('reads "Vào ngày 05/3/2024, tại ..."', () => {
    expect(parseMeeting('Vào ngày 05/3/2024, tại Phòng họp số 1 UBND tỉnh, đồng chí chủ trì cuộc họp.', null)).toEqual({
      date: '2024-03-05',
      location: 'Phòng họp số 1 UBND tỉnh',
    });
  });

  it('reads "Sáng ngày ...", "Chiều ...", "Hôm nay, ngày ...", "Vừa qua, ngày ..." and the first of two days', () => {
    const read = (opening: string) => parseMeeting(opening, null);
    expect(read('Sáng ngày 10/6/2026, tại Trụ sở UBND tỉnh, đồng chí Nguyễn Văn An chủ trì cuộc họp.')).toEqual({ date: '2026-06-10', location: 'Trụ sở UBND tỉnh' });
    expect(read('Chiều 07/9/2017, tại Hội trường Sở Công Thương, Phó Chủ tịch UBND tỉnh làm việc với Sở.')).toEqual({ date: '2017-09-07', location: 'Hội trường Sở Công Thương' });
    expect(read('Hôm nay, ngày 10/6/2026, tại Trụ sở, Sở Công Thương tổ chức họp.')?.date).toBe('2026-06-10');
    expect(read('Vừa qua, ngày 10/6/2026, UBND tỉnh tổ chức họp.')?.date).toBe('2026-06-10');
    expect(read('Ngày 10 và 11/6/2026, Chủ tịch UBND tỉnh kiểm tra thực địa.')?.date).toBe('2026-06-10');
  });

  it('reads the meeting named before its day, as party notices write: "Tại phiên họp ngày ..."', () => {
    const read = (opening: string) => parseMeeting(opening, null);
    expect(read('Tại phiên họp ngày 18/5/2026, sau khi nghe Ban Tổ chức Huyện ủy báo cáo, Ban Thường vụ Huyện ủy kết luận như sau:')).toEqual({ date: '2026-05-18', location: null });
    expect(read('Tại Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 5 ngày 18/5/2026, Ban Chấp hành kết luận như sau:')?.date).toBe('2026-05-18');
    expect(read('Tại buổi làm việc ngày 02/6/2026 với Sở Xây dựng, đồng chí Chủ tịch UBND tỉnh kết luận:')?.date).toBe('2026-06-02');
    // A document named first dates the document, not a meeting.
    expect(read('Tại Văn bản số 123/UBND-KT ngày 02/6/2026, UBND tỉnh đã chỉ đạo tổ chức họp.')).toBeNull();
  });

  it('reads the weekday written before the day: "Sáng thứ Hai, ngày ...", "Thứ Sáu, ngày ..."', () => {
    const read = (opening: string) => parseMeeting(opening, null);
    expect(read('Sáng thứ Hai, ngày 15/6/2026, tại Trụ sở UBND tỉnh, đồng chí Nguyễn Văn An chủ trì cuộc họp.')).toEqual({ date: '2026-06-15', location: 'Trụ sở UBND tỉnh' });
    expect(read('Thứ Sáu, ngày 12/6/2026, tại Hội trường Sở Công Thương, Phó Chủ tịch UBND tỉnh làm việc với Sở.')).toEqual({ date: '2026-06-12', location: 'Hội trường Sở Công Thương' });
    expect(read('Chiều Chủ nhật ngày 14/6/2026, Chủ tịch UBND tỉnh kiểm tra thực địa.')?.date).toBe('2026-06-14');
    expect(read('Vào thứ 6, ngày 12/6/2026, UBND tỉnh tổ chức họp.')?.date).toBe('2026-06-12');
  });

  it('takes the date from the subject when the opening paragraph has none', () => {
    expect(parseMeeting(null, 'Kết luận của Phó Chủ tịch UBND tỉnh Dương Văn Thái tại cuộc họp Ban chỉ đạo ISO tỉnh ngày 07/9/2017')).toEqual({
      date: '2017-09-07',
      location: null,
    });
    expect(parseMeeting('Sau khi nghe báo cáo, đồng chí chủ trì kết luận như sau:', 'Kết luận tại cuộc họp ngày 22/4/2026')).toEqual({
      date: '2026-04-22',
      location: null,
    });
  });

  it('gives no date for a day that does not exist', () => {
    expect(parseMeeting('Ngày 31/02/2020, tại Hội trường UBND tỉnh, đồng chí chủ trì.', null)).toEqual({ date: null, location: 'Hội trường UBND tỉnh' });
  });

  it('gives null when neither the opening nor the subject dates the meeting', () => {
    expect(parseMeeting('Sau khi nghe báo cáo, đồng chí chủ trì kết luận như sau:', 'Kết luận của đồng chí Nguyễn Ngọc Phúc')).toBeNull();
    expect(parseMeeting(null, null)).toBeNull();
  });

  it('does not take the date of a document named in the subject for a meeting', () => {
    const subject = 'triển khai Công điện số 131/CĐ-TTg ngày 11/12/2024 của Thủ tướng Chính phủ về cắt giảm thủ tục hành chính';
    expect(parseMeeting(null, subject)).toBeNull();
    expect(parseMeeting(null, 'Triển khai thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy')).toBeNull();
    expect(parseMeeting(null, 'Thực hiện Công văn 1787/UBND-KT ngày 03/7/2014')).toBeNull();
    expect(parseMeeting(null, 'Kết luận tại cuộc họp về Kế hoạch số 12/KH-UBND ngày 22/4/2026')).toBeNull();
    expect(parseMeeting(null, 'Kết luận tại cuộc họp ngày 22/4/2026 về Kế hoạch số 12/KH-UBND')).toEqual({ date: '2026-04-22', location: null });
  });
});
