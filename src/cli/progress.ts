/**
 * The progress bar of batch commands, on stderr: files done / total, rate and time left. It is drawn only
 * when stderr is a terminal, the batch has more than {@link PROGRESS_MIN_FILES} files and `-q` was not
 * given; otherwise only errors and the summary line reach stderr.
 */

/** Batches of at most this many files get no progress bar. */
export const PROGRESS_MIN_FILES = 50;

/** The part of a stream the progress bar needs (process.stderr, or a fake in tests). */
export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Options of {@link Progress}. */
export interface ProgressOptions {
  total: number;
  quiet?: boolean;
  stream?: ProgressStream;
  /** The clock, in milliseconds; Date.now by default. */
  now?: () => number;
  /** Least time between two redraws, in milliseconds. */
  intervalMs?: number;
}

/** "0:07", "1:02:03". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * The text of the bar for `done` of `total` files after `elapsedMs`, at most `width` columns:
 * "[#########.........] 120/1000 files  85.3 files/s  ETA 0:10".
 */
export function renderBar(done: number, total: number, elapsedMs: number, width = 80): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const eta = rate > 0 ? formatDuration((total - done) / rate) : '?';
  const counts = `${done}/${total} files  ${rate.toFixed(1)} files/s  ETA ${eta}`;
  const barWidth = Math.max(0, Math.min(30, width - counts.length - 4));
  if (barWidth < 5) return counts.slice(0, Math.max(0, width - 1));
  const filled = total > 0 ? Math.round((barWidth * done) / total) : barWidth;
  return `[${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}] ${counts}`;
}

/**
 * A progress bar that other stderr lines (errors) can be printed through without garbling it.
 */
export class Progress {
  readonly enabled: boolean;
  private readonly stream: ProgressStream;
  private readonly total: number;
  private readonly now: () => number;
  private readonly intervalMs: number;
  private readonly started: number;
  private done = 0;
  private lastDraw = -Infinity;
  private drawn = false;
  private finished = false;

  constructor(opts: ProgressOptions) {
    this.stream = opts.stream ?? process.stderr;
    this.total = opts.total;
    this.now = opts.now ?? Date.now;
    this.intervalMs = opts.intervalMs ?? 100;
    this.started = this.now();
    this.enabled = !opts.quiet && this.stream.isTTY === true && opts.total > PROGRESS_MIN_FILES;
  }

  /** Seconds since the bar was created. */
  elapsedSeconds(): number {
    return (this.now() - this.started) / 1000;
  }

  /** Counts one more file done and redraws, at most every `intervalMs`. */
  tick(): void {
    this.done++;
    if (!this.enabled || this.finished) return;
    const t = this.now();
    if (t - this.lastDraw < this.intervalMs && this.done < this.total) return;
    this.lastDraw = t;
    this.draw();
  }

  /** Prints a line on the stream (an error), keeping the bar below it. */
  log(line: string): void {
    if (this.drawn) this.clear();
    this.stream.write(line.endsWith('\n') ? line : line + '\n');
    if (this.enabled && this.done > 0 && !this.finished) this.draw();
  }

  /** Removes the bar; call before the summary line. */
  finish(): void {
    this.finished = true;
    if (this.drawn) this.clear();
  }

  private draw(): void {
    // A pseudo-terminal with no size set reports 0 columns.
    const width = this.stream.columns || 80;
    this.stream.write(`\r${renderBar(this.done, this.total, this.now() - this.started, width)}\x1b[K`);
    this.drawn = true;
  }

  private clear(): void {
    this.stream.write('\r\x1b[K');
    this.drawn = false;
  }
}
