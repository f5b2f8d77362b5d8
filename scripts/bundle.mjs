#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli/index.js and what it imports, dependencies included) into one CommonJS
// file, dist/cli/bundle.cjs, and writes V8's code cache for it, dist/cli/bundle.cache; bin/thongbao.js runs
// the bundle with that cache (dist/cli/launch.js). Node resolves and links ~100 modules otherwise, and
// compiles the bundle from source at every start without the cache: a single-file `thongbao parse` or
// `thongbao check` feels both.
//
//   node scripts/bundle.mjs          (after tsc; `npm run build` runs both)
//
// The bundles stay next to dist/cli/*.js so that what they find relative to themselves is still there:
// the worker threads' own bundle (dist/cli/parse-worker.bundle.js) and iconv-lite, loaded with require()
// only for legacy encodings.
import { build } from 'esbuild';
import { renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Loaded at run time with createRequire, only when a legacy encoding is decoded.
  external: ['iconv-lite'],
  logLevel: 'warning',
};

// CommonJS, because V8's code cache is made and used through vm.Script, which runs scripts, not modules.
await build({
  ...common,
  format: 'cjs',
  entryPoints: ['dist/cli/index.js'],
  outfile: 'dist/cli/bundle.cjs',
  // What the modules find relative to themselves (the worker's bundle, iconv-lite) they find from the bundle.
  define: { 'import.meta.url': '__thongbaoUrl' },
  banner: { js: "const __thongbaoUrl = require('node:url').pathToFileURL(__filename).href;" },
  // import() of Node's own modules becomes require(): a script compiled by vm.Script has no module loader.
  supported: { 'dynamic-import': false },
});

// The worker threads of `parse --jobs` start from their own bundle for the same reason.
await build({
  ...common,
  format: 'esm',
  entryPoints: ['dist/cli/parse-worker.js'],
  outfile: 'dist/cli/parse-worker.bundle.js',
  // CommonJS dependencies call require() for Node's own modules.
  banner: { js: "import { createRequire as __thongbaoRequire } from 'node:module';\nconst require = __thongbaoRequire(import.meta.url);" },
});

// The code cache holds what was compiled when it is made, so the bundle first runs what users run most:
// a parse and a check of a notice, their output thrown away.
const { BUNDLE, BUNDLE_CACHE, loadBundle, makeBundleCache } = await import('../dist/cli/launch.js');
const { exports, script } = loadBundle(BUNDLE, null);
const notice = fileURLToPath(new URL('../fixtures/bacgiang-307-TB-UBND-2017.txt', import.meta.url));
const write = process.stdout.write;
process.stdout.write = () => true;
try {
  await exports.main(['node', 'thongbao', 'parse', notice]);
  await exports.main(['node', 'thongbao', 'check', notice]);
} finally {
  process.stdout.write = write;
  process.exitCode = 0;
}
writeFileSync(`${BUNDLE_CACHE}.tmp`, makeBundleCache(BUNDLE, script));
renameSync(`${BUNDLE_CACHE}.tmp`, BUNDLE_CACHE);
