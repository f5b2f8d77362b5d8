import { walkTasks } from '../report/row.js';
import { IsoDate, type Notice } from '../schema.js';
import { described, z } from '../zod.js';

const textUpTo = (max: number) => z.nullable(z.string().check(z.maxLength(max)));

/**
 * The metadata of an outgoing document under Nghị định 30/2020/NĐ-CP, Appendix VI, Part II, with the
 * decree's field names, so e-office systems can load it. See docs/nd30-mapping.md.
 */
export const Nd30Schema = z.object({
  CodeNumber: described(textUpTo(11), 'số văn bản (String 11): the serial as written, "307", "05"'),
  CodeNotation: described(textUpTo(30), 'ký hiệu (String 30): "TB-UBND"'),
  TypeName: described(z.nullable(z.string()), 'tên loại: "THÔNG BÁO"'),
  IssuedDate: described(z.nullable(IsoDate), 'ngày ban hành'),
  OrganName: described(z.nullable(z.string()), 'cơ quan ban hành'),
  Subject: described(z.nullable(z.string()), 'trích yếu'),
  SignerInfo: described(
    z.nullable(z.object({ Position: z.nullable(z.string()), FullName: z.nullable(z.string()) })),
    'chức vụ và họ tên người ký',
  ),
  To: described(z.array(z.object({ OrganName: z.string() })), 'nơi nhận, without the archive line "Lưu: ..."'),
  DueDate: described(z.nullable(IsoDate), 'hạn trả lời: the latest end of a dated task deadline'),
  Priority: described(
    z.nullable(z.string()),
    'độ khẩn, mật: the urgency and secrecy marks of the header, joined by ", "; null when there are none',
  ),
});
export type Nd30Metadata = z.infer<typeof Nd30Schema>;

// The serial at the start of a number value: "307/TB-UBND" -> "307", party style "12-TB/HU" -> "12", "05/..." -> "05".
const LEADING_SERIAL = /^(?<serial>\d+)/u;
// "Lưu: VT, TH." closes the recipient list: the archive copy, not an addressee. Also "Lưu VT", but not
// the archive office "Lưu trữ tỉnh", which can be a real recipient.
const ARCHIVE_ITEM = /^lưu\s*(?::|vt(?![\p{L}\p{N}]))/iu;

/** The serial as written (keeping a leading zero: "05"), else the parsed serial; null when blank. */
function codeNumber(n: Notice): string | null {
  const written = n.number.value !== null ? LEADING_SERIAL.exec(n.number.value)?.groups?.serial : undefined;
  if (written !== undefined && Number(written) === n.number.serial) return written;
  return n.number.serial === null ? null : String(n.number.serial);
}

/** The latest end of any dated deadline in the task tree, or null when there is none. */
export function latestDueDate(n: Notice): string | null {
  let latest: string | null = null;
  for (const t of walkTasks(n.tasks)) {
    for (const d of t.deadlines) {
      // ISO dates compare correctly as strings.
      if (d.end !== null && (latest === null || d.end > latest)) latest = d.end;
    }
  }
  return latest;
}

/**
 * Maps a notice onto the Decree 30 metadata names (Appendix VI). A field the notice does not give is
 * null, never guessed.
 * @param notice a validated notice
 * @returns the metadata object, valid against {@link Nd30Schema}
 */
export function toNd30(notice: Notice): Nd30Metadata {
  return {
    CodeNumber: codeNumber(notice),
    CodeNotation: notice.number.symbol,
    TypeName: notice.docType,
    IssuedDate: notice.issued.date,
    OrganName: notice.issuer.name,
    Subject: notice.subject,
    SignerInfo: notice.signer ? { Position: notice.signer.position, FullName: notice.signer.name } : null,
    To: notice.recipients.filter((r) => !ARCHIVE_ITEM.test(r.trim())).map((r) => ({ OrganName: r })),
    DueDate: latestDueDate(notice),
    Priority: notice.marks.length ? notice.marks.join(', ') : null,
  };
}
