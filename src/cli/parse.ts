import type { Command } from 'commander';
import { NoticeSchema, type Notice } from '../schema.js';
import { parseNoticeBuffer } from '../parse/notice.js';
import { inputError, readInput } from './io.js';

/** Options of `thongbao parse`. */
export interface ParseCommandOptions {
  pretty?: boolean;
  compact?: boolean;
  strict?: boolean;
  refDate?: string;
  encoding?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Fields whose absence makes `--strict` fail. */
export function strictProblems(n: Notice): string[] {
  const out: string[] = [];
  if (n.number.symbol === null) out.push('number');
  if (n.issued.year === null) out.push('issue date');
  if (n.docType === null && n.subject === null) out.push('type name');
  return out;
}

/** Runs `thongbao parse` and sets process.exitCode. */
export async function runParse(paths: string[], opts: ParseCommandOptions): Promise<void> {
  if (opts.refDate !== undefined && !ISO_DATE.test(opts.refDate)) {
    process.stderr.write(`thongbao: --ref-date must be YYYY-MM-DD, got "${opts.refDate}"\n`);
    process.exitCode = 2;
    return;
  }
  const inputs = paths.length ? paths : ['-'];
  const pretty = opts.pretty ? true : opts.compact ? false : inputs.length === 1 && process.stdout.isTTY === true;
  let exit = 0;
  for (const path of inputs) {
    const read = await readInput(path);
    if ('error' in read) {
      process.stderr.write(inputError(path, read.error) + '\n');
      exit = 2;
      continue;
    }
    const notice = NoticeSchema.parse(
      parseNoticeBuffer(read.bytes, {
        source: path,
        ...(opts.refDate ? { refDate: opts.refDate } : {}),
        ...(opts.encoding ? { encoding: opts.encoding } : {}),
      }),
    );
    process.stdout.write(JSON.stringify(notice, null, pretty ? 2 : undefined) + '\n');
    if (opts.strict) {
      const missing = strictProblems(notice);
      if (missing.length) {
        process.stderr.write(`thongbao: ${path}: no ${missing.join(', ')} found (--strict)\n`);
        if (exit === 0) exit = 1;
      }
    }
  }
  process.exitCode = exit;
}

/** Registers `parse` on the program. */
export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('parse notices into JSON (one object; NDJSON for several files)')
    .argument('[files...]', 'text files; "-" reads stdin')
    .option('--pretty', 'indent the JSON (default when printing one notice to a terminal)')
    .option('--compact', 'one line per notice')
    .option('--strict', 'exit 1 when a number, issue date or type name is missing')
    .option('--ref-date <YYYY-MM-DD>', 'resolve deadlines against this date instead of the issue date')
    .option('--encoding <name>', 'decode input as this encoding instead of detecting it')
    .action(async (files: string[], opts: ParseCommandOptions) => runParse(files, opts));
}
