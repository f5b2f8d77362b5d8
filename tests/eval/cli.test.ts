import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const MAIN = join(ROOT, 'dist', 'eval', 'main.js');

function floorsFile(values: Record<string, number>): string {
  const dir = mkdtempSync(join(tmpdir(), 'thongbao-eval-'));
  const file = join(dir, 'floors.json');
  writeFileSync(file, JSON.stringify(values));
  return file;
}

/**
 * A corpus of one document, the Bắc Giang notice, whose annotation is wrong on purpose (another serial number and
 * a task the notice does not have), so that some figures stay under 100 % however good the parser gets.
 */
function flawedCorpus(): string {
  const root = mkdtempSync(join(tmpdir(), 'thongbao-eval-'));
  mkdirSync(join(root, 'fixtures', 'annotations'), { recursive: true });
  const name = 'bacgiang-307-TB-UBND-2017';
  copyFileSync(join(ROOT, 'fixtures', `${name}.txt`), join(root, 'fixtures', `${name}.txt`));
  const annotation = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'annotations', `${name}.json`), 'utf8'));
  annotation.header.numberSerial = 308;
  annotation.taskIds.push('5');
  writeFileSync(join(root, 'fixtures', 'annotations', `${name}.json`), JSON.stringify(annotation));
  return root;
}

describe('node dist/eval/main.js', () => {
  it('prints the misses and ends with the summary line, exit 0', () => {
    const out = execFileSync(process.execPath, [MAIN], { cwd: ROOT, encoding: 'utf8' });
    const lines = out.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^header \d+\.\d% · task ids P (\d+\.\d%|n\/a) R \d+\.\d% · deadlines P (\d+\.\d%|n\/a) R \d+\.\d% F1 \d+\.\d% · lead assignee (\d+\.\d%|n\/a) \(\d+ documents\)$/);
    expect(out).toContain('Per document:');
    expect(out).toContain('bacgiang-307-TB-UBND-2017.txt');
  });

  it('prints one JSON object with --json', () => {
    const out = execFileSync(process.execPath, [MAIN, '--json'], { cwd: ROOT, encoding: 'utf8' });
    const j = JSON.parse(out) as { summary: { documents: number }; figures: Record<string, number>; misses: unknown[] };
    expect(j.summary.documents).toBeGreaterThanOrEqual(26);
    expect(Object.keys(j.figures).sort()).toEqual(['assignee', 'deadlineF1', 'header', 'taskIdsF1']);
    expect(Array.isArray(j.misses)).toBe(true);
  });

  it('exits 1 with --check-floors when a figure is below its floor, naming each one', () => {
    const root = flawedCorpus();
    const j = JSON.parse(execFileSync(process.execPath, [MAIN, '--json', '--root', root], { cwd: ROOT, encoding: 'utf8' })) as {
      summary: { documents: number };
      figures: Record<string, number>;
    };
    expect(j.summary.documents).toBe(1);
    // Every floor just above what is measured: each figure under 100% must be named.
    const floors = Object.fromEntries(Object.entries(j.figures).map(([k, v]) => [k, Math.min(100, v + 0.1)]));
    const failing = Object.entries(j.figures).filter(([, v]) => v < 100).map(([k]) => k);
    expect(failing.sort()).toEqual(['header', 'taskIdsF1']);
    const r = spawnSync(process.execPath, [MAIN, '--check-floors', '--root', root, '--floors', floorsFile(floors)], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(1);
    const named = r.stderr.trimEnd().split('\n');
    expect(named.map((l) => l.replace(/^eval: (\w+) is .*$/, '$1')).sort()).toEqual(failing.sort());
    for (const l of named) expect(l).toMatch(/^eval: \w+ is \d+\.\d%, below its floor of [\d.]+%\.$/);
  });

  it('exits 0 with --check-floors when every floor holds', () => {
    const r = spawnSync(process.execPath, [MAIN, '--check-floors', '--floors', floorsFile({ header: 0, taskIdsF1: 0, deadlineF1: 0, assignee: 0 })], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('scores another corpus with --root, which needs floors only to check them', () => {
    const root = flawedCorpus();
    const r = spawnSync(process.execPath, [MAIN, '--root', root], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('bacgiang-307-TB-UBND-2017.txt');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/\(1 documents\)$/);
    const check = spawnSync(process.execPath, [MAIN, '--check-floors', '--root', root], { cwd: ROOT, encoding: 'utf8' });
    expect(check.status).toBe(2);
    expect(check.stderr).toBe('eval: no floors to check: the floors file is missing or invalid.\n');
  });

  it('exits 2 when the floors file is not valid', () => {
    const r = spawnSync(process.execPath, [MAIN, '--check-floors', '--floors', floorsFile({ header: 120 })], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('floors.json');
  });
});
