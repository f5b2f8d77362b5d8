/**
 * Parsing many inputs: one input to one output line ({@link parseInput}, run in-process or on a worker
 * thread), and {@link runBatch}, which spreads inputs over a pool of worker threads and hands results back
 * strictly in input order, holding at most a bounded window of finished results.
 *
 * `node:worker_threads` is imported only when a pool is started, so one file never loads it.
 */
import type { Worker as WorkerType } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { link, mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NoticeSchema, type Notice } from '../schema.js';
import { parseNoticeBuffer } from '../parse/notice.js';
import { loadFile, type InputEntry, type Unlimited } from './inputs.js';
import { reasonOf, tempPathFor } from './io.js';
import { reportRows, type ReportJob } from './report-inputs.js';
import { checkInput, type CheckJob, type ConfigCache } from './check-input.js';
import { ConfigError } from '../check/config.js';
import { encodeUtf8 } from '../text/utf8.js';
import { strictProblems } from './parse.js';

/** What every job of a batch shares; plain data, so that it can be sent to workers. */
export interface BatchConfig {
  pretty: boolean;
  maxBytes: number;
  refDate?: string;
  encoding?: string;
  /** "nd30": print each notice's Decree 30 metadata instead of the notice. */
  format?: 'json' | 'nd30';
  /** For `report`: each input gives its report rows (as JSON) instead of its notice. */
  report?: ReportJob;
  /** For `check`: each input gives its diagnostics (as JSON) instead of its notice. */
  check?: CheckJob;
}

/** What is printed for a notice instead of the notice itself (`--format nd30`), or null for the notice. */
export type NoticeTransform = ((notice: Notice) => unknown) | null;

/**
 * Loads the transform `--format` asks for; done once per thread, so that `parseInput` stays synchronous.
 * @param format the format of the batch
 */
export async function loadTransform(format: BatchConfig['format']): Promise<NoticeTransform> {
  return format === 'nd30' ? (await import('../format/nd30.js')).toNd30 : null;
}

/** One input to parse. */
export interface BatchTask {
  /** Position in the batch; results come back in this order. */
  index: number;
  /** The path as given; "-" for stdin. */
  path: string;
  /** The bytes, when the caller read them (stdin, a stream). */
  bytes?: Uint8Array;
  /** Set when the input is known to fail already (a symbolic link loop, a clashing output name). */
  error?: string;
  /** The stage {@link error} belongs to. */
  stage?: 'read' | 'write';
}

/**
 * The `prepare` of {@link runBatch} for a command's inputs: an input known to be unusable (a link loop) fails
 * without being read, stdin and streams take what they gave, read before the batch (see readStreams), and a
 * file whose name is not UTF-8 is read here, by the bytes of its name, which only the entry holds.
 * @param entries the inputs, in batch order
 * @param maxBytes the size limit
 * @param unlimited inputs the limit does not apply to
 */
export function taskPreparer(entries: readonly InputEntry[], maxBytes: number, unlimited?: Unlimited): (task: BatchTask) => BatchTask {
  return (task) => {
    const entry = entries[task.index]!;
    if (entry.error !== undefined) return { ...task, error: entry.error, stage: 'read' };
    const loaded = entry.loaded ?? (entry.rawPath !== undefined ? loadFile(entry.rawPath, maxBytes, unlimited) : undefined);
    if (loaded === undefined) return task;
    return 'error' in loaded ? { ...task, error: loaded.error, stage: 'read' } : { ...task, bytes: loaded.bytes };
  };
}

/** The outcome of one input. */
export interface BatchResult {
  index: number;
  source: string;
  /** The notice as JSON, without a trailing newline. */
  json?: string;
  /** Instead of {@link json}, where workers parse: the JSON and a newline as UTF-8 (see {@link encodeResult}). */
  data?: Uint8Array<ArrayBuffer>;
  /** Fields `--strict` asks for that were not found. */
  missing?: string[];
  /** For `report`: what was wrong with the input (unreadable, lines of NDJSON that are no notice), one line each. */
  problems?: string[];
  error?: string;
  /**
   * "read": the input could not be used; "parse": the parser failed on it; "write": the output could not be
   * written; "config" (`check`): the configuration that applies to it is not valid.
   */
  stage?: 'read' | 'parse' | 'write' | 'config';
}

