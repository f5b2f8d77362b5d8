/**
 * The JSON contract of `thongbao parse` (schemaVersion 1).
 *
 * This file is the single source of truth: the TypeScript types are inferred from these zod schemas,
 * `thongbao schema` prints the JSON Schema generated from them, and every object the CLI prints is
 * validated against {@link NoticeSchema} first. Fields may be added; the names documented in the README
 * must never be renamed or removed.
 */
// Compiles every schema built below into a generated parser on its first use; see zod's compile module.
// The task tree refers to itself, which the compiler refuses: tasks and the notice around them keep zod's
// generic parser, and what they hold (deadlines, assignees, the header parts) is compiled.
import 'zod/compile';
import { described, z } from './zod.js';

const int = () => z.int();
const positiveInt = () => z.int().check(z.positive());
const intBetween = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));

/** An ISO calendar date, `YYYY-MM-DD`. */
export const IsoDate = described(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)), 'A calendar date, YYYY-MM-DD');

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
export const RecurrenceSchema = described(
  z.object({
    every: z.enum(['day', 'week', 'month', 'quarter', 'half-year', 'year']),
    interval: described(z.optional(positiveInt()), 'every N units ("02 tuần/lần" -> 2); 1 when absent'),
    day: described(z.optional(intBetween(1, 31)), 'day of the month the phrase names ("trước ngày 20 hằng tháng" -> 20)'),
    weekday: described(
      z.optional(intBetween(1, 7)),
      'day of the week the phrase names, 1 for Monday to 7 for Sunday ("ngày thứ Sáu hằng tuần" -> 5)',
    ),
    month: described(
      z.optional(intBetween(1, 12)),
      'month the phrase names ("trước ngày 15/6 hằng năm" -> 6); for a quarter, its month from 1 to 3 ("ngày 20 của tháng cuối quý" -> 3)',
    ),
    times: described(z.optional(positiveInt()), 'how many times per period ("02 lần/01 năm" -> 2)'),
  }),
  'How often a recurring obligation comes back',
);
export type Recurrence = z.infer<typeof RecurrenceSchema>;

/** One time phrase in a task that says by or in when something must be done. */
export const DeadlineSchema = z.object({
  text: described(z.string(), 'the exact phrase as written: "trước ngày 15/10/2017"'),
  kind: described(DeadlineKind.clone(), 'before, on, during, range, relative, recurring, asap or ongoing'),
  start: described(z.nullable(IsoDate), 'first day of the window, when the phrase names one'),
  end: described(z.nullable(IsoDate), 'the last calendar day the phrase allows; null for asap, ongoing, recurring and named events'),
  line: described(positiveInt(), '1-based line of the input where the phrase starts'),
  certain: described(z.boolean(), 'false when the year or month was inferred (from the issue date or a draft reference date)'),
  recurrence: z.optional(RecurrenceSchema),
  event: described(z.optional(z.string()), 'for named events ("trước kỳ họp HĐND tỉnh"): the event as written'),
  note: described(z.optional(z.string()), 'how the dates were inferred, when they were'),
});
export type Deadline = z.infer<typeof DeadlineSchema>;

