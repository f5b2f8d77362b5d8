import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareText } from '../../src/text/prepare.js';

describe('prepareText', () => {
  it('turns CRLF and lone CR into LF, keeping the line count', () => {
    expect(prepareText('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
    expect(prepareText('\r\r\n\r')).toBe('\n\n\n');
  });

  it('drops the BOM and invisible characters, and makes every space U+0020', () => {
    expect(prepareText('\uFEFFSố:\u00A0307/TB\u200B-UBND\u202Fngày\u2009')).toBe('Số: 307/TB-UBND ngày ');
  });

  it('makes Word\'s non-breaking hyphen and the Unicode hyphen U+002D, as numbers and names are searched with it', () => {
    expect(prepareText('Số: 307/TB\u2011UBND, Bà Rịa\u2010Vũng Tàu')).toBe('Số: 307/TB-UBND, Bà Rịa-Vũng Tàu');
    // Dashes are not hyphens: an en dash opens an item, and stays one.
    expect(prepareText('\u2013 Sở Tài chính')).toBe('\u2013 Sở Tài chính');
  });

  it('reads the eth that old fonts and Windows-1252 put for "Đ" and "đ" as "Đ" and "đ"', () => {
    expect(prepareText('\u00D0ỒNG CHÍ \u00D0ỗ Mạnh Cường, \u00F0ồng chí')).toBe('ĐỒNG CHÍ Đỗ Mạnh Cường, đồng chí');
  });

  it('reads the oi that PDF text layers give for "Ư" and "ư" as "Ư" and "ư", composed with its tone mark', () => {
    const raw = 'Thông t\u01A3, ng\u01A3ời, Th\u01A3ờng trực, \u01A2U TIÊN, Tr\u01A3\u0301c';
    expect(prepareText(raw)).toBe('Thông tư, người, Thường trực, ƯU TIÊN, Trức');
    expect(prepareText(raw, true)).toBe('Thông tư, người, Thường trực, ƯU TIÊN, Trức');
  });

  it('recomposes a letter and its tone mark that an invisible character kept apart, even for NFC input', () => {
    // "e", soft hyphen, combining acute: NFC as it stands, "é" once the soft hyphen is gone.
    const raw = 'Ti\u00ADe\u00AD\u0301p';
    expect(raw.normalize('NFC')).toBe(raw);
    expect(prepareText(raw, true)).toBe('Tiép');
    expect(prepareText(raw)).toBe('Tiép');
  });

  it('normalises to NFC unless the caller says the text is NFC already', () => {
    expect(prepareText('Thông ba\u0301o')).toBe('Thông báo');
  });

  it('gives the same text whether or not it is told an NFC input is NFC', () => {
    const chars = fc.constantFrom('a', 'e', 'ô', 'Ư', '\u0301', '\u0323', '\u00AD', '\u200B', '\uFEFF', '\u00A0', '\r', '\n', ' ', 'đ');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), (parts) => {
        const nfc = parts.join('').normalize('NFC');
        expect(prepareText(nfc, true)).toBe(prepareText(nfc));
      }),
    );
  });
});
