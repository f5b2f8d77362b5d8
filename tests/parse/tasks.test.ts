import { describe, expect, it } from 'vitest';
import { LABEL } from '../../src/parse/blocks.js';
import { buildTaskTree, headingTitle, walk, type TaskNode } from '../../src/parse/tasks.js';
import { fixtureSlice, paras } from './helpers.js';

function tree(lines: string[], firstLine = 1) {
  return buildTaskTree(paras(lines, firstLine));
}

/** Ids of the nodes that are kept (not excluded), depth-first; Roman sections are kept as containers. */
function taskIds(roots: TaskNode[]): string[] {
  return [...walk(roots)].filter((n) => !n.excluded).map((n) => n.id);
}

function byId(roots: TaskNode[], id: string): TaskNode {
  const n = [...walk(roots)].find((x) => x.id === id);
  if (!n) throw new Error(`no node ${id}`);
  return n;
}

describe('buildTaskTree: numbered items and "- " subtasks', () => {
  const t = tree([
    'Các Thành viên Ban chỉ đạo ISO tỉnh, Tổ giúp việc cần tập trung thực hiện tốt một số nội dung sau:',
    '',
    '1. Thực hiện nghiêm quy chế hoạt động của Ban chỉ đạo ISO tỉnh.',
    '',
    '2. Các Thành viên Ban chỉ đạo chủ động, tích cực thực hiện quy chế hoạt động.',
    '',
    '3. Cơ quan Thường trực rà soát lại các tiêu chí.',
    '',
    '4. Giao Cơ quan Thường trực (Sở Khoa học và Công nghệ):',
    '',
    '- Phối hợp với Tổ giúp việc triển khai đánh giá 02 xã điểm.',
    '',
    '- Chuẩn bị báo cáo tổng kết thực hiện Kế hoạch.',
    '',
    'Thừa lệnh Chủ tịch UBND tỉnh, Văn phòng thông báo để các đơn vị biết, triển khai thực hiện./.',
  ]);

  it('gives ids 1-4 and 4.1, 4.2 for the "- " items under item 4', () => {
    expect(t.roots.map((n) => n.id)).toEqual(['1', '2', '3', '4']);
    expect(byId(t.roots, '4').children.map((n) => n.id)).toEqual(['4.1', '4.2']);
    expect(taskIds(t.roots)).toEqual(['1', '2', '3', '4', '4.1', '4.2']);
  });

  it('keeps labels, kinds, lines and the text without its label', () => {
    const four = byId(t.roots, '4');
    expect(four).toMatchObject({ kind: 'num', label: '4.', line: 9, endLine: 9, text: 'Giao Cơ quan Thường trực (Sở Khoa học và Công nghệ):' });
    expect(byId(t.roots, '4.2')).toMatchObject({ kind: 'dash', label: '-', line: 13, text: 'Chuẩn bị báo cáo tổng kết thực hiện Kế hoạch.' });
    expect(byId(t.roots, '4.1').parent).toBe(four);
  });

  it('keeps the lead-in paragraph that ends with ":" before the first item', () => {
    expect(t.leadIn).toEqual({
      text: 'Các Thành viên Ban chỉ đạo ISO tỉnh, Tổ giúp việc cần tập trung thực hiện tốt một số nội dung sau:',
      line: 1,
    });
  });

  it('does not add the closing "Thừa lệnh ..." paragraph to the last item', () => {
    expect(byId(t.roots, '4.2').text).not.toContain('Thừa lệnh');
    expect(t.warnings).toEqual([]);
  });
});

describe('buildTaskTree: whom to ask, after the last task', () => {
  it('ends the list at "Mọi chi tiết xin liên hệ ..." and its like', () => {
    for (const contact of [
      'Mọi chi tiết xin liên hệ: đồng chí Nguyễn Văn Nam, Phòng Quản lý Công nghệ, ĐT: 0214.3840.123.',
      'Thông tin chi tiết liên hệ Phòng Kế hoạch - Tài chính, số điện thoại 0214.3840.124.',
      'Đầu mối liên hệ: đồng chí Lê Thị Lan, chuyên viên Văn phòng Sở.',
    ]) {
      const t = tree(['1. Đề xuất nhiệm vụ năm 2027 trước ngày 20/6/2026.', '2. Cử đại diện tham dự Hội nghị vào ngày 17/6/2026.', contact]);
      expect(byId(t.roots, '2').text).toBe('Cử đại diện tham dự Hội nghị vào ngày 17/6/2026.');
      expect(taskIds(t.roots)).toEqual(['1', '2']);
    }
  });
  it('keeps a contact named inside a task', () => {
    const t = tree(['1. Các đơn vị cử cán bộ đầu mối liên hệ với Sở Nội vụ.', '2. Gửi danh sách trước ngày 20/6/2026.']);
    expect(taskIds(t.roots)).toEqual(['1', '2']);
  });
});

