import { describe, expect, it } from 'vitest';
import { canonicalName, completeNames, isClosingFormula, nameBook, isDirective, leadInNames, readRoles, scanName, splitNames } from '../../src/parse/assignees/index.js';

/** Doers and coordinators as [text, canonical] pairs. */
function roles(text: string) {
  const r = readRoles(text);
  return {
    doers: r.doers.map((d) => d.text),
    coordinators: r.coordinators.map((c) => c.text),
    firstClauseNamed: r.firstClauseNamed,
  };
}

describe('readRoles: the doer', () => {
  it('is the subject of the sentence: "Các Thành viên Ban chỉ đạo chủ động ..."', () => {
    expect(roles('Các Thành viên Ban chỉ đạo chủ động, tích cực thực hiện quy chế hoạt động; nâng cao chất lượng hoạt động.')).toEqual({
      doers: ['Các Thành viên Ban chỉ đạo'],
      coordinators: [],
      firstClauseNamed: true,
    });
  });

  it('keeps a parenthesis that explains the name: "Cơ quan Thường trực (Sở Khoa học và Công nghệ) rà soát ..."', () => {
    expect(roles('Cơ quan Thường trực (Sở Khoa học và Công nghệ) rà soát lại các tiêu chí, tiêu chuẩn.').doers).toEqual([
      'Cơ quan Thường trực (Sở Khoa học và Công nghệ)',
    ]);
  });

  it('takes a head a draft wrote in lower case when a capitalised name follows it (024)', () => {
    expect(roles('Giao phòng Quản lý công nghiệp tổ chức huấn luyện, kiểm tra kỹ thuật an toàn.').doers).toEqual(['phòng Quản lý công nghiệp']);
    expect(roles('Giao phòng Kinh tế chủ trì, phối hợp với sở Tài chính thực hiện.')).toMatchObject({ doers: ['phòng Kinh tế'], coordinators: ['sở Tài chính'] });
    expect(canonicalName('phòng Quản lý công nghiệp')).toBe('Phòng Quản lý công nghiệp');
    // Without the capital it is the word, not a body: "phòng, chống", "trung tâm của".
    expect(roles('Giao thực hiện công tác phòng, chống dịch bệnh.').doers).toEqual([]);
    expect(roles('Đề nghị đặt trung tâm của hệ thống tại tỉnh.').doers).toEqual([]);
  });

  it('reads a topic that runs on after a comma as part of the first clause (039), one before a colon as no clause', () => {
    const t = 'Về nội dung nêu trên, Thủ tướng Chính phủ giao Bộ Kế hoạch và Đầu tư nghiên cứu; trường hợp vượt thẩm quyền, báo cáo Thủ tướng Chính phủ.';
    expect(roles(t)).toEqual({ doers: ['Bộ Kế hoạch và Đầu tư'], coordinators: [], firstClauseNamed: true });
    expect(roles('Đối với hạng mục đường dẫn: Giao Sở Xây dựng kiểm tra.')).toEqual({ doers: ['Sở Xây dựng'], coordinators: [], firstClauseNamed: true });
  });

  it('reads the fields of a plan\'s item: who leads, who helps, and not the official in charge (025, 033)', () => {
    const item = 'Phối hợp với các doanh nghiệp rà soát hạ tầng.\n- Đơn vị chủ trì thực hiện: Văn phòng UBND tỉnh.\n- Đơn vị phối hợp: Các sở, ban, ngành; UBND các xã, phường, đặc khu.';
    expect(roles(item)).toEqual({
      doers: ['Văn phòng UBND tỉnh'],
      coordinators: ['các doanh nghiệp', 'Các sở, ban, ngành', 'UBND các xã, phường, đặc khu'],
      firstClauseNamed: true,
    });
    const oneLine = 'Đôn đốc doanh nghiệp.\nLãnh đạo phụ trách: Giám đốc Sở.\nĐơn vị chủ trì: Văn phòng Sở; Đơn vị phối hợp: Phòng Quản lý Công nghiệp, Phòng Quản lý Năng lượng.';
    expect(roles(oneLine)).toEqual({
      doers: ['Văn phòng Sở'],
      coordinators: ['Phòng Quản lý Công nghiệp', 'Phòng Quản lý Năng lượng'],
      firstClauseNamed: true,
    });
    // "chủ trì, phối hợp với" inside a field reads as elsewhere.
    expect(roles('Tuyên truyền.\n- Đơn vị thực hiện: Sở Văn hóa chủ trì, phối hợp với Văn phòng UBND tỉnh.')).toEqual({
      doers: ['Sở Văn hóa'],
      coordinators: ['Văn phòng UBND tỉnh'],
      firstClauseNamed: true,
    });
  });

  it('ends a name before the verbs "lãnh đạo", "định hướng" (038) and "giải đáp" (029)', () => {
    expect(roles('Đề nghị Ban Tuyên giáo và Dân vận Trung ương lãnh đạo, chỉ đạo công tác tuyên truyền.').doers).toEqual([
      'Ban Tuyên giáo và Dân vận Trung ương',
    ]);
    expect(roles('Bộ Văn hóa, Thể thao và Du lịch phối hợp với Ban Tuyên giáo và Dân vận Trung ương định hướng thông tin.').coordinators).toEqual([
      'Ban Tuyên giáo và Dân vận Trung ương',
    ]);
    // And "giải đáp" (029).
    expect(roles('Tiếp nhận phản ánh, phối hợp với các sở, ngành liên quan giải đáp, tháo gỡ kịp thời.').coordinators).toEqual(['các sở, ngành liên quan']);
  });

  it('splits "Bộ Nội vụ, Tổng Liên đoàn Lao động Việt Nam" and ends a name before "đưa" (033)', () => {
    expect(roles('Phối hợp với Bộ Nội vụ, Tổng Liên đoàn Lao động Việt Nam rà soát chế độ.').coordinators).toEqual([
      'Bộ Nội vụ',
      'Tổng Liên đoàn Lao động Việt Nam',
    ]);
    expect(roles('Ban hành quy trình, phối hợp Bộ Công an đưa lên Nền tảng số.').coordinators).toEqual(['Bộ Công an']);
  });

  it('ends a name before a time word: "định kỳ hàng năm", "hằng tháng", "đột xuất" (026)', () => {
    expect(roles('Các Sở, ngành, địa phương định kỳ hàng năm (trước ngày 10/12) hoặc đột xuất báo cáo Ủy ban nhân dân tỉnh.').doers).toEqual([
      'Các Sở, ngành, địa phương',
    ]);
    expect(roles('Sở Tài chính hằng tháng báo cáo tiến độ.').doers).toEqual(['Sở Tài chính']);
  });

  it('reads no doer after a comma in a clause that opens with a directive (032)', () => {
    const t = 'Giao Sở Y tế tiến hành rà soát, giao nhiệm vụ các Trung tâm Y tế khu vực, Trạm Y tế cấp xã đăng ký cung cấp dịch vụ.';
    expect(roles(t).doers).toEqual(['Sở Y tế']);
    expect(roles('Trường hợp cần thiết, Sở Nội vụ thực hiện báo cáo chuyên đề.').doers).toEqual(['Sở Nội vụ']);
  });

  it('ends a name at "nơi" and before "tổ chức" that is the verb of "tổ chức thực hiện" (032)', () => {
    expect(roles('Giao Ủy ban nhân dân các xã, phường, đặc khu nơi đơn vị cung cấp dịch vụ đặt trụ sở có văn bản chấp thuận.').doers).toEqual([
      'Ủy ban nhân dân các xã, phường, đặc khu',
    ]);
    expect(roles('Giao Công an tỉnh thẩm định. Phối hợp với các đơn vị liên quan, tổ chức thực hiện việc niêm yết.').coordinators).toEqual([
      'các đơn vị liên quan',
    ]);
    // A kind of body in a list stays one: before a weak predicate, or when it is no verb.
    expect(roles('Sở Tư pháp phối hợp với các cơ quan, tổ chức có liên quan thực hiện.').coordinators).toEqual(['các cơ quan, tổ chức có liên quan']);
    expect(roles('Đề nghị các cơ quan, tổ chức, cá nhân thực hiện.').doers).toEqual(['các cơ quan, tổ chức, cá nhân']);
  });

  it('follows "Giao": "Giao Sở Tài chính bố trí kinh phí."', () => {
    const r = readRoles('Giao Sở Tài chính bố trí kinh phí.');
    expect(r.doers).toEqual([{ text: 'Sở Tài chính', canonical: 'Sở Tài chính', index: 5 }]);
    expect(r.coordinators).toEqual([]);
    expect(r.firstClauseNamed).toBe(true);
  });

  it('follows "Giao cho", "Ủy quyền cho" and "Phân công cho" opening a sentence', () => {
    expect(roles('Giao cho Sở Tư pháp thẩm định dự thảo.')).toEqual({ doers: ['Sở Tư pháp'], coordinators: [], firstClauseNamed: true });
    expect(roles('Phân công cho Văn phòng UBND tỉnh theo dõi, đôn đốc.').doers).toEqual(['Văn phòng UBND tỉnh']);
    expect(roles('Ủy quyền cho Sở Công Thương ký văn bản.').doers).toEqual(['Sở Công Thương']);
    // A budget allotted is no task given.
    expect(roles('Kinh phí sử dụng trong dự toán giao cho các cơ quan, đơn vị, địa phương.').doers).toEqual([]);
  });

  it('reads "Giao X phối hợp với Y ...": X does, Y coordinates (Lai Châu item 7)', () => {
    expect(roles('Giao Sở Tài chính phối hợp với Sở Khoa học và Công nghệ tham mưu cho UBND tỉnh bố trí kinh phí.')).toEqual({
      doers: ['Sở Tài chính'],
      coordinators: ['Sở Khoa học và Công nghệ'],
      firstClauseNamed: true,
    });
  });

  it('reads "X chủ trì, phối hợp với Y ..."', () => {
    expect(roles('Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát danh mục dự án.')).toEqual({
      doers: ['Sở Tài chính'],
      coordinators: ['Sở Xây dựng'],
      firstClauseNamed: true,
    });
    expect(roles('Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với các đơn vị rà soát, đánh giá lại nội dung.')).toEqual({
      doers: ['Sở Khoa học và Công nghệ'],
      coordinators: ['các đơn vị'],
      firstClauseNamed: true,
    });
  });

  it('reads a "X chủ trì, phối hợp với Y:" heading as doer X and coordinator Y', () => {
    // 012_lamdong-tbkl-hoi-nghi-cchc-22-1-2026.txt: "Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị liên quan:"
    expect(roles('Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị liên quan:')).toEqual({
      doers: ['Sở Nội vụ'],
      coordinators: ['các cơ quan, đơn vị liên quan'],
      firstClauseNamed: true,
    });
    expect(roles('Sở Tư pháp chủ trì, phối hợp với các cơ quan, đơn vị liên quan:').doers).toEqual(['Sở Tư pháp']);
  });

  it('follows "Yêu cầu" and "Đề nghị"', () => {
    expect(roles('Yêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc kiểm điểm, rút kinh nghiệm.').doers).toEqual(['Thủ trưởng các cơ quan, đơn vị']);
    expect(roles('Đề nghị Nhà đầu tư khẩn trương nộp báo cáo đánh giá hiệu quả kinh tế xã hội.').doers).toEqual(['Nhà đầu tư']);
  });

  it('skips the issuer speaking: "Ủy ban nhân dân tỉnh yêu cầu Sở Xây dựng ..."', () => {
    expect(roles('Ủy ban nhân dân tỉnh yêu cầu Sở Xây dựng khẩn trương thực hiện.').doers).toEqual(['Sở Xây dựng']);
  });

  it('reads an "Đối với X:" heading as the doer', () => {
    const doers = roles('Đối với các cơ quan, đơn vị đã được cấp Giấy chứng nhận:').doers;
    // How much of the qualifier ("đã được cấp Giấy chứng nhận") the name keeps is a matter of style; the body is not.
    expect(doers).toHaveLength(1);
    expect(doers[0]!.startsWith('các cơ quan, đơn vị')).toBe(true);
    expect(roles('Đối với Sở Xây dựng:').doers).toEqual(['Sở Xây dựng']);
  });

  it('ends an "Đối với" name at the parenthesis that lists its members (Lai Châu item 5)', () => {
    const r = roles(
      'Đối với 07 đơn vị vắng mặt không lý do tại Hội nghị (Phòng Tài nguyên và Môi trường Thị xã Lai Châu; Phòng Lao động, Thương binh & Xã hội huyện Tam Đường):\n' +
        'Yêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc kiểm điểm, rút kinh nghiệm.',
    );
    expect(r.doers).toHaveLength(2);
    expect(r.doers[0]!.startsWith('07 đơn vị vắng mặt')).toBe(true);
    expect(r.doers[0]).not.toContain('(');
    expect(r.doers[0]).not.toContain('Phòng');
    expect(r.doers[1]).toBe('Thủ trưởng các cơ quan, đơn vị');
  });

  it('keeps a long parenthesis that explains the name of a heading, once (036)', () => {
    expect(roles('Giao Sở Nội vụ (Cơ quan Thường trực Hội đồng Thi đua - Khen thưởng tỉnh và CCHC của tỉnh):').doers).toEqual([
      'Sở Nội vụ (Cơ quan Thường trực Hội đồng Thi đua - Khen thưởng tỉnh và CCHC của tỉnh)',
    ]);
    // A long one that lists bodies with commas ends the name.
    expect(roles('Giao 03 đơn vị chưa hoàn thành (Phòng Kinh tế huyện Bảo Lâm, Phòng Nội vụ huyện Đạ Huoai, Phòng Tư pháp):').doers[0]).toBe(
      '03 đơn vị chưa hoàn thành',
    );
  });

  it('reads a heading that is a name: "1. Sở Công Thương", "Ủy ban nhân dân các xã, phường có cụm công nghiệp"', () => {
    expect(roles('Sở Công Thương').doers).toEqual(['Sở Công Thương']);
    expect(roles('Ủy ban nhân dân các xã, phường có cụm công nghiệp').doers).toEqual(['Ủy ban nhân dân các xã, phường có cụm công nghiệp']);
  });

  it('reads a "Giao X:" heading whose name holds a dash and an abbreviation (Lai Châu item 6)', () => {
    const r = readRoles('Giao Thường trực Ban Chỉ đạo ISO-Hành chính tỉnh - Sở KH&CN:');
    expect(r.doers.map((d) => [d.text, d.canonical])).toEqual([
      ['Thường trực Ban Chỉ đạo ISO-Hành chính tỉnh - Sở KH&CN', 'Thường trực Ban Chỉ đạo ISO-Hành chính tỉnh - Sở Khoa học và Công nghệ'],
    ]);
  });

  it('reads the coordinator of a sentence that starts with "Phối hợp với" and names no doer', () => {
    expect(roles('Phối hợp với Tổ giúp việc triển khai đánh giá 02 xã điểm.')).toEqual({
      doers: [],
      coordinators: ['Tổ giúp việc'],
      firstClauseNamed: false,
    });
  });

  it('expands abbreviations in canonical and keeps the text as written', () => {
    const r = readRoles('Giao Sở KH&CN chủ trì, phối hợp với UBND huyện Tân Uyên thực hiện.');
    expect(r.doers.map((d) => [d.text, d.canonical])).toEqual([['Sở KH&CN', 'Sở Khoa học và Công nghệ']]);
    expect(r.coordinators.map((d) => [d.text, d.canonical])).toEqual([['UBND huyện Tân Uyên', 'Ủy ban nhân dân huyện Tân Uyên']]);
  });
});

