import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Gives the whole test run one temporary folder and removes it at the end. Tests and the CLI they run make
 * their folders with `os.tmpdir()`, which reads TMPDIR: every folder they make lands under this one, so a run
 * leaves nothing behind, however a test ends.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'thongbao-tests-'));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
