/**
 * The JSON contract of `thongbao parse` (schemaVersion 1).
 *
 * This file is the single source of truth: the TypeScript types are inferred from these zod schemas,
 * `thongbao schema` prints the JSON Schema generated from them, and every object the CLI prints is
 * validated against {@link NoticeSchema} first. Fields may be added; the names documented in the README
 * must never be renamed or removed.
 */
// Compiles every schema built below into a generated parser on its first use; see zod's compile module.
import 'zod/compile';
import { z } from 'zod';

/** An ISO calendar date, `YYYY-MM-DD`. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('A calendar date, YYYY-MM-DD');

/** What a deadline phrase means, see {@link DeadlineSchema}. */
export const DeadlineKind = z.enum([
  'before',
  'on',
  'during',
  'range',
  'relative',
  'recurring',
  'asap',
  'ongoing',
]);
export type DeadlineKind = z.infer<typeof DeadlineKind>;

/** For recurring phrases: "hằng tháng", "trước ngày 20 hằng tháng", "02 lần/01 năm". */
export const RecurrenceSchema = z
  .object({
    every: z.enum(['day', 'week', 'month', 'quarter', 'half-year', 'year']),
    interval: z.number().int().positive().optional().describe('every N units ("02 tuần/lần" -> 2); 1 when absent'),
    day: z.number().int().min(1).max(31).optional().describe('day of the month the phrase names ("trước ngày 20 hằng tháng" -> 20)'),
    month: z.number().int().min(1).max(12).optional().describe('month the phrase names ("trước ngày 15/6 hằng năm" -> 6)'),
    times: z.number().int().positive().optional().describe('how many times per period ("02 lần/01 năm" -> 2)'),
  })
  .describe('How often a recurring obligation comes back');
export type Recurrence = z.infer<typeof RecurrenceSchema>;

/** One time phrase in a task that says by or in when something must be done. */
export const DeadlineSchema = z.object({
  text: z.string().describe('the exact phrase as written: "trước ngày 15/10/2017"'),
  kind: DeadlineKind.describe('before, on, during, range, relative, recurring, asap or ongoing'),
  start: IsoDate.nullable().describe('first day of the window, when the phrase names one'),
  end: IsoDate.nullable().describe('the last calendar day the phrase allows; null for asap, ongoing, recurring and named events'),
  line: z.number().int().positive().describe('1-based line of the input where the phrase starts'),
  certain: z.boolean().describe('false when the year or month was inferred (from the issue date or a draft reference date)'),
  recurrence: RecurrenceSchema.optional(),
  event: z.string().optional().describe('for named events ("trước kỳ họp HĐND tỉnh"): the event as written'),
  note: z.string().optional().describe('how the dates were inferred, when they were'),
});
export type Deadline = z.infer<typeof DeadlineSchema>;

/** Who must do a task, or who helps. */
export const AssigneeSchema = z.object({
  text: z.string().describe('as written: "Sở KH&CN"'),
  canonical: z.string().describe('abbreviations expanded, old tone placement normalised: "Sở Khoa học và Công nghệ"'),
  inherited: z.boolean().describe('true when taken from a parent heading or the preamble rather than the task text'),
  line: z.number().int().positive().optional().describe('line where the text was found'),
});
export type Assignee = z.infer<typeof AssigneeSchema>;

export interface Task {
  id: string;
  label: string | null;
  text: string;
  line: number;
  endLine: number;
  section: string | null;
  assignees: Assignee[];
  coordinators: Assignee[];
  deadlines: Deadline[];
  subtasks: Task[];
}

