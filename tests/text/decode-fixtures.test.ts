import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/notice.js';
import { decodeBuffer } from '../../src/text/decode.js';
import { FOUNDING, byteForms, expectedTcvn3, fixture, withoutEncoding } from './helpers.js';

describe.each(FOUNDING)('founding notice %s in every encoding', (name) => {
  const original = fixture(name);

  it('is NFC Vietnamese to begin with', () => {
    expect(original.normalize('NFC')).toBe(original);
    expect(original).toContain('THÔNG BÁO');
  });

  describe.each(byteForms(original))('$form', ({ encoding, bytes }) => {
    const lossy = encoding === 'tcvn3' || encoding === 'tcvn3-mojibake';
    const expected = lossy ? expectedTcvn3(name, original) : original;

    it(`is detected as ${encoding} and decodes back to the text`, () => {
      const decoded = decodeBuffer(bytes);
      expect(decoded.encoding).toBe(encoding);
      expect(decoded.text).toBe(expected);
    });

    it('warns exactly when the conversion loses information', () => {
      const decoded = decodeBuffer(bytes);
      if (lossy) {
        expect(decoded.warnings).toHaveLength(1);
        expect(decoded.warnings[0]).toMatch(/TCVN3 has no capital letters with tone marks/);
      } else {
        expect(decoded.warnings).toEqual([]);
      }
    });

    it('parses to the same notice as the UTF-8 text, apart from encoding', () => {
      const decoded = decodeBuffer(bytes);
      const fromDecoded = parseNotice(decoded.text, { encoding: decoded.encoding });
      expect(fromDecoded.encoding).toBe(encoding);
      expect(withoutEncoding(fromDecoded)).toEqual(withoutEncoding(parseNotice(expected)));
    });

    it('decodes the same when the encoding is forced', () => {
      const forced = decodeBuffer(bytes, { encoding });
      expect(forced.encoding).toBe(encoding);
      expect(forced.text).toBe(expected);
    });
  });
});

describe('TCVN3 capitals', () => {
  it('loses capitals with a tone in mixed-case words only, and the text still parses the same elsewhere', () => {
    const original = fixture('laichau-28-TB-UBND-2012.txt');
    const tcvn3 = byteForms(original).find((f) => f.form === 'tcvn3')!;
    const decoded = decodeBuffer(tcvn3.bytes);
    expect(decoded.text).toContain('## THÔNG BÁO');
    expect(decoded.text).toContain('PHÓ CHÁNH VĂN PHÒNG');
    expect(decoded.text).toContain('Phùng - ủy viên Ban Thường vụ Tỉnh ủy');
    expect(decoded.text).not.toBe(original);
  });
});
