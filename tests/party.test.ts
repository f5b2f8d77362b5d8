import { describe, expect, it } from 'vitest';
import { parseNotice } from '../src/parse/notice.js';

// A party notice in the form of Hướng dẫn 36-HD/VPTW: party line instead of the national motto, the
// committee under its provincial party organisation, "Số 12-TB/HU", a body as the chair, "T/M", recipients
// ending with ",", "Lưu VPHU."
const PARTY = `ĐẢNG BỘ TỈNH BẮC GIANG | ĐẢNG CỘNG SẢN VIỆT NAM
HUYỆN UỶ LỤC NAM |
* |
Số 12-TB/HU | Lục Nam, ngày 05 tháng 3 năm 2024

THÔNG BÁO
KẾT LUẬN CỦA THƯỜNG TRỰC HUYỆN UỶ
tại buổi làm việc với Đảng uỷ xã Cẩm Lý

Ngày 01/3/2024, Thường trực Huyện uỷ làm việc với Đảng uỷ xã Cẩm Lý về tình hình thực hiện nhiệm vụ chính trị năm 2023. Sau khi nghe báo cáo, ý kiến của các đồng chí dự họp, đồng chí Bí thư Huyện uỷ kết luận như sau:

1. Đảng uỷ xã Cẩm Lý tập trung lãnh đạo hoàn thành việc thu ngân sách trước ngày 30/6/2024.
2. Giao Ban Tổ chức Huyện uỷ phối hợp với Văn phòng Huyện uỷ hướng dẫn đ/c Bí thư Đảng uỷ xã xây dựng kế hoạch, báo cáo Thường trực Huyện uỷ trong tháng 4/2024.

Thường trực Huyện uỷ thông báo để các đồng chí biết, thực hiện./.

Nơi nhận:
- Thường trực Huyện uỷ,
- Đảng uỷ xã Cẩm Lý,
- Lưu VPHU.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ

Nguyễn Văn Bình
`;

describe('party notices', () => {
  const n = parseNotice(PARTY);

  it('reads the committee under its party organisation and the party-style number', () => {
    expect(n.issuer).toEqual({ name: 'HUYỆN UỶ LỤC NAM', parent: 'ĐẢNG BỘ TỈNH BẮC GIANG' });
    expect(n.number).toEqual({ text: 'Số 12-TB/HU', serial: 12, symbol: 'TB/HU', value: '12-TB/HU' });
    expect(n.issued.date).toBe('2024-03-05');
  });

  it('takes a body as the chair, with no name', () => {
    expect(n.subject).toBe('KẾT LUẬN CỦA THƯỜNG TRỰC HUYỆN UỶ tại buổi làm việc với Đảng uỷ xã Cẩm Lý');
    expect(n.chair).toMatchObject({ name: null, position: 'THƯỜNG TRỰC HUYỆN UỶ' });
  });

  it('reads tasks, assignees and deadlines as in a state notice', () => {
    expect(n.tasks.map((t) => t.id)).toEqual(['1', '2']);
    expect(n.tasks[0]?.assignees.map((a) => a.canonical)).toEqual(['Đảng ủy xã Cẩm Lý']);
    expect(n.tasks[1]?.assignees.map((a) => a.canonical)).toEqual(['Ban Tổ chức Huyện ủy']);
    expect(n.tasks[1]?.coordinators.map((a) => a.canonical)).toEqual(['Văn phòng Huyện ủy']);
    expect(n.tasks[1]?.deadlines.map((d) => [d.text, d.start, d.end])).toEqual([['trong tháng 4/2024', '2024-04-01', '2024-04-30']]);
  });

  it('reads recipients that end with "," and the T/M signature', () => {
    expect(n.recipients).toEqual(['Thường trực Huyện uỷ', 'Đảng uỷ xã Cẩm Lý', 'Lưu VPHU']);
    expect(n.signer).toEqual({
      name: 'Nguyễn Văn Bình',
      authority: 'T/M BAN THƯỜNG VỤ',
      position: 'PHÓ BÍ THƯ',
      lines: ['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Nguyễn Văn Bình'],
    });
  });

  it('accepts a draft number without its serial', () => {
    const draft = parseNotice(PARTY.replace('Số 12-TB/HU', 'Số -TB/HU'));
    expect(draft.number).toMatchObject({ serial: null, symbol: 'TB/HU', value: null });
  });
});

