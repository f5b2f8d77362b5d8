/**
 * Encoders for the legacy Vietnamese encodings: the inverse of the decoders, for tests, fixtures
 * and anyone who must hand a file back to an old system.
 */
import { bytesToByteString, iconv } from './codepages.js';
import { decodeTcvn3, tcvn3ByteOfLetter } from './tcvn3.js';
import { decodeVni, vniEncodingTable } from './vni.js';
import { encodeViqr } from './viqr.js';

/** The encodings {@link encodeLegacy} writes. */
export type LegacyEncoding = 'tcvn3' | 'vni' | 'windows-1258' | 'viqr';

const QUESTION = 0x3f;

// A tone mark in decomposed text. Example: the U+0323 in "Ặ" = A U+0323 U+0306.
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;

/** Char -> byte for the single bytes that decode back to that very char. */
function roundTripBytes(decodeOne: (byteString: string) => string): Map<string, number> {
  const map = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = decodeOne(String.fromCharCode(b));
    if (ch.length === 1 && ch !== '\uFFFD' && !map.has(ch)) map.set(ch, b);
  }
  return map;
}

function encodeWith(text: string, sequences: ReadonlyMap<string, string | number>, singles: Map<string, number>): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const seq = sequences.get(ch);
    if (typeof seq === 'number') out.push(seq);
    else if (typeof seq === 'string') for (const c of seq) out.push(c.charCodeAt(0));
    else out.push(singles.get(ch) ?? QUESTION);
  }
  return Uint8Array.from(out);
}

function encodeWindows1258(text: string): Uint8Array {
  const single = roundTripBytes((b) => iconv().decode(bytesOf(b), 'windows1258'));
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = single.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    // Windows-1258 writes a toned vowel as the toneless letter followed by a combining tone mark.
    const nfd = ch.normalize('NFD');
    const tone = TONE.exec(nfd)?.[0];
    const base = tone ? single.get(nfd.replace(tone, '').normalize('NFC')) : undefined;
    const toneByte = tone ? single.get(tone) : undefined;
    if (base !== undefined && toneByte !== undefined) out.push(base, toneByte);
    else out.push(QUESTION);
  }
  return Uint8Array.from(out);
}

function bytesOf(byteString: string): Uint8Array {
  return Uint8Array.from(byteString, (c) => c.charCodeAt(0));
}

/**
 * Encodes text in a legacy Vietnamese encoding. Characters the encoding cannot write become "?";
 * TCVN3 writes capitals with a tone as their lower-case letter (it has no code for them); VIQR
 * comes back as UTF-8 bytes, with characters outside Vietnamese and ASCII left as they are.
 * @param text the text (any normalization form)
 * @param encoding the target encoding
 */
export function encodeLegacy(text: string, encoding: LegacyEncoding): Uint8Array {
  switch (encoding) {
    case 'tcvn3':
      return encodeWith(text, tcvn3ByteOfLetter(), roundTripBytes((b) => decodeTcvn3(b).text));
    case 'vni':
      return encodeWith(text, vniEncodingTable(), roundTripBytes((b) => decodeVni(b).text));
    case 'windows-1258':
      return encodeWindows1258(text);
    case 'viqr':
      return new TextEncoder().encode(encodeViqr(text));
  }
}

/** Raw bytes as text seen through Windows-1252: how legacy files look when opened as Western text. */
export function asWindows1252(bytes: Uint8Array): string {
  return iconv().decode(bytes, 'windows1252');
}

/** Raw bytes as text seen through Latin-1. */
export function asLatin1(bytes: Uint8Array): string {
  return bytesToByteString(bytes);
}
