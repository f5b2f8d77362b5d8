import type { DeadlineContext, FoundDeadline } from './types.js';

export type { DeadlineContext, FoundDeadline } from './types.js';

/**
 * Finds every deadline phrase in a task's text.
 * @param text the task text (one or more sentences)
 * @param ctx the reference date and meeting date
 * @returns the deadlines in order of appearance
 */
export function findDeadlines(text: string, ctx: DeadlineContext): FoundDeadline[] {
  void text;
  void ctx;
  return [];
}
