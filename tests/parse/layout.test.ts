import { describe, expect, it } from 'vitest';
import { isFurniture, layoutLines, splitCells, squash, stripMarkup, undoubleSpacing as undoubleLines } from '../../src/parse/layout.js';

describe('splitCells', () => {
  it('splits a Word table row at " | " and keeps each cell\u2019s column', () => {
    const line = 'Số: 05/TB-VP | Lào Cai, ngày 12 tháng 6 năm 2026';
    const cells = splitCells(line, 4);
    expect(cells).toEqual([
      { line: 4, col: 0, text: 'Số: 05/TB-VP' },
      { line: 4, col: 15, text: 'Lào Cai, ngày 12 tháng 6 năm 2026' },
    ]);
    expect(line.slice(cells[1]!.col)).toBe('Lào Cai, ngày 12 tháng 6 năm 2026');
  });

  it('drops the empty cells of " |  | " rows', () => {
    const line = 'SỞ CÔNG THƯƠNG |  | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
    const cells = splitCells(line, 2);
    expect(cells.map((c) => c.text)).toEqual(['SỞ CÔNG THƯƠNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
    expect(line.slice(cells[1]!.col)).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('drops a leading empty cell: " | CỘNG HÒA ..."', () => {
    expect(splitCells(' | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 3)).toEqual([{ line: 3, col: 3, text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' }]);
  });

  it('splits PDF columns at runs of three or more spaces', () => {
    const line = '  UBND TỈNH LÀO CAI             CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
    const cells = splitCells(line, 1);
    expect(cells).toEqual([
      { line: 1, col: 2, text: 'UBND TỈNH LÀO CAI' },
      { line: 1, col: 32, text: 'CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM' },
    ]);
    expect(line.slice(cells[1]!.col)).toBe('CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('keeps the blanks of a draft inside one cell: "Số:           /TB-VP", "ngày        tháng"', () => {
    const cells = splitCells('Số:           /TB-VP | Lào Cai, ngày        tháng 6 năm 2026', 5);
    expect(cells.map((c) => c.text)).toEqual(['Số: /TB-VP', 'Lào Cai, ngày tháng 6 năm 2026']);
    expect(splitCells('Lâm Đồng, ngày      tháng      năm 2026', 1).map((c) => c.text)).toEqual(['Lâm Đồng, ngày tháng năm 2026']);
  });

  it('splits at tabs', () => {
    expect(splitCells('Nơi nhận:\tKT. GIÁM ĐỐC', 1).map((c) => c.text)).toEqual(['Nơi nhận:', 'KT. GIÁM ĐỐC']);
  });

  it('strips Markdown before splitting', () => {
    expect(splitCells('**6. Giao Sở Tài chính:**', 47)).toEqual([{ line: 47, col: 0, text: '6. Giao Sở Tài chính:' }]);
    expect(splitCells('## THÔNG BÁO', 7)).toEqual([{ line: 7, col: 0, text: 'THÔNG BÁO' }]);
  });

  it('keeps a recipient cell and a signature cell of the same row apart', () => {
    // 005_laocai-tb-2245-sct-kiem-tra-ky-chung.txt, line 26
    expect(splitCells('- Lưu: VT, CN(M.Cường). |  | KT. GIÁM ĐỐC', 26).map((c) => c.text)).toEqual(['- Lưu: VT, CN(M.Cường).', 'KT. GIÁM ĐỐC']);
  });

  it('gives one cell for a normal sentence and none for an empty line', () => {
    const s = 'Giao Sở Tài chính phối hợp với Sở Khoa học và Công nghệ tham mưu cho UBND tỉnh bố trí kinh phí.';
    expect(splitCells(s, 9)).toEqual([{ line: 9, col: 0, text: s }]);
    expect(splitCells('', 1)).toEqual([]);
    expect(splitCells('   ', 1)).toEqual([]);
    expect(splitCells(' |  | ', 1)).toEqual([]);
  });
});

describe('stripMarkup', () => {
  it('removes Markdown headings and bold marks', () => {
    expect(stripMarkup('## THÔNG BÁO')).toBe('THÔNG BÁO');
    expect(stripMarkup('### Mục 1')).toBe('Mục 1');
    expect(stripMarkup('**6. Giao Thường trực Ban Chỉ đạo ISO-Hành chính tỉnh - Sở KH&CN:**')).toBe(
      '6. Giao Thường trực Ban Chỉ đạo ISO-Hành chính tỉnh - Sở KH&CN:',
    );
    expect(stripMarkup('**Lê Thanh Hải**')).toBe('Lê Thanh Hải');
    expect(stripMarkup('**TL. CHỦ TỊCH')).toBe('TL. CHỦ TỊCH');
    expect(stripMarkup('PHÓ VĂN PHÒNG**')).toBe('PHÓ VĂN PHÒNG');
  });

  it('reads a Markdown table as cells: its delimiter row is empty, a "<br>" in a cell parts cells', () => {
    for (const rule of ['|---|---|', '| :--- | ---: |', '---|---', '  |:---:|:---:|:---:|']) expect(stripMarkup(rule), rule).toBe('');
    // A rule alone and a dash item are no table rows.
    expect(stripMarkup('-----')).toBe('-----');
    expect(stripMarkup('- Như trên;')).toBe('- Như trên;');
    const row = '| **Nơi nhận:**<br>- Như trên;<br>- Lưu: VT. | **KT. CHÁNH VĂN PHÒNG**<br>PHÓ CHÁNH VĂN PHÒNG<br/><br />Trần Văn Bình |';
    expect(splitCells(row, 20).map((c) => c.text)).toEqual(['Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', 'Trần Văn Bình']);
    // Outside a table a "<br>" is a space.
    expect(stripMarkup('Giao Sở Tài chính<br>bố trí kinh phí.')).toBe('Giao Sở Tài chính bố trí kinh phí.');
  });

  it('removes a backslash line break', () => {
    expect(stripMarkup('KT. CHÁNH VĂN PHÒNG\\')).toBe('KT. CHÁNH VĂN PHÒNG');
  });

  it('removes the backslashes a converter puts before punctuation that Markdown would read', () => {
    expect(stripMarkup('1\\. Giao Sở Tài chính bố trí kinh phí.')).toBe('1. Giao Sở Tài chính bố trí kinh phí.');
    expect(stripMarkup('a\\) Rà soát hồ sơ.')).toBe('a) Rà soát hồ sơ.');
    expect(stripMarkup('\\- Đôn đốc \\*các đơn vị\\*.')).toBe('- Đôn đốc *các đơn vị*.');
    expect(stripMarkup('II\\. TỔ CHỨC THỰC HIỆN')).toBe('II. TỔ CHỨC THỰC HIỆN');
    // Not before a letter: a Windows path stays as written.
    expect(stripMarkup('Lưu tại D:\\Thông báo\\2026')).toBe('Lưu tại D:\\Thông báo\\2026');
  });

  it('reads the bullets of Word lists and other editors as a dash, before white space only', () => {
    // Symbol's bullet as a text export gives it ("·" or U+F0B7), Wingdings' square and arrow ("§", "Ø", U+F0A7).
    for (const bullet of ['·', '\uF0B7', '§', 'Ø', '\uF0A7', '▪', '◦', '●', '➢', '✓', '‐', '−', '－']) {
      expect(stripMarkup(`${bullet} Sở KH&CN;`)).toBe('- Sở KH&CN;');
      expect(stripMarkup(`  ${bullet}\tPhối hợp với Tổ giúp việc.`)).toBe('  -\tPhối hợp với Tổ giúp việc.');
    }
    expect(splitCells('Kính gửi: | · Sở Tài chính;', 3).map((c) => c.text)).toEqual(['Kính gửi:', '- Sở Tài chính;']);
    // Word puts a tab after a list's bullet: the bullet and its item are one cell, at the bullet's column.
    expect(splitCells('Kính gửi: | \t·\tSở Tài chính;', 3)).toEqual([
      { line: 3, col: 0, text: 'Kính gửi:' },
      { line: 3, col: 13, text: '- Sở Tài chính;' },
    ]);
    expect(splitCells('        -\tUBND các phường: Yên Bái, Văn Phú.', 4)).toEqual([{ line: 4, col: 8, text: '- UBND các phường: Yên Bái, Văn Phú.' }]);
    // A bullet with nothing after it stays a cell of its own.
    expect(splitCells('Nơi nhận: |   -', 5).map((c) => c.text)).toEqual(['Nơi nhận:', '-']);
    expect(stripMarkup('Ủy ban nhân dân tỉnh')).toBe('Ủy ban nhân dân tỉnh');
    expect(stripMarkup('§2. Quy định chung')).toBe('§2. Quy định chung');
    expect(stripMarkup('Thời gian: 08·00')).toBe('Thời gian: 08·00');
  });

  it('reads a star bullet as a dash, at the line start and in a cell, and leaves other stars alone', () => {
    expect(stripMarkup('* Sở KH&CN;')).toBe('- Sở KH&CN;');
    expect(stripMarkup('  * Phối hợp với Tổ giúp việc.')).toBe('  - Phối hợp với Tổ giúp việc.');
    expect(stripMarkup('\t* Nghiên cứu nội dung Hội nghị.')).toBe('\t- Nghiên cứu nội dung Hội nghị.');
    expect(stripMarkup('\t \t· Nghiên cứu nội dung Hội nghị.')).toBe('\t \t- Nghiên cứu nội dung Hội nghị.');
    expect(splitCells('Kính gửi: | * Sở Tài chính;', 3).map((c) => c.text)).toEqual(['Kính gửi:', '- Sở Tài chính;']);
    expect(stripMarkup('*Ghi chú*: bản dự thảo')).toBe('*Ghi chú*: bản dự thảo');
    expect(stripMarkup('Tỷ lệ 2 * 3')).toBe('Tỷ lệ 2 * 3');
  });

  it('keeps the indentation before a heading mark and everything else as written', () => {
    expect(stripMarkup('  ## THÔNG BÁO')).toBe('  THÔNG BÁO');
    expect(stripMarkup('- Sở KH&CN;')).toBe('- Sở KH&CN;');
    expect(stripMarkup('1. Số lượng: 02 # 03')).toBe('1. Số lượng: 02 # 03');
    expect(stripMarkup('-------')).toBe('-------');
    // A rule of underscores under the subject is not emphasis.
    expect(stripMarkup('_____________')).toBe('_____________');
  });
});

describe('isFurniture', () => {
  it('knows page numbers', () => {
    for (const t of ['2', '12', '- 3 -', 'Trang 4', '12/15']) expect(isFurniture(t), t).toBe(true);
  });

  it('knows the running heads of the Official Gazette', () => {
    expect(isFurniture('CÔNG BÁO/Số 302/Ngày 02-06-2026')).toBe(true);
    expect(isFurniture('CÔNG BÁO/Số 302 + 303/Ngày 02-06-2026')).toBe(true);
    expect(isFurniture('CÔNG  BÁO/Số  302/Ngày  02-06-2026')).toBe(true);
  });

  it('knows digital-signature stamps', () => {
    expect(isFurniture('Ký bởi: Văn phòng Chính phủ')).toBe(true);
    expect(isFurniture('Cơ quan: VĂN PHÒNG CHÍNH PHỦ')).toBe(true);
    expect(isFurniture('Ngày ký: 2026-06-02 08:06:58 +07:00')).toBe(true);
    expect(isFurniture('SỞ CÔNG THƯƠNG TỈNH LÀO CAI / 12.06.2026 09:15:02 +07:00')).toBe(true);
  });

  it('does not take content for furniture', () => {
    for (const t of [
      '1. Giao Sở Tài chính bố trí kinh phí.',
      'Số 302',
      'Công báo số 5 đã đăng',
      '2026',
      'Năm 2026',
      'Thời gian: 08:00:00',
      'THÔNG BÁO',
      'Trần Quốc Khánh',
      '- Lưu: VT, TH.',
    ]) {
      expect(isFurniture(t), t).toBe(false);
    }
  });
});

describe('layoutLines', () => {
  it('numbers lines from the first line given, strips mark-up and marks blanks and furniture', () => {
    const out = layoutLines(['## THÔNG BÁO', '', '   - 3 -', '\tTiếp tục duy trì', '**Nơi nhận:**  '], 10);
    expect(out).toEqual([
      { line: 10, text: 'THÔNG BÁO', indent: 0, blank: false, furniture: false },
      { line: 11, text: '', indent: 0, blank: true, furniture: false },
      { line: 12, text: '   - 3 -', indent: 3, blank: true, furniture: true },
      { line: 13, text: ' Tiếp tục duy trì', indent: 1, blank: false, furniture: false },
      { line: 14, text: 'Nơi nhận:', indent: 0, blank: false, furniture: false },
    ]);
  });

  it('numbers from 1 by default', () => {
    expect(layoutLines(['a', 'b']).map((l) => l.line)).toEqual([1, 2]);
  });
});

describe('squash', () => {
  it('collapses white space and trims', () => {
    expect(squash('  Lào Cai,   ngày \t 12  ')).toBe('Lào Cai, ngày 12');
  });
});

describe('undoubleSpacing', () => {
  const doc = Array.from({ length: 12 }, (_, i) => `dòng ${i + 1}`);
  const undoubleSpacing = (lines: string[]) => undoubleLines(lines.map((text) => ({ text, blank: text.trim() === '' })));

  it('drops the blank line after each line, keeps a longer run as one, and says where each line stood', () => {
    // "dòng 6" ends a paragraph: the document's blank line after it became three.
    const spaced = doc.flatMap((l, i) => (i === 5 ? [l, '', '', ''] : [l, '']));
    const u = undoubleSpacing(spaced)!;
    expect(u.lines).toEqual([...doc.slice(0, 6), '', ...doc.slice(6), '']);
    expect(u.lineOf.slice(0, 7)).toEqual([1, 3, 5, 7, 9, 11, 12]);
    expect(u.lineOf[7]).toBe(15);
    u.lines.forEach((l, k) => expect(spaced[(u.lineOf[k] as number) - 1]).toBe(l));
  });

  it('leaves a text alone whose lines follow one another, or that is too short to tell', () => {
    expect(undoubleSpacing(doc)).toBeNull();
    // Paragraphs one a line with a blank line between them, and a header kept together (Bắc Giang).
    const paragraphs = ['UBND TỈNH BẮC GIANG', 'Số: 307/TB-UBND', 'THÔNG BÁO', ...doc.flatMap((l) => [l, ''])];
    expect(undoubleSpacing(paragraphs)).toBeNull();
    expect(undoubleSpacing(doc.slice(0, 6).flatMap((l) => [l, '']))).toBeNull();
  });
});
