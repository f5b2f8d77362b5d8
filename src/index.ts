/**
 * thongbao as a library: `parseNotice(text)` returns the same validated object that `thongbao parse`
 * prints for a file.
 */
export { parseNotice, parseNoticeBuffer } from './parse/notice.js';
export type { ParseOptions } from './parse/notice.js';
export { NoticeSchema, TaskSchema, DeadlineSchema, AssigneeSchema, noticeJsonSchema } from './schema.js';
export type {
  Notice,
  Task,
  Deadline,
  DeadlineKind,
  Assignee,
  Recurrence,
  Issuer,
  NoticeNumber,
  Issued,
  Chair,
  Meeting,
  Signer,
} from './schema.js';
export { decodeBuffer } from './text/decode.js';
export type { Decoded, DecodeOptions } from './text/decode.js';
export { prepareText } from './text/prepare.js';
export { SourceText } from './text/source.js';
export type { Position } from './text/source.js';
