import { describe, expect, it } from 'vitest';
import { AUTHORITY, findFooterStart, looksLikeName, parseFooter, splitRunInSignature } from '../../src/parse/footer.js';
import { fixtureLines } from './helpers.js';

function footer(lines: string[], from = 1) {
  return parseFooter(lines, findFooterStart(lines, from));
}

describe('findFooterStart', () => {
  it('starts at a signature block right above "Nơi nhận", and reads the recipients under the name', () => {
    const lines = ['1. Sở Công Thương chủ trì rà soát.', 'Văn phòng thông báo để các đơn vị thực hiện./.', '', 'TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG', '', 'Trần Văn Bình', '', 'Nơi nhận:', '- Như trên;', '- Sở Tài chính;', '- Sở Nội vụ;', '- Lưu: VT.'];
    expect(findFooterStart(lines, 1)).toBe(4);
    expect(footer(lines)).toMatchObject({
      recipients: ['Như trên', 'Sở Tài chính', 'Sở Nội vụ', 'Lưu: VT'],
      signer: { name: 'Trần Văn Bình', authority: 'TL. CHỦ TỊCH', position: 'CHÁNH VĂN PHÒNG' },
    });
    // A body's last sentence right above "Nơi nhận" is no signature.
    expect(findFooterStart(['1. Sở Công Thương chủ trì rà soát.', 'CÁC ĐƠN VỊ THỰC HIỆN', 'Nơi nhận:', '- Lưu: VT.'], 1)).toBe(3);
  });

  it('finds the "Nơi nhận" line, bold or not', () => {
    expect(findFooterStart(fixtureLines('bacgiang-307-TB-UBND-2017.txt'), 11)).toBe(35);
    expect(findFooterStart(fixtureLines('laichau-28-TB-UBND-2012.txt'), 11)).toBe(63); // "**Nơi nhận:**"
  });

  it('finds "NƠI NHẬN:" typed in capitals, and reads its list', () => {
    const lines = ['Nội dung.', '', 'NƠI NHẬN:', '- Như trên;', '- Lưu: VT.', 'BẢN ĐIỆN TỬ:', '- Chủ tịch UBND tỉnh.', '', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Trần Tiến Dũng'];
    expect(findFooterStart(lines, 1)).toBe(3);
    const f = footer(lines);
    expect([f.recipients, f.electronicRecipients, f.signer?.name]).toEqual([['Như trên', 'Lưu: VT'], ['Chủ tịch UBND tỉnh'], 'Trần Tiến Dũng']);
  });

  it('finds "Nơi nhận" in the left cell of a Word table row', () => {
    expect(findFooterStart(['Nội dung.', 'Nơi nhận: | KT. CHỦ TỊCH', '- Như trên;'], 1)).toBe(2);
  });

  it('without "Nơi nhận", starts at the first authority line after the closing "./."', () => {
    const lines = ['1. Giao Sở A thực hiện.', 'Trên đây là kết luận, yêu cầu các đơn vị thực hiện./.', '', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Nguyễn Văn An'];
    expect(findFooterStart(lines, 1)).toBe(4);
  });

  it('without "Nơi nhận" or "./.", starts at a signature block near the end', () => {
    const lines = ['1. Giao Sở A thực hiện.', '2. Giao Sở B thực hiện.', 'KT. THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG', 'Phạm Thị Thanh Trà'];
    expect(findFooterStart(lines, 1)).toBe(3);
  });

  it('gives the line after the end for a text without a footer', () => {
    expect(findFooterStart(['1. Giao Sở A thực hiện.', '2. Giao Sở B.'], 1)).toBe(3);
  });
});

describe('parseFooter: recipients', () => {
  it('reads the Bắc Giang footer: items without "- " and ";", the "Bản điện tử" list apart, the signer', () => {
    const f = parseFooter(fixtureLines('bacgiang-307-TB-UBND-2017.txt'), 35);
    expect(f.recipients).toEqual(['Sở KH&CN', 'Thành viên BCĐ ISO tỉnh', 'Tổ giúp việc BCĐ ISO tỉnh', 'Lưu: VT, Nam.CN']);
    expect(f.recipientsLine).toBe(35);
    expect(f.electronicRecipients).toEqual(['Chủ tịch, các PCT UBND tỉnh', 'VP UBND tỉnh: LĐVP, TH, TPCNN']);
    expect(f.signer).toEqual({
      name: 'Trần Quốc Khánh',
      authority: 'TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG',
      position: 'PHÓ VĂN PHÒNG',
      lines: ['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ VĂN PHÒNG', 'Trần Quốc Khánh'],
    });
    expect(f.signerLine).toBe(47);
  });

  it('reads the Lai Châu footer: Markdown hard breaks and a bold name', () => {
    const f = parseFooter(fixtureLines('laichau-28-TB-UBND-2012.txt'), 63);
    expect(f.recipients).toEqual([
      'TT. Tỉnh ủy (b/c)',
      'TT. HĐND tỉnh',
      'Chủ tịch, các PCT UBND tỉnh',
      'Thành viên BCĐ ISO tỉnh',
      'LĐVP UBND tỉnh',
      'Các đơn vị áp dụng, triển khai ISO',
      'Lưu: VT, TH',
    ]);
    expect(f.electronicRecipients).toEqual([]);
    expect(f.signer).toMatchObject({ name: 'Lê Thanh Hải', authority: 'TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG', position: 'PHÓ CHÁNH VĂN PHÒNG' });
  });

  it('joins a recipient item that wraps onto the next line', () => {
    const f = footer(['Nơi nhận:', '- Các sở, ban, ngành thuộc', '  UBND tỉnh;', '- Lưu: VT.', '', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', 'Trần Tiến Dũng']);
    expect(f.recipients).toEqual(['Các sở, ban, ngành thuộc UBND tỉnh', 'Lưu: VT']);
  });

  it('reads a list written on the line of its head, with or without its dashes', () => {
    const signature = ['', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Trần Tiến Dũng'];
    expect(footer(['Nơi nhận: Như trên; Thường trực Tỉnh ủy (b/c); Lưu: VT.', ...signature]).recipients).toEqual(['Như trên', 'Thường trực Tỉnh ủy (b/c)', 'Lưu: VT']);
    expect(footer(['Nơi nhận: - Như trên; - Lưu: VT.', ...signature]).recipients).toEqual(['Như trên', 'Lưu: VT']);
    const f = footer(['Nơi nhận:', '- Như trên;', 'Bản điện tử: Chủ tịch UBND tỉnh; VP UBND tỉnh: LĐVP, TH.', ...signature]);
    expect([f.recipients, f.electronicRecipients, f.signer?.name]).toEqual([['Như trên'], ['Chủ tịch UBND tỉnh', 'VP UBND tỉnh: LĐVP, TH'], 'Trần Tiến Dũng']);
  });

  it('reads recipients and signature side by side in a Markdown table whose cells break lines with "<br>"', () => {
    const f = footer([
      'Nội dung./.',
      '',
      '| **Nơi nhận:**<br>- Như trên;<br>- Lưu: VT. | **KT. CHÁNH VĂN PHÒNG**<br>**PHÓ CHÁNH VĂN PHÒNG**<br><br>**Trần Văn Bình** |',
      '|---|---|',
    ]);
    expect(f.recipients).toEqual(['Như trên', 'Lưu: VT']);
    expect(f.signer).toMatchObject({ name: 'Trần Văn Bình', authority: 'KT. CHÁNH VĂN PHÒNG', position: 'PHÓ CHÁNH VĂN PHÒNG' });
  });

  it('reads items opened by the en and em dashes of Word\'s autocorrect', () => {
    const f = footer(['Nơi nhận:', '– Như trên;', '— Thường trực Tỉnh ủy (b/c);', '—Lưu: VT.', '', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Trần Tiến Dũng']);
    expect(f.recipients).toEqual(['Như trên', 'Thường trực Tỉnh ủy (b/c)', 'Lưu: VT']);
  });

  it('reads items whose dashes a Word export dropped, one a line, and items numbered "1.", "2."', () => {
    const tail = ['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG', '', 'Trần Văn Bình'];
    expect(footer(['Nơi nhận:', 'Sở Công Thương;', 'Sở Tài chính;', 'Lưu: VT.', ...tail])).toMatchObject({
      recipients: ['Sở Công Thương', 'Sở Tài chính', 'Lưu: VT'],
      signer: { name: 'Trần Văn Bình' },
    });
    expect(footer(['Nơi nhận:', '1. Sở Công Thương;', '2. Sở Tài chính;', '3. Lưu: VT.', ...tail]).recipients).toEqual(['Sở Công Thương', 'Sở Tài chính', 'Lưu: VT']);
  });

  it('goes on with a recipient item across a page break, and ends it at a blank line', () => {
    const broken = ['Nơi nhận:', '- Văn phòng Sở (bố trí kinh phí, phương', '', '                    3', '', '\ftiện phục vụ Đoàn kiểm tra);', '- Lưu: VT.'];
    expect(footer(broken).recipients).toEqual(['Văn phòng Sở (bố trí kinh phí, phương tiện phục vụ Đoàn kiểm tra)', 'Lưu: VT']);
    const parted = ['Nơi nhận:', '- Văn phòng Sở (bố trí kinh phí, phương', '', '  tiện phục vụ Đoàn kiểm tra);', '- Lưu: VT.'];
    expect(footer(parted).recipients).toEqual(['Văn phòng Sở (bố trí kinh phí, phương', 'Lưu: VT']);
  });

  it('reads recipients and signature side by side in a Word table row (" | ")', () => {
    // 005_laocai-tb-2245-sct-kiem-tra-ky-chung.txt, lines 23-27
    const f = footer([
      'Sở Công Thương Lào Cai thông báo cho các đơn vị được biết và triển khai thực hiện./. ',
      'Nơi nhận:\t\t                     ',
      '- Như trên;                                                                                           ',
      '- Ban Giám đốc Sở;                          ',
      '- Lưu: VT, CN(M.Cường). |  | KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      '',
      '',
      'Hoàng Văn Thuân',
    ]);
    expect(f.start).toBe(2);
    expect(f.recipients).toEqual(['Như trên', 'Ban Giám đốc Sở', 'Lưu: VT, CN(M.Cường)']);
    expect(f.signer).toEqual({
      name: 'Hoàng Văn Thuân',
      authority: 'KT. GIÁM ĐỐC',
      position: 'PHÓ GIÁM ĐỐC',
      lines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Hoàng Văn Thuân'],
    });
    expect(f.signerLine).toBe(5);
  });

  it('reads recipients and signature side by side in PDF columns', () => {
    const f = footer([
      'Nơi nhận:                                        KT. CHỦ TỊCH',
      '- Như trên;                                       PHÓ CHỦ TỊCH',
      '- TT. Tỉnh ủy (b/c);',
      '- Lưu: VT, KT.',
      '',
      '                                                  Nguyễn Thành Sinh',
    ]);
    expect(f.recipients).toEqual(['Như trên', 'TT. Tỉnh ủy (b/c)', 'Lưu: VT, KT']);
    expect(f.signer).toMatchObject({ name: 'Nguyễn Thành Sinh', authority: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH' });
  });

  it('reads the real PDF footer of 6795/SNNMT-KS (signature title between recipient items)', () => {
    const f = footer(fixtureLines('022_laocai-cv-6795-snnmt-nghia-vu-mo-quy-xa.txt'), 140);
    expect(f.recipients.slice(0, 2)).toEqual(['Như trên', 'UBND tỉnh (b/c)']);
    expect(f.recipients.slice(-3)).toEqual(['UBND xã Văn Bàn (p/h)', 'Lãnh đạo Sở', 'Lưu: VT, QLĐ, CCMT, KS']);
    expect(f.signer).toMatchObject({ name: 'Phạm Năng Chung', authority: 'KT. GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC' });
  });
});

describe('parseFooter: signer', () => {
  it('joins every authority line with " / " and takes the last title line as the position', () => {
    const f = footer(['Nơi nhận:', '- Như trên;', '', 'TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', '(Đã ký)', 'Lê Thanh Hải']);
    expect(f.signer).toEqual({
      name: 'Lê Thanh Hải',
      authority: 'TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG',
      position: 'PHÓ CHÁNH VĂN PHÒNG',
      lines: ['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', 'Lê Thanh Hải'],
    });
  });

  it('keeps titles right under the name, and not an annex that follows after a gap (023, 024)', () => {
    const under = footer(['Nơi nhận:', '- Lưu: VT.', '', 'T/M. ĐOÀN KIỂM TRA', 'TRƯỞNG ĐOÀN', '', 'Hoàng Văn Thuân', 'PHÓ GIÁM ĐỐC', 'SỞ CÔNG THƯƠNG LÀO CAI']);
    expect(under.signer?.lines).toEqual(['T/M. ĐOÀN KIỂM TRA', 'TRƯỞNG ĐOÀN', 'Hoàng Văn Thuân', 'PHÓ GIÁM ĐỐC', 'SỞ CÔNG THƯƠNG LÀO CAI']);
    // A page break between the name and the title under it does not part them.
    const paged = footer(['Nơi nhận:', '- Lưu: VT.', '', 'T/M. ĐOÀN KIỂM TRA', 'TRƯỞNG ĐOÀN', '', 'Hoàng Văn Thuân', '', '   - 4 -', '', '\fPHÓ GIÁM ĐỐC', 'SỞ CÔNG THƯƠNG LÀO CAI']);
    expect(paged.signer?.lines).toEqual(under.signer?.lines);
    const annex = ['Nơi nhận:', '- Lưu: VT.', '', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', 'Hoàng Văn Thuân', '', '', 'PHÂN CÔNG NHIỆM VỤ', ''];
    expect(footer([...annex, 'TT | Nhiệm vụ | Người thực hiện']).signer?.lines).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Hoàng Văn Thuân']);
    expect(footer([...annex.slice(0, 8), '(Kèm theo Kế hoạch số /KH-SCT ngày /6/2026)', 'TT | Nhiệm vụ']).signer?.lines).toEqual([
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Hoàng Văn Thuân',
    ]);
  });

  it('reads a name typed in capitals after the space for the signature, and no title or body so typed', () => {
    const f = footer(['Nơi nhận:', '- Lưu: VT.', '', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'NGUYỄN VĂN AN', 'SỞ CÔNG THƯƠNG']);
    expect(f.signer).toMatchObject({ name: 'NGUYỄN VĂN AN', authority: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH' });
    expect(f.signer?.lines).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'NGUYỄN VĂN AN', 'SỞ CÔNG THƯƠNG']);
    // "ĐOÀN" is a family name too, but a title stands right above this line.
    expect(footer(['Nơi nhận:', '- Lưu: VT.', '', 'T/M', 'ĐOÀN KIỂM TRA', 'TRƯỞNG ĐOÀN', '', 'Hoàng Văn Thuân']).signer).toMatchObject({
      name: 'Hoàng Văn Thuân',
      lines: ['T/M', 'ĐOÀN KIỂM TRA', 'TRƯỞNG ĐOÀN', 'Hoàng Văn Thuân'],
    });
    expect(footer(['Nơi nhận:', '- Lưu: VT.', '', 'KT. GIÁM ĐỐC', '', 'PHÓ GIÁM ĐỐC', '', 'Lê Thị Hoa']).signer).toMatchObject({ name: 'Lê Thị Hoa', position: 'PHÓ GIÁM ĐỐC' });
    // Right under the title, as a copy that lost the space for the signature has it, when it ends the text.
    expect(footer(['Nơi nhận:', '- Lưu: VT.', '', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'NGUYỄN NGỌC PHÚC', '', '']).signer).toMatchObject({
      name: 'NGUYỄN NGỌC PHÚC',
      position: 'PHÓ CHỦ TỊCH',
    });
    expect(footer(['Nơi nhận:', '- Lưu: VT.', '', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'NGUYỄN NGỌC PHÚC', 'PHỤ LỤC']).signer?.name).toBeNull();
    // Or when a blank line parts it from what follows (an annex).
    expect(footer(['Nơi nhận:', '- Lưu: VT.', '', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'NGUYỄN NGỌC PHÚC', '', '', 'PHỤ LỤC', 'Danh sách các đơn vị']).signer).toMatchObject({
      name: 'NGUYỄN NGỌC PHÚC',
      position: 'PHÓ CHỦ TỊCH',
    });
  });

  it('reads "PHÓ ..." in capitals as a title, though "Phó" is a family name', () => {
    expect(footer(['Nơi nhận:', '- Lưu: VT.', '', 'TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ VĂN PHÒNG', '', '', 'Trần Quốc Khánh']).signer).toMatchObject({
      name: 'Trần Quốc Khánh',
      position: 'PHÓ VĂN PHÒNG',
    });
  });

  it('reads the name after "Đã ký:", a degree or a rank, and before "(đã ký)"', () => {
    const signer = (name: string) => footer(['Nơi nhận:', '- Lưu: VT.', '', 'TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG', '', name]).signer;
    for (const line of ['Trần Văn Bình (đã ký)', 'Đã ký: Trần Văn Bình', 'ThS. Trần Văn Bình', 'PGS.TS. Trần Văn Bình', 'Đại tá Trần Văn Bình', 'Thiếu tướng Trần Văn Bình']) {
      expect(signer(line)).toMatchObject({ name: 'Trần Văn Bình', lines: ['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG', line] });
    }
  });

  it('reads "TM. ỦY BAN NHÂN DÂN" over "CHỦ TỊCH"', () => {
    expect(footer(['Nơi nhận:', '- Lưu: VT.', '', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', 'Trần Tiến Dũng']).signer).toMatchObject({
      name: 'Trần Tiến Dũng',
      authority: 'TM. ỦY BAN NHÂN DÂN',
      position: 'CHỦ TỊCH',
    });
  });

  it('reads the party style "T/M BAN THƯỜNG VỤ"', () => {
    const f = footer(['Nơi nhận:', '- Các đồng chí Huyện ủy viên,', '- Lưu Văn phòng Huyện ủy.', '', 'T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', '', 'Nguyễn Văn Hùng']);
    expect(f.recipients).toEqual(['Các đồng chí Huyện ủy viên', 'Lưu Văn phòng Huyện ủy']);
    expect(f.signer).toEqual({
      name: 'Nguyễn Văn Hùng',
      authority: 'T/M BAN THƯỜNG VỤ',
      position: 'PHÓ BÍ THƯ',
      lines: ['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Nguyễn Văn Hùng'],
    });
  });

  it('ignores a digital-signature stamp after the name', () => {
    const f = footer(['Nơi nhận:', '- Như trên;', '- Lưu: VT, CN.', '', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', 'Nguyễn Văn Bình', 'SỞ CÔNG THƯƠNG TỈNH LÀO CAI / 12.06.2026 09:15:02 +07:00']);
    expect(f.signer).toEqual({
      name: 'Nguyễn Văn Bình',
      authority: 'KT. GIÁM ĐỐC',
      position: 'PHÓ GIÁM ĐỐC',
      lines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn Bình'],
    });
  });

  it('ignores a "Ký bởi:" stamp before the name', () => {
    const f = footer(['Nơi nhận:', '- Như trên;', '', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Ký bởi: Sở Công Thương', 'Nguyễn Văn Bình']);
    expect(f.signer).toMatchObject({ name: 'Nguyễn Văn Bình', position: 'PHÓ GIÁM ĐỐC' });
  });

  it('reads a signature with a title only (no authority line)', () => {
    // 028_binhthuan-cv-trien-khai-cong-dien-131.txt: "CHỦ TỊCH" over "Đoàn Anh Dũng"
    const f = footer(['Nơi nhận:', '- Như trên;', '- Lưu: VT, NCKSTTHC.Châu', '', '                CHỦ TỊCH', '', '', '             Đoàn Anh Dũng']);
    expect(f.recipients).toEqual(['Như trên', 'Lưu: VT, NCKSTTHC.Châu']);
    expect(f.signer).toMatchObject({ name: 'Đoàn Anh Dũng', authority: null, position: 'CHỦ TỊCH' });
  });

  it('reads a signature block without "Nơi nhận"', () => {
    const f = footer(['1. Giao Sở A thực hiện.', 'Trên đây là kết luận, yêu cầu các đơn vị thực hiện./.', '', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Nguyễn Văn An']);
    expect(f.recipients).toEqual([]);
    expect(f.recipientsLine).toBeNull();
    expect(f.signer).toMatchObject({ name: 'Nguyễn Văn An', authority: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH' });
  });

  it('gives no recipients and no signer for a text without a footer', () => {
    const lines = ['1. Giao Sở A thực hiện.', '2. Giao Sở B thực hiện.'];
    expect(parseFooter(lines, findFooterStart(lines, 1))).toEqual({
      recipients: [],
      electronicRecipients: [],
      recipientsLine: null,
      signer: null,
      signerLine: null,
      start: 3,
    });
  });
});

describe('AUTHORITY', () => {
  it('knows every authority prefix', () => {
    for (const t of ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'TL. CHỦ TỊCH', 'TUQ. GIÁM ĐỐC', 'Q. CHÁNH VĂN PHÒNG', 'T/M BAN THƯỜNG VỤ', 'T/L BAN THƯỜNG VỤ', 'TL.CHỦ TỊCH', 'K/T THỦ TƯỚNG']) {
      expect(AUTHORITY.test(t), t).toBe(true);
    }
  });

  it('does not take a title or a sentence for an authority line', () => {
    for (const t of ['PHÓ CHỦ TỊCH', 'CHÁNH VĂN PHÒNG', 'TT. Tỉnh ủy (b/c)', 'Thừa lệnh Chủ tịch UBND tỉnh', 'KTNN']) {
      expect(AUTHORITY.test(t), t).toBe(false);
    }
  });
});

describe('looksLikeName', () => {
  it('knows personal names', () => {
    for (const t of ['Trần Quốc Khánh', 'Lê Thanh Hải', 'Nguyễn Văn A', 'Giàng A Sùng', 'Trịnh Ngọc Duệ.', 'Nguyễn Đức Hải Tùng']) {
      expect(looksLikeName(t), t).toBe(true);
    }
  });

  it('does not take titles, headings or recipient items for names', () => {
    for (const t of ['PHÓ VĂN PHÒNG', 'Nơi nhận', 'Như trên', 'Lưu: VT, TH', 'Sở Tài chính', 'Một Hai Ba Bốn Năm Sáu Bảy', 'Khánh']) {
      expect(looksLikeName(t), t).toBe(false);
    }
  });
});

describe('splitRunInSignature', () => {
  const texts = (text: string) => splitRunInSignature({ line: 9, col: 0, text }).map((c) => c.text);

  it('splits a block run into the last recipient: the item, the title, the name', () => {
    expect(texts('- Lưu: VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng')).toEqual([
      '- Lưu: VT, ĐMDN (2b). Trung Anh',
      'BỘ TRƯỞNG, CHỦ NHIỆM',
      'Mai Tiến Dũng',
    ]);
  });

  it('ends the recipient where an authority prefix starts, after unit names in capitals', () => {
    expect(texts('- Lưu: VT, TH. TL. CHỦ TỊCH CHÁNH VĂN PHÒNG Nguyễn Văn An')).toEqual(['- Lưu: VT, TH.', 'TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG', 'Nguyễn Văn An']);
    expect(texts('- Lưu: VT, KGVX KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn Bình')).toEqual(['- Lưu: VT, KGVX', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lê Văn Bình']);
  });

  it('tells the authority line from the title after it', () => {
    expect(texts('K/T THỦ TƯỚNG CHÍNH PHỦ PHÓ THỦ TƯỚNG Tố Hữu')).toEqual(['K/T THỦ TƯỚNG CHÍNH PHỦ', 'PHÓ THỦ TƯỚNG', 'Tố Hữu']);
    expect(texts('KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An')).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn An']);
    expect(texts('TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Lê Văn Bình')).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Lê Văn Bình']);
  });

  it('keeps the columns of the pieces within the line', () => {
    const cells = splitRunInSignature({ line: 4, col: 10, text: 'KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An' });
    expect(cells.map((c) => [c.line, c.col])).toEqual([
      [4, 10],
      [4, 23],
      [4, 36],
    ]);
  });

  it('leaves recipients, archive lines, block lines and capitals without a title as they are', () => {
    for (const t of [
      '- Sở Tài chính;',
      '- UBND tỉnh Lào Cai Nguyễn Văn An',
      'Lưu: VT, TH. Nguyễn Văn An',
      'PHÓ CHỦ TỊCH',
      'KT. CHỦ TỊCH',
      'Nguyễn Văn An',
      '- Như trên; SỞ TÀI CHÍNH Nguyễn Văn An',
      'KT. CHỦ TỊCH PHÓ CHỦ TỊCH',
    ]) {
      expect(texts(t), t).toEqual([t]);
    }
  });

  it('gives 039 and 040 (web copies with the block run into one line) their signer', () => {
    const vpcp = footer(fixtureLines('039_vpcp-cv-2739-2019-quan-tri-dn.txt'), 5);
    expect(vpcp.signer).toMatchObject({ name: 'Mai Tiến Dũng', position: 'BỘ TRƯỞNG, CHỦ NHIỆM', authority: null });
    expect(vpcp.recipients.at(-1)).toBe('Lưu: VT, ĐMDN (2b). Trung Anh');
    const ttg = footer(fixtureLines('040_ttg-ct-299-1980-ruong-dat.txt'), 5);
    expect(ttg.signer).toMatchObject({ name: 'Tố Hữu', position: 'PHÓ THỦ TƯỚNG', authority: 'K/T THỦ TƯỚNG CHÍNH PHỦ' });
  });
});
