/**
 * The format of the hand annotations in `fixtures/annotations/<name>.json`: what a careful reader
 * found in a corpus document, written from the text, against which `npm run eval` scores the parser.
 *
 * Any judgment call is marked `contested` with a reason and kept out of the score.
 */
import { z } from 'zod';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const Why = z.string().min(1, 'a contested value needs a reason');

/** A value a reader hesitated over: recorded, but kept out of the score. */
function contested<T extends z.ZodType>(value: T) {
  return z.object({ value, contested: z.literal(true), why: Why }).strict();
}

/** A plain value or a contested one. */
function maybeContested<T extends z.ZodType>(value: T) {
  return z.union([value, contested(value)]);
}

const Text = z.string().min(1);

/** The header fields the harness scores, with the parser's names for them in comments. */
export const AnnotatedHeaderSchema = z
  .object({
    numberSerial: maybeContested(z.number().int().nonnegative().nullable()), // number.serial
    numberSymbol: maybeContested(Text.nullable()), // number.symbol, written without spaces
    issuedYear: maybeContested(z.number().int().nullable()), // issued.year
    issuedMonth: maybeContested(z.number().int().min(1).max(12).nullable()), // issued.month
    issuedDay: maybeContested(z.number().int().min(1).max(31).nullable()), // issued.day
    place: maybeContested(Text.nullable()),
    docType: maybeContested(Text.nullable()),
    chairName: maybeContested(Text.nullable()), // chair.name
    chairPosition: maybeContested(Text.nullable()), // chair.position
    signerName: maybeContested(Text.nullable()), // signer.name
    signerPosition: maybeContested(Text.nullable()), // signer.position
  })
  .strict();
export type AnnotatedHeader = z.infer<typeof AnnotatedHeaderSchema>;

/** The header fields, in the order they are reported. */
export const HEADER_FIELDS = [
  'numberSerial',
  'numberSymbol',
  'issuedYear',
  'issuedMonth',
  'issuedDay',
  'place',
  'docType',
  'chairName',
  'chairPosition',
  'signerName',
  'signerPosition',
] as const satisfies readonly (keyof AnnotatedHeader)[];
export type HeaderField = (typeof HEADER_FIELDS)[number];

/** A lead assignee: one canonical name, or several spellings any of which is right. */
const LeadValue = z.union([Text, z.array(Text).min(1)]).nullable();

/**
 * One dated deadline phrase of the document. `start` may be left out where the phrase has no agreed
 * first day ("cuối năm 1982"); it is then not compared. `end` may be null only on a contested entry
 * (a relative phrase kept so that a prediction of it is not counted against the parser).
 */
export const AnnotatedDeadlineSchema = z
  .object({
    task: Text.nullable(),
    text: Text,
    start: IsoDate.nullable().optional(),
    end: IsoDate.nullable(),
    lead: maybeContested(LeadValue),
    contested: z.literal(true).optional(),
    why: Why.optional(),
  })
  .strict()
  .superRefine((d, ctx) => {
    if (d.contested && !d.why) ctx.addIssue({ code: 'custom', message: 'a contested deadline needs a reason in "why"' });
    if (!d.contested && d.end === null) {
      ctx.addIssue({ code: 'custom', message: 'a scored deadline needs an end date; mark it contested otherwise' });
    }
    if (d.start && d.end && d.start > d.end) ctx.addIssue({ code: 'custom', message: `start ${d.start} is after end ${d.end}` });
  });
export type AnnotatedDeadline = z.infer<typeof AnnotatedDeadlineSchema>;

/** One annotated document. */
export const AnnotationSchema = z
  .object({
    file: z.string().regex(/^[^/\\]+\.txt$/, 'expected the fixture file name, e.g. "bacgiang-307-TB-UBND-2017.txt"'),
    header: AnnotatedHeaderSchema,
    taskIds: maybeContested(z.array(Text)),
    /** Ids a prediction may contain or leave out without penalty (items whose status is a judgment call). */
    taskIdsOptional: z.array(Text).optional(),
    taskIdsOptionalWhy: Why.optional(),
    deadlines: z.array(AnnotatedDeadlineSchema),
    notes: z.string().optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.taskIdsOptional?.length && !a.taskIdsOptionalWhy) {
      ctx.addIssue({ code: 'custom', message: 'taskIdsOptional needs a reason in taskIdsOptionalWhy' });
    }
    const ids = isContested(a.taskIds) ? a.taskIds.value : a.taskIds;
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `task id ${id} is listed twice` });
      seen.add(id);
    }
    for (const id of a.taskIdsOptional ?? []) {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `task id ${id} is both required and optional` });
    }
  });
export type Annotation = z.infer<typeof AnnotationSchema>;

/** The accuracy floors CI enforces, in percent (`fixtures/annotations/floors.json`). */
export const FloorsSchema = z
  .object({
    header: z.number().min(0).max(100),
    taskIdsF1: z.number().min(0).max(100),
    deadlineF1: z.number().min(0).max(100),
    assignee: z.number().min(0).max(100),
  })
  .strict();
export type Floors = z.infer<typeof FloorsSchema>;

/** A contested value as stored in an annotation. */
export interface Contested<T> {
  value: T;
  contested: true;
  why: string;
}

/** True for a value marked `{ "value": ..., "contested": true }`. */
export function isContested<T>(v: T | Contested<T>): v is Contested<T> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && (v as { contested?: unknown }).contested === true;
}

/**
 * Validates one annotation file's parsed JSON.
 * @returns the annotation, or one message per problem found, each naming the JSON path
 */
export function parseAnnotation(json: unknown): { ok: true; annotation: Annotation } | { ok: false; errors: string[] } {
  const r = AnnotationSchema.safeParse(json);
  if (r.success) return { ok: true, annotation: r.data };
  return {
    ok: false,
    errors: r.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`),
  };
}
