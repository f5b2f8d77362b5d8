/** Every rule of `thongbao check`, in the order they are documented. */
import type { Rule } from '../check/types.js';
import nationalTitle from './national-title.js';
import motto from './motto.js';
import issuer from './issuer.js';
import numberColon from './number-colon.js';
import numberLeadingZero from './number-leading-zero.js';
import symbolFormat from './symbol-format.js';
import typeAbbreviation from './type-abbreviation.js';
import symbolYear from './symbol-year.js';
import placeDate from './place-date.js';
import dateLeadingZero from './date-leading-zero.js';
import dateValid from './date-valid.js';
import typeName from './type-name.js';
import contentEnd from './content-end.js';
import authorityPrefix from './authority-prefix.js';
import recipients from './recipients.js';
import signerName from './signer-name.js';
import appendixNumerals from './appendix-numerals.js';
import urgencyMark from './urgency-mark.js';
import taskSequence from './task-sequence.js';
import labelSpace from './label-space.js';
import deadlineBeforeIssue from './deadline-before-issue.js';
import impossibleDate from './impossible-date.js';
import issueBeforeMeeting from './issue-before-meeting.js';
import weekday from './weekday.js';

/** All rules. */
export const RULES: readonly Rule[] = [
  nationalTitle,
  motto,
  issuer,
  numberColon,
  numberLeadingZero,
  symbolFormat,
  typeAbbreviation,
  symbolYear,
  placeDate,
  dateLeadingZero,
  dateValid,
  typeName,
  contentEnd,
  authorityPrefix,
  recipients,
  signerName,
  appendixNumerals,
  urgencyMark,
  taskSequence,
  labelSpace,
  deadlineBeforeIssue,
  impossibleDate,
  issueBeforeMeeting,
  weekday,
];

/** A rule by id. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
