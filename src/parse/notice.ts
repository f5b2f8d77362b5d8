import type { Notice } from '../schema.js';
import { decodeBuffer, type DecodeOptions } from '../text/decode.js';
import { prepareText } from '../text/prepare.js';

/** Options for {@link parseNotice}. */
export interface ParseOptions {
  /** Recorded in `source`: the path given, "-" for stdin. */
  source?: string | null;
  /** Recorded in `encoding`; "utf-8" for a string. */
  encoding?: string;
  /** Overrides the reference date deadlines are resolved against (YYYY-MM-DD). */
  refDate?: string;
  /** Warnings from an earlier stage (decoding) to put first in `warnings`. */
  warnings?: string[];
}

/**
 * Parses the text of a notice into a {@link Notice}. Never throws on any input.
 * @param text the decoded text
 * @param opts source path, encoding and reference date
 */
export function parseNotice(text: string, opts: ParseOptions = {}): Notice {
  const clean = prepareText(text);
  void clean;
  return {
    schemaVersion: 1,
    source: opts.source ?? null,
    encoding: opts.encoding ?? 'utf-8',
    issuer: { name: null, parent: null },
    number: { text: null, serial: null, symbol: null, value: null },
    docType: null,
    place: null,
    issued: { text: null, date: null, year: null, month: null, day: null },
    subject: null,
    chair: null,
    meeting: null,
    addressees: [],
    tasks: [],
    recipients: [],
    electronicRecipients: [],
    signer: null,
    lines: { issuer: null, number: null, docType: null, issued: null, subject: null, chair: null, meeting: null, recipients: null, signer: null },
    warnings: [...(opts.warnings ?? [])],
  };
}

/**
 * Decodes bytes (detecting the encoding unless one is given) and parses them.
 * @param buf the file's bytes
 * @param opts parse options plus an encoding to force
 */
export function parseNoticeBuffer(buf: Uint8Array, opts: ParseOptions & DecodeOptions = {}): Notice {
  const decoded = decodeBuffer(buf, opts.encoding ? { encoding: opts.encoding } : {});
  return parseNotice(decoded.text, {
    ...opts,
    encoding: decoded.encoding,
    warnings: [...decoded.warnings, ...(opts.warnings ?? [])],
  });
}
