/**
 * Notices built by hand for the report tests, read off the two founding notices in fixtures/
 * (line numbers are those of the fixture files), so rows can be tested without the parser.
 */
import { emptyNotice, type Assignee, type Deadline, type Notice, type Task } from '../../src/schema.js';

export function assignee(text: string, canonical = text, inherited = false): Assignee {
  return { text, canonical, inherited };
}

export function deadline(text: string, kind: Deadline['kind'], end: string | null, line: number, extra: Partial<Deadline> = {}): Deadline {
  return { text, kind, start: null, end, line, certain: true, ...extra };
}

export function task(id: string, text: string, line: number, extra: Partial<Task> = {}): Task {
  return {
    id,
    label: `${id.split('.').pop()}.`,
    text,
    line,
    endLine: line,
    section: null,
    assignees: [],
    coordinators: [],
    deadlines: [],
    subtasks: [],
    ...extra,
  };
}

export function notice(extra: Partial<Notice> = {}): Notice {
  return emptyNotice(extra);
}

const SKHCN = assignee('Sở Khoa học và Công nghệ');
const SKHCN_INHERITED = assignee('Sở Khoa học và Công nghệ', 'Sở Khoa học và Công nghệ', true);

/** fixtures/bacgiang-307-TB-UBND-2017.txt */
export const BAC_GIANG: Notice = notice({
  source: 'fixtures/bacgiang-307-TB-UBND-2017.txt',
  issuer: { name: 'ỦY BAN NHÂN DÂN TỈNH BẮC GIANG', parent: null },
  number: { text: 'Số: 307 /TB-UBND', serial: 307, symbol: 'TB-UBND', value: '307/TB-UBND' },
  docType: 'THÔNG BÁO',
  place: 'Bắc Giang',
  issued: { text: 'Bắc Giang, ngày 15 tháng 9 năm 2017', date: '2017-09-15', year: 2017, month: 9, day: 15 },
  subject: 'Kết luận của Phó Chủ tịch UBND tỉnh Dương Văn Thái tại cuộc họp Ban chỉ đạo ISO tỉnh ngày 07/9/2017',
  tasks: [
    task('1', 'Thực hiện nghiêm quy chế hoạt động của Ban chỉ đạo ISO tỉnh, thực hiện phân công nhiệm vụ rõ ràng cho từng Thành viên Ban chỉ đạo; Cơ quan Thường trực tham mưu triển khai thực hiện chế độ họp Ban chỉ đạo ISO tỉnh 02 lần/01 năm.', 21, {
      assignees: [assignee('Cơ quan Thường trực', 'Sở Khoa học và Công nghệ')],
      deadlines: [deadline('02 lần/01 năm', 'recurring', null, 21, { recurrence: { every: 'year', times: 2 } })],
    }),
    task('2', 'Các Thành viên Ban chỉ đạo chủ động, tích cực thực hiện quy chế hoạt động; nâng cao chất lượng hoạt động của cơ quan, đơn vị mình trong áp dụng hệ thống quản lý chất lượng (ISO).', 23, {
      assignees: [assignee('Các Thành viên Ban chỉ đạo', 'Thành viên Ban chỉ đạo')],
    }),
    task('3', 'Cơ quan Thường trực (Sở Khoa học và Công nghệ) rà soát lại các tiêu chí, tiêu chuẩn, thang, bảng chấm điểm để sửa đổi cho phù hợp tình hình thực tế, thời gian xong trước 29/9/2017.', 25, {
      assignees: [SKHCN],
      deadlines: [deadline('trước 29/9/2017', 'before', '2017-09-29', 25)],
    }),
    task('4', 'Giao Cơ quan Thường trực (Sở Khoa học và Công nghệ):', 27, {
      assignees: [SKHCN],
      subtasks: [
        task('4.1', 'Phối hợp với Tổ giúp việc triển khai đánh giá 02 xã điểm về thực hiện áp dụng hệ thống quản lý chất lượng trong tháng 9,10/2017; báo cáo kết quả đánh giá với Trưởng Ban chỉ đạo trước ngày 15/10/2017.', 29, {
          label: '-',
          assignees: [SKHCN_INHERITED],
          coordinators: [assignee('Tổ giúp việc')],
          deadlines: [
            deadline('trong tháng 9,10/2017', 'during', '2017-10-31', 29, { start: '2017-09-01' }),
            deadline('trước ngày 15/10/2017', 'before', '2017-10-15', 29),
          ],
        }),
        task('4.2', 'Chuẩn bị báo cáo tổng kết thực hiện Kế hoạch số 1787/KH-UBND; dự kiến và chuẩn bị tốt các điều kiện tổ chức Hội nghị tổng kết vào tháng 11/2017. Hoàn chỉnh các nội dung trên và báo cáo Trưởng Ban chỉ đạo trước ngày 30/10/2017.', 31, {
          label: '-',
          assignees: [SKHCN_INHERITED],
          deadlines: [
            deadline('vào tháng 11/2017', 'during', '2017-11-30', 31, { start: '2017-11-01' }),
            deadline('trước ngày 30/10/2017', 'before', '2017-10-30', 31),
          ],
        }),
      ],
    }),
  ],
  recipients: ['Sở KH&CN', 'Thành viên BCĐ ISO tỉnh', 'Tổ giúp việc BCĐ ISO tỉnh', 'Lưu: VT, Nam.CN.'],
  signer: {
    name: 'Trần Quốc Khánh',
    authority: 'TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG',
    position: 'PHÓ VĂN PHÒNG',
    lines: ['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ VĂN PHÒNG', 'Trần Quốc Khánh'],
  },
});

/** fixtures/laichau-28-TB-UBND-2012.txt, task 4 and 7 only. */
export const LAI_CHAU: Notice = notice({
  source: 'fixtures/laichau-28-TB-UBND-2012.txt',
  issuer: { name: 'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU', parent: null },
  number: { text: 'Số: 28 /TB-UBND', serial: 28, symbol: 'TB-UBND', value: '28/TB-UBND' },
  docType: 'THÔNG BÁO',
  place: 'Lai Châu',
  issued: { text: 'Lai Châu, ngày 18 tháng 6 năm 2012', date: '2012-06-18', year: 2012, month: 6, day: 18 },
  tasks: [
    task('4', 'Đối với các cơ quan, đơn vị triển khai áp dụng năm 2012:', 31, {
      subtasks: [
        task('4.1', 'Thành lập ngay Ban Chỉ đạo ISO tại các cơ quan, đơn vị do người đứng đầu cơ quan, đơn vị làm Trưởng Ban chỉ đạo (chậm nhất trước ngày 30/6/2012 phải gửi Quyết định thành lập BCD ISO của cơ quan, đơn vị về Sở KH&CN để tổng hợp, báo cáo UBND tỉnh).', 33, {
          label: '-',
          assignees: [assignee('các cơ quan, đơn vị triển khai áp dụng năm 2012', 'các cơ quan, đơn vị triển khai áp dụng năm 2012', true)],
          deadlines: [deadline('trước ngày 30/6/2012', 'before', '2012-06-30', 33)],
        }),
      ],
    }),
    task('7', 'Giao Sở Tài chính phối hợp với Sở Khoa học và Công nghệ tham mưu cho UBND tỉnh bố trí kinh phí để việc triển khai áp dụng HTQLCL năm 2012 đảm bảo đúng tiến độ kế hoạch.', 59, {
      assignees: [assignee('Sở Tài chính')],
      coordinators: [SKHCN],
    }),
  ],
});
