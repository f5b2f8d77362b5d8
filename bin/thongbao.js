#!/usr/bin/env node
// The CLI bundled into one file (scripts/bundle.mjs), started with the code cache the build made for it.
import { launch } from '../dist/cli/launch.js';

await launch(process.argv);