describe('readRoles: lists of names', () => {
  it('splits at ", " and " và " where a new name starts', () => {
    expect(roles('Giao Sở Xây dựng, Sở Tài chính, UBND các xã thẩm định hồ sơ.').doers).toEqual(['Sở Xây dựng', 'Sở Tài chính', 'UBND các xã']);
    expect(roles('Giao Sở Xây dựng và Sở Tài chính thẩm định hồ sơ.').doers).toEqual(['Sở Xây dựng', 'Sở Tài chính']);
  });

  it("reads a province's merged newspaper and broadcaster as one body (036)", () => {
    expect(roles('Báo và Đài Phát thanh, Truyền hình Lâm Đồng tăng cường công tác tuyên truyền.').doers).toEqual([
      'Báo và Đài Phát thanh, Truyền hình Lâm Đồng',
    ]);
    expect(roles('Giao Báo và Phát thanh, Truyền hình Lâm Đồng đưa tin.').doers).toEqual(['Báo và Phát thanh, Truyền hình Lâm Đồng']);
    expect(roles('Giao Báo và PTTH Lâm Đồng đưa tin.').doers).toEqual(['Báo và PTTH Lâm Đồng']);
  });

  it('reads an official named with the honorific "đồng chí", and the honorific is no part of the canonical name', () => {
    expect(roles('Giao đồng chí Trưởng phòng Nội vụ theo dõi, đôn đốc.').doers).toEqual(['đồng chí Trưởng phòng Nội vụ']);
    expect(roles('Đồng chí Chủ tịch UBND xã Xuân Quang chịu trách nhiệm trước Chủ tịch UBND huyện.').doers).toEqual(['Đồng chí Chủ tịch UBND xã Xuân Quang']);
    expect(readRoles('Giao đồng chí Trưởng phòng Nội vụ theo dõi.').doers.map((d) => d.canonical)).toEqual(['Trưởng phòng Nội vụ']);
    expect(canonicalName('Đồng chí Chủ tịch UBND xã')).toBe('Chủ tịch Ủy ban nhân dân xã');
    // Not a doer where the chair speaks.
    expect(roles('Đồng chí Phó Chủ tịch UBND tỉnh đề nghị các sở khẩn trương triển khai.').doers).toEqual(['các sở']);
  });

  it('reads the bodies of the party: "Đảng đoàn", "Ban cán sự đảng", "Chi ủy"', () => {
    expect(roles('Đảng đoàn HĐND huyện, Ban cán sự đảng UBND huyện lãnh đạo, chỉ đạo bố trí kinh phí phục vụ đại hội.').doers).toEqual([
      'Đảng đoàn HĐND huyện',
      'Ban cán sự đảng UBND huyện',
    ]);
    expect(roles('Giao Chi ủy các chi bộ thôn rà soát, phân loại đảng viên.').doers).toEqual(['Chi ủy các chi bộ thôn']);
  });

  it('reads the bodies of a district and a commune: "các đoàn thể", "các thôn, bản", "thị trấn"', () => {
    expect(roles('Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện tuyên truyền, vận động.').doers).toEqual([
      'Ủy ban Mặt trận Tổ quốc Việt Nam huyện',
      'các đoàn thể chính trị - xã hội huyện',
    ]);
    expect(roles('Các thôn, bản, tổ dân phố tổ chức họp dân.').doers).toEqual(['Các thôn, bản, tổ dân phố']);
    expect(roles('Các xã, thị trấn rà soát danh sách hộ nghèo.').doers).toEqual(['Các xã, thị trấn']);
  });

  it('ends a name before more verbs: "cấp giấy", "thanh toán", "kiểm đếm", "chấp hành"', () => {
    expect(roles('Chi nhánh Văn phòng Đăng ký đất đai huyện cấp giấy chứng nhận cho các hộ.').doers).toEqual(['Chi nhánh Văn phòng Đăng ký đất đai huyện']);
    expect(roles('Kho bạc Nhà nước khu vực VIII thanh toán kịp thời cho các chủ đầu tư.').doers).toEqual(['Kho bạc Nhà nước khu vực VIII']);
    expect(roles('Trung tâm Phát triển quỹ đất phối hợp với các đơn vị liên quan kiểm đếm tài sản.').coordinators).toEqual(['các đơn vị liên quan']);
    expect(roles('Các doanh nghiệp chấp hành nghiêm quy định về an toàn lao động.').doers).toEqual(['Các doanh nghiệp']);
  });

  it('names no doer among the channels after "thông qua" (033)', () => {
    expect(
      roles('Đẩy mạnh tuyên truyền thông qua truyền hình, loa đài, mạng xã hội, Cổng Thông tin điện tử, các đoàn thể (Mặt trận tổ quốc, Đoàn thanh niên, Hội phụ nữ…) đặc biệt tập trung thông tin tuyên truyền.').doers,
    ).toEqual([]);
    expect(roles('Đẩy mạnh tuyên truyền thông qua truyền hình, Cổng Thông tin điện tử, các đơn vị đặc biệt tập trung thông tin.').doers).toEqual([]);
  });

  it('reads the joint office of the councils as one body: "Văn phòng HĐND và UBND huyện"', () => {
    expect(roles('Giao Văn phòng HĐND và UBND huyện theo dõi, đôn đốc thực hiện.').doers).toEqual(['Văn phòng HĐND và UBND huyện']);
    expect(roles('Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh tổng hợp ý kiến cử tri.').doers).toEqual(['Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh']);
    expect(roles('Giao Phòng Nội vụ và Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện rà soát.').doers).toEqual([
      'Phòng Nội vụ',
      'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện',
    ]);
    expect(roles('Giao Văn phòng HĐND và UBND huyện, Phòng Tài chính - Kế hoạch tham mưu.').doers).toEqual([
      'Văn phòng HĐND và UBND huyện',
      'Phòng Tài chính - Kế hoạch',
    ]);
  });

  it('keeps "và" inside a name: "Sở Nông nghiệp và Môi trường"', () => {
    expect(roles('Giao Sở Nông nghiệp và Môi trường thẩm định hồ sơ do Nhà đầu tư nộp.').doers).toEqual(['Sở Nông nghiệp và Môi trường']);
  });

  it('keeps "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh" whole', () => {
    expect(roles('Giao Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh chủ trì tổ chức Hội nghị.').doers).toEqual([
      'Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh',
    ]);
  });

  it('names the members of "các Sở: Công Thương, Tài chính" each with the kind', () => {
    const r = readRoles('Giao các Sở: Công Thương, Tài chính thực hiện.');
    expect(r.doers.map((d) => [d.text, d.canonical])).toEqual([
      ['Công Thương', 'Sở Công Thương'],
      ['Tài chính', 'Sở Tài chính'],
    ]);
  });
});

