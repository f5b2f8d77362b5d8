import { copyFile, readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { CONFIG_NAME, ConfigError, parseConfig, parseRuleFlag, type CheckConfig } from '../check/config.js';
import { fixText, writeBack, type CheckOptions, type RuleSetting } from '../check/engine.js';
import type { FileResult, Standard } from '../check/types.js';
import { formatGithub } from '../format/check-github.js';
import { formatJson } from '../format/check-json.js';
import { formatSarif } from '../format/check-sarif.js';
import { formatStylish } from '../format/check-stylish.js';
import { todayInVietnam } from '../report/status.js';
import { RULES } from '../rules/index.js';
import { decodeBuffer } from '../text/decode.js';
import { hasUtf8Bom } from '../text/utf8.js';
import type { BatchResult } from './batch.js';
import { checkOptionsFor, type CheckJob, type ConfigCache } from './check-input.js';
import {
  JOBS_HELP,
  UsageError,
  addInputOptions,
  loadEntry,
  readStreams,
  noInputsMessage,
  resolveInputs,
  resolveJobs,
  type InputEntry,
  type InputOptions,
  type ResolvedInputs,
} from './inputs.js';
import { inputError, reasonOf, writeFileAtomic } from './io.js';
import { Progress } from './progress.js';

/** Options of `thongbao check`. */
export interface CheckCommandOptions extends InputOptions {
  format?: string;
  standard?: string;
  config?: string;
  rule?: string[];
  maxWarnings?: string;
  asOf?: string;
  fix?: boolean;
  write?: boolean;
  color?: boolean;
  quiet?: boolean;
  jobs?: string;
}

const FORMATS = ['stylish', 'json', 'github', 'sarif'] as const;
const STANDARDS = ['auto', 'nd30', 'tt01'] as const;
const ISO_DATE = /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})$/;
const TOOL_VERSION = '0.1.0';

function validIso(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m?.groups) return false;
  const d = new Date(Date.UTC(Number(m.groups.y), Number(m.groups.m) - 1, Number(m.groups.d)));
  return d.toISOString().slice(0, 10) === s;
}

function usage(message: string): void {
  process.stderr.write(`thongbao: ${message}\n`);
  process.exitCode = 2;
}

