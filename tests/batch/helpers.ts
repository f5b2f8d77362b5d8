import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The executable under test: bin/thongbao.js (which runs the build in dist/). */
export const BIN = process.env.THONGBAO_BIN ?? new URL('../../bin/thongbao.js', import.meta.url).pathname;

export const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname;

/** Runs the CLI to completion, or until `timeout` ms have passed (then it is killed outright and its status is null). */
export function cli(args: string[], opts: { input?: string | Buffer; cwd?: string; timeout?: number } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, ...args], {
    input: opts.input,
    cwd: opts.cwd,
    timeout: opts.timeout,
    killSignal: 'SIGKILL',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
}

/** Runs the CLI with stdout through a shell pipe, e.g. `| head -1`. */
export function cliPiped(args: string[], pipe: string): SpawnSyncReturns<string> {
  const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  return spawnSync('bash', ['-c', `${quoted} ${pipe}; echo "status=\${PIPESTATUS[0]}" >&2`], { encoding: 'utf8' });
}

export { spawn };

/** A fresh temporary folder. */
export function tempDir(prefix = 'thongbao-batch-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
