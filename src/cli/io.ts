import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Turns a Node error into a short reason: "no such file or directory". */
export function reasonOf(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return e?.message ? String(e.message) : String(err);
  }
}

/** The one-line error the CLI prints for an input it could not use. */
export function inputError(path: string, reason: string): string {
  return `thongbao: cannot read ${path}: ${reason}`;
}

let tempCounter = 0;

/**
 * A temporary path beside `dest`, unique to this process and this call: ".<name>.<pid>.<n>.tmp". Created with
 * the "wx" flag, it can never be another writer's file.
 * @param dest the file it will become, or the bytes of its path (a name that is not UTF-8)
 */
export function tempPathFor<P extends string | Buffer>(dest: P): P {
  const suffix = `.${process.pid}.${++tempCounter}.tmp`;
  if (typeof dest === 'string') return join(dirname(dest), `.${basename(dest)}${suffix}`) as P;
  const slash = dest.lastIndexOf(0x2f);
  return Buffer.concat([dest.subarray(0, slash + 1), Buffer.from('.'), dest.subarray(slash + 1), Buffer.from(suffix)]) as P;
}

/**
 * Writes a file so that no reader sees half of it: a temporary file in the same folder, then a rename over
 * `path`. The temporary file is removed when anything fails.
 * @param path the file to write, or the bytes of its path
 * @param content what it holds
 * @param beforeRename runs once the content is on disk and before `path` is replaced (`check --fix` keeps
 *   its .bak copy there); a failure leaves `path` as it was
 */
export async function writeFileAtomic(
  path: string | Buffer,
  content: string | Uint8Array,
  beforeRename?: () => Promise<void>,
): Promise<void> {
  const tmp = tempPathFor(path);
  await holdingSignals(async () => {
    try {
      await writeFile(tmp, content, { flag: 'wx' });
      await beforeRename?.();
      await rename(tmp, path);
    } catch (err) {
      await unlink(tmp).catch(() => undefined);
      throw err;
    }
  });
}

/**
 * Runs `work` with SIGINT and SIGTERM held off, then raises again the first of them that came, if one did.
 * Commands that do not stop between inputs on a signal (`check --fix --write`, `report --out`) die at once
 * on Ctrl-C, which is right until they write: killed between writing a temporary file and renaming it, they
 * would leave the temporary file behind.
 * @param work what must not be cut short
 */
export async function holdingSignals<T>(work: () => Promise<T>): Promise<T> {
  let received: NodeJS.Signals | null = null;
  const hold = (sig: NodeJS.Signals): void => {
    received ??= sig;
  };
  process.on('SIGINT', hold);
  process.on('SIGTERM', hold);
  try {
    return await work();
  } finally {
    process.off('SIGINT', hold);
    process.off('SIGTERM', hold);
    // With its handler gone, the signal does what it would have done (ends the process), or reaches the
    // command's own handler where it has one.
    if (received !== null) process.kill(process.pid, received);
  }
}
