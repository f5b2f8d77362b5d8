/**
 * `npm run eval`: scores the parser against the hand annotations in fixtures/annotations.
 *
 *   node dist/eval/main.js                  text report, exit 0
 *   node dist/eval/main.js --json           the same as one JSON object
 *   node dist/eval/main.js --check-floors   exit 1 when a figure is below fixtures/annotations/floors.json
 *   node dist/eval/main.js --floors FILE    take the floors from FILE
 *   node dist/eval/main.js --root DIR       score DIR/fixtures/annotations against DIR/fixtures (another corpus)
 *
 * Exit 2 when an annotation file is invalid (it is named on stderr).
 */
import { Command } from 'commander';
import { runEval } from './load.js';
import { floorFailures, formatText, toJson } from './report.js';

const program = new Command('eval')
  .description('Score the parser against the hand annotations in fixtures/annotations.')
  .option('--json', 'print the report as one JSON object')
  .option('--check-floors', 'exit 1 when a figure is below its floor in fixtures/annotations/floors.json')
  .option('--floors <file>', 'read the floors from this file instead')
  .option('--root <dir>', 'score the annotations in DIR/fixtures/annotations against the texts in DIR/fixtures')
  .action((opts: { json?: boolean; checkFloors?: boolean; floors?: string; root?: string }) => {
    const { result, floors, problems } = runEval(opts.root, opts.floors);
    for (const p of problems) process.stderr.write(`eval: ${p}\n`);
    process.stdout.write(
      opts.json ? `${JSON.stringify(toJson(result, floors ?? undefined), null, 2)}\n` : `${formatText(result)}\n`,
    );
    if (problems.length) {
      process.exitCode = 2;
      return;
    }
    if (opts.checkFloors) {
      if (!floors) {
        process.stderr.write('eval: no floors to check: the floors file is missing or invalid.\n');
        process.exitCode = 2;
        return;
      }
      const failures = floorFailures(result, floors);
      for (const f of failures) process.stderr.write(`eval: ${f}\n`);
      if (failures.length) process.exitCode = 1;
    }
  });

program.parse(process.argv);
