import type { Command } from 'commander';
import type { Notice } from '../schema.js';
import type { BatchResult, BatchTask } from './batch.js';
import {
  JOBS_HELP,
  UsageError,
  addInputOptions,
  readStreams,
  noInputsMessage,
  outputBytesFor,
  outputPathFor,
  resolveInputs,
  resolveJobs,
  type InputEntry,
  type InputOptions,
} from './inputs.js';
import { inputError } from './io.js';
import { encodeUtf8 } from '../text/utf8.js';

/** Options of `thongbao parse`. */
export interface ParseCommandOptions extends InputOptions {
  pretty?: boolean;
  compact?: boolean;
  strict?: boolean;
  refDate?: string;
  jobs?: string;
  out?: string;
  force?: boolean;
  quiet?: boolean;
  format?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// Characters (or bytes, from worker threads) of NDJSON gathered before a write: a notice or two. Larger
// chunks were slower on a virtual machine, where every large allocation touches fresh pages.
const OUTPUT_CHUNK = 16 * 1024;
// Below this many inputs the schemas are not compiled (see compileValidation): compiling them takes longer
// than it saves, about 10 ms against 0.03 ms a notice.
const COMPILED_VALIDATION_FROM = 300;

/** Fields whose absence makes `--strict` fail. */
export function strictProblems(n: Notice): string[] {
  const out: string[] = [];
  if (n.number.symbol === null) out.push('number');
  if (n.issued.year === null) out.push('issue date');
  if (n.docType === null && n.subject === null) out.push('type name');
  return out;
}

/**
 * Runs `thongbao parse` and sets process.exitCode: 0 when every input was parsed (and, with `--strict`,
 * had its number, issue date and type name), 1 when some input failed, 2 for a usage error.
 */
export async function runParse(paths: string[], opts: ParseCommandOptions): Promise<void> {
  try {
    await runParseBatch(paths, opts);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`thongbao: ${err.message}\n`);
    process.exitCode = 2;
  }
}