describe('readRoles: words after a comma in a plural name', () => {
  it('go on the name when they list kinds of bodies or what the bodies do', () => {
    expect(roles('Yêu cầu các cơ quan, tổ chức, cá nhân thực hiện nghiêm.').doers).toEqual(['các cơ quan, tổ chức, cá nhân']);
    expect(roles('Đề nghị các sở, ban, ngành, đoàn thể triển khai thực hiện.').doers).toEqual(['các sở, ban, ngành, đoàn thể']);
    expect(roles('Đề nghị các đơn vị sản xuất, kinh doanh, sử dụng, bảo quản hóa chất báo cáo trước ngày 8/4/2026.').doers).toEqual([
      'các đơn vị sản xuất, kinh doanh, sử dụng, bảo quản hóa chất',
    ]);
    expect(roles('Phối hợp các cơ quan truyền thông, báo chí tuyên truyền.').coordinators).toEqual(['các cơ quan truyền thông, báo chí']);
  });

  it('start the predicate when another verb stands there (033)', () => {
    const r = roles(
      '(5) Phối hợp các doanh nghiệp viễn thông, giải quyết triệt để các vùng lõm sóng, Công ty Điện lực Lâm Đồng giải quyết các khu vực thiếu điện.',
    );
    expect(r.coordinators).toEqual(['các doanh nghiệp viễn thông']);
    expect(roles('Giao Sở Công Thương phối hợp các doanh nghiệp viễn thông, kiểm tra các vùng lõm sóng.')).toMatchObject({
      doers: ['Sở Công Thương'],
      coordinators: ['các doanh nghiệp viễn thông'],
    });
  });
});

