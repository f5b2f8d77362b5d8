import { isUtf8, transcode } from 'node:buffer';

/**
 * Turns bytes into a string when they are valid UTF-8, and returns null when they are not (the caller
 * then looks for a legacy encoding). Node 20 builds a string from UTF-8 (TextDecoder, Buffer#toString)
 * at about 60 µs for a 12 KB notice; simdutf's check, ICU's converter to UTF-16 and a copy take about
 * 6 µs.  A Node built without ICU has no transcode and takes the slow way.
 * @param bytes the bytes, without a BOM (a BOM would stay in the text as U+FEFF)
 */
export function decodeValidUtf8(bytes: Uint8Array): string | null {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!isUtf8(b)) return null;
  return typeof transcode === 'function' ? transcode(b, 'utf8', 'ucs2').toString('ucs2') : b.toString('utf8');
}
