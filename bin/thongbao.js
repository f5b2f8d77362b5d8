#!/usr/bin/env node
import { main } from '../dist/cli/index.js';

main(process.argv);
