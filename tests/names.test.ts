import { describe, expect, it } from 'vitest';
import { parseChair } from '../src/parse/chair.js';
import { looksLikeName } from '../src/parse/footer.js';
import { parseNotice } from '../src/parse/notice.js';

describe('Vietnamese personal names', () => {
  it('keeps ethnic-minority names whole, apostrophes included', () => {
    expect(parseChair("Kết luận của đồng chí Ksor H'Nhi - Phó Chủ tịch UBND tỉnh tại cuộc họp")).toMatchObject({
      name: "Ksor H'Nhi",
      position: 'Phó Chủ tịch UBND tỉnh',
    });
    expect(parseChair('Kết luận của Phó Chủ tịch UBND tỉnh Lò Văn Páo tại buổi làm việc')).toMatchObject({
      name: 'Lò Văn Páo',
      position: 'Phó Chủ tịch UBND tỉnh',
    });
    for (const name of ["Ksor H'Nhi", 'Lò Văn Páo', 'Y Bhơn Niê', 'Giàng Seo Phử']) expect(looksLikeName(name)).toBe(true);
  });

  it('keeps a name with the old tone placement as written', () => {
    expect(parseChair('Kết luận của đồng chí Nguyễn Thị Thuỷ - Phó Chủ tịch UBND tỉnh tại hội nghị')?.name).toBe('Nguyễn Thị Thuỷ');
  });

  it('reads a signer whose name has an apostrophe', () => {
    const n = parseNotice("Số: 05/TB-UBND\n\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n\n1. Sở Tài chính chủ trì.\n\nNơi nhận:\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nKsor H'Nhi\n");
    expect(n.signer).toMatchObject({ name: "Ksor H'Nhi", authority: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH' });
  });

  it('does not take titles or capitals for a name', () => {
    for (const text of ['PHÓ CHỦ TỊCH', 'Như trên', 'Lưu: VT, TH', 'Chủ tịch, các PCT UBND tỉnh']) expect(looksLikeName(text)).toBe(false);
  });
});
