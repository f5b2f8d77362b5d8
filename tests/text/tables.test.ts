import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeBuffer } from '../../src/text/decode.js';
import { mojibakeByteChars, toByteString } from '../../src/text/encodings/codepages.js';
import { encodeLegacy } from '../../src/text/encodings/encode.js';
import { vietnameseLetters } from '../../src/text/encodings/letters.js';
import { COMMON_WORDS, isVietnameseSyllable } from '../../src/text/encodings/syllable.js';
import { TCVN3_TABLE, decodeTcvn3 } from '../../src/text/encodings/tcvn3.js';
import { decodeViqr, encodeViqr } from '../../src/text/encodings/viqr.js';
import { decodeVni, vniEncodingTable, vniSequences } from '../../src/text/encodings/vni.js';

const LETTERS = vietnameseLetters().map((l) => l.letter);
const LETTER_SET = new Set(LETTERS);
const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('the Vietnamese alphabet', () => {
  it('has 134 letters outside ASCII, all NFC and distinct', () => {
    expect(LETTERS).toHaveLength(134);
    expect(LETTER_SET.size).toBe(134);
    for (const l of LETTERS) {
      expect(l.normalize('NFC')).toBe(l);
      expect(l).toHaveLength(1);
    }
    expect(LETTERS).toEqual(expect.arrayContaining(['ă', 'ặ', 'Ặ', 'ữ', 'Ữ', 'đ', 'Đ', 'ỹ', 'Ỵ']));
  });
});

describe('TCVN3 table (TCVN 5712:1993 VN3)', () => {
  it('maps 74 bytes to distinct NFC Vietnamese letters', () => {
    const values = [...TCVN3_TABLE.values()];
    expect(values).toHaveLength(74);
    expect(new Set(values).size).toBe(74);
    for (const v of values) {
      expect(v.normalize('NFC')).toBe(v);
      expect(LETTER_SET.has(v)).toBe(true);
    }
  });

  it('covers every lower-case letter and exactly the capitals Ă Â Ê Ô Ơ Ư Đ', () => {
    const values = new Set(TCVN3_TABLE.values());
    for (const l of vietnameseLetters()) {
      const expected = !l.upper || (l.tone === null);
      expect(values.has(l.letter), l.letter).toBe(expected);
    }
  });

  it('round-trips every byte of the table', () => {
    for (const [byte, letter] of TCVN3_TABLE) {
      // After a lower-case letter, so that no capital is restored.
      expect(decodeTcvn3('x' + String.fromCharCode(byte)).text).toBe('x' + letter);
      expect(encodeLegacy('x' + letter, 'tcvn3')).toEqual(Uint8Array.from([0x78, byte]));
    }
  });

  it('reads the classic TCVN3 national motto', () => {
    // As every Vietnamese office saw it when a .VnTime document was opened as Western text.
    const d = decodeBuffer(utf8('Céng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc'));
    expect(d.encoding).toBe('tcvn3-mojibake');
    expect(d.text).toBe('Cộng hoà xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc');
  });

  it('restores the capitals of the motto typed in upper case with .VnTime', () => {
    const d = decodeBuffer(latin1('CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM'));
    expect(d.encoding).toBe('tcvn3');
    expect(d.text).toBe('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });
});

describe('VNI-Windows table', () => {
  it('gives every Vietnamese letter a sequence that decodes back to it', () => {
    const table = vniEncodingTable();
    for (const letter of LETTERS) {
      const seq = table.get(letter);
      expect(seq, letter).toBeDefined();
      expect(decodeVni('x' + seq!).text).toBe('x' + letter);
    }
  });

  it('decodes every sequence to an NFC Vietnamese letter, and canonical sequences are distinct', () => {
    for (const [seq, letter] of vniSequences()) {
      expect(LETTER_SET.has(letter), `${seq} -> ${letter}`).toBe(true);
      expect(letter.normalize('NFC')).toBe(letter);
    }
    const canonical = [...vniEncodingTable().values()];
    expect(new Set(canonical).size).toBe(canonical.length);
  });

  it('reads the classic VNI national motto, lower and upper case', () => {
    const d = decodeBuffer(utf8('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\nÑoäc laäp - Töï do - Haïnh phuùc'));
    expect(d.encoding).toBe('vni-mojibake');
    expect(d.text).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc');
    const upper = decodeBuffer(latin1('COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM'));
    expect(upper.encoding).toBe('vni');
    expect(upper.text).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('reads breve with tones and the ươ pair', () => {
    expect(decodeVni('khaúng ñònh saün saøng, Thuû töôùng, ngöôøi').text).toBe('khẳng định sẵn sàng, Thủ tướng, người');
  });
});

describe('Windows-1258 and VIQR', () => {
  it('round-trip every Vietnamese letter', () => {
    for (const letter of LETTERS) {
      const word = 'b' + letter + ' ';
      const cp = decodeBuffer(encodeLegacy(word, 'windows-1258'), { encoding: 'windows-1258' });
      expect(cp.text, letter).toBe(word);
    }
    for (const l of vietnameseLetters()) {
      const word = l.letter === 'đ' || l.letter === 'Đ' ? l.letter + 'a' : 'b' + l.letter;
      expect(decodeViqr(encodeViqr(word)).text, l.letter).toBe(word);
    }
  });

  it('writes VIQR as RFC 1456 does', () => {
    expect(encodeViqr('Thông báo kết luận của Đảng.')).toBe("Tho^ng ba'o ke^'t lua^.n cu?a DDa?ng.");
    expect(encodeViqr('ho.')).toBe('ho\\.');
  });
});

describe('mojibake back to bytes', () => {
  it('inverts Windows-1252 and Windows-1258 together without a conflict', () => {
    const all = new Uint8Array(128).map((_, i) => 0x80 + i);
    for (const page of ['windows1252', 'windows1258']) {
      const text = iconv.decode(Buffer.from(all), page);
      const back = toByteString(text);
      for (let i = 0; i < 128; i++) {
        const ch = text[i]!;
        if (ch === '\uFFFD') continue;
        expect(back.charCodeAt(i), `${page} byte ${(0x80 + i).toString(16)}`).toBe(0x80 + i);
      }
    }
    expect(mojibakeByteChars().get('₫')).toBe(0xfe);
  });
});

describe('syllable model', () => {
  it.each(['nghiêng', 'khuyếch', 'người', 'quốc', 'giữa', 'Ủy', 'THÔNG', 'gì', 'oà', 'ạ'])('accepts %s', (w) => {
    expect(isVietnameseSyllable(w)).toBe(true);
  });
  it.each(['Th«ng', 'Thoâng', 'kềt', 'ISO', 'UBND', 'báó', 'xyz', 'Sụỡ', 'strength'])('rejects %s', (w) => {
    expect(isVietnameseSyllable(w)).toBe(false);
  });
  it('keeps its common words NFC, lower case, and valid', () => {
    for (const w of COMMON_WORDS) {
      expect(w.normalize('NFC')).toBe(w);
      expect(w.toLowerCase()).toBe(w);
      expect(isVietnameseSyllable(w), w).toBe(true);
    }
  });
});