async function runParseBatch(paths: string[], opts: ParseCommandOptions): Promise<void> {
  if (opts.refDate !== undefined && !ISO_DATE.test(opts.refDate)) {
    throw new UsageError(`--ref-date must be YYYY-MM-DD, got "${opts.refDate}"`);
  }
  const jobs = await resolveJobs(opts.jobs);
  if (opts.force && opts.out === undefined) throw new UsageError('--force only applies with --out DIR');
  if (opts.format !== undefined && opts.format !== 'json' && opts.format !== 'nd30') {
    throw new UsageError(`--format takes json or nd30, got "${opts.format}"`);
  }

  const { entries, extensions, maxBytes } = await resolveInputs(paths, opts);
  if (entries.length === 0) {
    process.stderr.write(noInputsMessage(extensions) + '\n');
    process.exitCode = 0;
    return;
  }
  const outDir = opts.out;
  const outPaths = outDir !== undefined ? assignOutputs(outDir, entries) : null;
  // Files under --out are compact unless --pretty: a terminal on stdout says nothing about them.
  const pretty = opts.pretty
    ? true
    : opts.compact || outDir !== undefined
      ? false
      : entries.length === 1 && process.stdout.isTTY === true;

  // Parsing pulls in the schema and the parser: loaded only now, so that start-up stays light.
  const [{ runBatch, taskPreparer, writeAtomic }, { Progress }, { compileValidation }] = await Promise.all([
    import('./batch.js'),
    import('./progress.js'),
    import('../schema.js'),
  ]);
  // Worker threads (batches of MIN_INPUTS_FOR_WORKERS and more) keep compiling theirs.
  if (entries.length < COMPILED_VALIDATION_FROM) compileValidation(false);
  // Stdin and named pipes are read before the signal handlers are set, so that Ctrl-C ends a wait for a writer.
  const inputs = await readStreams(entries, maxBytes);
  const progress = new Progress({ total: entries.length, ...(opts.quiet ? { quiet: true } : {}) });

  const stop = new AbortController();
  let interrupted: NodeJS.Signals | null = null;
  let stdoutClosed = false;
  let stdoutFailed = false;
  const onSignal = (sig: NodeJS.Signals) => {
    interrupted = sig;
    stop.abort();
  };
  // A reader that went away (`| head -1`) ends the batch quietly.
  const onStdoutError = (err: NodeJS.ErrnoException) => {
    stdoutClosed = true;
    stop.abort();
    if (err.code === 'EPIPE') return;
    stdoutFailed = true;
    process.stderr.write(`thongbao: cannot write to stdout: ${err.message}\n`);
  };
  const onStderrError = () => undefined;
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.stdout.on('error', onStdoutError);
  process.stderr.on('error', onStderrError);

  const inputTask = taskPreparer(inputs, maxBytes);
  const prepare = (task: BatchTask): BatchTask => {
    const ready = inputTask(task);
    const clash = ready.error === undefined ? outPaths?.clashes.get(task.index) : undefined;
    return clash === undefined ? ready : { ...ready, error: clash, stage: 'write' };
  };

  const write = (text: string | Uint8Array): Promise<void> | void => {
    if (stdoutClosed) return;
    try {
      if (process.stdout.write(text)) return;
    } catch (err) {
      // Files and devices are written synchronously: their errors (ENOSPC) are thrown rather than emitted.
      onStdoutError(err as NodeJS.ErrnoException);
      return;
    }
    return new Promise<void>((resolve) => {
      const done = () => {
        process.stdout.off('drain', done);
        process.stdout.off('close', done);
        process.stdout.off('error', done);
        resolve();
      };
      process.stdout.on('drain', done);
      process.stdout.on('close', done);
      process.stdout.on('error', done);
    });
  };

  // NDJSON goes out in chunks of about OUTPUT_CHUNK characters: a write costs a system call and a trip
  // through the stream, which small notices and error records share. Order is kept, and what is held is
  // written when the batch ends, however it ends.
  let held: Array<string | Uint8Array> = [];
  let heldSize = 0;
  const flush = (): Promise<void> | void => {
    if (held.length === 0) return;
    const chunks = held;
    held = [];
    heldSize = 0;
    // Strings are encoded here rather than by the stream: Node's own UTF-8 encoder is several times slower.
    if (chunks.length === 1) return write(typeof chunks[0] === 'string' ? encodeUtf8(chunks[0]) : chunks[0]!);
    return chunks.every((c) => typeof c === 'string')
      ? write(encodeUtf8(chunks.join('')))
      : write(Buffer.concat(chunks.map((c) => (typeof c === 'string' ? encodeUtf8(c) : c))));
  };
  const output = (chunk: string | Uint8Array): Promise<void> | void => {
    held.push(chunk);
    heldSize += chunk.length;
    return heldSize >= OUTPUT_CHUNK ? flush() : undefined;
  };

  let ok = 0;
  let failed = 0;
  let incomplete = 0;
  const emit = async (r: BatchResult): Promise<void> => {
    if (r.error !== undefined) {
      failed++;
      const dest = outPaths?.paths[r.index];
      const line =
        r.stage === 'write' && dest !== undefined
          ? `thongbao: cannot write ${dest}: ${r.error}`
          : r.stage === 'parse'
            ? `thongbao: cannot parse ${r.source}: ${r.error}`
            : inputError(r.source, r.error);
      progress.log(line);
      if (outPaths === null) await output(JSON.stringify({ source: r.source, error: r.error }) + '\n');
    } else if (outPaths !== null) {
      const dest = outPaths.paths[r.index]!;
      try {
        await writeAtomic(outPaths.targets[r.index]!, r.data ?? encodeUtf8(r.json + '\n'), opts.force === true);
        ok++;
      } catch (err) {
        failed++;
        progress.log(`thongbao: cannot write ${dest}: ${(err as Error).message}`);
      }
    } else {
      ok++;
      await output(r.data ?? r.json + '\n');
    }
    if (opts.strict && r.missing !== undefined && r.missing.length > 0) {
      incomplete++;
      progress.log(`thongbao: ${r.source}: no ${r.missing.join(', ')} found (--strict)`);
    }
    progress.tick();
  };

  try {
    await runBatch(
      entries.map((e) => e.path),
      {
        pretty,
        maxBytes,
        ...(opts.refDate !== undefined ? { refDate: opts.refDate } : {}),
        ...(opts.encoding !== undefined ? { encoding: opts.encoding } : {}),
        // --format nd30: each notice is mapped onto the Decree 30 metadata names where it is parsed.
        ...(opts.format === 'nd30' ? { format: 'nd30' as const } : {}),
      },
      { jobs, signal: stop.signal, prepare },
      emit,
    );
  } finally {
    await flush();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    progress.finish();
  }
  const processed = ok + failed;
  if (interrupted !== null) {
    process.stderr.write(`thongbao: interrupted after ${processed} of ${entries.length} files\n`);
    process.exitCode = interrupted === 'SIGINT' ? 130 : 143;
    return;
  }
  if (entries.length > 1 && !stdoutClosed) {
    const secs = progress.elapsedSeconds();
    const parts = [`${ok} of ${entries.length} files parsed`];
    if (failed > 0) parts.push(`${failed} failed`);
    if (incomplete > 0) parts.push(`${incomplete} incomplete (--strict)`);
    progress.log(`thongbao: ${parts.join(', ')} in ${secs.toFixed(1)} s`);
  }
  process.exitCode = failed > 0 || incomplete > 0 || stdoutFailed ? 1 : 0;
}

