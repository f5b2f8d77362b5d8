/**
 * Turns the bytes of a file into NFC text, detecting the encoding among those that Vietnamese
 * archives hold: Unicode (UTF-8, UTF-16, decomposed), Windows-1258, the font encodings TCVN3 and
 * VNI, the same two already mis-decoded into Unicode (mojibake), and VIQR.
 *
 * Detection takes a fast path for valid UTF-8 that already has Vietnamese letters (most files);
 * otherwise it decodes a sample with each candidate, scores each result by how much of it is valid
 * Vietnamese (encodings/syllable.ts) and keeps the best.
 */
import {
  bytesToByteString,
  decodeWindows1258,
  iconv,
  toByteString,
} from './encodings/codepages.js';
import { LATIN1_NON_VIETNAMESE, VIETNAMESE_ONLY } from './encodings/letters.js';
import { scoreVietnamese } from './encodings/syllable.js';
import { decodeTcvn3 } from './encodings/tcvn3.js';
import { decodeViqr, looksLikeViqr } from './encodings/viqr.js';
import { decodeVni } from './encodings/vni.js';
import { toNfc } from './nfc.js';
import { decodeValidUtf8, hasUtf8Bom } from './utf8.js';

/**
 * The encodings that detection reports, as written in a notice's `encoding` field:
 * - `"utf-8"`: UTF-8, with or without BOM (also pure ASCII);
 * - `"utf-8-nfd"`: UTF-8 written mostly decomposed (macOS, UniKey "tổ hợp"), recomposed to NFC;
 * - `"utf-16le"`, `"utf-16be"`: UTF-16 with a BOM, or without one when the NUL bytes make it plain;
 * - `"windows-1258"`: the Vietnamese Windows code page (tone marks as combining characters);
 * - `"tcvn3"`: TCVN3 / ABC bytes (.VnTime fonts; TCVN 5712:1993 VN3);
 * - `"vni"`: VNI-Windows bytes (VNI-Times fonts);
 * - `"tcvn3-mojibake"`, `"vni-mojibake"`: TCVN3 or VNI text that was once opened as Windows-1252,
 *   Windows-1258 or Latin-1 and saved as Unicode ("Th«ng b¸o", "Thoâng baùo");
 * - `"viqr"`: Vietnamese written in ASCII with VIQR marks ("Tho^ng ba'o").
 *
 * A forced encoding that iconv-lite knows but is not in this list (e.g. "viscii") is reported under
 * the name given, lower case.
 */
export const ENCODING_NAMES = [
  'utf-8',
  'utf-8-nfd',
  'utf-16le',
  'utf-16be',
  'windows-1258',
  'tcvn3',
  'vni',
  'tcvn3-mojibake',
  'vni-mojibake',
  'viqr',
] as const;

/** One of {@link ENCODING_NAMES}. */
export type EncodingName = (typeof ENCODING_NAMES)[number];

/** The result of turning the bytes of a file into text. */
export interface Decoded {
  /** The text, NFC. Line endings and invisible characters are left to `prepareText`. */
  text: string;
  /** One of {@link ENCODING_NAMES}, or the name of a forced iconv-lite encoding. */
  encoding: string;
  /** One sentence each, where the conversion lost or replaced something. */
  warnings: string[];
}

/** Options for {@link decodeBuffer}. */
export interface DecodeOptions {
  /**
   * Force an encoding instead of detecting one: a name of {@link ENCODING_NAMES}, an alias
   * ("utf8", "cp1258", "abc", "vn3", "vni-windows", "nfd"...), or any encoding iconv-lite knows.
   */
  encoding?: string;
}

/** An encoding name that is not known. The message is one sentence, fit for a command line. */
export class DecodeError extends Error {
  override name = 'DecodeError';
}