describe('buildTaskTree: Roman sections', () => {
  const t = tree([
    'I. ĐÁNH GIÁ CHUNG',
    'Ủy ban nhân dân tỉnh ghi nhận và đánh giá cao nỗ lực của các sở, ngành.',
    '1. Kết quả kiểm tra',
    'Các đơn vị cơ bản đã chấp hành tốt các quy định.',
    '2. Địa điểm: Hội trường tầng 3, Nhà 3.',
    'II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM',
    '1. Giao Sở Công Thương:',
    'a) Rà soát các cụm công nghiệp.',
    'b) Báo cáo UBND tỉnh trước ngày 30/6/2026.',
    '2. Giao Sở Tài chính bố trí vốn.',
    'Trên đây là kết luận của Chủ tịch UBND tỉnh.',
  ]);

  it('numbers items inside a section "II.1", "II.1.a"', () => {
    expect(taskIds(t.roots)).toEqual(['II', 'II.1', 'II.1.a', 'II.1.b', 'II.2']);
    expect(byId(t.roots, 'II.1.b')).toMatchObject({ kind: 'letter', label: 'b)', line: 9, text: 'Báo cáo UBND tỉnh trước ngày 30/6/2026.' });
  });

  it('excludes the assessment section and everything in it', () => {
    const one = t.roots[0]!;
    expect(one).toMatchObject({ id: 'I', kind: 'roman', excluded: true });
    expect(one.children.map((n) => [n.id, n.excluded])).toEqual([['I.1', true], ['I.2', true]]);
  });

  it('gives the items of a section its title', () => {
    expect(byId(t.roots, 'II.1').section).toBe('NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM');
    expect(byId(t.roots, 'II.1.a').section).toBe('NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM');
    expect(t.roots[1]!.section).toBeNull();
  });

  it('gives the section title without the paragraph that introduces the section', () => {
    const t2 = tree([
      'II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI',
      'Để tiếp tục nâng cao hiệu quả công tác cải cách hành chính, góp phần cải thiện các chỉ số cải cách hành chính của tỉnh trong năm 2026, đồng chí Phó Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành tập trung thực hiện tốt các nhiệm vụ sau:',
      '1. Về cải cách thể chế',
      'Giao Sở Tư pháp chủ trì.',
      'a) Tổ chức rà soát văn bản.',
    ]);
    expect(byId(t2.roots, 'II.1').section).toBe('NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI');
    expect(byId(t2.roots, 'II.1.a').section).toBe('NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI');
  });

  it('ends the list at the closing "Trên đây là ..." paragraph', () => {
    expect(byId(t.roots, 'II.2').text).toBe('Giao Sở Tài chính bố trí vốn.');
  });

  it('excludes assessment items by their titles in a section that assigns work', () => {
    const t2 = tree([
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Thời gian kiểm tra: Bắt đầu từ 13h30 ngày 29/4/2026.',
      '2. Địa điểm: Hội trường tầng 3, Nhà 3.',
      '3. Kết quả đạt được',
      '4. Hạn chế, tồn tại',
      '5. Giao Sở Nội vụ tổng hợp kết quả.',
      '6. Nội dung huấn luyện: Quy định tại Điều 7 Nghị định số 181/2024/NĐ-CP.',
    ]);
    expect(taskIds(t2.roots)).toEqual(['II', 'II.5']);
  });

  it("excludes a plan's inspection or review content, its methods and its counts (035, 036, 037)", () => {
    const t2 = tree([
      'II. NỘI DUNG TRỌNG TÂM KIỂM TRA',
      'Kiểm tra việc triển khai và kết quả thực hiện các nhiệm vụ cải cách hành chính năm 2026:',
      '1. Công tác chỉ đạo, điều hành cải cách hành chính',
      'a) Việc ban hành và tổ chức thực hiện Kế hoạch cải cách hành chính năm 2026.',
      'III. PHƯƠNG PHÁP KIỂM TRA',
      '1. Kiểm tra, làm việc trực tiếp tại các đơn vị, địa phương.',
      'IV. ĐOÀN KIỂM TRA, ĐƠN VỊ ĐƯỢC KIỂM TRA',
      '1. Chủ tịch UBND tỉnh giao Sở Nội vụ chủ trì tổ chức kiểm tra.',
      '2. Số lượng đơn vị kiểm tra: Tối thiểu 20% cơ quan chuyên môn thuộc UBND tỉnh.',
      'V. NỘI DUNG TỔNG KẾT',
      '1. Đánh giá khái quát tình hình tội phạm, tệ nạn ma túy.',
      '2. Công tác chỉ đạo điều hành thực hiện Chiến lược và Chương trình.',
      '- Nhóm giải pháp chính trị, xã hội.',
    ]);
    expect(taskIds(t2.roots)).toEqual(['IV', 'IV.1']);
  });

  it('excludes the standards, procedure and papers of an award, and keeps the progress set beside a time and the time to send (036)', () => {
    const t2 = tree([
      'IV. THỜI GIAN THI ĐUA VÀ TIẾN ĐỘ THỰC HIỆN',
      '1. Thời gian thi đua',
      'Phong trào thi đua trong năm 2026 và tính đến hết ngày 31/12/2026.',
      '2. Tiến độ thực hiện',
      'a) Các cơ quan, đơn vị, địa phương xây dựng Kế hoạch trong Quý I/2026.',
      'V. TIÊU CHUẨN, HÌNH THỨC, HỒ SƠ KHEN THƯỞNG',
      '1. Tiêu chuẩn Bằng khen của Chủ tịch UBND tỉnh',
      'a) Đối với tập thể',
      '2. Giấy khen của Thủ trưởng các sở, ban, ngành',
      'Các cơ quan, đơn vị, địa phương chủ động xây dựng, ban hành tiêu chuẩn để khen thưởng theo thẩm quyền.',
      '3. Thủ tục, hồ sơ đề nghị khen thưởng',
      '3.1. Thủ tục khen thưởng: Theo quy định tại Quyết định số 58/QĐ-UBND ngày 08/01/2026 của UBND tỉnh.',
      '3.2. Hồ sơ đề nghị khen thưởng gồm:',
      'a) Tờ trình đề nghị khen thưởng.',
      '3.3. Số lượng hồ sơ:',
      '3.4. Thời gian gửi hồ sơ khen thưởng:',
      'Các cơ quan, đơn vị, địa phương lập hồ sơ gửi về Sở Nội vụ trước ngày 15/02/2027.',
    ]);
    expect(taskIds(t2.roots)).toEqual(['IV', 'IV.2', 'IV.2.a', 'V', 'V.2', 'V.3', 'V.3.4']);
  });
});

