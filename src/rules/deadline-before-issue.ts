import { defineRule } from '../check/types.js';
import { deadlines, issueDate, meetingDate } from '../check/dates.js';

/** 19: a deadline falls before the issue date (or, for a draft without one, the meeting date). */
export default defineRule({
  id: 'content/deadline-before-issue',
  description: 'No dated deadline falls before the issue date, or, when the issue date is left blank, before the meeting date.',
  severity: 'error',
  docs: {
    article: 'Not from the decree: a content check of this project',
    tt01: 'Not a decree rule; applies under both standards.',
    party: 'Applies to party documents too.',
  },
  check(ctx) {
    const issued = issueDate(ctx);
    const ref = issued ?? meetingDate(ctx);
    if (!ref) return;
    const what = issued ? 'issue date' : 'meeting date';
    for (const d of deadlines(ctx)) {
      if (d.iso < ref.iso) {
        ctx.report({ message: `Deadline "${d.text}" (${d.iso}) is before the ${what} ${ref.iso}; expected a date on or after it.`, start: d.start, end: d.end });
      }
    }
  },
});
