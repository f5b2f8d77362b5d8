import { defineRule } from '../check/types.js';
import { issueDate, meetingDate } from '../check/dates.js';

/** 21: the notice is dated before the meeting it reports. */
export default defineRule({
  id: 'content/issue-before-meeting',
  description: 'The issue date is not before the date of the meeting the notice reports.',
  severity: 'error',
  docs: {
    article: 'Not from the decree: a content check of this project',
    tt01: 'Not a decree rule; applies under both standards.',
    party: 'Applies to party documents too.',
  },
  check(ctx) {
    const issued = issueDate(ctx);
    const meeting = meetingDate(ctx);
    if (!issued || !meeting) return;
    if (issued.iso < meeting.iso) {
      ctx.report({ message: `Issue date ${issued.iso} is before the meeting of ${meeting.iso} that the notice reports; expected a date on or after it.`, start: issued.start, end: issued.end });
    }
  },
});
