import { describe, expect, it } from 'vitest';
import { DecodeError, ENCODING_NAMES, decodeBuffer, resolveEncoding } from '../../src/text/decode.js';
import { encodeLegacy } from '../../src/text/encodings/encode.js';
import { byteForms } from './helpers.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);

const SHORT = ['Thông báo kết luận', 'Số: 12/TB-UBND', 'Ủy ban nhân dân tỉnh Lai Châu', 'ngày 15 tháng 9 năm 2017'];

describe.each(SHORT)('one line: %s', (line) => {
  it.each(byteForms(line).map((f) => [f.form, f.encoding, f.bytes] as const))('%s is detected as %s', (_form, encoding, b) => {
    const decoded = decodeBuffer(b);
    expect(decoded.encoding).toBe(encoding);
    // A line that starts with a toned capital keeps it in TCVN3 (start of a line); none is lost here.
    expect(decoded.text).toBe(line);
  });
});

describe('hand-written legacy samples', () => {
  it('reads TCVN3 mojibake as it appears in old files', () => {
    const d = decodeBuffer(utf8('Th«ng b¸o kÕt luËn'));
    expect(d).toMatchObject({ text: 'Thông báo kết luận', encoding: 'tcvn3-mojibake' });
  });

  it('reads VNI mojibake as it appears in old files', () => {
    const d = decodeBuffer(utf8('Thoâng baùo keát luaän'));
    expect(d).toEqual({ text: 'Thông báo kết luận', encoding: 'vni-mojibake', warnings: [] });
  });

  it('reads TCVN3 bytes typed by hand', () => {
    // "Sè: 12/TB-UBND" in TCVN3: 0xE8 is "ố".
    const d = decodeBuffer(bytes(0x53, 0xe8, 0x3a, 0x20, 0x31, 0x32));
    expect(d).toMatchObject({ text: 'Số: 12', encoding: 'tcvn3' });
  });

  it('reads VNI bytes typed by hand', () => {
    // "Ñoàng" = Đồng: 0xD1 Đ, o, 0xE0 circumflex + grave.
    const d = decodeBuffer(bytes(0xd1, 0x6f, 0xe0, 0x6e, 0x67, 0x20, 0x63, 0x68, 0xed));
    expect(d).toEqual({ text: 'Đồng chí', encoding: 'vni', warnings: [] });
  });

  it('reads Windows-1258 with combining tone marks and returns NFC', () => {
    // "Vi" + ê (0xEA) + dot below (0xF2) + "t" = "Việt"
    const d = decodeBuffer(bytes(0x56, 0x69, 0xea, 0xf2, 0x74, 0x20, 0x4e, 0x61, 0x6d));
    expect(d).toEqual({ text: 'Việt Nam', encoding: 'windows-1258', warnings: [] });
    expect(d.text.normalize('NFC')).toBe(d.text);
  });

  it('reads VIQR with escaped punctuation', () => {
    const d = decodeBuffer(utf8("Tho^ng ba'o ke^'t lua^.n cu?a UBND ti?nh\\."));
    expect(d).toEqual({ text: 'Thông báo kết luận của UBND tỉnh.', encoding: 'viqr', warnings: [] });
  });

  it('reads VIQR that also holds a no-break space or a sign of Latin-1', () => {
    // Such a file is no mojibake of TCVN3 or VNI, whose letters would be Latin-1 too.
    const text = "Die^.n ti'ch 25 m² ddu+o+.c giao cho UBND xa~\u00a0Ba?n Xe`o.";
    const d = decodeBuffer(utf8(text));
    expect(d).toEqual({ text: 'Diện tích 25 m² được giao cho UBND xã\u00a0Bản Xèo.', encoding: 'viqr', warnings: [] });
  });

  it('reads the VIQR of point đ), of "đ/c" and of words a typo or a lost space left outside Vietnamese', () => {
    const text = "a) Tho^ng ba'o.\ndd) Ba'o ca'o dd/c Ha?i tru+o+'c ngày dd/mm.\nVe^` lua^t, co^.ng ddo^`ngSo^'";
    const d = decodeBuffer(utf8(text), { encoding: 'viqr' });
    // "luât" and "đồngSố" are no syllables; their circumflexes are no punctuation. "dd/mm" is a date format.
    expect(d.text).toBe('a) Thông báo.\nđ) Báo cáo đ/c Hải trước ngày dd/mm.\nVề luât, cộng đồngSố');
    // A tone mark alone on a word run into one in capitals: the first is read where it is a syllable.
    expect(decodeBuffer(utf8('Ve^` vie^.c su+? du.ngVLNCN. iPhone, McDonald.'), { encoding: 'viqr' }).text).toBe('Về việc sử dụngVLNCN. iPhone, McDonald.');
  });

  it('keeps dots and question marks after a word that is no syllable as punctuation in VIQR', () => {
    const d = decodeBuffer(utf8("Xem www.example.com va` ISO. Ddu+o+.c khoa? nguo+`i."), { encoding: 'viqr' });
    expect(d.text).toBe('Xem www.example.com và ISO. Được khoả nguời.');
  });

  it('restores TCVN3 capitals in upper-case words and at the start of a line only', () => {
    // "CHñ TÞCH" / "ñy ban" at a line start / "Bé" (a real capitalised word) / "ñy viªn" mid-line
    const d = decodeBuffer(encodeLegacy('CHỦ TỊCH\nỦy ban xã\nông Bé - Ủy viên', 'tcvn3'));
    expect(d.encoding).toBe('tcvn3');
    expect(d.text).toBe('CHỦ TỊCH\nỦy ban xã\nông Bé - ủy viên');
    expect(d.warnings).toHaveLength(1);
  });

  it('restores TCVN3 capitals in a heading of capitals, not in the number line', () => {
    // "Kế" and "Sở" alone would be capitalised words; among capitals on a line of their own they are capitals.
    const d = decodeBuffer(encodeLegacy('SỞ CÔNG THƯƠNG\nSố: 12/KH-SCT\nKẾ HOẠCH\nCHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06', 'tcvn3'));
    expect(d.text).toBe('SỞ CÔNG THƯƠNG\nSố: 12/KH-SCT\nKẾ HOẠCH\nCHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06');
  });

  it('restores the capital of "Ủy ban" as the name of a body, and only there', () => {
    const text = 'báo cáo Ủy ban nhân dân tỉnh, đề nghị Ủy ban Mặt trận Tổ quốc; các ủy ban của Quốc hội; ông A - Ủy viên';
    const d = decodeBuffer(encodeLegacy(text, 'tcvn3'));
    expect(d.encoding).toBe('tcvn3');
    expect(d.text).toBe('báo cáo Ủy ban nhân dân tỉnh, đề nghị Ủy ban Mặt trận Tổ quốc; các ủy ban của Quốc hội; ông A - ủy viên');
  });
});

