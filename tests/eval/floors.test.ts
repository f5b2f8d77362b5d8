import { describe, expect, it } from 'vitest';
import { runEval } from '../../src/eval/load.js';
import { figures, floorFailures } from '../../src/eval/report.js';

describe('accuracy on the annotated corpus', () => {
  const { result, floors, problems } = runEval();

  it('reads every annotation and the floors without a problem', () => {
    expect(problems).toEqual([]);
    expect(floors).not.toBeNull();
    expect(result.documents).toBeGreaterThanOrEqual(26);
  });

  it('parses every annotated document', () => {
    expect(result.perDocument.filter((d) => d.error !== null).map((d) => `${d.file}: ${d.error}`)).toEqual([]);
  });

  it('stays at or above every floor in fixtures/annotations/floors.json', () => {
    const f = figures(result);
    expect(floorFailures(result, floors!), JSON.stringify(f)).toEqual([]);
    for (const k of ['header', 'taskIdsF1', 'deadlineF1', 'assignee'] as const) expect(f[k]).toBeGreaterThanOrEqual(floors![k]);
  });
});
