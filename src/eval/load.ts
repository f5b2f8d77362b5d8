/**
 * Reads the annotations, their fixtures and the floors from disk and runs the parser on each fixture.
 * The harness's only file-system stage; scoring itself is pure ({@link evaluate}).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseNoticeBuffer } from '../parse/notice.js';
import { FloorsSchema, parseAnnotation, type Floors } from './annotation.js';
import { evaluate, type EvalInput, type EvalResult } from './score.js';

/** The repository root, two levels above this module in both src/eval and dist/eval. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What {@link runEval} found. */
export interface EvalRun {
  result: EvalResult;
  floors: Floors | null;
  /** Annotation files that could not be read or did not validate, one sentence each; they are not scored. */
  problems: string[];
}

function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Loads every `fixtures/annotations/*.json`, parses the fixture each one names and scores the lot.
 * @param root the repository root (defaults to the one this module lives in)
 * @param floorsPath the floors file (defaults to `fixtures/annotations/floors.json` under the root)
 */
export function runEval(root: string = REPO_ROOT, floorsPath?: string): EvalRun {
  const fixtures = join(root, 'fixtures');
  const dir = join(fixtures, 'annotations');
  const problems: string[] = [];
  const inputs: EvalInput[] = [];
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.json') && n !== 'floors.json')
    .sort();
  for (const name of names) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch (e) {
      problems.push(`${name}: cannot read the annotation: ${reason(e)}.`);
      continue;
    }
    const parsed = parseAnnotation(json);
    if (!parsed.ok) {
      problems.push(...parsed.errors.map((m) => `${name}: ${m}.`));
      continue;
    }
    const annotation = parsed.annotation;
    if (`${annotation.file.replace(/\.txt$/, '')}.json` !== name) {
      problems.push(`${name}: names the fixture ${annotation.file}, expected ${name.replace(/\.json$/, '.txt')}.`);
      continue;
    }
    const source = `fixtures/${annotation.file}`;
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(join(fixtures, annotation.file));
    } catch (e) {
      problems.push(`${name}: cannot read ${source}: ${reason(e)}.`);
      continue;
    }
    try {
      inputs.push({ annotation, notice: parseNoticeBuffer(bytes, { source }) });
    } catch (e) {
      inputs.push({ annotation, notice: null, error: `the parser threw: ${reason(e)}` });
    }
  }
  let floors: Floors | null = null;
  const floorsFile = floorsPath ?? join(dir, 'floors.json');
  try {
    const r = FloorsSchema.safeParse(JSON.parse(readFileSync(floorsFile, 'utf8')));
    if (r.success) floors = r.data;
    else problems.push(`${floorsFile}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}.`);
  } catch (e) {
    // Another corpus (see --root) may have no floors: only a floors file named, or one that is there, must be read.
    const absent = floorsPath === undefined && (e as NodeJS.ErrnoException)?.code === 'ENOENT';
    if (!absent) problems.push(`${floorsFile}: cannot read the floors: ${reason(e)}.`);
  }
  return { result: evaluate(inputs), floors, problems };
}
