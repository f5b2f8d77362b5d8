import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeValidUtf8, encodeUtf8 } from '../../src/text/utf8.js';

const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** What TextDecoder makes of the bytes, or null where it refuses them. */
function reference(bytes: Uint8Array): string | null {
  try {
    return fatal.decode(bytes);
  } catch {
    return null;
  }
}

describe('decodeValidUtf8', () => {
  it('reads Vietnamese, ASCII, astral characters and an empty input as TextDecoder does', () => {
    for (const s of ['Thông báo kết luận của Phó Chủ tịch UBND tỉnh', 'Số: 307/TB-UBND', '😀 𝔸 ở', '', '\uFEFFđầu']) {
      expect(decodeValidUtf8(Buffer.from(s, 'utf8'))).toBe(s);
    }
  });

  it('refuses invalid UTF-8: a lone continuation byte, a truncated sequence, an encoded surrogate, overlong forms', () => {
    for (const bytes of [[0x80], [0x41, 0xe1, 0xbb], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xff], [0xa9, 0x20, 0x54]]) {
      expect(decodeValidUtf8(Uint8Array.from(bytes))).toBeNull();
    }
  });

  it('reads a view into a larger buffer from its own offset', () => {
    const whole = Buffer.from('xxTháng 6xx', 'utf8');
    expect(decodeValidUtf8(whole.subarray(2, whole.length - 2))).toBe('Tháng 6');
  });

  it('agrees with TextDecoder on any string and on any bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        expect(decodeValidUtf8(Buffer.from(s, 'utf8'))).toBe(s);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(decodeValidUtf8(bytes)).toBe(reference(bytes));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('encodeUtf8', () => {
  it('encodes as Buffer.from does, lone surrogates included, into a buffer of its own', () => {
    for (const s of ['Thông báo số 307/TB-UBND', '', 'ascii only', '😀 ở', 'a\uD800b', '\uDC00']) {
      const bytes = encodeUtf8(s);
      expect(Buffer.from(bytes).equals(Buffer.from(s, 'utf8')), s).toBe(true);
      expect(bytes.byteOffset).toBe(0);
      expect(bytes.byteLength).toBe(bytes.buffer.byteLength);
    }
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (s) => {
        expect(Buffer.from(encodeUtf8(s)).equals(Buffer.from(s, 'utf8'))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