describe('readRoles: a body named without "các"', () => {
  it('keeps the legal term after "trực thuộc": "người quyết định đầu tư" (007)', () => {
    expect(roles('Cơ quan chuyên môn trực thuộc người quyết định đầu tư chịu trách nhiệm thẩm định các nội dung.').doers).toEqual([
      'Cơ quan chuyên môn trực thuộc người quyết định đầu tư',
    ]);
  });

  it('keeps the activity after "hoạt động" and ends before the predicate (026)', () => {
    expect(roles('Yêu cầu các đơn vị hoạt động khai thác khoáng sản đầu tư, lắp đặt trạm cân.').doers).toEqual([
      'các đơn vị hoạt động khai thác khoáng sản',
    ]);
  });

  it('goes on with further kinds of bodies after a comma, not with a verb (026)', () => {
    expect(roles('Chủ trì, phối hợp với cơ quan, tổ chức liên quan thẩm định hồ sơ.').coordinators).toEqual(['cơ quan, tổ chức liên quan']);
    expect(roles('Phối hợp với cơ quan, tổ chức thực hiện kiểm tra.').coordinators).toEqual(['cơ quan']);
  });

  it('ends before "cử" and "mở" with their usual objects (025, 040)', () => {
    expect(roles('Chủ trì, phối hợp với các đơn vị liên quan mở lớp đào tạo, bồi dưỡng cán bộ.').coordinators).toEqual(['các đơn vị liên quan']);
    expect(roles('Ủy ban Nhân dân các cấp (tỉnh, huyện, xã và cấp tương đương) cử một đồng chí Phó Chủ tịch phụ trách.').doers).toEqual([
      'Ủy ban Nhân dân các cấp (tỉnh, huyện, xã và cấp tương đương)',
    ]);
  });

  it('reads the body of a heading that gives it its duties, named in lower case as old texts do (040)', () => {
    expect(roles('Cục đo đạc và bản đồ Nhà nước có trách nhiệm:').doers).toEqual(['Cục đo đạc và bản đồ Nhà nước']);
    expect(roles('Tổng cục thống kê chịu trách nhiệm:').doers).toEqual(['Tổng cục thống kê']);
    // Not a body: no head starts it.
    expect(roles('Các nội dung trên có trách nhiệm:').doers).toEqual([]);
  });

  it('reads a body named in lower case right before the phrase that gives it its duties, in a sentence too (040)', () => {
    expect(roles('Tổng cục thống kê có trách nhiệm phối hợp với các Bộ xây dựng quy trình.').doers).toEqual(['Tổng cục thống kê']);
    expect(roles('Cục đo đạc và bản đồ Nhà nước có nhiệm vụ cung cấp bản đồ.').doers).toEqual(['Cục đo đạc và bản đồ Nhà nước']);
    // Only right after a head: a capitalised name ends before its predicate, "các" starts no name of its own.
    expect(roles('Sở Tài chính hướng dẫn đơn vị có trách nhiệm lập dự toán.').doers).toEqual(['Sở Tài chính']);
    expect(roles('Bộ hướng dẫn các đơn vị có trách nhiệm lập dự toán.').doers).not.toContain('Bộ hướng dẫn các đơn vị');
    // Without the phrase the lower-case words may be the predicate: the name stops at its head, as before.
    expect(roles('Tổng cục thống kê số liệu của các tỉnh.').doers).toEqual(['Tổng cục']);
  });

  it('reads "có nhiệm vụ" as it reads "có trách nhiệm" (040)', () => {
    expect(roles('Tổng Cục Quản lý ruộng đất có nhiệm vụ hướng dẫn cụ thể.').doers).toEqual(['Tổng Cục Quản lý ruộng đất']);
    expect(roles('Bộ Nông nghiệp có nhiệm vụ:').doers).toEqual(['Bộ Nông nghiệp']);
  });

  it('goes on with one more kind of body after "và" in a plural list (040)', () => {
    expect(roles('Các cơ quan, tổ chức và cá nhân sử dụng đất có nhiệm vụ chấp hành đúng mọi thủ tục.').doers).toEqual([
      'Các cơ quan, tổ chức và cá nhân',
    ]);
  });

  it('keeps "tuyên truyền" and "báo chí" after "cơ quan", where they name its kind (040)', () => {
    expect(roles('Các cơ quan tuyên truyền, báo chí có kế hoạch phối hợp tuyên truyền, giải thích.').doers).toEqual([
      'Các cơ quan tuyên truyền, báo chí',
    ]);
    expect(roles('Sở Văn hóa tuyên truyền rộng rãi.').doers).toEqual(['Sở Văn hóa']);
  });

  it('ends a long name before a copula (040)', () => {
    expect(roles('Cơ quan giúp việc cho UBND tỉnh là ngành Quản lý ruộng đất.').doers).toEqual(['Cơ quan giúp việc cho UBND tỉnh']);
  });

  it('takes no doer from the members a list after "gồm:" names (040)', () => {
    expect(roles('Thành phần của Hội đồng gồm có: Chủ tịch UBND xã làm Chủ tịch Hội đồng; cán bộ quản lý ruộng đất làm ủy viên.').doers).toEqual([]);
    expect(roles('Thành lập Tổ công tác gồm: Sở Tài chính, Sở Xây dựng.').doers).toEqual([]);
  });

  it('reads "Tổng Cục" as old texts capitalise it (040)', () => {
    expect(roles('Tổng Cục Quản lý ruộng đất có trách nhiệm:').doers).toEqual(['Tổng Cục Quản lý ruộng đất']);
  });

  it('keeps "có thẩm quyền", as it keeps "có liên quan" (007)', () => {
    expect(roles('Chủ động phối hợp với cơ quan có thẩm quyền để thực hiện thủ tục cấp phép xây dựng.').coordinators).toEqual([
      'cơ quan có thẩm quyền',
    ]);
  });

  it('keeps what narrows it, as a plural name does: "đơn vị được kiểm tra" (023)', () => {
    expect(roles('Đối với đơn vị được kiểm tra: Chuẩn bị báo cáo bằng văn bản theo nội dung kiểm tra.').doers).toEqual(['đơn vị được kiểm tra']);
    expect(roles('Đối với các đơn vị được kiểm tra: Chuẩn bị báo cáo bằng văn bản.').doers).toEqual(['các đơn vị được kiểm tra']);
    // A passive tail ends the name before the predicate; "tham gia" takes its object.
    expect(roles('Sở Nội vụ có văn bản đề nghị các cơ quan, địa phương được kiểm tra xây dựng và gửi báo cáo theo Đề cương.').doers).toEqual([
      'Sở Nội vụ',
      'các cơ quan, địa phương được kiểm tra',
    ]);
    expect(roles('Yêu cầu các nhà thầu tham gia xây dựng công trình bảo đảm an toàn.').doers).toEqual(['các nhà thầu tham gia xây dựng công trình']);
  });
});