/** Who must do a task, or who helps. */
export const AssigneeSchema = z.object({
  text: described(z.string(), 'as written: "Sở KH&CN"'),
  canonical: described(
    z.string(),
    'abbreviations expanded, old tone placement normalised: "Sở Khoa học và Công nghệ"; for a person given a part ("Ông Đỗ Mạnh Cường - Phó Trưởng đoàn: ..."), the name: "Đỗ Mạnh Cường"',
  ),
  inherited: described(z.boolean(), 'true when taken from a parent heading or the preamble rather than the task text'),
  line: described(z.optional(positiveInt()), 'line where the text was found'),
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
export const TaskSchema: z.ZodMiniType<Task> = z.lazy(() =>
  z.object({
    id: described(z.string(), '"3", "4.1" (a "- " item: parent id + "." + 1-based position), "II.2", "II.2.a"; unnumbered directives: "u1", "u2", ...'),
    label: described(z.nullable(z.string()), 'the label as written: "3.", "(1)", "a)", "-", "+", "Thứ nhất,"; null for unnumbered directives'),
    text: described(z.string(), 'the whole task text, hard wraps and page breaks re-joined; paragraphs separated by "\\n"'),
    line: described(positiveInt(), '1-based line where the task starts'),
    endLine: described(positiveInt(), '1-based line where the task text (without subtasks) ends'),
    section: described(z.nullable(z.string()), 'title of the enclosing Roman section ("NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM"), if any'),
    assignees: described(z.array(AssigneeSchema), 'who must do it; the first is the lead; empty only when nobody is named or inherited'),
    coordinators: described(z.array(AssigneeSchema), '"phối hợp với ...": who helps'),
    deadlines: described(z.array(DeadlineSchema), 'the time phrases of the task text, in order of appearance'),
    subtasks: described(z.array(TaskSchema), '"- ", "a)", "+" items under this one'),
  }),
);

export const IssuerSchema = z.object({
  name: described(z.nullable(z.string()), 'the issuing body: "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"'),
  parent: described(z.nullable(z.string()), 'the body above it, when written: "UBND TỈNH LÀO CAI"'),
});

export const NumberSchema = z.object({
  text: described(z.nullable(z.string()), 'as written: "Số: 307 /TB-UBND"'),
  serial: described(z.nullable(z.int().check(z.nonnegative())), '307; null when left blank'),
  symbol: described(z.nullable(z.string()), '"TB-UBND", "TB/HU", "UBND-KT"'),
  value: described(z.nullable(z.string()), '"307/TB-UBND"; party style "12-TB/HU"; null when the serial is blank'),
});

export const IssuedSchema = z.object({
  text: described(z.nullable(z.string()), 'as written: "Bắc Giang, ngày 15 tháng 9 năm 2017"'),
  date: described(z.nullable(IsoDate), 'null unless day, month and year are all written'),
  year: described(z.nullable(int()), '2017'),
  month: described(z.nullable(intBetween(1, 12)), '9'),
  day: described(z.nullable(intBetween(1, 31)), '15; null when left blank in a draft'),
});

export const ChairSchema = z.object({
  name: described(z.nullable(z.string()), '"Dương Văn Thái"; null when a body chaired'),
  position: described(z.nullable(z.string()), '"Phó Chủ tịch UBND tỉnh"; for a body, the body'),
  text: described(z.string(), 'the phrase the chair was read from'),
});

export const MeetingSchema = z.object({
  date: described(z.nullable(IsoDate), 'YYYY-MM-DD'),
  location: described(z.nullable(z.string()), '"Trụ sở Văn phòng UBND tỉnh"'),
});

export const SignerSchema = z.object({
  name: described(z.nullable(z.string()), '"Trần Quốc Khánh"'),
  authority: described(z.nullable(z.string()), 'every authority line joined by " / ": "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG"'),
  position: described(z.nullable(z.string()), 'the last title line: "PHÓ VĂN PHÒNG"'),
  lines: described(z.array(z.string()), 'every line of the signature block, in order'),
});

const lineOf = () => z.nullable(positiveInt());

/** Where each header field was read: 1-based input lines, null when not found. */
export const LinesSchema = z.object({
  issuer: lineOf(),
  number: lineOf(),
  docType: lineOf(),
  issued: lineOf(),
  subject: lineOf(),
  chair: lineOf(),
  meeting: lineOf(),
  recipients: lineOf(),
  signer: lineOf(),
});

export const NoticeSchema = z.object({
  schemaVersion: described(z.literal(1), 'the version of this contract; fields are only ever added within a version'),
  source: described(z.nullable(z.string()), 'the path given, "-" for stdin, null for a string passed to the library'),
  encoding: described(z.string(), 'what the input was decoded from: "utf-8", "utf-16le", "windows-1258", "tcvn3", "vni", ...'),
  issuer: described(IssuerSchema.clone(), 'the issuing body (cơ quan ban hành) and the body above it'),
  number: described(NumberSchema.clone(), 'số and ký hiệu'),
  docType: described(z.nullable(z.string()), 'the type name as written, upper case: "THÔNG BÁO"; null for a công văn'),
  place: described(z.nullable(z.string()), '"Bắc Giang"'),
  issued: described(IssuedSchema.clone(), 'place and date line (địa danh, ngày tháng năm); parts are null where a draft left them blank'),
  subject: described(z.nullable(z.string()), 'trích yếu, joined to one line (without a leading "V/v")'),
  chair: described(z.nullable(ChairSchema), 'whose conclusions are announced'),
  meeting: described(z.nullable(MeetingSchema), 'the meeting the notice reports, from its opening paragraph'),
  addressees: described(z.array(z.string()), '"Kính gửi" items, as written without "- " and ";"'),
  marks: described(z.array(z.string()), 'urgency and secrecy marks in the header, as written: "HỎA TỐC", "KHẨN", "MẬT"'),
  tasks: described(z.array(TaskSchema), 'the tasks, in order, as a tree'),
  recipients: described(z.array(z.string()), '"Nơi nhận" items without the leading "- " and trailing ";"'),
  electronicRecipients: described(z.array(z.string()), '"Bản điện tử" items, likewise'),
  signer: described(z.nullable(SignerSchema), 'the signature block'),
  lines: described(LinesSchema.clone(), 'the 1-based input line each header field was read from; null when not found'),
  warnings: described(z.array(z.string()), 'what could not be found or looked wrong, one sentence each'),
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

/**
 * Whether the schemas are compiled into parsers of their own at their first use (zod/compile), as they are
 * unless this is called. Compiling costs about 10 ms at the first validation and saves about 0.03 ms on
 * each one after, so it pays for itself only from a few hundred notices on. Affects only schemas that have
 * not validated anything yet, and every schema of the thread.
 * @param on false to validate with zod's generic parser
 */
export function compileValidation(on: boolean): void {
  z.config({ jitless: !on });
}

/** The JSON Schema (draft 2020-12) of a notice, generated from {@link NoticeSchema}. */
export function noticeJsonSchema(): unknown {
  return z.toJSONSchema(NoticeSchema, { target: 'draft-2020-12' });
}
