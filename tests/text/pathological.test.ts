import { describe, expect, it } from 'vitest';
import { decodeBuffer } from '../../src/text/decode.js';

const MB = 1 << 20;
const LIMIT_MS = 3000;

function repeat(pattern: number[], size = MB): Uint8Array {
  const buf = new Uint8Array(size);
  for (let i = 0; i < size; i++) buf[i] = pattern[i % pattern.length]!;
  return buf;
}

const utf8Repeat = (s: string): Uint8Array => new TextEncoder().encode(s.repeat(Math.ceil(MB / new TextEncoder().encode(s).length)));

const CASES: Array<[string, () => Uint8Array]> = [
  ['all 0xFF', () => repeat([0xff])],
  ['all NUL', () => repeat([0x00])],
  ['alternating 0x00 0xFF', () => repeat([0x00, 0xff])],
  ['alternating A and NUL (looks like UTF-16)', () => repeat([0x41, 0x00])],
  ['alternating 0xC3 0x28 (broken UTF-8)', () => repeat([0xc3, 0x28])],
  ['truncated UTF-8 lead bytes', () => repeat([0xe1, 0xbb])],
  ['a run of the VNI acute mark byte', () => repeat([0xf9])],
  ['a run of the TCVN3 "á" byte', () => repeat([0xb8])],
  ['vowel + VNI mark pairs', () => repeat([0x61, 0xf9])],
  ['a run of the Windows-1258 combining acute', () => repeat([0xec])],
  ['one line of Latin-1 mojibake, no newline', () => utf8Repeat('Th«ng b¸o kÕt luËn ')],
  ['a run of "ù" as UTF-8', () => utf8Repeat('ù')],
  ['ASCII VIQR marks without end', () => utf8Repeat("a^'")],
  ['dd without end', () => repeat([0x64])],
  ['decomposed Vietnamese', () => utf8Repeat('Thông báo kết luận của Ủy ban '.normalize('NFD'))],
  ['combining marks with no base', () => utf8Repeat('\u0301')],
  ['TCVN3 upper-case words, one long line', () => repeat([0x43, 0x48, 0xf1, 0x20, 0x54, 0xde, 0x43, 0x48, 0x20])],
];

describe('1 MB pathological buffers', () => {
  it.each(CASES)('%s decodes in well under 3 s', (_name, make) => {
    const buf = make();
    expect(buf.length).toBeGreaterThanOrEqual(MB);
    const start = performance.now();
    const d = decodeBuffer(buf);
    const ms = performance.now() - start;
    expect(ms).toBeLessThan(LIMIT_MS);
    expect(d.text.length).toBeGreaterThan(0);
    expect(d.text.normalize('NFC')).toBe(d.text);
  });
});