describe('readRoles: the subject after the grounds or the time a clause opens with', () => {
  it('is read whatever its verb: "Căn cứ ..., các sở, ban, ngành ... xây dựng Kế hoạch" (036)', () => {
    expect(
      roles(
        'Căn cứ nội dung Kế hoạch này và điều kiện thực tế, các sở, ban, ngành, các cơ quan Trung ương đóng trên địa bàn, UBND các xã, phường, đặc khu xây dựng Kế hoạch phát động Phong trào thi đua.',
      ).doers,
    ).toEqual(['các sở, ban, ngành', 'các cơ quan Trung ương đóng trên địa bàn', 'UBND các xã, phường, đặc khu']);
    expect(roles('Trên cơ sở kết quả rà soát, Sở Tài chính đánh giá, đề xuất phương án phân bổ.').doers).toEqual(['Sở Tài chính']);
    expect(roles('Quý I/2027, các cơ quan, đơn vị, địa phương đánh giá kết quả thực hiện phong trào thi đua.').doers).toEqual([
      'các cơ quan, đơn vị, địa phương',
    ]);
    expect(roles('Hằng năm, Sở Nội vụ tổng hợp kết quả.').doers).toEqual(['Sở Nội vụ']);
  });

  it('is not read after a later comma, or without the grounds, unless its verb assigns work', () => {
    // The bodies after "chỉ đạo" are its objects (038).
    expect(roles('Tuyên truyền sâu rộng; chỉ đạo các cấp ủy, tổ chức đảng, các cơ quan chức năng xây dựng nội dung tuyên truyền.').doers).toEqual([]);
    expect(roles('Căn cứ Kế hoạch này, tham mưu Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh tăng cường công tác quản lý.').doers).toEqual([]);
    // A clause that opens with "tham mưu": the bodies after it are whom it advises (026).
    expect(
      roles('Rà soát, xác minh các vụ việc; kịp thời tham mưu Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo xử lý dứt điểm.').doers,
    ).toEqual([]);
    expect(roles('Trường hợp phát hiện vi phạm, Chủ tịch Ủy ban nhân dân xã chỉ đạo xử lý dứt điểm.').doers).toEqual(['Chủ tịch Ủy ban nhân dân xã']);
  });
});

describe('readRoles: a person given a part', () => {
  it('is the doer of an item that opens with the person and a colon (023)', () => {
    const r = readRoles('Ông. Đỗ Mạnh Cường - Phó Trưởng đoàn: Chủ trì, phụ trách việc kiểm tra các nội dung liên quan đến hồ sơ pháp lý.');
    expect(r.doers.map((d) => [d.text, d.canonical])).toEqual([['Ông. Đỗ Mạnh Cường - Phó Trưởng đoàn', 'Đỗ Mạnh Cường']]);
    expect(r.firstClauseNamed).toBe(true);
    expect(roles('Bà Nguyễn Thị Hoa, Thư ký đoàn: lập biên bản kiểm tra.').doers).toEqual(['Bà Nguyễn Thị Hoa, Thư ký đoàn']);
    expect(roles('Đồng chí Lê Văn Nam: theo dõi chung.').doers).toEqual(['Đồng chí Lê Văn Nam']);
  });

  it('is not taken without the colon, after the start, or when the item names a body', () => {
    expect(roles('Ông Đỗ Mạnh Cường phụ trách việc kiểm tra hồ sơ.').doers).toEqual([]);
    expect(roles('Giao nhiệm vụ cho Ông Đỗ Mạnh Cường - Phó Trưởng đoàn: kiểm tra hồ sơ.').doers).toEqual([]);
    expect(roles('Ông Đỗ Mạnh Cường - Phó Giám đốc: giao Sở Tài chính bố trí kinh phí.').doers).toEqual(['Sở Tài chính']);
  });
});

