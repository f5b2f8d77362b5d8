#!/usr/bin/env node
// Prints the golden digest of a fixture as the parser sees it now, for review against the text.
// Usage: npm run build && node scripts/golden-candidate.mjs fixtures/<name>.txt > /tmp/<name>.json
// A golden file is written only after every field has been checked against the source.
import { readFileSync } from 'node:fs';
import { digest } from '../dist/digest.js';
import { parseNoticeBuffer } from '../dist/parse/notice.js';

const path = process.argv[2];
if (!path) {
  process.stderr.write('usage: node scripts/golden-candidate.mjs fixtures/<name>.txt\n');
  process.exitCode = 2;
} else {
  process.stdout.write(JSON.stringify(digest(parseNoticeBuffer(readFileSync(path), { source: path })), null, 2) + '\n');
}