/** A numbered (or, for directives, unnumbered) task of the notice, with its subtasks. */
export const TaskSchema: z.ZodType<Task> = z.lazy(() =>
  z.object({
    id: z.string().describe('"3", "4.1" (a "- " item: parent id + "." + 1-based position), "II.2", "II.2.a"; unnumbered directives: "u1", "u2", ...'),
    label: z.string().nullable().describe('the label as written: "3.", "a)", "-", "+"; null for unnumbered directives'),
    text: z.string().describe('the whole task text, hard wraps and page breaks re-joined; paragraphs separated by "\\n"'),
    line: z.number().int().positive().describe('1-based line where the task starts'),
    endLine: z.number().int().positive().describe('1-based line where the task text (without subtasks) ends'),
    section: z.string().nullable().describe('title of the enclosing Roman section ("NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM"), if any'),
    assignees: z.array(AssigneeSchema).describe('who must do it; the first is the lead; empty only when nobody is named or inherited'),
    coordinators: z.array(AssigneeSchema).describe('"phối hợp với ...": who helps'),
    deadlines: z.array(DeadlineSchema).describe('the time phrases of the task text, in order of appearance'),
    subtasks: z.array(TaskSchema).describe('"- ", "a)", "+" items under this one'),
  }),
);

export const IssuerSchema = z.object({
  name: z.string().nullable().describe('the issuing body: "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"'),
  parent: z.string().nullable().describe('the body above it, when written: "UBND TỈNH LÀO CAI"'),
});

export const NumberSchema = z.object({
  text: z.string().nullable().describe('as written: "Số: 307 /TB-UBND"'),
  serial: z.number().int().nonnegative().nullable().describe('307; null when left blank'),
  symbol: z.string().nullable().describe('"TB-UBND", "TB/HU", "UBND-KT"'),
  value: z.string().nullable().describe('"307/TB-UBND"; party style "12-TB/HU"; null when the serial is blank'),
});

export const IssuedSchema = z.object({
  text: z.string().nullable().describe('as written: "Bắc Giang, ngày 15 tháng 9 năm 2017"'),
  date: IsoDate.nullable().describe('null unless day, month and year are all written'),
  year: z.number().int().nullable().describe('2017'),
  month: z.number().int().min(1).max(12).nullable().describe('9'),
  day: z.number().int().min(1).max(31).nullable().describe('15; null when left blank in a draft'),
});

export const ChairSchema = z.object({
  name: z.string().nullable().describe('"Dương Văn Thái"; null when a body chaired'),
  position: z.string().nullable().describe('"Phó Chủ tịch UBND tỉnh"; for a body, the body'),
  text: z.string().describe('the phrase the chair was read from'),
});

export const MeetingSchema = z.object({
  date: IsoDate.nullable().describe('YYYY-MM-DD'),
  location: z.string().nullable().describe('"Trụ sở Văn phòng UBND tỉnh"'),
});

export const SignerSchema = z.object({
  name: z.string().nullable().describe('"Trần Quốc Khánh"'),
  authority: z.string().nullable().describe('every authority line joined by " / ": "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG"'),
  position: z.string().nullable().describe('the last title line: "PHÓ VĂN PHÒNG"'),
  lines: z.array(z.string()).describe('every line of the signature block, in order'),
});

/** Where each header field was read: 1-based input lines, null when not found. */
export const LinesSchema = z.object({
  issuer: z.number().int().positive().nullable(),
  number: z.number().int().positive().nullable(),
  docType: z.number().int().positive().nullable(),
  issued: z.number().int().positive().nullable(),
  subject: z.number().int().positive().nullable(),
  chair: z.number().int().positive().nullable(),
  meeting: z.number().int().positive().nullable(),
  recipients: z.number().int().positive().nullable(),
  signer: z.number().int().positive().nullable(),
});