describe('chair after a level of government', () => {
  it('reads a province as part of the position, not as a name', async () => {
    const { parseChair } = await import('../src/parse/chair.js');
    expect(parseChair('Kết luận của Chủ tịch UBND tỉnh Lâm Đồng tại buổi làm việc')).toMatchObject({
      name: null,
      position: 'Chủ tịch UBND tỉnh Lâm Đồng',
    });
    expect(parseChair('Kết luận của Phó Chủ tịch UBND tỉnh Lâm Đồng Nguyễn Ngọc Phúc tại cuộc họp')).toMatchObject({
      name: 'Nguyễn Ngọc Phúc',
      position: 'Phó Chủ tịch UBND tỉnh Lâm Đồng',
    });
    expect(parseChair('Kết luận của Phó Chủ tịch UBND tỉnh Dương Văn Thái tại cuộc họp')).toMatchObject({
      name: 'Dương Văn Thái',
      position: 'Phó Chủ tịch UBND tỉnh',
    });
  });
});

describe('a time set for every item after the list', () => {
  it('goes to each item, with the line it was written on', () => {
    const n = parseNotice(`Số: 12/UBND-KT\nV/v báo cáo tình hình\n\nKính gửi: Các sở\n\nVăn phòng UBND tỉnh đề nghị các cơ quan, đơn vị báo cáo các nội dung sau:\n1. Sở Công Thương báo cáo tình hình các cụm công nghiệp.\n2. Sở Tài chính báo cáo tình hình bố trí vốn.\nBáo cáo của các cơ quan, đơn vị gửi về UBND tỉnh trước ngày 12/6/2026 để tổng hợp.\nVăn phòng UBND tỉnh đề nghị các cơ quan quan tâm, phối hợp thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n`);
    expect(n.tasks.map((t) => t.id)).toEqual(['1', '2']);
    for (const t of n.tasks) {
      expect(t.text).not.toContain('12/6/2026');
      expect(t.deadlines).toEqual([
        expect.objectContaining({ text: 'trước ngày 12/6/2026', kind: 'before', end: '2026-06-12', line: 9 }),
      ]);
    }
  });

  it('is read with the date written out in words', () => {
    const n = parseNotice(`Số: 12/UBND-KT\nV/v báo cáo tình hình\n\nKính gửi: Các sở\n\nVăn phòng UBND tỉnh đề nghị các cơ quan, đơn vị báo cáo các nội dung sau:\n1. Sở Công Thương báo cáo tình hình các cụm công nghiệp.\n2. Sở Tài chính báo cáo tình hình bố trí vốn.\nThời hạn gửi báo cáo: trước ngày 12 tháng 6 năm 2026.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n`);
    expect(n.tasks.map((t) => t.deadlines.map((d) => [d.text, d.end, d.line]))).toEqual([
      [['trước ngày 12 tháng 6 năm 2026', '2026-06-12', 9]],
      [['trước ngày 12 tháng 6 năm 2026', '2026-06-12', 9]],
    ]);
  });
});

describe('the addressees of a công văn named with respect', () => {
  const text = (sentence: string) =>
    `SỞ CÔNG THƯƠNG\nSố: 120/SCT-QLCN\nV/v báo cáo tình hình cụm công nghiệp\n\nKính gửi:\n- Ủy ban nhân dân các xã, phường;\n- Các chủ đầu tư hạ tầng cụm công nghiệp;\n- Như trên.\n\n${sentence}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n`;

  it('reads "đề nghị Quý cơ quan, đơn vị ..." as a task of the "Kính gửi" list', () => {
    const n = parseNotice(text('Sở Công Thương đề nghị Quý cơ quan, đơn vị báo cáo tình hình, gửi về Sở trước ngày 20/6/2026.'));
    expect(n.tasks.map((t) => [t.id, t.assignees.map((a) => [a.canonical, a.inherited, a.line])])).toEqual([
      [
        'u1',
        [
          ['Ủy ban nhân dân các xã, phường', true, 6],
          ['Các chủ đầu tư hạ tầng cụm công nghiệp', true, 7],
        ],
      ],
    ]);
  });

  it('keeps the other doers a sentence names beside them', () => {
    const n = parseNotice(text('Đề nghị Quý Sở và Sở Tài chính phối hợp rà soát trước ngày 20/6/2026.'));
    expect(n.tasks[0]!.assignees.map((a) => a.canonical)).toEqual(['Ủy ban nhân dân các xã, phường', 'Các chủ đầu tư hạ tầng cụm công nghiệp', 'Sở Tài chính']);
  });
});