describe('readRoles: the doer named aside, after the work', () => {
  it('reads "(Sở X chủ trì, phối hợp với ...)" and "do Sở X chủ trì", as the text\'s own doer', () => {
    expect(roles('Rà soát quy hoạch các cụm công nghiệp (Sở Công Thương chủ trì, phối hợp với Sở Xây dựng), hoàn thành trước 30/6/2026.')).toEqual({
      doers: ['Sở Công Thương'],
      coordinators: ['Sở Xây dựng'],
      firstClauseNamed: true,
    });
    expect(roles('Kiện toàn tổ chức bộ máy, do Sở Nội vụ chủ trì thực hiện.').doers).toEqual(['Sở Nội vụ']);
    expect(roles('Tổ chức hội nghị tổng kết (Văn phòng UBND tỉnh thực hiện).').doers).toEqual(['Văn phòng UBND tỉnh']);
  });

  it('leaves "do" that says why alone, and a parenthesis that names without a predicate', () => {
    expect(roles('Tiến độ còn chậm do Sở Xây dựng thực hiện chưa đúng quy trình.').doers).toEqual([]);
    expect(roles('Tiến độ còn chậm do Sở Xây dựng chưa chủ trì thẩm định.').doers).toEqual([]);
    expect(roles('Báo cáo kết quả (qua Sở Nội vụ) trước ngày 15/12.').doers).toEqual([]);
  });
});

describe('readRoles: negative cases', () => {
  it('does not take "Báo cáo UBND tỉnh ..." for the newspaper "Báo"', () => {
    expect(roles('Báo cáo UBND tỉnh xem xét, quyết định.').doers).toEqual([]);
  });

  it('does not take "Hội nghị ..." for a "Hội"', () => {
    expect(roles('Hội nghị đã thống nhất nội dung.').doers).toEqual([]);
  });

  it('names nobody in a sentence that starts with a verb', () => {
    expect(roles('Thực hiện nghiêm quy chế hoạt động của Ban chỉ đạo ISO tỉnh.')).toEqual({ doers: [], coordinators: [], firstClauseNamed: false });
    expect(roles('Tăng cường công tác kiểm tra, đôn đốc để đánh giá, rút kinh nghiệm.').doers).toEqual([]);
    expect(roles('Làm tốt công tác tuyên truyền, nâng cao nhận thức, nhất là đối với cán bộ lãnh đạo các cơ quan, đơn vị.').doers).toEqual([]);
  });

  it('still reads a real newspaper or association', () => {
    expect(roles('Báo Bình Thuận đăng tin.').doers).toEqual(['Báo Bình Thuận']);
    expect(roles('Hội Cựu chiến binh tỉnh phối hợp tuyên truyền.').doers).toEqual(['Hội Cựu chiến binh tỉnh']);
  });

  it('names nobody in an empty text', () => {
    expect(roles('')).toEqual({ doers: [], coordinators: [], firstClauseNamed: false });
  });
});

describe('leadInNames', () => {
  it('reads the names right before the predicate (Bắc Giang)', () => {
    const names = leadInNames(
      'Trong thời gian tới, để khắc phục các tồn tại trên nhằm triển khai thực hiện tốt việc áp dụng, duy trì, cải tiến hệ thống quản lý chất lượng trong các cơ quan, đơn vị, các Thành viên Ban chỉ đạo ISO tỉnh, Cơ quan Thường trực Ban chỉ đạo, Tổ giúp việc cần tập trung thực hiện tốt một số nội dung sau:',
    );
    expect(names.map((n) => [n.text, n.canonical])).toEqual([
      ['các Thành viên Ban chỉ đạo ISO tỉnh', 'Các Thành viên Ban chỉ đạo ISO tỉnh'],
      ['Cơ quan Thường trực Ban chỉ đạo', 'Cơ quan Thường trực Ban chỉ đạo'],
      ['Tổ giúp việc', 'Tổ giúp việc'],
    ]);
  });

  it('reads the names after "yêu cầu" (Lai Châu)', () => {
    const text =
      'Để phát huy kết quả đạt được, khắc phục những hạn chế, đẩy mạnh việc triển khai áp dụng HTQLCL năm 2012 theo đúng tiến độ và đạt hiệu quả cao, yêu cầu Thủ trưởng các cơ quan, đơn vị có liên quan, Chủ tịch UBND các huyện, thị thực hiện tốt một số nhiệm vụ trọng tâm sau:';
    const names = leadInNames(text);
    expect(names.map((n) => [n.text, n.canonical])).toEqual([
      ['Thủ trưởng các cơ quan, đơn vị có liên quan', 'Thủ trưởng các cơ quan, đơn vị có liên quan'],
      ['Chủ tịch UBND các huyện, thị', 'Chủ tịch Ủy ban nhân dân các huyện, thị'],
    ]);
    // Offsets point at the names in the text.
    for (const n of names) expect(text.slice(n.index, n.index + n.text.length)).toBe(n.text);
  });

  it('reads nobody from a lead-in that names nobody', () => {
    expect(leadInNames('Sau khi nghe báo cáo, Phó Chủ tịch kết luận như sau:')).toEqual([]);
  });
});

