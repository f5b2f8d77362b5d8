/** The result of turning the bytes of a file into text. */
export interface Decoded {
  text: string;
  /** "utf-8", "utf-16le", "utf-16be", "windows-1258", "tcvn3", "vni", ... */
  encoding: string;
  warnings: string[];
}

/** Options for {@link decodeBuffer}. */
export interface DecodeOptions {
  /** Force an encoding instead of detecting one. */
  encoding?: string;
}

/**
 * Decodes the bytes of a notice.
 * @param buf the file's bytes
 * @param opts an encoding to force
 */
export function decodeBuffer(buf: Uint8Array, opts: DecodeOptions = {}): Decoded {
  void opts;
  let start = 0;
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) start = 3;
  return { text: new TextDecoder('utf-8').decode(buf.subarray(start)), encoding: 'utf-8', warnings: [] };
}