describe('buildTaskTree: the items of a plan, with their fields', () => {
  it('reads "(1)" labels under "1.", and "- Đơn vị ...:" and "- Thời gian ...:" lines as fields of the item (033)', () => {
    const t = tree([
      '1. Hoàn thiện hạ tầng công nghệ thông tin',
      '(1) Tiếp tục phối hợp với các doanh nghiệp nâng cấp hệ thống hạ tầng kỹ thuật.',
      '- Đơn vị chủ trì thực hiện: Sở Khoa học và Công nghệ.',
      '- Thời gian hoàn thành: Thực hiện thường xuyên.',
      '(2) Sao lưu, duy trì các cơ sở dữ liệu.',
      '- Đơn vị chủ trì thực hiện: Văn phòng UBND tỉnh.',
      '- Đơn vị phối hợp: Các sở, ban, ngành; UBND các xã, phường, đặc khu.',
      '- Rà soát lại các cơ sở dữ liệu dùng chung.',
      '(4) Phối hợp với Bộ Công an.',
    ]);
    expect(taskIds(t.roots)).toEqual(['1', '1.1', '1.2', '1.2.1', '1.4']);
    expect(byId(t.roots, '1.1')).toMatchObject({ kind: 'paren', label: '(1)', line: 2, endLine: 4 });
    expect(byId(t.roots, '1.1').text).toBe(
      'Tiếp tục phối hợp với các doanh nghiệp nâng cấp hệ thống hạ tầng kỹ thuật.\n- Đơn vị chủ trì thực hiện: Sở Khoa học và Công nghệ.\n- Thời gian hoàn thành: Thực hiện thường xuyên.',
    );
    expect(t.warnings).toEqual(['Label "(4)" on line 9 under 1. is out of order: expected "(3)" after "(2)"; kept as written.']);
  });

  it('gives fields after the points of a numbered item to that item (025)', () => {
    const t = tree([
      '1. Tái cơ cấu ngành công nghiệp',
      '- Tham mưu UBND tỉnh xây dựng chính sách thu hút đầu tư.',
      '- Đôn đốc, hướng dẫn doanh nghiệp chuyển đổi mô hình sản xuất.',
      'Lãnh đạo phụ trách: Phó giám đốc Hoàng Văn Thuân.',
      'Đơn vị chủ trì: Phòng Quản lý Công nghiệp; Đơn vị phối hợp: Phòng Quản lý Năng lượng.',
    ]);
    expect(taskIds(t.roots)).toEqual(['1', '1.1', '1.2']);
    expect(byId(t.roots, '1').text).toContain('Đơn vị chủ trì: Phòng Quản lý Công nghiệp');
    expect(byId(t.roots, '1.2').text).toBe('Đôn đốc, hướng dẫn doanh nghiệp chuyển đổi mô hình sản xuất.');
  });
});