/**
 * Reads, decodes, parses and validates one input, and serialises the notice. Never throws: every failure
 * becomes an error result.
 * @param task the input
 * @param cfg options shared by the batch
 * @param transform what to print instead of the notice (see {@link loadTransform})
 */
export function parseInput(task: BatchTask, cfg: BatchConfig, transform: NoticeTransform = null): BatchResult {
  const { index, path } = task;
  if (task.error !== undefined) return { index, source: path, error: task.error, stage: task.stage ?? 'read' };
  if (cfg.report !== undefined) return reportInput(task, cfg, cfg.report);
  const loaded = task.bytes !== undefined ? { bytes: task.bytes } : loadFile(path, cfg.maxBytes);
  if ('error' in loaded) return { index, source: path, error: loaded.error, stage: 'read' };
  if (cfg.check !== undefined) return checkOne(index, path, loaded.bytes, cfg.check);
  try {
    const notice = NoticeSchema.parse(
      parseNoticeBuffer(loaded.bytes, {
        source: path,
        ...(cfg.refDate !== undefined ? { refDate: cfg.refDate } : {}),
        ...(cfg.encoding !== undefined ? { encoding: cfg.encoding } : {}),
      }),
    );
    return {
      index,
      source: path,
      json: JSON.stringify(transform ? transform(notice) : notice, null, cfg.pretty ? 2 : undefined),
      missing: strictProblems(notice),
    };
  } catch (err) {
    return internalError(index, path, err);
  }
}

/** The result of an input on which the code failed: the first line of the error, so that the batch goes on. */
function internalError(index: number, path: string, err: unknown): BatchResult {
  const message = (err as Error)?.message ?? String(err);
  return { index, source: path, error: `internal error: ${message.split('\n')[0]}`, stage: 'parse' };
}

const UTF8 = new TextDecoder('utf-8');

/**
 * What an input's result holds, parsed from its JSON (a string, or bytes from a worker): the diagnostics of a
 * check, the rows of a report.
 * @param r a result without an error
 */
export function resultValue(r: BatchResult): unknown {
  return JSON.parse(r.json ?? UTF8.decode(r.data));
}

// The configurations `check` found in this thread, by folder.
const checkConfigs: ConfigCache = new Map();

/** One input of `check`: its diagnostics as JSON, or why its configuration cannot be used. */
function checkOne(index: number, path: string, bytes: Uint8Array, job: CheckJob): BatchResult {
  try {
    return { index, source: path, json: JSON.stringify(checkInput(path, bytes, job, checkConfigs)) };
  } catch (err) {
    return err instanceof ConfigError ? { index, source: path, error: err.message.split('\n')[0]!, stage: 'config' } : internalError(index, path, err);
  }
}

/** One input of `report`: its rows as JSON, and its problems. */
function reportInput(task: BatchTask, cfg: BatchConfig, job: ReportJob): BatchResult {
  const { index, path } = task;
  try {
    const entry = task.bytes !== undefined ? { path, rel: path, loaded: { bytes: task.bytes } } : { path, rel: path };
    const { rows, problems } = reportRows(entry, cfg.maxBytes, job, cfg.encoding !== undefined ? { encoding: cfg.encoding } : {});
    return { index, source: path, json: JSON.stringify(rows), ...(problems.length > 0 ? { problems } : {}) };
  } catch (err) {
    return internalError(index, path, err);
  }
}

/**
 * The result with its JSON and a newline encoded as UTF-8 (`data`) in a buffer of its own, which a worker
 * moves to the main thread rather than copying it. The main thread encodes its own share so too when it
 * parses beside workers: a result may wait there for the one before it from a worker, and a string that
 * waits through a young-generation collection is moved into the old one, which then grows between its
 * collections; the bytes of a buffer lie outside the heap.
 * @param result a result of {@link parseInput}
 */
