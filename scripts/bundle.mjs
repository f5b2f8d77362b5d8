#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli/index.js and what it imports, dependencies included) into one file,
// dist/cli/bundle.js, which bin/thongbao.js runs. Node resolves and links ~100 modules otherwise; one file
// starts about 90 ms sooner, which a single-file `thongbao parse` or `thongbao check` feels.
//
//   node scripts/bundle.mjs          (after tsc; `npm run build` runs both)
//
// The bundles stay next to dist/cli/*.js so that what they find relative to themselves is still there:
// the worker threads' own bundle (dist/cli/parse-worker.bundle.js) and iconv-lite, loaded with require()
// only for legacy encodings.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // CommonJS dependencies (commander, cli-table3) call require() for Node's own modules.
  banner: { js: "import { createRequire as __thongbaoRequire } from 'node:module';\nconst require = __thongbaoRequire(import.meta.url);" },
  // Loaded at run time with createRequire, only when a legacy encoding is decoded.
  external: ['iconv-lite'],
  logLevel: 'warning',
};

await build({ ...common, entryPoints: ['dist/cli/index.js'], outfile: 'dist/cli/bundle.js' });
// The worker threads of `parse --jobs` start from their own bundle for the same reason.
await build({ ...common, entryPoints: ['dist/cli/parse-worker.js'], outfile: 'dist/cli/parse-worker.bundle.js' });
