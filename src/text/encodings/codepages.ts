/**
 * Windows code pages through iconv-lite, loaded only when a file needs them: most files are UTF-8
 * and never pay for the module's start-up.
 *
 * The legacy Vietnamese decoders (TCVN3, VNI) work on "byte strings": strings whose characters
 * U+0000–U+00FF stand for the bytes 0x00–0xFF. Raw bytes become a byte string through latin1 (a
 * native, one-to-one conversion); text that was once mis-decoded as Windows-1252, Windows-1258 or
 * Latin-1 (mojibake) becomes one through {@link toByteString}.
 */
import { createRequire } from 'node:module';
import type * as IconvLite from 'iconv-lite';

type Iconv = typeof IconvLite;

let iconvModule: Iconv | undefined;

/** iconv-lite, required synchronously on first use. */
export function iconv(): Iconv {
  if (!iconvModule) {
    const require = createRequire(import.meta.url);
    iconvModule = require('iconv-lite') as Iconv;
  }
  return iconvModule;
}

let cp1252High: string[] | undefined;
let toByteMap: Map<string, number> | undefined;

/**
 * The characters Windows-1252 gives to bytes 0x80–0x9F (curly quotes, dashes, the ellipsis...),
 * indexed by byte - 0x80; U+FFFD for the five bytes it leaves undefined.
 */
export function cp1252HighTable(): readonly string[] {
  if (!cp1252High) {
    const bytes = new Uint8Array(32);
    for (let i = 0; i < 32; i++) bytes[i] = 0x80 + i;
    cp1252High = Array.from(iconv().decode(bytes, 'windows1252'));
  }
  return cp1252High;
}

/**
 * Maps a character back to the byte that Windows-1252 or Windows-1258 decodes to it. The two code
 * pages never give one character two different bytes, so a single map serves mojibake from either.
 */
function byteOfChar(): Map<string, number> {
  if (!toByteMap) {
    const map = new Map<string, number>();
    const bytes = new Uint8Array(128);
    for (let i = 0; i < 128; i++) bytes[i] = 0x80 + i;
    for (const page of ['windows1252', 'windows1258'] as const) {
      const chars = Array.from(iconv().decode(bytes, page));
      chars.forEach((ch, i) => {
        if (ch !== '\uFFFD' && ch.codePointAt(0)! > 0xff && !map.has(ch)) map.set(ch, 0x80 + i);
      });
    }
    toByteMap = map;
  }
  return toByteMap;
}

/** The characters that {@link toByteString} turns back into bytes besides U+0000–U+00FF. */
export function mojibakeByteChars(): ReadonlyMap<string, number> {
  return byteOfChar();
}

/**
 * Turns text that legacy bytes were mis-decoded into (as Windows-1252, Windows-1258 or Latin-1) back
 * into a byte string. Characters that no code page produced (real Vietnamese letters in a mixed
 * file, CJK...) are kept as they are: the legacy decoders pass them through.
 * @param text the mojibake text
 */
export function toByteString(text: string): string {
  const map = byteOfChar();
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0xff) continue;
    const byte = map.get(text[i]!);
    if (byte === undefined) continue;
    out += text.slice(start, i) + String.fromCharCode(byte);
    start = i + 1;
  }
  return start === 0 ? text : out + text.slice(start);
}

/**
 * Turns a byte string back into text for the bytes that the legacy Vietnamese tables leave alone:
 * 0x80–0x9F as Windows-1252 punctuation (legacy documents were typed on Windows), U+FFFD for the
 * undefined ones. Everything else is unchanged.
 * @param text a byte string, possibly with characters above U+00FF passed through
 */
export function cp1252Residue(text: string): { text: string; undecodable: number } {
  if (!/[\u0080-\u009F]/.test(text)) return { text, undecodable: 0 };
  const high = cp1252HighTable();
  let undecodable = 0;
  const out = text.replace(/[\u0080-\u009F]/g, (ch) => {
    const mapped = high[ch.charCodeAt(0) - 0x80]!;
    if (mapped === '\uFFFD') undecodable++;
    return mapped;
  });
  return { text: out, undecodable };
}

/**
 * Decodes Windows-1258 bytes. The code page writes most tone marks as combining characters after
 * the letter, so the result is NFC-composed.
 * @param buf the bytes
 */
export function decodeWindows1258(buf: Uint8Array): { text: string; undecodable: number } {
  const raw = iconv().decode(buf, 'windows1258');
  let undecodable = 0;
  for (let i = raw.indexOf('\uFFFD'); i !== -1; i = raw.indexOf('\uFFFD', i + 1)) undecodable++;
  return { text: raw.normalize('NFC'), undecodable };
}

/** Raw bytes as a byte string (one character per byte). */
export function bytesToByteString(buf: Uint8Array): string {
  return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('latin1');
}