export function encodeResult(result: BatchResult): BatchResult {
  if (result.json === undefined) return result;
  const { json, ...rest } = result;
  return { ...rest, data: encodeUtf8(json + '\n') };
}

/** How {@link runBatch} runs. */
export interface RunBatchOptions {
  /** Worker threads; 1 parses in-process. */
  jobs: number;
  /** Stops the batch: no new input is started, the result being emitted is finished. */
  signal?: AbortSignal;
  /** Called before each input is parsed, to fill in its bytes or a known error. */
  prepare?: (task: BatchTask) => BatchTask;
}

/** Inputs each worker holds at once, so that none waits for the next one. */
const PER_WORKER = 4;

/**
 * Below this many inputs, starting workers costs more than it saves. A worker answers its first input about
 * 180 ms after it is started and parses its first hundred cold, at about 4 ms each, while the main thread,
 * warm after a few notices, parses one a millisecond: by the time a worker has given a hundred results the
 * main thread has given several hundred, and the inputs handed to a worker wait for it. (On a 2-core
 * machine, 16 files took 380 ms alone and 520 ms with a worker; 128 files 670 ms and 980 ms.)
 */
export const MIN_INPUTS_FOR_WORKERS = 256;

/**
 * The compiled worker, bundled into one file by the build when it can be (it starts faster than its
 * modules); absent when running from the TypeScript sources (tests), which parse in-process.
 */
