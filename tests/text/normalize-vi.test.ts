import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldVietnamese, sameTonePlacement } from '../../src/text/normalize-vi.js';

describe('foldVietnamese', () => {
  it.each([
    ['Sở Tài chính', 'so tai chinh'],
    ['ĐỒNG Ý', 'dong y'],
    ['Ủy ban nhân dân tỉnh Lai Châu', 'uy ban nhan dan tinh lai chau'],
    ['Uỷ ban', 'uy ban'],
    ['Sở Khoa học và Công nghệ', 'so khoa hoc va cong nghe'],
    ['Phòng Lao động, Thương binh & Xã hội', 'phong lao dong, thuong binh & xa hoi'],
    ['Trường', 'truong'],
    ['UBND 12/TB-UBND', 'ubnd 12/tb-ubnd'],
  ])('%s -> %s', (input, folded) => {
    expect(foldVietnamese(input)).toBe(folded);
  });

  it('treats NFD input like NFC input', () => {
    expect(foldVietnamese('Sở Tài chính'.normalize('NFD'))).toBe('so tai chinh');
  });

  it('leaves no letter outside ASCII in Vietnamese text, and is idempotent', () => {
    const letters = 'àảãáạăằẳẵắặâầẩẫấậđèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵ';
    const word = fc.array(fc.constantFrom(...(letters + letters.toUpperCase() + 'abcdeghiklmnopqrstuvxy ')), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(word, (s) => {
        const f = foldVietnamese(s);
        expect(f).toMatch(/^[a-z ]*$/);
        expect(foldVietnamese(f)).toBe(f);
        expect(f.length).toBe(s.length);
      }),
    );
  });
});

describe('sameTonePlacement', () => {
  it.each([
    ['Thủy', 'Thuỷ'],
    ['hòa', 'hoà'],
    ['Ủy ban', 'Uỷ ban'],
    ['ỦY BAN', 'UỶ BAN'],
    ['khỏe', 'khoẻ'],
    ['Hòa Bình', 'Hoà Bình'],
    ['tùy', 'tuỳ'],
    ['qúy', 'quý'],
    ['thỏa thuận', 'thoả thuận'],
  ])('%s -> %s', (old, placed) => {
    expect(sameTonePlacement(old)).toBe(placed);
  });

  it.each(['Thuỷ', 'hoà', 'Uỷ', 'hoàn thành', 'của', 'ùa vào', 'thuyết', 'quý', 'hoạch', 'người', 'tùng', 'mùa'])('leaves %s alone', (w) => {
    expect(sameTonePlacement(w)).toBe(w);
  });

  it('makes both placements compare equal, in NFC', () => {
    for (const [a, b] of [['Thủy lợi', 'Thuỷ lợi'], ['Ủy viên', 'Uỷ viên'], ['hòa giải', 'hoà giải']] as const) {
      expect(sameTonePlacement(a)).toBe(sameTonePlacement(b));
      expect(sameTonePlacement(a).normalize('NFC')).toBe(sameTonePlacement(a));
    }
    expect(sameTonePlacement('Thủy'.normalize('NFD'))).toBe('Thuỷ');
  });
});
