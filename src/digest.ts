import type { Notice, Task } from './schema.js';

/** The part of a task a golden file pins down: everything but the middle of its text. */
export interface TaskDigest {
  id: string;
  label: string | null;
  line: number;
  endLine: number;
  section: string | null;
  /** First 80 and last 60 characters of the task text: enough to see it is whole. */
  textStart: string;
  textEnd: string;
  assignees: Task['assignees'];
  coordinators: Task['coordinators'];
  deadlines: Task['deadlines'];
  subtasks: TaskDigest[];
}

function taskDigest(t: Task): TaskDigest {
  return {
    id: t.id,
    label: t.label,
    line: t.line,
    endLine: t.endLine,
    section: t.section,
    textStart: t.text.slice(0, 80),
    textEnd: t.text.slice(-60),
    assignees: t.assignees,
    coordinators: t.coordinators,
    deadlines: t.deadlines,
    subtasks: t.subtasks.map(taskDigest),
  };
}

/**
 * A compact view of a notice for review and for golden files: every field, with task texts cut to
 * their ends. What a golden file holds for a notice: every field, with task texts cut to their ends (the founding
 * notices' golden tests compare whole texts separately).
 */
export function digest(n: Notice): Omit<Notice, 'tasks' | 'source'> & { tasks: TaskDigest[] } {
  const { tasks, source, ...rest } = n;
  void source;
  return { ...rest, tasks: tasks.map(taskDigest) };
}
