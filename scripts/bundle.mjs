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
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

// zod carries its messages in some forty languages (400 KB, over a quarter of the bundle) and exports them
// all as `z.locales`, which thongbao never uses; English, its default, is the only one kept.
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    // The path is relative to the project, as esbuild writes it into the bundle as the module's name: the
    // bundle then does not depend on the folder it was built in.
    b.onResolve({ filter: /[\\/]locales[\\/]index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer)
        ? { path: relative(root, join(dirname(args.importer), '../locales/en.js')).split(sep).join('/'), namespace: 'zod-locales' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => {
      const path = join(root, args.path);
      return { contents: `export { default as en } from ${JSON.stringify(path)};`, resolveDir: dirname(path) };
    });
  },
};

// commander requires node:child_process when it loads, for executable subcommands, which thongbao does not
// have; that module pulls in sockets and streams, a few milliseconds of every start. It is required when
// first used instead.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "let m; module.exports = new Proxy({}, { get: (_, key) => (m ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Loaded at run time with createRequire, only when a legacy encoding is decoded.
  external: ['iconv-lite'],
  // Less source to read, decode and hand to V8 at every start; names are kept, and the modules in dist/
  // stay as tsc wrote them.
  minifyWhitespace: true,
  plugins: [zodEnglishOnly, lazyChildProcess],
  logLevel: 'warning',
};

// CommonJS, because V8's code cache is made and used through vm.Script, which runs scripts, not modules.
const commonJs = {
  ...common,
  format: 'cjs',
  // What the modules find relative to themselves (the worker's bundle, iconv-lite) they find from the bundle.
  define: { 'import.meta.url': '__thongbaoUrl' },
  banner: { js: "const __thongbaoUrl = require('node:url').pathToFileURL(__filename).href;" },
};

await build({
  ...commonJs,
  entryPoints: ['dist/cli/index.js'],
  outfile: 'dist/cli/bundle.cjs',
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

// bin/thongbao.js is CommonJS, so that Node does not start its module loader first: it requires this copy
// of dist/cli/launch.js.
await build({ ...commonJs, entryPoints: ['dist/cli/launch.js'], outfile: 'dist/cli/launch.cjs' });

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
