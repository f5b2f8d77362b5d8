import { defineRule } from '../check/types.js';
import { findDates } from '../check/body.js';
import { daysInMonth } from '../check/text.js';

/** 20: a date written anywhere in the text does not exist ("31/6/2017"). */
export default defineRule({
  id: 'content/impossible-date',
  description: 'Every full date written in the text exists on the calendar (no "31/6/2017").',
  severity: 'error',
  docs: {
    article: 'Not from the decree: a content check of this project',
    tt01: 'Not a decree rule; applies under both standards.',
    party: 'Applies to party documents too.',
  },
  check(ctx) {
    const pd = ctx.header.placeDate;
    for (const d of findDates(ctx.source.text)) {
      // The issue date is nd30/date-valid's.
      if (pd && d.start >= pd.whole.start && d.end <= pd.whole.end + 1) continue;
      if (d.month < 1 || d.month > 12) {
        ctx.report({ message: `Date "${d.text}" has month ${d.month}, which does not exist; expected a month from 1 to 12.`, start: d.start, end: d.end });
      } else if (d.day < 1 || d.day > daysInMonth(d.year, d.month)) {
        ctx.report({ message: `Date "${d.text}" does not exist; month ${d.month} of ${d.year} has ${daysInMonth(d.year, d.month)} days.`, start: d.start, end: d.end });
      }
    }
  },
});