describe('buildTaskTree: a directive after the last item', () => {
  it('is a task of its own when it names its doer, unless the last item is a topic whose colon announces it', () => {
    const t = tree([
      '1. Giao Sở Y tế rà soát các cơ sở.',
      '2. Giao Sở Tài chính bố trí kinh phí.',
      'Yêu cầu các sở, ngành và Ủy ban nhân dân các xã tổ chức thực hiện tốt các nội dung trên. Giao Công an tỉnh theo dõi, đôn đốc./.',
    ]);
    expect(taskIds(t.roots)).toEqual(['1', '2', 'u1']);
    expect(byId(t.roots, '2').text).toBe('Giao Sở Tài chính bố trí kinh phí.');
    const topic = tree([
      'a) Đối với việc thi công:',
      'Đề nghị Nhà đầu tư thi công ngay.',
      'b) Đối với việc đánh giá hiệu quả kinh tế xã hội:',
      'Đề nghị Nhà đầu tư khẩn trương nộp báo cáo.',
      'Giao Sở Nông nghiệp và Môi trường thẩm định hồ sơ.',
    ]);
    expect(taskIds(topic.roots)).toEqual(['a', 'b']);
    expect(byId(topic.roots, 'b').text).toContain('Giao Sở Nông nghiệp và Môi trường thẩm định hồ sơ.');
  });
});

describe('buildTaskTree: labels typed without their space', () => {
  it('reads "1.Giao ...", "a)Rà soát", "-Sở ..." as the items they number', () => {
    const t = tree(['1.Giao Sở Y tế rà soát các cơ sở:', 'a)Rà soát hồ sơ.', '-Sở Xây dựng phối hợp.', '2.Giao Sở Tài chính bố trí kinh phí.']);
    expect(taskIds(t.roots)).toEqual(['1', '1.a', '1.a.1', '2']);
    expect(byId(t.roots, '1.a').text).toBe('Rà soát hồ sơ.');
    expect(byId(t.roots, '2').text).toBe('Giao Sở Tài chính bố trí kinh phí.');
  });
});

describe('buildTaskTree: labels with a slash, a hyphen or parentheses', () => {
  it('builds the same tree from "I-", "1/", "a/" and "(a)" as from "I.", "1." and "a)"', () => {
    const dotted = ['I. NHIỆM VỤ', '1. Giao Sở Y tế rà soát các cơ sở:', 'a) Rà soát hồ sơ.', 'b) Báo cáo kết quả.', '2. Giao Sở Tài chính bố trí kinh phí.'];
    const slashed = ['I- NHIỆM VỤ', '1/ Giao Sở Y tế rà soát các cơ sở:', 'a/ Rà soát hồ sơ.', 'b/ Báo cáo kết quả.', '2- Giao Sở Tài chính bố trí kinh phí.'];
    expect(taskIds(tree(slashed).roots)).toEqual(taskIds(tree(dotted).roots));
    expect(taskIds(tree(slashed).roots)).toEqual(['I', 'I.1', 'I.1.a', 'I.1.b', 'I.2']);
    expect(byId(tree(slashed).roots, 'I.1.a')).toMatchObject({ label: 'a/', text: 'Rà soát hồ sơ.' });
    const parenthesised = ['I. NHIỆM VỤ', '1. Giao Sở Y tế rà soát các cơ sở:', '(a) Rà soát hồ sơ.', '(b) Báo cáo kết quả.', '2. Giao Sở Tài chính bố trí kinh phí.'];
    expect(taskIds(tree(parenthesised).roots)).toEqual(taskIds(tree(dotted).roots));
    expect(byId(tree(parenthesised).roots, 'I.1.b')).toMatchObject({ label: '(b)', text: 'Báo cáo kết quả.' });
  });
});

