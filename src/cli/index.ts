import { Command, CommanderError } from 'commander';

// Each command's module is loaded only when that command runs: `thongbao parse one.txt` must not pay for
// the check rules, the report formats or zod's JSON Schema generation at start-up.
const COMMANDS: Record<string, () => Promise<(program: Command) => void>> = {
  parse: async () => (await import('./parse.js')).registerParse,
  check: async () => (await import('./check.js')).registerCheck,
  report: async () => (await import('./report.js')).registerReport,
  schema: async () => (await import('./schema.js')).registerSchema,
};

/**
 * Builds the commander program.
 * @param only register just this command (the one being run); all of them when absent (help, errors)
 */
export async function buildProgram(only?: string): Promise<Command> {
  const program = new Command();
  program
    .name('thongbao')
    .description('Read Vietnamese administrative notices (Thông báo) and turn them into structured JSON')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  for (const [name, load] of Object.entries(COMMANDS)) if (!only || name === only) (await load())(program);
  return program;
}

/** Entry point of the executable. */
export async function main(argv: string[]): Promise<void> {
  const name = argv[2];
  try {
    const program = await buildProgram(name !== undefined && name in COMMANDS ? name : undefined);
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