describe('text that must stay UTF-8', () => {
  it.each([
    ['pure ASCII', 'Thong bao ket luan so 12/TB-UBND ngay 15/9/2017.'],
    ['English with punctuation', "What? It's done. Isn't it (really)? Yes: a.b.c, d+e=f ~ approx."],
    ['ASCII with a stray VIQR-like mark', 'ISO 9001:2008. Xem muc a^ trong phu luc, va cac muc khac cua van ban nay.'],
    ['empty', ''],
    ['Vietnamese with guillemets and symbols', 'Diện tích 25 m² «đất ở» × 2, nhiệt độ 30°C.'],
    ['Vietnamese letters of Latin-1 only', 'Thông báo'],
    ['French', 'Le ministère a reçu la lettre à Noël, déjà.'],
  ])('%s', (_name, text) => {
    const d = decodeBuffer(utf8(text));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe(text);
    expect(d.warnings).toEqual([]);
  });

  it('keeps "utf-8" for a mostly composed file with a few decomposed letters, and recomposes them', () => {
    const text = 'Thông báo kết luận của Ủy ban nhân dân tỉnh về việc triển khai ' + 'hòa'.normalize('NFD');
    const d = decodeBuffer(utf8(text));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe(text.normalize('NFC'));
  });

  // The ohm sign U+2126, which NFC turns into the Greek omega U+03A9.
  const ohm = 'Điện trở nối đất phải nhỏ hơn 10 \u2126 theo quy chuẩn về an toàn điện.';

  it('keeps "utf-8" for a text that NFC changes without any decomposed letter', () => {
    const d = decodeBuffer(utf8(ohm));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe(ohm.normalize('NFC'));
    expect(d.text).toContain('\u03A9');
  });

  it('labels a text decomposed throughout "utf-8-nfd" even where NFC also changes a symbol', () => {
    const d = decodeBuffer(utf8(ohm.normalize('NFD').replace('\u03A9', '\u2126')));
    expect(d.encoding).toBe('utf-8-nfd');
    expect(d.text).toBe(ohm.normalize('NFC'));
  });

  it('calls a text "utf-8-nfd" when at least half its letters outside ASCII were typed decomposed', () => {
    // Two of the four letters outside ASCII ("ô", "á"; not "ề", "ệ") are decomposed: half, so NFD.
    const half = 'Th' + 'ô'.normalize('NFD') + 'ng b' + 'á'.normalize('NFD') + 'o về việc';
    expect(decodeBuffer(utf8(half))).toEqual({ text: 'Thông báo về việc', encoding: 'utf-8-nfd', warnings: [] });
    // One more precomposed letter and they are fewer than half.
    expect(decodeBuffer(utf8(half + ' đ'))).toEqual({ text: 'Thông báo về việc đ', encoding: 'utf-8', warnings: [] });
  });

  it('strips a UTF-8 BOM', () => {
    expect(decodeBuffer(bytes(0xef, 0xbb, 0xbf, 0x41))).toEqual({ text: 'A', encoding: 'utf-8', warnings: [] });
  });
});