describe('buildTaskTree: paragraphs after the last point of a topic (040)', () => {
  it('go on with the topic when they name a body of their own, and so do the paragraphs after them', () => {
    const t = tree([
      '3. Về tổ chức chỉ đạo:',
      'a) Tổng Cục Quản lý ruộng đất có trách nhiệm:',
      '- Xây dựng các phương án kỹ thuật.',
      'b) Các Bộ khác có trách nhiệm huy động máy móc của ngành.',
      'Ủy ban Nhân dân các cấp (tỉnh, huyện, xã và cấp tương đương) cử một đồng chí Phó Chủ tịch trực tiếp chỉ đạo công tác này.',
      'Ở cấp xã cần thành lập Hội đồng đăng ký ruộng đất.',
      'UBND các tỉnh, thành phố cần huy động mọi lực lượng cán bộ.',
    ]);
    expect(taskIds(t.roots)).toEqual(['3', '3.a', '3.a.1', '3.b']);
    expect(byId(t.roots, '3.b').text).toBe('Các Bộ khác có trách nhiệm huy động máy móc của ngành.');
    expect(byId(t.roots, '3').text.split('\n')).toEqual([
      'Về tổ chức chỉ đạo:',
      'Ủy ban Nhân dân các cấp (tỉnh, huyện, xã và cấp tương đương) cử một đồng chí Phó Chủ tịch trực tiếp chỉ đạo công tác này.',
      'Ở cấp xã cần thành lập Hội đồng đăng ký ruộng đất.',
      'UBND các tỉnh, thành phố cần huy động mọi lực lượng cán bộ.',
    ]);
    expect(byId(t.roots, '3').endLine).toBe(7);
  });

  it('stay with a point whose heading announces them, and a topic that names its doer is no topic', () => {
    const announced = tree(['3. Về tổ chức chỉ đạo:', 'a) Sở Tài chính:', 'Sở Tài chính chủ trì thẩm định kinh phí.']);
    expect(byId(announced.roots, '3').text).toBe('Về tổ chức chỉ đạo:');
    const directive = tree(['3. Giao Sở Nội vụ:', 'a) Rà soát biên chế.', 'Sở Tài chính chủ trì thẩm định kinh phí.']);
    expect(taskIds(directive.roots)).toEqual(['3', '3.a', 'u1']);
  });
});

