#!/usr/bin/env node
// Runs every bench/*.bench.js in turn (after `npm run build`), each in its own Node process, and passes
// its output through. Results worth keeping go into bench/RESULTS.md by hand, with the machine.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
let failed = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.bench.js')).sort()) {
  process.stdout.write(`\n# ${file}\n\n`);
  const r = spawnSync(process.execPath, [join(dir, file)], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