describe('canonicalName', () => {
  it.each([
    ['UBND tỉnh', 'Ủy ban nhân dân tỉnh'],
    ['HĐND huyện', 'Hội đồng nhân dân huyện'],
    ['Thành viên BCĐ ISO tỉnh', 'Thành viên Ban Chỉ đạo ISO tỉnh'],
    ['Sở KH&CN', 'Sở Khoa học và Công nghệ'],
    ['Sở TN&MT', 'Sở Tài nguyên và Môi trường'],
    ['Sở LĐTB&XH', 'Sở Lao động - Thương binh và Xã hội'],
    ['Sở GD&ĐT', 'Sở Giáo dục và Đào tạo'],
    ['Sở VH,TT&DL', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['Sở NN&PTNT', 'Sở Nông nghiệp và Phát triển nông thôn'],
  ])('expands %s', (text, canonical) => {
    expect(canonicalName(text)).toBe(canonical);
  });

  it('writes old tone placement the new way', () => {
    expect(canonicalName('Uỷ ban nhân dân tỉnh')).toBe('Ủy ban nhân dân tỉnh');
    expect(canonicalName('Chi cục Thuỷ lợi')).toBe('Chi cục Thủy lợi');
    expect(canonicalName('UBND tỉnh Hoà Bình')).toBe('Ủy ban nhân dân tỉnh Hòa Bình');
  });

  it('capitalises the first letter, collapses spaces and drops trailing punctuation', () => {
    expect(canonicalName('các Thành viên BCĐ')).toBe('Các Thành viên Ban Chỉ đạo');
    expect(canonicalName('  Sở   Xây   dựng  ')).toBe('Sở Xây dựng');
    expect(canonicalName('Sở Tài chính;')).toBe('Sở Tài chính');
  });

  it('expands only whole abbreviations', () => {
    expect(canonicalName('UBNDX')).toBe('UBNDX');
    expect(canonicalName('Sở KH&CNT')).toBe('Sở KH&CNT');
    expect(canonicalName('Phòng Tài nguyên và Môi trường')).toBe('Phòng Tài nguyên và Môi trường');
  });
});

describe('splitNames', () => {
  it('splits a list and gives each name its offset', () => {
    expect(splitNames('Sở Xây dựng, Sở Tài chính và UBND các xã', 10).map((n) => [n.text, n.canonical, n.index])).toEqual([
      ['Sở Xây dựng', 'Sở Xây dựng', 10],
      ['Sở Tài chính', 'Sở Tài chính', 23],
      ['UBND các xã', 'Ủy ban nhân dân các xã', 39],
    ]);
  });

  it('keeps names whose "và" or "," is their own', () => {
    expect(splitNames('Sở Nông nghiệp và Môi trường', 0).map((n) => n.text)).toEqual(['Sở Nông nghiệp và Môi trường']);
    expect(splitNames('Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh', 0).map((n) => n.text)).toEqual([
      'Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh',
    ]);
    expect(splitNames('Phòng Lao động, Thương binh & Xã hội huyện Tân Uyên', 0).map((n) => n.text)).toEqual([
      'Phòng Lao động, Thương binh & Xã hội huyện Tân Uyên',
    ]);
    expect(splitNames('các sở, ban, ngành', 0).map((n) => n.text)).toEqual(['các sở, ban, ngành']);
  });

  it('splits after a name that holds "và": "Sở Nông nghiệp và Môi trường và Sở Xây dựng"', () => {
    expect(splitNames('Sở Nông nghiệp và Môi trường và Sở Xây dựng', 0).map((n) => n.text)).toEqual(['Sở Nông nghiệp và Môi trường', 'Sở Xây dựng']);
  });

  it('prefixes the members of a kind list: "các Sở: Công Thương, Tài chính, Xây dựng"', () => {
    expect(splitNames('các Sở: Công Thương, Tài chính, Xây dựng', 0).map((n) => [n.text, n.canonical])).toEqual([
      ['Công Thương', 'Sở Công Thương'],
      ['Tài chính', 'Sở Tài chính'],
      ['Xây dựng', 'Sở Xây dựng'],
    ]);
  });

  it('keeps a department named with "và" or a comma whole in a kind list, and splits two that are not one', () => {
    const names = (text: string) => splitNames(text, 0).map((n) => n.canonical);
    expect(names('các sở: Tài nguyên và Môi trường, Giáo dục và Đào tạo, Nông nghiệp và Phát triển nông thôn và Văn phòng Ủy ban nhân dân tỉnh')).toEqual([
      'Sở Tài nguyên và Môi trường',
      'Sở Giáo dục và Đào tạo',
      'Sở Nông nghiệp và Phát triển nông thôn',
      'Văn phòng Ủy ban nhân dân tỉnh',
    ]);
    expect(names('các Bộ: Văn hoá, Thể thao và Du lịch, Lao động - Thương binh và Xã hội, Công Thương')).toEqual([
      'Bộ Văn hóa, Thể thao và Du lịch',
      'Bộ Lao động - Thương binh và Xã hội',
      'Bộ Công Thương',
    ]);
    expect(names('các Sở: Tài chính và Xây dựng')).toEqual(['Sở Tài chính', 'Sở Xây dựng']);
    // A known name only counts as a whole word: "Kế hoạch và Đầu tưx" is no department.
    expect(names('các Sở: Kế hoạch và Đầu tưx')).toEqual(['Sở Kế hoạch', 'Sở Đầu tưx']);
  });
});

describe('scanName', () => {
  const name = (text: string, at = 0) => {
    const end = scanName(text, at);
    return end < 0 ? null : text.slice(at, end);
  };

  it('ends a name before its predicate', () => {
    expect(name('Sở Tài chính chủ trì, phối hợp với Sở Xây dựng')).toBe('Sở Tài chính');
    expect(name('Tổ giúp việc cần tập trung thực hiện')).toBe('Tổ giúp việc');
    expect(name('Giao Sở Công Thương tham mưu', 5)).toBe('Sở Công Thương');
  });

  it('lets long names run on in lower case', () => {
    expect(name('Ban Quản lý dự án đầu tư xây dựng số 1 chủ trì, phối hợp')).toBe('Ban Quản lý dự án đầu tư xây dựng số 1');
    expect(name('Trung tâm Phát triển quỹ đất tỉnh thực hiện')).toBe('Trung tâm Phát triển quỹ đất tỉnh');
  });

  it('lets a long name run on after "và" in lower case only up to its place', () => {
    expect(name('Hội Bảo vệ thiên nhiên và môi trường tỉnh Bình Thuận thực hiện kiểm kê')).toBe('Hội Bảo vệ thiên nhiên và môi trường tỉnh Bình Thuận');
    expect(name('Hội Bảo vệ thiên nhiên và môi trường thực hiện kiểm kê')).toBe('Hội Bảo vệ thiên nhiên');
    expect(name('Sở Tài chính và thực hiện tỉnh Bình Thuận')).toBe('Sở Tài chính');
  });

  it('reads a list of six associations with their province to its end', () => {
    const list = [
      'Hội Cựu giáo chức tỉnh Bình Thuận',
      'Hội Bảo vệ thiên nhiên và môi trường tỉnh Bình Thuận',
      'Hội Làm vườn tỉnh Bình Thuận',
      'Hội Thân nhân kiều bào tỉnh Bình Thuận',
      'Hiệp hội Thủy sản tỉnh Bình Thuận',
    ].join(', ') + ' và Hội Lâm nghiệp tỉnh Bình Thuận';
    expect(name(`${list} thực hiện kiểm kê tài sản`)).toBe(list);
    expect(readRoles(`Yêu cầu: ${list} thực hiện kiểm kê tài sản.`).doers.map((d) => d.canonical)).toHaveLength(6);
  });

  it('reads the head of a new list item whole: "và các tổ chức, cá nhân" ("tổ chức" is no verb there)', () => {
    expect(name('Sở Y tế và các tổ chức, cá nhân có liên quan thực hiện.')).toBe('Sở Y tế và các tổ chức, cá nhân có liên quan');
    expect(name('Sở Y tế, các tổ chức tham gia thực hiện.')).toBe('Sở Y tế, các tổ chức tham gia');
    expect(
      readRoles('Tăng cường phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai và các tổ chức chính trị – xã hội trong công tác tuyên truyền.')
        .coordinators.map((c) => c.canonical),
    ).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai', 'Các tổ chức chính trị – xã hội']);
  });

  it('takes "lực lượng" (forces) as a body: "phối hợp với lực lượng chức năng và chính quyền cơ sở"', () => {
    const coordinators = (text: string) => readRoles(text).coordinators.map((c) => c.canonical);
    expect(coordinators('Tăng cường phối hợp với lực lượng chức năng và chính quyền cơ sở tại các địa bàn giáp biên giới tổ chức kiểm tra.')).toEqual([
      'Lực lượng chức năng',
      'Chính quyền cơ sở',
    ]);
    expect(coordinators('Sở Y tế thường xuyên trao đổi, phối hợp lực lượng Công an hoàn thành tốt các nhiệm vụ được giao.')).toEqual(['Lực lượng Công an']);
  });

  it('reads a list that goes on after ", "', () => {
    expect(name('Sở Xây dựng, các sở, ngành và UBND các xã thực hiện')).toBe('Sở Xây dựng, các sở, ngành và UBND các xã');
  });

  it('finds no name where no head word stands', () => {
    expect(scanName('Báo cáo UBND tỉnh', 0)).toBe(-1);
    expect(scanName('Hội nghị đã thống nhất', 0)).toBe(-1);
    expect(scanName('Ban hành quy chế', 0)).toBe(-1);
    expect(scanName('Thực hiện nghiêm', 0)).toBe(-1);
    expect(scanName('', 0)).toBe(-1);
  });

  it('reads a count of at most three digits before a plural head', () => {
    expect(name('07 đơn vị thực hiện')).toBe('07 đơn vị');
    expect(name('123 cơ quan chủ trì')).toBe('123 cơ quan');
    expect(scanName('1234 cơ quan chủ trì', 0)).toBe(-1);
  });

  it('takes a head only as a whole word, the longest first', () => {
    expect(name('Bộ Chỉ huy Quân sự tỉnh chủ trì')).toBe('Bộ Chỉ huy Quân sự tỉnh');
    expect(scanName('Sở5 chủ trì', 0)).toBe(-1);
    expect(scanName('UBNDx tỉnh', 0)).toBe(-1);
  });
});

describe('readRoles: verbs and phrases before a line break', () => {
  it('reads the name on the next line and the clause that line starts', () => {
    const roles = readRoles('Phối hợp với\nSở Tài chính; giao\nSở Xây dựng chủ trì.');
    expect(roles.coordinators.map((c) => c.canonical)).toEqual(['Sở Tài chính']);
    expect(roles.doers.map((d) => d.canonical)).toEqual(['Sở Xây dựng']);
    expect(roles.firstClauseNamed).toBe(true);
  });
});

describe('isDirective', () => {
  it('is true for a paragraph that assigns work', () => {
    expect(isDirective('Giao Sở Công Thương chủ trì, phối hợp với các cơ quan liên quan rà soát.')).toBe(true);
    expect(isDirective('Sở Tài chính có trách nhiệm bố trí kinh phí.')).toBe(true);
  });

  it('is false for background, closing formulas and plain statements', () => {
    expect(isDirective('Căn cứ Nghị định số 126/2024/NĐ-CP ngày 08 tháng 10 năm 2024 của Chính phủ.')).toBe(false);
    expect(isDirective('Ngày 07/9/2017, tại Trụ sở Văn phòng UBND tỉnh, Phó Chủ tịch UBND tỉnh tổ chức cuộc họp.')).toBe(false);
    expect(isDirective('Đề nghị các đơn vị quan tâm, phối hợp thực hiện./.')).toBe(false);
    expect(isDirective('Hội nghị đã thảo luận các nội dung.')).toBe(false);
  });
});

describe('isClosingFormula', () => {
  it('tells the closing formula, also when a sentence on difficulties follows it', () => {
    expect(isClosingFormula('Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.')).toBe(true);
    expect(
      isClosingFormula(
        'Sở Công Thương đề nghị các chủ đầu tư nghiêm túc triển khai thực hiện. Khó khăn, vướng mắc phản ánh kịp thời về Sở Công Thương để được hướng dẫn./.',
      ),
    ).toBe(true);
    expect(isClosingFormula('Đề nghị các đơn vị quan tâm, phối hợp thực hiện. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo về Sở Nội vụ./.')).toBe(true);
  });

  it('tells it when the formula names the plan and the difficulties sentence does too (026)', () => {
    expect(
      isClosingFormula(
        'Ủy ban nhân dân tỉnh Lào Cai yêu cầu các Sở, ban, ngành và Ủy ban nhân dân các xã, phường nghiêm túc triển khai thực hiện Kế hoạch này. Trong quá trình thực hiện Kế hoạch, nếu có khó khăn, vướng mắc, kịp thời phản ánh về Sở Nông nghiệp và Môi trường để tổng hợp, hướng dẫn./.',
      ),
    ).toBe(true);
    expect(isClosingFormula('Các đơn vị nghiêm túc triển khai thực hiện Kế hoạch số 12/KH-UBND. Sở Tài chính bố trí kinh phí.')).toBe(false);
  });

  it('tells it when a semicolon, not a full stop, comes before the difficulties (022)', () => {
    expect(
      isClosingFormula(
        'Sở Nông nghiệp và Môi trường yêu cầu Công ty cổ phần Khai thác và Chế biến kim loại Thủ Đô nghiêm túc thực hiện; trong quá trình thực hiện có khó khăn vướng mắc kịp thời phối hợp, làm việc trực tiếp, phản ánh về Sở Nông nghiệp và Môi trường để được thống nhất, hướng dẫn thực hiện đúng quy định của pháp luật./.',
      ),
    ).toBe(true);
    expect(isClosingFormula('Các đơn vị nghiêm túc thực hiện; Sở Tài chính tổng hợp khó khăn, vướng mắc, báo cáo UBND tỉnh trước ngày 15/10/2026.')).toBe(false);
  });

  it('leaves a task that only mentions difficulties, or a formula followed by other work', () => {
    expect(isClosingFormula('Sở Tài chính tổng hợp khó khăn, vướng mắc của các đơn vị, báo cáo UBND tỉnh trước ngày 15/10/2026.')).toBe(false);
    expect(isClosingFormula('Các đơn vị nghiêm túc triển khai thực hiện. Sở Tài chính tổng hợp, báo cáo UBND tỉnh trước ngày 15/10/2026.')).toBe(false);
  });
});

describe('completeNames: names cut short, completed from the notice (040)', () => {
  it('completes a head from a name written in full before, keeping the text as written and the full canonical name', () => {
    const book = nameBook();
    const first = 'Tổng Cục Quản lý ruộng đất có trách nhiệm:';
    expect(completeNames(readRoles(first).doers, first, book).map((n) => n.text)).toEqual(['Tổng Cục Quản lý ruộng đất']);
    expect(book.names.map((n) => n.text)).toEqual(['Tổng Cục Quản lý ruộng đất']);
    // Written in full again, it is not written into the book twice.
    completeNames(readRoles(first).doers, first, book);
    expect(book.names).toHaveLength(1);
    const later = 'Tổng cục thống kê có trách nhiệm phối hợp với Tổng cục quản lý ruộng đất xây dựng quy trình.';
    const roles = readRoles(later);
    expect(roles.coordinators.map((n) => n.text)).toEqual(['Tổng cục']);
    const done = completeNames(roles.coordinators, later, book);
    expect(done.map((n) => [n.text, n.canonical])).toEqual([['Tổng cục quản lý ruộng đất', 'Tổng Cục Quản lý ruộng đất']]);
    expect(later.slice(done[0]!.index, done[0]!.index + done[0]!.text.length)).toBe('Tổng cục quản lý ruộng đất');
  });

  it('leaves a name alone when the text goes on otherwise, or the full name runs into a longer word', () => {
    const book = nameBook();
    const first = 'Tổng Cục Quản lý ruộng đất có trách nhiệm:';
    completeNames(readRoles(first).doers, first, book);
    const other = 'Phối hợp với Tổng cục quản lý thị trường kiểm tra.';
    expect(completeNames(readRoles(other).coordinators, other, book).map((n) => n.text)).toEqual(['Tổng cục']);
    const longer = 'Phối hợp với Tổng cục quản lý ruộng đấtx kiểm tra.';
    expect(completeNames(readRoles(longer).coordinators, longer, book).map((n) => n.text)).toEqual(['Tổng cục']);
  });
});