/** Runs `thongbao check` and sets process.exitCode. */
export async function runCheck(paths: string[], opts: CheckCommandOptions): Promise<void> {
  const format = opts.format ?? 'stylish';
  if (!(FORMATS as readonly string[]).includes(format)) return usage(`--format must be one of ${FORMATS.join(', ')}, got "${format}"`);
  const standardFlag = opts.standard;
  if (standardFlag !== undefined && !(STANDARDS as readonly string[]).includes(standardFlag)) {
    return usage(`--standard must be one of ${STANDARDS.join(', ')}, got "${standardFlag}"`);
  }
  let maxWarnings: number | null = null;
  if (opts.maxWarnings !== undefined) {
    if (!/^\d+$/.test(opts.maxWarnings)) return usage(`--max-warnings must be a whole number, got "${opts.maxWarnings}"`);
    maxWarnings = Number(opts.maxWarnings);
  }
  const asOf = opts.asOf ?? todayInVietnam();
  if (!validIso(asOf)) return usage(`--as-of must be a date YYYY-MM-DD, got "${asOf}"`);
  if (opts.write && !opts.fix) return usage('--write needs --fix');
  let resolved: ResolvedInputs;
  let jobs: number;
  try {
    resolved = await resolveInputs(paths, opts);
    jobs = await resolveJobs(opts.jobs);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    return usage(err.message);
  }
  const { entries, extensions, maxBytes } = resolved;
  if (opts.fix && !opts.write && entries.length > 1) return usage('--fix prints one fixed file; give one file, or add --write');
  if (opts.fix && opts.write && entries.some((e) => e.path === '-')) return usage('--fix --write cannot write to stdin');
  const stream = opts.fix && opts.write ? entries.find((e) => e.stream === true) : undefined;
  if (stream !== undefined) return usage(`--fix --write cannot write to ${stream.path}, which is not a regular file`);
  // No files is no problem found: the report (an empty SARIF log, say) is still printed.
  if (entries.length === 0) process.stderr.write(noInputsMessage(extensions) + '\n');

  const flagSettings: Record<string, RuleSetting> = {};
  let fixedConfig: CheckConfig | null = null;
  try {
    for (const f of opts.rule ?? []) {
      const [id, s] = parseRuleFlag(f, RULES);
      flagSettings[id] = s;
    }
    if (opts.config) {
      let text: string;
      try {
        text = await readFile(opts.config, 'utf8');
      } catch (err) {
        return usage(`cannot read ${opts.config}: ${reasonOf(err)}`);
      }
      try {
        fixedConfig = parseConfig(text, RULES);
      } catch (err) {
        throw new ConfigError(`${opts.config}: ${(err as Error).message}`);
      }
    }
  } catch (err) {
    return usage((err as Error).message);
  }

  const job: CheckJob = {
    asOf,
    flagSettings,
    fixedConfig,
    ...(standardFlag !== undefined ? { standard: standardFlag as Standard | 'auto' } : {}),
    ...(opts.encoding !== undefined ? { encoding: opts.encoding } : {}),
  };
  const results: FileResult[] = [];
  let ioFailed = false;
  let fixedOut: string | null = null;
  const inputs = await readStreams(entries, maxBytes);
  const progress = new Progress({ total: entries.length, ...(opts.quiet ? { quiet: true } : {}) });
  if (opts.fix) {
    const cache: ConfigCache = new Map();
    // Fixes one input; false when it could not be read, configured or written back.
    const fixOne = async (entry: InputEntry): Promise<boolean> => {
      const path = entry.path;
      const read = loadEntry(entry, maxBytes);
      if ('error' in read) {
        progress.log(inputError(path, read.error));
        return false;
      }
      let options: CheckOptions;
      try {
        options = checkOptionsFor(path, job, cache);
      } catch (err) {
        progress.log(`thongbao: ${(err as Error).message}`);
        return false;
      }
      const decoded = decodeBuffer(read.bytes, opts.encoding ? { encoding: opts.encoding } : {});
      const r = fixText(decoded.text, options);
      results.push({ path, diagnostics: r.diagnostics, standard: r.standard, party: r.party });
      // What the fixes left alone stays as the file has it: line ends, no-break spaces, and for UTF-8 the form of its
      // letters (decoding gives NFC).
      const asRead = decoded.encoding.startsWith('utf-8') ? Buffer.from(read.bytes).toString('utf8').replace(/^\uFEFF/u, '') : decoded.text;
      const fixed = writeBack(asRead, r.text);
      if (!opts.write) {
        fixedOut = fixed;
        return true;
      }
      if (r.fixed === 0) return true;
      // Written as UTF-8, with the byte-order mark the file had.
      const out = (hasUtf8Bom(read.bytes) ? '\uFEFF' : '') + fixed;
      try {
        // The original is kept as <file>.bak before it is replaced; a name that is not UTF-8 is written by its bytes.
        const target = entry.rawPath ?? path;
        const backup = typeof target === 'string' ? `${target}.bak` : Buffer.concat([target, Buffer.from('.bak')]);
        await writeFileAtomic(target, out, () => copyFile(target, backup));
      } catch (err) {
        progress.log(`thongbao: cannot write ${path}: ${reasonOf(err)}`);
        return false;
      }
      return true;
    };
    for (const entry of inputs) {
      if (!(await fixOne(entry))) ioFailed = true;
      progress.tick();
    }
  } else {
    // Checked on the pool parse uses (worker threads from 256 inputs); results come back in input order.
    const { resultValue, runBatch, taskPreparer } = await import('./batch.js');
    const emit = (r: BatchResult) => {
      if (r.error !== undefined) {
        const line =
          r.stage === 'config' ? `thongbao: ${r.error}` : r.stage === 'parse' ? `thongbao: cannot check ${r.source}: ${r.error}` : inputError(r.source, r.error);
        progress.log(line);
        ioFailed = true;
      } else {
        results.push(resultValue(r) as FileResult);
      }
      progress.tick();
    };
    const prepare = taskPreparer(inputs, maxBytes);
    await runBatch(entries.map((e) => e.path), { pretty: false, maxBytes, check: job }, { jobs, prepare }, emit);
  }
  progress.finish();

  const color = format === 'stylish' && opts.color !== false && !process.env.NO_COLOR && (fixedOut === null ? process.stdout.isTTY : process.stderr.isTTY) === true;
  const report =
    format === 'json'
      ? formatJson(results)
      : format === 'github'
        ? formatGithub(results)
        : format === 'sarif'
          ? formatSarif(results, { rules: RULES, toolVersion: TOOL_VERSION, cwd: process.cwd() })
          : formatStylish(results, { color });
  // A reader that went away (`| head`) is not an error of the check.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') process.stderr.write(`thongbao: cannot write to stdout: ${err.message}\n`);
  });
  if (fixedOut !== null) {
    process.stdout.write(fixedOut);
    if (report) process.stderr.write(report);
  } else if (report) {
    process.stdout.write(report);
  }
  const errors = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'error').length, 0);
  const warnings = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'warning').length, 0);
  let exit = errors > 0 ? 1 : 0;
  if (maxWarnings !== null && warnings > maxWarnings) {
    process.stderr.write(`thongbao: ${warnings} warnings found, more than --max-warnings ${maxWarnings}\n`);
    exit = 1;
  }
  process.exitCode = ioFailed ? 2 : exit;
}

/** Registers `check` on the program. */
export function registerCheck(program: Command): void {
  const command = program
    .command('check')
    .description('lint notices against the formatting rules of Nghị định 30/2020/NĐ-CP (or Thông tư 01/2011/TT-BNV)')
    .argument('[paths...]', 'text files or directories (searched recursively); "-" reads stdin')
    .option('--format <name>', `report format: ${FORMATS.join(', ')}`, 'stylish')
    .option('--standard <name>', 'rule set: auto (by issue date), nd30 or tt01')
    .option('--config <file>', `configuration file instead of the nearest ${CONFIG_NAME}`)
    .option('--rule <id=level>', 'set a rule to off, warn or error (repeatable)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('--as-of <YYYY-MM-DD>', 'the date an issue date may not be after (default: today in Việt Nam)')
    .option('--fix', 'print the text with the mechanically fixable problems fixed')
    .option('--write', 'with --fix: replace the file (atomically) and keep a .bak copy')
    .option('--no-color', 'no colours in the stylish report')
    .option('--encoding <name>', 'decode input as this encoding instead of detecting it');
  addInputOptions(command)
    .option('-j, --jobs <n>', `${JOBS_HELP}; --fix runs on one`)
    .option('-q, --quiet', 'no progress bar; only errors on stderr')
    .action(async (files: string[], opts: CheckCommandOptions) => runCheck(files, opts));
}
