import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { encodeLegacy } from '../../src/text/encodings/encode.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** A founding notice as UTF-8 text. */
export function fixture(name: string): string {
  return readFileSync(FIXTURES + name, 'utf8');
}

export const FOUNDING = ['bacgiang-307-TB-UBND-2017.txt', 'laichau-28-TB-UBND-2012.txt'] as const;

/**
 * What a TCVN3 file of each founding notice holds once decoded. TCVN3 has no code for a capital
 * with a tone; the decoder restores those inside upper-case words ("THÔNG BÁO", "CHỦ TỊCH") and at
 * the start of a line. Read from the texts: the only capitals with a tone elsewhere are the two
 * "Ủy viên" in the middle of Lai Châu lines (paragraph 2 and the closing paragraph).
 */
export function expectedTcvn3(name: string, text: string): string {
  if (name.startsWith('laichau')) {
    return text.replace('Phùng - Ủy viên', 'Phùng - ủy viên').replace('Phùng – Ủy viên', 'Phùng – ủy viên');
  }
  return text;
}

const BOM_UTF8 = [0xef, 0xbb, 0xbf];

/** Each byte form a notice can come in, with the encoding that detection must report. */
export function byteForms(text: string): Array<{ form: string; encoding: string; bytes: Uint8Array }> {
  const utf8 = new TextEncoder().encode(text);
  const tcvn3 = encodeLegacy(text, 'tcvn3');
  const vni = encodeLegacy(text, 'vni');
  const asUtf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
  return [
    { form: 'utf-8', encoding: 'utf-8', bytes: utf8 },
    { form: 'utf-8 with BOM', encoding: 'utf-8', bytes: Uint8Array.from([...BOM_UTF8, ...utf8]) },
    { form: 'utf-16le with BOM', encoding: 'utf-16le', bytes: iconv.encode(text, 'utf16le', { addBOM: true }) },
    { form: 'utf-16be with BOM', encoding: 'utf-16be', bytes: iconv.encode(text, 'utf16be', { addBOM: true }) },
    { form: 'utf-16le without BOM', encoding: 'utf-16le', bytes: iconv.encode(text, 'utf16le') },
    { form: 'utf-16be without BOM', encoding: 'utf-16be', bytes: iconv.encode(text, 'utf16be') },
    { form: 'utf-8 decomposed (NFD)', encoding: 'utf-8-nfd', bytes: asUtf8(text.normalize('NFD')) },
    { form: 'windows-1258', encoding: 'windows-1258', bytes: encodeLegacy(text, 'windows-1258') },
    { form: 'tcvn3', encoding: 'tcvn3', bytes: tcvn3 },
    { form: 'vni', encoding: 'vni', bytes: vni },
    { form: 'tcvn3 seen as windows-1252', encoding: 'tcvn3-mojibake', bytes: asUtf8(iconv.decode(Buffer.from(tcvn3), 'windows1252')) },
    { form: 'tcvn3 seen as latin1', encoding: 'tcvn3-mojibake', bytes: asUtf8(Buffer.from(tcvn3).toString('latin1')) },
    { form: 'tcvn3 seen as windows-1258', encoding: 'tcvn3-mojibake', bytes: asUtf8(iconv.decode(Buffer.from(tcvn3), 'windows1258')) },
    { form: 'vni seen as windows-1252', encoding: 'vni-mojibake', bytes: asUtf8(iconv.decode(Buffer.from(vni), 'windows1252')) },
    { form: 'vni seen as latin1', encoding: 'vni-mojibake', bytes: asUtf8(Buffer.from(vni).toString('latin1')) },
    { form: 'viqr', encoding: 'viqr', bytes: encodeLegacy(text, 'viqr') },
  ];
}

/** A Notice without the field that names the encoding. */
export function withoutEncoding<T extends { encoding?: unknown }>(notice: T): Omit<T, 'encoding'> {
  const { encoding: _encoding, ...rest } = notice;
  return rest;
}
