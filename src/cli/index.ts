import { Command, CommanderError } from 'commander';
import { registerCheck } from './check.js';
import { registerParse } from './parse.js';
import { registerReport } from './report.js';
import { registerSchema } from './schema.js';

/** Builds the commander program with every command registered. */
export function buildProgram(): Command {
  const program = new Command();
  program
    .name('thongbao')
    .description('Read Vietnamese administrative notices (Thông báo) and turn them into structured JSON')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  registerParse(program);
  registerCheck(program);
  registerReport(program);
  registerSchema(program);
  return program;
}

/** Entry point of the executable. */
export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version exit 0; usage errors were already printed by commander.
      process.exitCode = err.exitCode === 0 ? 0 : 2;
      return;
    }
    process.stderr.write(`thongbao: ${(err as Error)?.message ?? String(err)}\n`);
    process.exitCode = 2;
  }
}