/**
 * Output paths under `--out DIR`, one per input (as shown, and as written: by bytes for a name that is not
 * UTF-8), and the inputs whose output path an earlier input already has (two "a.txt" named directly from
 * different folders, or "a.txt" beside "a.md"): those fail rather than overwrite each other.
 */
function assignOutputs(outDir: string, entries: InputEntry[]): { paths: string[]; targets: Array<string | Buffer>; clashes: Map<number, string> } {
  const paths: string[] = [];
  const targets: Array<string | Buffer> = [];
  const owner = new Map<string, string>();
  const clashes = new Map<number, string>();
  entries.forEach((entry, index) => {
    const dest = outputPathFor(outDir, entry);
    const target = outputBytesFor(outDir, entry) ?? dest;
    paths.push(dest);
    targets.push(target);
    const name = typeof target === 'string' ? target : target.toString('latin1');
    const key = process.platform === 'win32' || process.platform === 'darwin' ? name.toLowerCase() : name;
    const earlier = owner.get(key);
    if (earlier !== undefined) clashes.set(index, `${entry.path} has the same output name as ${earlier}`);
    else owner.set(key, entry.path);
  });
  return { paths, targets, clashes };
}

/** Registers `parse` on the program. */
export function registerParse(program: Command): void {
  const command = program
    .command('parse')
    .description('parse notices into JSON (one object; NDJSON, in input order, for several files)')
    .argument('[paths...]', 'text files or directories (searched recursively); "-" reads stdin')
    .option('--pretty', 'indent the JSON (default when printing one notice to a terminal)')
    .option('--compact', 'one line per notice')
    .option('--strict', 'exit 1 when a number, issue date or type name is missing')
    .option('--ref-date <YYYY-MM-DD>', 'resolve deadlines against this date instead of the issue date')
    .option('--encoding <name>', 'decode input as this encoding instead of detecting it');
  addInputOptions(command)
    .option('-j, --jobs <n>', JOBS_HELP)
    .option('--out <dir>', 'write one <name>.json per input into this folder instead of printing NDJSON')
    .option('--force', 'with --out: overwrite existing files')
    .option('-q, --quiet', 'no progress bar; only errors and the summary line on stderr')
    .option('--format <format>', 'json (the notice) or nd30 (its Decree 30 metadata, Appendix VI names)', 'json')
    .action(async (files: string[], opts: ParseCommandOptions) => runParse(files, opts));
}
