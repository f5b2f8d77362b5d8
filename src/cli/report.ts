import { extname } from 'node:path';
import { Option, type Command } from 'commander';
import { formatCsv } from '../format/csv.js';
import { formatIcs } from '../format/ics.js';
import { formatJson, formatNdjson } from '../format/json.js';
import { LANGS, type Lang } from '../format/labels.js';
import { formatMarkdown } from '../format/md.js';
import { formatTable } from '../format/table.js';
import { GROUP_KEYS, type GroupKey } from '../report/group.js';
import type { ReportRow } from '../report/row.js';
import { SORT_KEYS, sortRows, type SortKey } from '../report/sort.js';
import { STATUSES, parseIsoDate, todayInVietnam, type Status } from '../report/status.js';
import type { BatchResult } from './batch.js';
import {
  JOBS_HELP,
  UsageError,
  addInputOptions,
  readStreams,
  noInputsMessage,
  resolveInputs,
  resolveJobs,
  type InputOptions,
  type ResolvedInputs,
} from './inputs.js';
import { inputError, reasonOf, writeFileAtomic } from './io.js';
import { Progress } from './progress.js';
import { startsLikeParseOutput } from './report-inputs.js';

/** The output formats of `thongbao report`. */
export const REPORT_FORMATS = ['table', 'json', 'ndjson', 'csv', 'ics', 'md'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** What `--fail-on` can name; due-soon also fails on overdue rows (later than due-soon is worse). */
export const FAIL_ON = ['overdue', 'due-soon'] as const;

/** Options of `thongbao report`, as commander hands them over. */
export interface ReportCommandOptions extends InputOptions {
  asOf?: string;
  soon: string;
  all?: boolean;
  recurring?: boolean;
  assignee?: string;
  status?: string[];
  from?: string;
  to?: string;
  notice?: string;
  sort: SortKey;
  groupBy?: GroupKey;
  format?: ReportFormat;
  lang: Lang;
  color: boolean;
  out?: string;
  failOn?: (typeof FAIL_ON)[number];
  quiet?: boolean;
  jobs?: string;
}

// --out report.csv picks csv when --format is not given.
const FORMAT_BY_EXTENSION: Record<string, ReportFormat> = {
  '.csv': 'csv',
  '.ics': 'ics',
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.md': 'md',
  '.txt': 'table',
};
// --soon 7
const NON_NEGATIVE_INT = /^\d{1,4}$/u;

function isoOption(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && parseIsoDate(value) === null) {
    throw new UsageError(`${name} must be a date written YYYY-MM-DD, got "${value}"`);
  }
  return value;
}

function statusList(values: string[] | undefined): Status[] | undefined {
  if (!values) return undefined;
  const out: Status[] = [];
  for (const v of values.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean)) {
    if (!(STATUSES as readonly string[]).includes(v)) {
      throw new UsageError(`--status takes ${STATUSES.join(', ')}, got "${v}"`);
    }
    out.push(v as Status);
  }
  return out;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Whether any row trips `--fail-on`: "due-soon" counts overdue rows as well. */
export function failsOn(rows: readonly ReportRow[], failOn: (typeof FAIL_ON)[number] | undefined): boolean {
  if (!failOn) return false;
  const bad: Status[] = failOn === 'overdue' ? ['overdue'] : ['overdue', 'due-soon'];
  return rows.some((r) => bad.includes(r.status));
}

function colorWanted(opts: ReportCommandOptions): boolean {
  const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '';
  return opts.color !== false && !noColor && opts.out === undefined && process.stdout.isTTY === true;
}

function render(rows: ReportRow[], format: ReportFormat, opts: ReportCommandOptions): string {
  switch (format) {
    case 'table':
      return formatTable(rows, {
        lang: opts.lang,
        color: colorWanted(opts),
        width: opts.out === undefined && process.stdout.columns ? process.stdout.columns : 100,
        ...(opts.groupBy ? { groupBy: opts.groupBy } : {}),
      });
    case 'md':
      return formatMarkdown(rows, { lang: opts.lang, ...(opts.groupBy ? { groupBy: opts.groupBy } : {}) });
    case 'json':
      return formatJson(rows);
    case 'ndjson':
      return formatNdjson(rows);
    case 'csv':
      return formatCsv(rows);
    case 'ics':
      return formatIcs(rows, { stamp: new Date() });
  }
}