describe('damaged input', () => {
  it('replaces NUL characters and says so', () => {
    const d = decodeBuffer(utf8('Số: 12\u0000/TB-UBND ngày'));
    expect(d.text).toBe('Số: 12\uFFFD/TB-UBND ngày');
    expect(d.warnings).toEqual(['The text held 1 NUL character, replaced with U+FFFD.']);
  });

  it('replaces bytes that are not UTF-8 after a UTF-8 BOM and says how many', () => {
    const d = decodeBuffer(bytes(0xef, 0xbb, 0xbf, 0x53, 0xe1, 0xbb, 0x91, 0xff, 0xfe, 0x20, 0x31));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe('Số\uFFFD\uFFFD 1');
    expect(d.warnings).toEqual(['2 bytes could not be decoded as utf-8 and became U+FFFD.']);
  });

  it('keeps a UTF-8 Vietnamese file with one broken byte as UTF-8', () => {
    const good = utf8('Thông báo kết luận của Ủy ban nhân dân tỉnh về việc triển khai công tác năm 2017');
    const d = decodeBuffer(Uint8Array.from([...good.subarray(0, 10), 0xff, ...good.subarray(10)]));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain('\uFFFD');
    expect(d.warnings).toEqual(['1 byte could not be decoded as utf-8 and became U+FFFD.']);
  });
});

describe('forcing an encoding', () => {
  it.each([
    ['cp1258', 'windows-1258'],
    ['Windows-1258', 'windows-1258'],
    ['abc', 'tcvn3'],
    ['TCVN3', 'tcvn3'],
    ['vni-windows', 'vni'],
    ['VNI', 'vni'],
    ['utf8', 'utf-8'],
    ['UTF-16', 'utf-16le'],
    ['nfd', 'utf-8-nfd'],
    ['viqr', 'viqr'],
    ['viscii', 'viscii'],
  ])('accepts %s as %s', (alias, name) => {
    expect(resolveEncoding(alias)).toBe(name);
  });

  it('overrides detection', () => {
    // Valid UTF-8 "Soá" read as VNI mojibake on request.
    expect(decodeBuffer(utf8('Soá'), { encoding: 'vni-mojibake' }).text).toBe('Số');
    // The same bytes forced to UTF-8 stay as they are.
    expect(decodeBuffer(utf8('Thoâng baùo'), { encoding: 'utf-8' })).toEqual({ text: 'Thoâng baùo', encoding: 'utf-8', warnings: [] });
  });

  it('decodes with an iconv-lite code page that detection does not try', () => {
    // VISCII: 0xE1 á, 0xAA ư (VISCII 1.1)
    const d = decodeBuffer(bytes(0x63, 0x68, 0xe1, 0x6e), { encoding: 'viscii' });
    expect(d).toEqual({ text: 'chán', encoding: 'viscii', warnings: [] });
  });

  it('throws a DecodeError with a one-sentence message for an unknown name', () => {
    expect(() => decodeBuffer(utf8('x'), { encoding: 'klingon-8' })).toThrow(DecodeError);
    try {
      decodeBuffer(utf8('x'), { encoding: 'klingon-8' });
    } catch (err) {
      expect(err).toBeInstanceOf(DecodeError);
      const message = (err as Error).message;
      expect(message).toMatch(/^Unknown encoding "klingon-8": expected one of utf-8, .*\.$/);
      expect(message).not.toContain('\n');
      for (const name of ENCODING_NAMES) expect(message).toContain(name);
    }
  });

  it('never throws on bad bytes for a known forced encoding', () => {
    const junk = bytes(0xff, 0xfe, 0x00, 0xd8, 0x81, 0x8d, 0xc3);
    for (const name of ENCODING_NAMES) {
      const d = decodeBuffer(junk, { encoding: name });
      expect(d.text.normalize('NFC')).toBe(d.text);
    }
  });
});