describe('buildTaskTree: continuation paragraphs, closing, order', () => {
  it('joins an unlabelled paragraph to the item above it, with a line break', () => {
    const t = buildTaskTree(paras(fixtureSlice('laichau-28-TB-UBND-2012.txt', 27, 31), 27));
    const three = byId(t.roots, '3');
    expect(three.text).toBe(
      'Đối với các cơ quan, đơn vị đã được cấp Giấy chứng nhận:\n' +
        'Tiếp tục duy trì và cải tiến HTQLCL theo hướng dẫn tại Thông tư số 27/2011/TT-BKHCN, đảm bảo HTQLCL luôn được soát xét, bổ sung, sửa đổi và cải tiến với tiến trình cải cách hành chính. ' +
        'Yêu cầu Lãnh đạo các cơ quan, đơn vị thường xuyên kiểm tra đôn đốc việc thực hiện HTQLCL tại đơn vị mình để có những điều chỉnh kịp thời, phù hợp với tình hình thực tế của cơ quan, đơn vị áp dụng.',
    );
    expect([three.line, three.endLine]).toEqual([27, 29]);
    expect(three.segs.map((s) => s.line)).toEqual([27, 29]);
    // The second paragraph's offset points past the "\n".
    const at = three.segs[1]!.offset;
    expect(three.text.slice(at, at + 14)).toBe('Tiếp tục duy t');
  });

  it('ignores paragraphs after the closing one', () => {
    const t = tree([
      '1. Giao Sở Tài chính bố trí kinh phí.',
      'Trên đây là ý kiến kết luận, yêu cầu các đơn vị nghiêm túc triển khai thực hiện./.',
      'Một đoạn văn sau lời kết.',
    ]);
    expect(t.roots.map((n) => [n.id, n.text])).toEqual([['1', 'Giao Sở Tài chính bố trí kinh phí.']]);
  });

  it('keeps out-of-order labels as written and warns about each', () => {
    const t = tree(['1. Giao Sở A thực hiện.', 'a) Rà soát.', 'c) Báo cáo.', 'e) Tổng hợp.', '5. Giao Sở B thực hiện.', '7. Giao Sở C thực hiện.']);
    expect(taskIds(t.roots)).toEqual(['1', '1.a', '1.c', '1.e', '5', '7']);
    expect(t.warnings).toHaveLength(4);
    expect(t.warnings[0]).toContain('"c)"');
    expect(t.warnings[0]).toContain('"b)"');
    expect(t.warnings[0]).toContain('line 3');
    expect(t.warnings[2]).toContain('"5."');
    expect(t.warnings[2]).toContain('"2."');
    expect(t.warnings[3]).toContain('"7."');
    expect(t.warnings[3]).toContain('"6."');
    expect(byId(t.roots, '1.c').outOfOrder).toBe(t.warnings[0]);
    expect(byId(t.roots, '1.a').outOfOrder).toBeUndefined();
  });

  it('does not warn for labels in order, đ after d included', () => {
    const t = tree(['1. Giao Sở A:', 'a) Một.', 'b) Hai.', 'c) Ba.', 'd) Bốn.', 'đ) Năm.', 'e) Sáu.', '2. Giao Sở B.']);
    expect(t.warnings).toEqual([]);
    expect(byId(t.roots, '1').children.map((n) => n.id)).toEqual(['1.a', '1.b', '1.c', '1.d', '1.đ', '1.e']);
  });

  it('nests "+ " items under "- " items', () => {
    const t = tree(['1. Giao Sở Xây dựng:', '- Thẩm định hồ sơ:', '+ Hồ sơ quy hoạch xã A;', '+ Hồ sơ quy hoạch xã B.', '- Hướng dẫn các xã.', '2. Giao Sở Tài chính bố trí vốn.']);
    expect(taskIds(t.roots)).toEqual(['1', '1.1', '1.1.1', '1.1.2', '1.2', '2']);
    expect(byId(t.roots, '1.1.2')).toMatchObject({ kind: 'plus', text: 'Hồ sơ quy hoạch xã B.' });
  });

  it('keeps dotted labels "1.1." as written', () => {
    const t = tree(['1. Giao Sở Công Thương:', '1.1. Rà soát các cụm công nghiệp.', '1.2. Báo cáo kết quả.', '2. Giao Sở Tài chính bố trí vốn.']);
    expect(taskIds(t.roots)).toEqual(['1', '1.1', '1.2', '2']);
    expect(byId(t.roots, '1.2').parent!.id).toBe('1');
  });

  it('gives no lead-in when the paragraph before the list does not end with ":"', () => {
    const t = tree(['Ủy ban nhân dân tỉnh đã tổ chức cuộc họp.', '1. Giao Sở Tài chính bố trí kinh phí.']);
    expect(t.leadIn).toBeNull();
  });

  it('finds no tasks in a text without labels or directives', () => {
    const t = tree(['Ngày 07/9/2017, Ủy ban nhân dân tỉnh tổ chức cuộc họp.', 'Hội nghị đã thảo luận các nội dung.']);
    expect(t.roots).toEqual([]);
    expect(t.leadIn).toBeNull();
  });
});

describe('buildTaskTree: conclusions numbered in words ("Thứ nhất,", "Một là,")', () => {
  const sentences = ['Sở Công Thương chủ trì rà soát quy hoạch.', 'Sở Tài chính bố trí kinh phí.', 'Ủy ban nhân dân các xã phối hợp thực hiện.'];

  it('reads "Thứ nhất, ... Thứ hai, ..." and "Một là, ... Hai là: ..." as items 1, 2, 3, their labels kept as written', () => {
    for (const words of [['Thứ nhất,', 'Thứ hai,', 'Thứ ba,'], ['Một là,', 'Hai là:', 'Ba là,']]) {
      const t = tree(sentences.map((s, i) => `${words[i]} ${s}`));
      expect(t.roots.map((n) => [n.id, n.kind, n.label, n.text])).toEqual(sentences.map((s, i) => [String(i + 1), 'ordinal', words[i], s]));
      expect(t.warnings).toEqual([]);
    }
  });

  it('nests them under a numbered item, and warns when one is out of order', () => {
    const t = tree(['1. Về phát triển công nghiệp:', ...sentences.map((s, i) => `${['Thứ nhất,', 'Thứ hai,', 'Thứ tư,'][i]} ${s}`), '2. Về nông nghiệp.']);
    expect(taskIds(t.roots)).toEqual(['1', '1.1', '1.2', '1.4', '2']);
    expect(t.warnings).toEqual(['Label "Thứ tư," on line 4 under 1. is out of order: expected the next ordinal word after "Thứ hai,"; kept as written.']);
  });

  it('leaves a weekday alone: "Thứ hai, ngày 15/6/2026" and "Thứ Ba, 16/6" are dates', () => {
    const t = tree(['Thứ nhất, Sở Công Thương chủ trì rà soát quy hoạch.', 'Thứ hai, ngày 15/6/2026, Sở Tài chính bố trí kinh phí.']);
    expect(taskIds(t.roots)).toEqual(['1']);
    expect(t.roots[0]!.text).toContain('\nThứ hai, ngày 15/6/2026, Sở Tài chính');
    expect(tree(['Thứ Ba, 16/6 họp giao ban.']).roots.every((n) => n.label === null)).toBe(true);
  });
});