/** Runs `thongbao report` and sets process.exitCode: 2 on usage or input errors, else 1 for `--fail-on`, else 0. */
export async function runReport(paths: string[], opts: ReportCommandOptions): Promise<void> {
  let asOf: string;
  let status: Status[] | undefined;
  let soon: number;
  let resolved: ResolvedInputs;
  let jobs: number;
  try {
    asOf = isoOption('--as-of', opts.asOf) ?? todayInVietnam();
    isoOption('--from', opts.from);
    isoOption('--to', opts.to);
    status = statusList(opts.status);
    if (!NON_NEGATIVE_INT.test(opts.soon)) throw new UsageError(`--soon must be a whole number of days, got "${opts.soon}"`);
    soon = Number(opts.soon);
    resolved = await resolveInputs(paths, opts);
    jobs = await resolveJobs(opts.jobs);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`thongbao: ${err.message}\n`);
    process.exitCode = 2;
    return;
  }
  const { entries, extensions, maxBytes } = resolved;
  // No files make an empty report, which is still printed (or written to --out).
  if (entries.length === 0) process.stderr.write(noInputsMessage(extensions) + '\n');

  const inputs = await readStreams(entries, maxBytes, startsLikeParseOutput);
  const progress = new Progress({ total: entries.length, ...(opts.quiet ? { quiet: true } : {}) });
  const filter = {
    ...(opts.assignee !== undefined ? { assignee: opts.assignee } : {}),
    ...(status ? { status } : {}),
    ...(opts.from !== undefined ? { from: opts.from } : {}),
    ...(opts.to !== undefined ? { to: opts.to } : {}),
    ...(opts.notice !== undefined ? { notice: opts.notice } : {}),
  };
  // Each input gives its rows that pass the filters, as JSON: a worker thread's rows cross to this one so, and
  // in this thread too the parsed copy has fresh strings, where a row's texts would be parts of the notice's
  // text, which V8 would keep whole.
  const kept: ReportRow[] = [];
  let inputFailed = false;
  const { resultValue, runBatch, taskPreparer } = await import('./batch.js');
  const emit = (r: BatchResult) => {
    if (r.error !== undefined) {
      progress.log(inputError(r.source, r.error));
      inputFailed = true;
    } else {
      for (const row of resultValue(r) as ReportRow[]) kept.push(row);
    }
    for (const problem of r.problems ?? []) progress.log(inputError(r.source, problem));
    if (r.problems !== undefined) inputFailed = true;
    progress.tick();
  };
  const prepare = taskPreparer(inputs, maxBytes, startsLikeParseOutput);
  await runBatch(
    entries.map((e) => e.path),
    {
      pretty: false,
      maxBytes,
      ...(opts.encoding !== undefined ? { encoding: opts.encoding } : {}),
      report: { build: { asOf, soon, all: opts.all === true, recurring: opts.recurring === true }, filter },
    },
    { jobs, prepare },
    emit,
  );
  progress.finish();
  const rows = sortRows(kept, opts.sort);
  const format: ReportFormat =
    opts.format ??
    (opts.out !== undefined ? FORMAT_BY_EXTENSION[extname(opts.out).toLowerCase()] : undefined) ??
    (process.stdout.isTTY === true ? 'table' : 'ndjson');
  const text = render(rows, format, opts);

  let exit = inputFailed ? 2 : failsOn(rows, opts.failOn) ? 1 : 0;
  if (opts.out !== undefined) {
    try {
      await writeFileAtomic(opts.out, text);
    } catch (err) {
      process.stderr.write(`thongbao: cannot write ${opts.out}: ${reasonOf(err)}\n`);
      exit = 2;
    }
  } else {
    // A reader that went away (`| head -1`) is not an error of the report.
    process.stdout.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') process.stderr.write(`thongbao: cannot write to stdout: ${err.message}\n`);
    });
    process.stdout.write(text);
  }
  process.exitCode = exit;
}

/** Registers `report` on the program. */
export function registerReport(program: Command): void {
  const command = program
    .command('report')
    .description('list the deadlines of notices: who must do what by when, and what is overdue')
    .argument('[inputs...]', 'notice text files, directories (searched recursively), JSON/NDJSON from "thongbao parse"; "-" reads stdin')
    .option('--as-of <YYYY-MM-DD>', 'count days left from this day (default: today in Asia/Ho_Chi_Minh)')
    .option('--soon <days>', 'a row is due-soon from this many days before its due date', '7')
    .option('--all', 'also list undated deadlines and tasks without a deadline')
    .option('--recurring', 'list a recurring deadline that names its day ("trước ngày 18 hằng tháng") at its next occurrence')
    .option('--assignee <text>', 'only rows whose assignee contains this text (case and tone marks ignored)')
    .option('--status <list>', `only these statuses (${STATUSES.join(', ')}); comma-separated or repeated`, collect)
    .option('--from <YYYY-MM-DD>', 'only rows due on or after this day')
    .option('--to <YYYY-MM-DD>', 'only rows due on or before this day')
    .option('--notice <text>', 'only rows whose notice number or path contains this text')
    .addOption(new Option('--sort <key>', 'order of the rows').choices(SORT_KEYS).default('due'))
    .addOption(new Option('--group-by <key>', 'one section per group, with its counts (table and md)').choices(GROUP_KEYS))
    .addOption(new Option('--format <format>', 'output format (default: table on a terminal, ndjson otherwise)').choices(REPORT_FORMATS))
    .addOption(new Option('--lang <lang>', 'language of table and md headers and statuses').choices(LANGS).default('vi'))
    .option('--no-color', 'do not colour the table (also NO_COLOR, and whenever stdout is not a terminal)')
    .option('--out <file>', 'write to this file (atomically) instead of stdout; its extension picks the format')
    .addOption(new Option('--fail-on <status>', 'exit 1 when a row is overdue (or, for due-soon, due soon or overdue)').choices(FAIL_ON))
    .option('--encoding <name>', 'decode text input as this encoding instead of detecting it');
  addInputOptions(command)
    .option('-j, --jobs <n>', JOBS_HELP)
    .option('-q, --quiet', 'no progress bar; only errors on stderr')
    .action(async (inputs: string[], opts: ReportCommandOptions) => runReport(inputs, opts));
}
