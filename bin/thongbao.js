#!/usr/bin/env node
// The CLI bundled into one file (scripts/bundle.mjs), started with the code cache the build made for it.
// CommonJS (bin/package.json): Node reaches a CommonJS entry point sooner than a module.
'use strict';

require('../dist/cli/launch.cjs').launch(process.argv);