function workerUrl(): URL | null {
  for (const name of ['./parse-worker.bundle.js', './parse-worker.js']) {
    const url = new URL(name, import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url;
  }
  return null;
}

/**
 * Parses `paths` and calls `emit` once per input, strictly in input order, waiting for each call to settle
 * before the next. With `jobs` > 1 (and enough inputs) the work runs on the main thread and `jobs - 1`
 * worker threads; a window of `jobs * 16` inputs ahead of the one being emitted bounds the results held in
 * memory. The output is identical whatever `jobs` is.
 * @param paths the inputs, in order
 * @param cfg options shared by every job
 * @param opts pool size, stop signal
 * @param emit receives each result in order
 */
export async function runBatch(
  paths: readonly string[],
  cfg: BatchConfig,
  opts: RunBatchOptions,
  emit: (result: BatchResult) => void | Promise<void>,
): Promise<void> {
  const taskAt = (index: number): BatchTask => {
    const task: BatchTask = { index, path: paths[index]! };
    return opts.prepare ? opts.prepare(task) : task;
  };
  const url = opts.jobs > 1 && paths.length >= MIN_INPUTS_FOR_WORKERS ? workerUrl() : null;
  if (url === null) {
    const transform = await loadTransform(cfg.format);
    for (let i = 0; i < paths.length; i++) {
      if (opts.signal?.aborted) return;
      await emit(parseInput(taskAt(i), cfg, transform));
      // Lets signals and stdout errors be seen between inputs.
      if (i % 16 === 15) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    return;
  }
  await runPool(url, paths.length, taskAt, cfg, opts, emit);
}

interface Slot {
  worker: WorkerType;
  inflight: Set<number>;
  alive: boolean;
}

async function runPool(
  url: URL,
  total: number,
  taskAt: (index: number) => BatchTask,
  cfg: BatchConfig,
  opts: RunBatchOptions,
  emit: (result: BatchResult) => void | Promise<void>,
): Promise<void> {
  const { Worker } = await import('node:worker_threads');
  const jobs = Math.min(opts.jobs, Math.ceil(total / PER_WORKER));
  const window = Math.max(jobs * 16, PER_WORKER * jobs);
  // The main thread is one of the `jobs`: it parses between emitting results rather than waiting idle,
  // which spares one worker's start-up and warm-up (V8 compiles the parser again in every thread) and the
  // messages for its share of the inputs.
  const workers = jobs - 1;
  const transform = await loadTransform(cfg.format);
  const done = new Map<number, BatchResult>();
  const sources = new Map<number, string>();
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  opts.signal?.addEventListener('abort', notify);

  const slots: Slot[] = [];
  // A worker that dies (out of memory on a pathological input, say) fails only the inputs it held.
  const fail = (slot: Slot, why: string) => {
    if (!slot.alive) return;
    slot.alive = false;
    for (const index of slot.inflight) {
      done.set(index, { index, source: sources.get(index) ?? '', error: `internal error: ${why}`, stage: 'parse' });
    }
    slot.inflight.clear();
    const at = slots.indexOf(slot);
    if (at !== -1 && !opts.signal?.aborted) slots[at] = spawn();
    notify();
  };
  const spawn = (): Slot => {
    const worker = new Worker(url, { workerData: cfg });
    const slot: Slot = { worker, inflight: new Set(), alive: true };
    worker.on('message', (r: BatchResult) => {
      slot.inflight.delete(r.index);
      done.set(r.index, r);
      notify();
    });
    worker.on('error', (err) => fail(slot, (err as Error)?.message ?? String(err)));
    worker.on('exit', (code) => fail(slot, `worker stopped with code ${code}`));
    return slot;
  };
  for (let i = 0; i < workers; i++) slots.push(spawn());

  let next = 0;
  let emitted = 0;
  try {
    while (emitted < total && !opts.signal?.aborted) {
      while (next < total && next - emitted < window) {
        let best: Slot | undefined;
        for (const s of slots) if (s.alive && s.inflight.size < PER_WORKER && (!best || s.inflight.size < best.inflight.size)) best = s;
        if (!best) break;
        const task = taskAt(next);
        sources.set(next, task.path);
        best.inflight.add(next);
        best.worker.postMessage(task);
        next++;
      }
      const ready = done.get(emitted);
      if (ready !== undefined) {
        done.delete(emitted);
        sources.delete(emitted);
        emitted++;
        await emit(ready);
        continue;
      }
      if (next < total && next - emitted < window) {
        done.set(next, encodeResult(parseInput(taskAt(next), cfg, transform)));
        next++;
        // Lets the workers' results (and signals) in between two inputs parsed here.
        await new Promise<void>((resolve) => setImmediate(resolve));
        continue;
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    opts.signal?.removeEventListener('abort', notify);
    for (const s of slots) s.alive = false;
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}

/** Why an output file was not written. */
export class OutputError extends Error {
  override name = 'OutputError';
}

// Folders already created by this process, so that a batch of 10 000 outputs does not ask 10 000 times.
const madeDirs = new Set<string>();

/** dirname() of a path given as bytes. */
function bytesDirname(path: Buffer): Buffer | string {
  const slash = path.lastIndexOf(0x2f);
  return slash === -1 ? '.' : path.subarray(0, Math.max(slash, 1));
}

/**
 * Writes `content` to `dest` atomically: a temporary file in the same folder, then a rename, so that no
 * reader ever sees half a file. Without `force`, an existing `dest` is kept and an {@link OutputError}
 * thrown (a hard link makes the "does it exist" check and the write one step).
 * @param dest the output file, or the bytes of its path (a name that is not UTF-8)
 * @param content what to write
 * @param force overwrite an existing file
 */
export async function writeAtomic(dest: string | Buffer, content: string | Uint8Array, force: boolean): Promise<void> {
  const dir = typeof dest === 'string' ? dirname(dest) : bytesDirname(dest);
  const dirKey = typeof dir === 'string' ? dir : dir.toString('latin1');
  const tmp = tempPathFor(dest);
  try {
    if (!madeDirs.has(dirKey)) {
      await mkdir(dir, { recursive: true });
      madeDirs.add(dirKey);
    }
    await writeFile(tmp, content, { flag: 'wx' });
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw new OutputError(reasonOf(err));
  }
  try {
    if (force) {
      await rename(tmp, dest);
      return;
    }
    try {
      await link(tmp, dest);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new OutputError('file exists (use --force to overwrite)');
      // File systems without hard links: check, then rename.
      if (existsSync(dest)) throw new OutputError('file exists (use --force to overwrite)');
      await rename(tmp, dest);
      return;
    }
    await unlink(tmp);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    if (err instanceof OutputError) throw err;
    throw new OutputError(reasonOf(err));
  }
}