describe('buildTaskTree: the articles of a decision ("Điều 1.")', () => {
  it('reads "Điều 1.", "Điều 2:" as items 1, 2, and a reference to an article as text', () => {
    const t = tree(['Điều 1. Sở Công Thương chủ trì rà soát quy hoạch.', 'Điều 2: Sở Tài chính bố trí kinh phí.', 'Điều 5 Luật Đất đai quy định rõ trách nhiệm.', 'Điều 4. Sở Nội vụ tham mưu.']);
    expect(t.roots.map((n) => [n.id, n.label, n.text])).toEqual([
      ['1', 'Điều 1.', 'Sở Công Thương chủ trì rà soát quy hoạch.'],
      ['2', 'Điều 2:', 'Sở Tài chính bố trí kinh phí.\nĐiều 5 Luật Đất đai quy định rõ trách nhiệm.'],
      ['4', 'Điều 4.', 'Sở Nội vụ tham mưu.'],
    ]);
    expect(t.warnings).toEqual(['Label "Điều 4." on line 4 is out of order: expected "Điều 3." after "Điều 2:"; kept as written.']);
  });
});

describe('buildTaskTree: unnumbered directives', () => {
  it('makes a task "u1", "u2" of each unnumbered paragraph that assigns work, and nothing of the others', () => {
    const t = tree([
      'Thực hiện ý kiến chỉ đạo của Lãnh đạo UBND tỉnh, Văn phòng UBND tỉnh truyền đạt như sau:',
      'Giao Sở Công Thương chủ trì, phối hợp với các cơ quan liên quan rà soát.',
      'Sở Tài chính có trách nhiệm bố trí kinh phí.',
      'Hội nghị đã thảo luận các nội dung.',
      'Đề nghị các đơn vị quan tâm, phối hợp thực hiện./.',
    ]);
    expect(t.roots.map((n) => [n.id, n.kind, n.label, n.line])).toEqual([
      ['u1', 'directive', null, 2],
      ['u2', 'directive', null, 3],
    ]);
  });

  it('takes more verbs after a name at a sentence start: "bố trí", "đôn đốc", "đẩy nhanh"; not after "đã"', () => {
    const t = tree([
      'Sở Tài chính bố trí kinh phí thực hiện.',
      'Văn phòng UBND tỉnh đôn đốc, theo dõi việc thực hiện.',
      'Ban Quản lý dự án đẩy nhanh tiến độ thi công.',
      'Sở Xây dựng đã bố trí đủ nhân lực.',
      // What the province itself did is told, not assigned.
      'Ủy ban nhân dân tỉnh ban hành Kế hoạch số 12/KH-UBND.',
    ]);
    expect(t.roots.map((n) => [n.id, n.line])).toEqual([
      ['u1', 1],
      ['u2', 2],
      ['u3', 3],
    ]);
  });

  it('keeps the "- " items that assign work after an unnumbered "Giao các đơn vị sau:"', () => {
    const t = tree(['Giao các đơn vị sau:', '- Sở Xây dựng có trách nhiệm hướng dẫn các xã.', '- Sở Tài chính có trách nhiệm bố trí vốn.']);
    const kept = [...walk(t.roots)].filter((n) => !n.excluded && n.kind === 'dash');
    expect(kept.map((n) => [n.text, n.line])).toEqual([
      ['Sở Xây dựng có trách nhiệm hướng dẫn các xã.', 2],
      ['Sở Tài chính có trách nhiệm bố trí vốn.', 3],
    ]);
  });

  it('keeps "- Đối với Sở X: ..." and "- Sở X: <work>" items, which name their doer at their head', () => {
    const t = tree(['- Đối với Sở Công Thương: chủ trì rà soát quy hoạch.', '- Đối với Sở Tài chính, bố trí kinh phí.', '- Đối với Sở Xây dựng, kết quả còn thấp.']);
    expect(t.roots.map((n) => n.excluded)).toEqual([false, false, true]);
    const colon = tree(['Giao nhiệm vụ cụ thể như sau:', '- Sở Tài chính: bố trí kinh phí thực hiện.', '- Sở Nội vụ: tham mưu kiện toàn tổ chức bộ máy.', '- Sở Xây dựng: kết quả còn thấp.']);
    expect(colon.roots.map((n) => n.excluded)).toEqual([false, false, true]);
  });

  it('makes a body\'s name alone over points ("Sở Công Thương:") a task with its points, one per name', () => {
    const t = tree(['Sở Công Thương:', '- Chủ trì rà soát quy hoạch.', '- Tham mưu ban hành kế hoạch.', 'Sở Tài chính:', '- Bố trí kinh phí.']);
    expect([...walk(t.roots)].map((n) => [n.id, n.text])).toEqual([
      ['u1', 'Sở Công Thương:'],
      ['u1.1', 'Chủ trì rà soát quy hoạch.'],
      ['u1.2', 'Tham mưu ban hành kế hoạch.'],
      ['u2', 'Sở Tài chính:'],
      ['u2.1', 'Bố trí kinh phí.'],
    ]);
    // Under a numbered item it stays a paragraph of the item.
    const under = tree(['1. Về công nghiệp:', 'Sở Công Thương:', '- Chủ trì rà soát quy hoạch.', '2. Về tài chính.']);
    expect(taskIds(under.roots)).toEqual(['1', '1.1', '2']);
  });

  it('keeps a top-level "- " item only when it assigns work', () => {
    const t = tree(['- Qua kiểm tra, các đơn vị chấp hành tốt quy định.', '- Sở Công Thương có trách nhiệm hướng dẫn các đơn vị.']);
    expect(t.roots.map((n) => n.excluded)).toEqual([true, false]);
  });
});