// Aliases, keyed by the name lower-cased with everything but letters and digits removed.
const ALIASES: Readonly<Record<string, EncodingName | 'utf-16'>> = {
  utf8: 'utf-8',
  utf8bom: 'utf-8',
  unicode: 'utf-8',
  utf8nfd: 'utf-8-nfd',
  nfd: 'utf-8-nfd',
  utf16: 'utf-16',
  utf16le: 'utf-16le',
  ucs2: 'utf-16le',
  utf16be: 'utf-16be',
  windows1258: 'windows-1258',
  win1258: 'windows-1258',
  cp1258: 'windows-1258',
  1258: 'windows-1258',
  tcvn3: 'tcvn3',
  tcvn: 'tcvn3',
  abc: 'tcvn3',
  vn3: 'tcvn3',
  vntime: 'tcvn3',
  tcvn5712: 'tcvn3',
  vni: 'vni',
  vniwindows: 'vni',
  vniwin: 'vni',
  vnitimes: 'vni',
  tcvn3mojibake: 'tcvn3-mojibake',
  abcmojibake: 'tcvn3-mojibake',
  vnimojibake: 'vni-mojibake',
  viqr: 'viqr',
};

type Resolved = { kind: 'own'; name: EncodingName | 'utf-16' } | { kind: 'iconv'; name: string };

/**
 * Checks an encoding name given by a user, returning the name it resolves to.
 * @param name the name or alias
 * @throws DecodeError when neither this module nor iconv-lite knows the name
 */
export function resolveEncoding(name: string): string {
  const r = resolve(name);
  return r.kind === 'own' ? (r.name === 'utf-16' ? 'utf-16le' : r.name) : r.name;
}

function resolve(name: string): Resolved {
  const key = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  const own = ALIASES[key];
  if (own) return { kind: 'own', name: own };
  if (key !== '' && iconv().encodingExists(name)) return { kind: 'iconv', name: name.toLowerCase() };
  throw new DecodeError(
    `Unknown encoding "${name}": expected one of ${ENCODING_NAMES.join(', ')} or another encoding iconv-lite knows.`,
  );
}

// Detection looks at this much of a file; the chosen decoder then reads all of it.
const SAMPLE_BYTES = 32 * 1024;
// BOM-less UTF-16 is recognised from the NUL bytes in this many leading bytes.
const UTF16_SNIFF_BYTES = 4096;
// Valid UTF-8 with at least this many Vietnamese letters per stray Latin-1 symbol is taken as is.
const VIETNAMESE_PER_LATIN1 = 20;