export const NoticeSchema = z.object({
  schemaVersion: z.literal(1).describe('the version of this contract; fields are only ever added within a version'),
  source: z.string().nullable().describe('the path given, "-" for stdin, null for a string passed to the library'),
  encoding: z.string().describe('what the input was decoded from: "utf-8", "utf-16le", "windows-1258", "tcvn3", "vni", ...'),
  issuer: IssuerSchema.describe('the issuing body (cơ quan ban hành) and the body above it'),
  number: NumberSchema.describe('số and ký hiệu'),
  docType: z.string().nullable().describe('the type name as written, upper case: "THÔNG BÁO"; null for a công văn'),
  place: z.string().nullable().describe('"Bắc Giang"'),
  issued: IssuedSchema.describe('place and date line (địa danh, ngày tháng năm); parts are null where a draft left them blank'),
  subject: z.string().nullable().describe('trích yếu, joined to one line (without a leading "V/v")'),
  chair: ChairSchema.nullable().describe('whose conclusions are announced'),
  meeting: MeetingSchema.nullable().describe('the meeting the notice reports, from its opening paragraph'),
  addressees: z.array(z.string()).describe('"Kính gửi" items, as written without "- " and ";"'),
  marks: z.array(z.string()).describe('urgency and secrecy marks in the header, as written: "HỎA TỐC", "KHẨN", "MẬT"'),
  tasks: z.array(TaskSchema).describe('the tasks, in order, as a tree'),
  recipients: z.array(z.string()).describe('"Nơi nhận" items without the leading "- " and trailing ";"'),
  electronicRecipients: z.array(z.string()).describe('"Bản điện tử" items, likewise'),
  signer: SignerSchema.nullable().describe('the signature block'),
  lines: LinesSchema.describe('the 1-based input line each header field was read from; null when not found'),
  warnings: z.array(z.string()).describe('what could not be found or looked wrong, one sentence each'),
});
export type Notice = z.infer<typeof NoticeSchema>;
export type Issuer = z.infer<typeof IssuerSchema>;
export type NoticeNumber = z.infer<typeof NumberSchema>;
export type Issued = z.infer<typeof IssuedSchema>;
export type Chair = z.infer<typeof ChairSchema>;
export type Meeting = z.infer<typeof MeetingSchema>;
export type Signer = z.infer<typeof SignerSchema>;

/**
 * A notice in which nothing was found: the starting point of the parser, and of tests that build notices.
 * @param over fields to set
 */
export function emptyNotice(over: Partial<Notice> = {}): Notice {
  return {
    schemaVersion: 1,
    source: null,
    encoding: 'utf-8',
    issuer: { name: null, parent: null },
    number: { text: null, serial: null, symbol: null, value: null },
    docType: null,
    place: null,
    issued: { text: null, date: null, year: null, month: null, day: null },
    subject: null,
    chair: null,
    meeting: null,
    addressees: [],
    marks: [],
    tasks: [],
    recipients: [],
    electronicRecipients: [],
    signer: null,
    lines: { issuer: null, number: null, docType: null, issued: null, subject: null, chair: null, meeting: null, recipients: null, signer: null },
    warnings: [],
    ...over,
  };
}

// Set by compileValidation(false): zod reads `jitless` from its global configuration before it compiles a
// schema, but an object schema takes its own generated parser unless each parse also asks it not to.
let jitless = false;

/**
 * Whether the schemas are compiled into parsers of their own at their first use (zod/compile), as they are
 * unless this is called. Compiling costs about 10 ms at the first validation and saves about 0.03 ms on
 * each one after, so it pays for itself only from a few hundred notices on. Affects only schemas that have
 * not validated anything yet, and every schema of the thread.
 * @param on false to validate with zod's generic parser
 */
export function compileValidation(on: boolean): void {
  jitless = !on;
  z.config({ jitless });
}

/**
 * Validates a notice against {@link NoticeSchema}, the way {@link compileValidation} says; throws as
 * `NoticeSchema.parse` does.
 * @param value what the parser returned
 */
export function validateNotice(value: unknown): Notice {
  return NoticeSchema.parse(value, jitless ? { jitless } : undefined);
}

/** The JSON Schema (draft 2020-12) of a notice, generated from {@link NoticeSchema}. */
export function noticeJsonSchema(): unknown {
  return z.toJSONSchema(NoticeSchema, { target: 'draft-2020-12' });
}
