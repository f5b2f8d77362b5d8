import { readFile } from 'node:fs/promises';

/** A file (or stdin) read as bytes, or the reason it could not be. */
export type ReadResult = { path: string; bytes: Uint8Array } | { path: string; error: string };

/** Reads all of stdin as bytes. */
export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

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

/** Reads a path given on the command line ("-" is stdin); never throws. */
export async function readInput(path: string): Promise<ReadResult> {
  try {
    const bytes = path === '-' ? await readStdin() : await readFile(path);
    return { path, bytes };
  } catch (err) {
    return { path, error: reasonOf(err) };
  }
}

/** The one-line error the CLI prints for an input it could not use. */
export function inputError(path: string, reason: string): string {
  return `thongbao: cannot read ${path}: ${reason}`;
}
