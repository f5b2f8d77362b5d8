import type { Command } from 'commander';
import { noticeJsonSchema } from '../schema.js';

/** Registers `schema`: prints the JSON Schema of the parse output. */
export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of the parse output')
    .action(() => {
      process.stdout.write(JSON.stringify(noticeJsonSchema(), null, 2) + '\n');
    });
}
