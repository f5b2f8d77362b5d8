import { describe, expect, it } from 'vitest';
import { Nd30Schema, toNd30 } from '../../src/format/nd30.js';
import { BAC_GIANG, deadline, notice, task } from './notices.js';

describe('toNd30', () => {
  it('maps the Bắc Giang notice onto the Decree 30 metadata names', () => {
    expect(toNd30(BAC_GIANG)).toEqual({
      CodeNumber: '307',
      CodeNotation: 'TB-UBND',
      TypeName: 'THÔNG BÁO',
      IssuedDate: '2017-09-15',
      OrganName: 'ỦY BAN NHÂN DÂN TỈNH BẮC GIANG',
      Subject: 'Kết luận của Phó Chủ tịch UBND tỉnh Dương Văn Thái tại cuộc họp Ban chỉ đạo ISO tỉnh ngày 07/9/2017',
      SignerInfo: { Position: 'PHÓ VĂN PHÒNG', FullName: 'Trần Quốc Khánh' },
      // "Lưu: VT, Nam.CN." is the archive copy, not a recipient.
      To: [{ OrganName: 'Sở KH&CN' }, { OrganName: 'Thành viên BCĐ ISO tỉnh' }, { OrganName: 'Tổ giúp việc BCĐ ISO tỉnh' }],
      // The latest end among 29/9, 31/10, 15/10, 30/11 and 30/10/2017, found in subtasks.
      DueDate: '2017-11-30',
      Priority: null,
    });
    expect(Nd30Schema.safeParse(toNd30(BAC_GIANG)).success).toBe(true);
  });

  it('keeps a written leading zero of the number and reads a party-style number', () => {
    const n = notice({ number: { text: 'Số: 05/TB-UBND', serial: 5, symbol: 'TB-UBND', value: '05/TB-UBND' } });
    expect(toNd30(n).CodeNumber).toBe('05');
    const party = notice({ number: { text: 'Số 12-TB/HU', serial: 12, symbol: 'TB/HU', value: '12-TB/HU' } });
    expect(toNd30(party)).toMatchObject({ CodeNumber: '12', CodeNotation: 'TB/HU' });
  });

  it('gives null for what the notice does not say, never a guess', () => {
    const bare = toNd30(notice({ tasks: [task('1', 'Làm ngay.', 3, { deadlines: [deadline('ngay', 'asap', null, 3)] })] }));
    expect(bare).toEqual({
      CodeNumber: null,
      CodeNotation: null,
      TypeName: null,
      IssuedDate: null,
      OrganName: null,
      Subject: null,
      SignerInfo: null,
      To: [],
      DueDate: null,
      Priority: null,
    });
    expect(Nd30Schema.safeParse(bare).success).toBe(true);
  });

  it('gives the urgency and secrecy marks as the priority', () => {
    expect(toNd30(notice({ marks: ['HỎA TỐC'] })).Priority).toBe('HỎA TỐC');
    expect(toNd30(notice({ marks: ['KHẨN', 'MẬT'] })).Priority).toBe('KHẨN, MẬT');
  });

  it('drops "Lưu" archive lines in their usual spellings only', () => {
    const n = notice({ recipients: ['Lưu VT', 'LƯU: VT, TH.', 'Lưu trữ tỉnh'] });
    expect(toNd30(n).To).toEqual([{ OrganName: 'Lưu trữ tỉnh' }]);
  });
});
