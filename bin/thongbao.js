#!/usr/bin/env node
// The CLI bundled into one file (scripts/bundle.mjs) starts faster than its ~100 modules.
import { main } from '../dist/cli/bundle.js';

main(process.argv);
