/**
 * One notice written the way a retyped draft, a Word export and a hurried clerk write it, all at once: the issuer in
 * mixed case, "Số :", a non-breaking hyphen in the number, "Ngày" with a capital, "Thông báo:", conclusions numbered
 * in words, "quí", a table of tasks, the signature above the recipients, a degree before the signer's name. Every
 * field is read as from the well-formed notice.
 */
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/notice.js';
import type { Task } from '../../src/schema.js';

const MESSY = [
  'Ủy ban nhân dân',
  'Tỉnh Lào Cai',
  'Số : 125/TB\u2011UBND',
  'Lào Cai, Ngày 15 tháng 6 năm 2026',
  '',
  'Thông báo:',
  'Kết luận của đồng chí Nguyễn Văn An, Chủ tịch UBND tỉnh tại buổi làm việc với Sở Công Thương',
  '',
  'Ngày 10/6/2026, tại Trụ sở UBND tỉnh, đồng chí Nguyễn Văn An - Chủ tịch UBND tỉnh chủ trì buổi làm việc với Sở Công Thương. Sau khi nghe báo cáo, đồng chí Chủ tịch UBND tỉnh kết luận như sau:',
  'Thứ nhất, Sở Công Thương chủ trì rà soát quy hoạch các cụm công nghiệp, báo cáo UBND tỉnh trước ngày 30/6/2026.',
  'Thứ hai, Sở Tài chính bố trí kinh phí thực hiện trong quí III/2026.',
  'Thứ ba, phân công nhiệm vụ cụ thể như sau:',
  'TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn',
  '1 | Giải phóng mặt bằng cụm công nghiệp Phú Thịnh | UBND phường Cam Đường | Sở Nông nghiệp và Môi trường | Quý IV/2026',
  '2 | Đầu tư hạ tầng kỹ thuật | Công ty Cổ phần Đầu tư Lào Cai |  | Năm 2027',
  'Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.',
  '',
  'TL. CHỦ TỊCH',
  'CHÁNH VĂN PHÒNG',
  '',
  'ThS. Trần Văn Bình',
  '',
  'Nơi nhận:',
  '- Sở Công Thương;',
  '- Sở Tài chính;',
  '- Lưu: VT.',
].join('\n');

function flat(tasks: Task[]): unknown[] {
  return tasks.flatMap((t) => [
    [t.id, t.label, t.assignees.map((a) => a.canonical), t.coordinators.map((a) => a.canonical), t.deadlines.map((d) => [d.text, d.kind, d.end])],
    ...flat(t.subtasks),
  ]);
}

describe('a notice written every messy way at once', () => {
  const n = parseNotice(MESSY);

  it('reads its header', () => {
    expect([n.issuer, n.number.value, n.issued.date, n.place, n.docType, n.subject]).toEqual([
      { name: 'Ủy ban nhân dân Tỉnh Lào Cai', parent: null },
      '125/TB-UBND',
      '2026-06-15',
      'Lào Cai',
      'THÔNG BÁO',
      'Kết luận của đồng chí Nguyễn Văn An, Chủ tịch UBND tỉnh tại buổi làm việc với Sở Công Thương',
    ]);
    expect(n.chair).toMatchObject({ name: 'Nguyễn Văn An', position: 'Chủ tịch UBND tỉnh' });
    expect(n.meeting).toEqual({ date: '2026-06-10', location: 'Trụ sở UBND tỉnh' });
  });

  it('reads its tasks', () => {
    expect(flat(n.tasks)).toEqual([
      ['1', 'Thứ nhất,', ['Sở Công Thương'], [], [['trước ngày 30/6/2026', 'before', '2026-06-30']]],
      ['2', 'Thứ hai,', ['Sở Tài chính'], [], [['trong quí III/2026', 'during', '2026-09-30']]],
      ['3', 'Thứ ba,', [], [], []],
      ['3.1', '1', ['Ủy ban nhân dân phường Cam Đường'], ['Sở Nông nghiệp và Môi trường'], [['Quý IV/2026', 'before', '2026-12-31']]],
      ['3.2', '2', ['Công ty Cổ phần Đầu tư Lào Cai'], [], [['Năm 2027', 'before', '2027-12-31']]],
    ]);
  });

  it('reads its signer and recipients, and warns of nothing', () => {
    expect(n.signer).toMatchObject({ name: 'Trần Văn Bình', authority: 'TL. CHỦ TỊCH', position: 'CHÁNH VĂN PHÒNG' });
    expect(n.recipients).toEqual(['Sở Công Thương', 'Sở Tài chính', 'Lưu: VT']);
    expect(n.warnings).toEqual([]);
  });
});