// Any Latin-1 character: text with none cannot be TCVN3 or VNI mojibake. Example: "«", "ù", "Õ".
const LATIN1_RANGE = /[\u0080-\u00FF]/;
// What obvious VIQR cannot lack (see looksLikeViqr): a modifier, or a tone other than the dot,
// right after a vowel. Examples: "Tho^ng", "ba'o", "ddu+o+`ng", "cu?a".
const VIQR_HINT = /[aeiouyAEIOUY][\^(+'`~?]/;
// Combining marks, counted before and after NFC to see how much of a text was decomposed.
// Example: "ố" written as "o" U+0302 U+0301.
const COMBINING = /[\u0300-\u036F]/g;
// Characters outside ASCII, the measure of how much a text has to decompose. Example: "ố", "đ".
const NON_ASCII = /[^\x00-\x7F]/g;

function countChar(ch: string, text: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** Counts the matches of a pattern of single UTF-16 units, without a match object for each. */
function count(re: RegExp, text: string): number {
  return text.length - text.replace(re, '').length;
}

/**
 * Whether `re` (global, single UTF-16 units) matches at least `n` times in `text`. Stops at the n-th
 * match: the Vietnamese letters of a notice run to thousands, and the decision needs only a few.
 */
function atLeast(re: RegExp, text: string, n: number): boolean {
  if (n <= 0) return true;
  re.lastIndex = 0;
  let found = 0;
  while (re.exec(text) !== null) if (++found >= n) break;
  re.lastIndex = 0;
  return found >= n;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Collects warnings and applies the last steps every decoding shares.
 * @param isNfc the caller has just normalised `text`, so it is not normalised again
 */
function finish(text: string, encoding: string, undecodable: number, extra: string[] = [], isNfc = false): Decoded {
  const warnings: string[] = [];
  if (undecodable > 0) {
    warnings.push(`${plural(undecodable, 'byte', 'bytes')} could not be decoded as ${encoding} and became U+FFFD.`);
  }
  let out = text;
  if (out.includes('\0')) {
    const nuls = countChar('\0', out);
    out = out.replaceAll('\0', '\uFFFD');
    warnings.push(`The text held ${plural(nuls, 'NUL character', 'NUL characters')}, replaced with U+FFFD.`);
  }
  for (const item of extra) warnings.push(item);
  // Replacing NUL with U+FFFD cannot make a text unnormalised, so a text already NFC stays so.
  return { text: isNfc ? out : toNfc(out), encoding, warnings };
}

const TCVN3_CAPITALS_WARNING =
  'TCVN3 has no capital letters with tone marks, so capitals typed without a capital font such as .VnTimeH may come out in lower case.';

function utf8(buf: Uint8Array): { text: string; undecodable: number } {
  const body = hasUtf8Bom(buf) ? buf.subarray(3) : buf;
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
  return { text, undecodable: countChar('\uFFFD', text) };
}

function utf16(buf: Uint8Array, endian: 'le' | 'be'): { text: string; undecodable: number } {
  const bom = endian === 'le' ? buf[0] === 0xff && buf[1] === 0xfe : buf[0] === 0xfe && buf[1] === 0xff;
  const body = bom ? buf.subarray(2) : buf;
  const text = new TextDecoder(endian === 'le' ? 'utf-16le' : 'utf-16be', { ignoreBOM: true }).decode(body);
  return { text, undecodable: countChar('\uFFFD', text) };
}

/** Whether most of a text is decomposed (combining marks rather than precomposed letters). */
function mostlyDecomposed(text: string, nfc: string): boolean {
  const absorbed = count(COMBINING, text) - count(COMBINING, nfc);
  // Counting every letter outside ASCII of a notice copies it; the count matters only up to twice `absorbed`,
  // which a file with only a few letters typed decomposed reaches at once.
  return absorbed > 0 && !atLeast(NON_ASCII, nfc, absorbed * 2 + 1);
}

function decodeForced(buf: Uint8Array, r: Resolved): Decoded {
  if (r.kind === 'iconv') {
    const text = iconv().decode(buf, r.name);
    return finish(text, r.name, countChar('\uFFFD', text));
  }
  switch (r.name) {
    case 'utf-8':
    case 'utf-8-nfd': {
      const d = utf8(buf);
      return finish(d.text, r.name, d.undecodable);
    }
    case 'utf-16': {
      const endian = buf[0] === 0xfe && buf[1] === 0xff ? 'be' : 'le';
      const d = utf16(buf, endian);
      return finish(d.text, `utf-16${endian}`, d.undecodable);
    }
    case 'utf-16le':
    case 'utf-16be': {
      const d = utf16(buf, r.name === 'utf-16le' ? 'le' : 'be');
      return finish(d.text, r.name, d.undecodable);
    }
    case 'windows-1258': {
      const d = decodeWindows1258(buf);
      return finish(d.text, r.name, d.undecodable);
    }
    case 'tcvn3':
      return fromTcvn3(bytesToByteString(buf), 'tcvn3', 0);
    case 'vni': {
      const d = decodeVni(bytesToByteString(buf));
      return finish(d.text, 'vni', d.undecodable);
    }
    case 'tcvn3-mojibake': {
      const d = utf8(buf);
      return fromTcvn3(toByteString(d.text), 'tcvn3-mojibake', d.undecodable);
    }
    case 'vni-mojibake': {
      const d = utf8(buf);
      const v = decodeVni(toByteString(d.text));
      return finish(v.text, 'vni-mojibake', d.undecodable + v.undecodable);
    }
    case 'viqr': {
      const d = utf8(buf);
      return finish(decodeViqr(d.text).text, 'viqr', d.undecodable);
    }
  }
}

function fromTcvn3(bytes: string, encoding: 'tcvn3' | 'tcvn3-mojibake', undecodable: number): Decoded {
  const d = decodeTcvn3(bytes);
  return finish(d.text, encoding, undecodable + d.undecodable, d.capitalsLost ? [TCVN3_CAPITALS_WARNING] : []);
}

/** BOM-less UTF-16: one byte of each pair is NUL for every ASCII character, the other almost never. */
function sniffUtf16(buf: Uint8Array): 'le' | 'be' | null {
  const n = Math.min(buf.length, UTF16_SNIFF_BYTES) & ~1;
  // Nearly every file has no NUL byte at all, which indexOf (a memchr) tells at once.
  if (n < 4 || buf.subarray(0, n).indexOf(0) === -1) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenNul++;
    if (buf[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= pairs * 0.3 && evenNul * 20 <= oddNul) return 'le';
  if (evenNul >= pairs * 0.3 && oddNul * 20 <= evenNul) return 'be';
  return null;
}

interface Candidate {
  /** The name it reports; the decodings carry it too. */
  encoding: string;
  /** Decodes a sample or the whole input. */
  run: (whole: boolean) => Decoded;
}

/**
 * Keeps the candidate whose sample reads most like Vietnamese; the first wins a tie. When the
 * sample was the whole input, its decoding is the result; otherwise the winner decodes everything.
 */
function best(candidates: Candidate[], sampleIsWhole: boolean): Decoded {
  let bestScore = -Infinity;
  let winner = candidates[0]!;
  let winnerSample: Decoded | undefined;
  for (const c of candidates) {
    const sample = c.run(false);
    const score = scoreVietnamese(sample.text);
    if (score > bestScore) {
      bestScore = score;
      winner = c;
      winnerSample = sample;
    }
  }
  return sampleIsWhole && winnerSample ? winnerSample : winner.run(true);
}

/** Text that is valid Unicode: take it, or find the legacy text hidden in it. */
function fromUnicode(text: string, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): Decoded {
  // Stray Latin-1 symbols are few or none in real Unicode, so they are counted from their matches (counting by
  // replacement copies the whole text); the Vietnamese letters are only counted as far as the decision needs.
  const latin1 = text.match(LATIN1_NON_VIETNAMESE)?.length ?? 0;
  const hasVietnamese = atLeast(VIETNAMESE_ONLY, text, 1);
  const asIs = (): Decoded => {
    const nfc = toNfc(text);
    const label = encoding === 'utf-8' && nfc !== text && mostlyDecomposed(text, nfc) ? 'utf-8-nfd' : encoding;
    return finish(nfc, label, 0, [], true);
  };
  if (hasVietnamese && atLeast(VIETNAMESE_ONLY, text, latin1 * VIETNAMESE_PER_LATIN1)) return asIs();
  const small = text.length <= SAMPLE_BYTES;
  const part = (whole: boolean): string => (whole || small ? text : text.slice(0, SAMPLE_BYTES));
  // Text with no Vietnamese letter may be VIQR, which the sample must show plainly (see looksLikeViqr).
  const viqrSample = !hasVietnamese && VIQR_HINT.test(text) ? decodeViqr(part(false)) : undefined;
  const viqr: Candidate | undefined =
    viqrSample && looksLikeViqr(viqrSample)
      ? { encoding: 'viqr', run: (whole) => finish(whole && !small ? decodeViqr(text).text : viqrSample.text, 'viqr', 0) }
      : undefined;
  // Nothing but ASCII and symbols: plain text, unless it is obviously VIQR.
  if (!hasVietnamese && !LATIN1_RANGE.test(text)) return viqr ? viqr.run(true) : asIs();
  // Otherwise the Latin-1 letters may be a legacy encoding seen through a Western code page; a VIQR file
  // with a no-break space or a "²" competes with those readings.
  return best([
    { encoding, run: (whole) => (whole || small ? asIs() : finish(part(false), encoding, 0)) },
    { encoding: 'tcvn3-mojibake', run: (whole) => fromTcvn3(toByteString(part(whole)), 'tcvn3-mojibake', 0) },
    {
      encoding: 'vni-mojibake',
      run: (whole) => {
        const d = decodeVni(toByteString(part(whole)));
        return finish(d.text, 'vni-mojibake', d.undecodable);
      },
    },
    ...(viqr ? [viqr] : []),
  ], small);
}

/** Bytes that are not valid UTF-8: a legacy code page, or damaged UTF-8. */
function fromLegacyBytes(buf: Uint8Array): Decoded {
  const small = buf.length <= SAMPLE_BYTES;
  const part = (whole: boolean): Uint8Array => (whole || small ? buf : buf.subarray(0, SAMPLE_BYTES));
  return best([
    {
      encoding: 'utf-8',
      run: (whole) => {
        const d = utf8(part(whole));
        return finish(d.text, 'utf-8', d.undecodable);
      },
    },
    {
      encoding: 'windows-1258',
      run: (whole) => {
        const d = decodeWindows1258(part(whole));
        return finish(d.text, 'windows-1258', d.undecodable);
      },
    },
    { encoding: 'tcvn3', run: (whole) => fromTcvn3(bytesToByteString(part(whole)), 'tcvn3', 0) },
    {
      encoding: 'vni',
      run: (whole) => {
        const d = decodeVni(bytesToByteString(part(whole)));
        return finish(d.text, 'vni', d.undecodable);
      },
    },
  ], small);
}

function detect(buf: Uint8Array): Decoded {
  if (buf.length === 0) return { text: '', encoding: 'utf-8', warnings: [] };
  if (buf[0] === 0xff && buf[1] === 0xfe) {
    const d = utf16(buf, 'le');
    return withUndecodable(fromUnicode(d.text, 'utf-16le'), d.undecodable, 'utf-16le');
  }
  if (buf[0] === 0xfe && buf[1] === 0xff) {
    const d = utf16(buf, 'be');
    return withUndecodable(fromUnicode(d.text, 'utf-16be'), d.undecodable, 'utf-16be');
  }
  const bom = hasUtf8Bom(buf);
  if (!bom) {
    const endian = sniffUtf16(buf);
    if (endian) {
      const d = utf16(buf, endian);
      return withUndecodable(fromUnicode(d.text, `utf-16${endian}`), d.undecodable, `utf-16${endian}`);
    }
  }
  const text = decodeValidUtf8(bom ? buf.subarray(3) : buf);
  if (text !== null) return fromUnicode(text, 'utf-8');
  if (bom) {
    // A BOM says UTF-8; the bad bytes are damage, not another encoding.
    const d = utf8(buf);
    return finish(d.text, 'utf-8', d.undecodable);
  }
  return fromLegacyBytes(buf);
}

function withUndecodable(d: Decoded, undecodable: number, encoding: string): Decoded {
  if (undecodable === 0) return d;
  const warning = `${plural(undecodable, 'byte pair', 'byte pairs')} could not be decoded as ${encoding} and became U+FFFD.`;
  return { ...d, warnings: [warning, ...d.warnings] };
}

/**
 * Decodes the bytes of a notice into NFC text, detecting the encoding unless one is forced (see
 * {@link ENCODING_NAMES} for what `encoding` reports). Never throws on any bytes; only an unknown
 * forced encoding name throws.
 * @param buf the file's bytes
 * @param opts an encoding to force
 * @throws DecodeError when `opts.encoding` names no known encoding
 */
export function decodeBuffer(buf: Uint8Array, opts: DecodeOptions = {}): Decoded {
  const forced = opts.encoding ? resolve(opts.encoding) : null;
  try {
    return forced ? decodeForced(buf, forced) : detect(buf);
  } catch (err) {
    // Unreachable by design; kept so that one odd file can never stop a batch.
    const d = utf8(buf);
    const reason = err instanceof Error ? err.message : String(err);
    return finish(d.text, 'utf-8', d.undecodable, [`Decoding failed (${reason}), so the file was read as UTF-8.`]);
  }
}