describe('headingTitle', () => {
  it('is the text up to a colon, or the whole text', () => {
    expect(headingTitle('Địa điểm: Hội trường tầng 3')).toBe('Địa điểm');
    expect(headingTitle('ĐÁNH GIÁ CHUNG')).toBe('ĐÁNH GIÁ CHUNG');
  });
});

describe('LABEL', () => {
  it('has only named capturing groups, which splitLabel reads by number in the order of their names', () => {
    const groups = new RegExp(`${LABEL.source}|`, LABEL.flags).exec('')!.length - 1;
    const names = [...LABEL.source.matchAll(/\(\?<(\w+)>/gu)].length;
    expect(groups).toBe(names);
  });
});

describe('buildTaskTree: a lone label left from a lost numbering', () => {
  const lines = [
    'Hội Làm vườn tỉnh Bình Thuận: Quá thời gian tổ chức đại hội nhiệm kỳ.',
    '',
    'đ) Hiệp hội Thủy sản tỉnh Bình Thuận: Quá thời gian tổ chức đại hội nhiệm kỳ.',
    '',
    'Hội Lâm nghiệp tỉnh Bình Thuận: Quá thời gian tổ chức đại hội nhiệm kỳ.',
    '',
    'Đề nghị Báo Bình Thuận đăng Thông báo này trên 03 số liên tiếp.',
    '',
    'Giao Sở Nội vụ theo dõi, tổng hợp.',
  ];

  it('reads "đ)", the only label of the text, as a paragraph: the directives after it are tasks of their own', () => {
    const t = tree(lines);
    expect(taskIds(t.roots)).toEqual(['u1', 'u2']);
    expect(byId(t.roots, 'u1').text).toMatch(/^Đề nghị Báo Bình Thuận/);
    expect(t.warnings).toEqual(['Label "đ)" on line 3 is the only one in the text and starts no list; read as an unnumbered paragraph.']);
  });

  it('keeps a single label that starts a list, and two labels out of order, as labels', () => {
    const first = tree(lines.map((l) => l.replace(/^đ\)/u, 'a)')));
    expect(taskIds(first.roots)[0]).toBe('a');
    expect(first.warnings).toEqual([]);
    const two = tree([...lines.slice(0, 4), 'e) Hội Lâm nghiệp tỉnh Bình Thuận: Quá thời gian.']);
    expect(taskIds(two.roots)).toEqual(['đ', 'e']);
  });
});
