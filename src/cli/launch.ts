/**
 * Starts the CLI from its bundle: one CommonJS file (scripts/bundle.mjs) compiled with the V8 code cache
 * that the build wrote beside it. Compiling the bundle from source costs about 50 ms at every start;
 * with the cache V8 reads the bytecode back instead, the functions a parse and a check run included.
 *
 * The cache is only a speed-up. V8 refuses one made by another Node version or with other flags, and this
 * module refuses one made for other source; the bundle is then compiled from source as it would be without.
 *
 * bin/thongbao.js runs this module from its CommonJS bundle (dist/cli/launch.cjs): Node reaches a CommonJS
 * entry point several milliseconds sooner than a module, for which it starts its module loader first.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import { crc32 } from 'node:zlib';

/** The bundle that {@link launch} runs, and the code cache beside it. */
export const BUNDLE = fileURLToPath(new URL('./bundle.cjs', import.meta.url));
export const BUNDLE_CACHE = fileURLToPath(new URL('./bundle.cache', import.meta.url));

// A cache file is the CRC-32 of the source it was made for, then V8's data. A checksum, not a digest: it
// tells a cache made for other source, which is all it is asked (whoever can write the bundle can change
// what it runs anyway), and node:zlib loads in a millisecond where node:crypto takes five.
const DIGEST_BYTES = 4;

/** A CommonJS bundle after it ran: what it exports, and the compiled script (to make a cache from). */
export interface LoadedBundle {
  exports: Record<string, unknown>;
  script: Script;
  /** True when V8 took the cache; false when it was refused or there was none. */
  cached: boolean;
}

function digest(source: Buffer): Buffer {
  const sum = Buffer.alloc(DIGEST_BYTES);
  sum.writeUInt32BE(crc32(source));
  return sum;
}

/**
 * Runs a CommonJS bundle as Node's own loader would (the same wrapper and arguments), using its code cache
 * when there is one for this very source.
 * @param file the bundle
 * @param cacheFile its code cache; null to compile from source
 */
export function loadBundle(file: string, cacheFile: string | null): LoadedBundle {
  const bytes = readFileSync(file);
  let cachedData: Buffer | undefined;
  if (cacheFile !== null) {
    try {
      const cache = readFileSync(cacheFile);
      if (cache.length > DIGEST_BYTES && digest(bytes).equals(cache.subarray(0, DIGEST_BYTES))) {
        cachedData = cache.subarray(DIGEST_BYTES);
      }
    } catch {
      // No cache (a build without one, or a read-only copy): compiled from source.
    }
  }
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${bytes.toString('utf8')}\n})`;
  const script = new Script(wrapped, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as Record<string, unknown> };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script, cached: cachedData !== undefined && script.cachedDataRejected === false };
}

/**
 * The code cache of a bundle that has run: V8's data after the functions it ran were compiled, behind the
 * digest of the source that {@link loadBundle} checks.
 * @param file the bundle the script was loaded from
 * @param script the script {@link loadBundle} returned
 */
export function makeBundleCache(file: string, script: Script): Buffer {
  return Buffer.concat([digest(readFileSync(file)), script.createCachedData()]);
}

/**
 * V8 compiles a regular expression twice by default: to bytecode for its first match, to machine code at
 * its second. A parse runs each of its patterns a handful of times on a notice, so for one file the first
 * compilation is wasted (about 25 ms of a parse); in a batch both come to the same.
 */
const REGEXP_FLAGS = '--no-regexp-tier-up';

/**
 * Runs the CLI: the bundle when the build made one, the compiled modules otherwise.
 * @param argv process.argv
 */
export async function launch(argv: string[]): Promise<void> {
  let main: ((argv: string[]) => Promise<void>) | undefined;
  try {
    main = loadBundle(BUNDLE, BUNDLE_CACHE).exports.main as typeof main;
  } catch (err) {
    if ((err as NodeJS.ErrnoException)?.code !== 'ENOENT') throw err;
  }
  // Only now: V8 takes a code cache only when the flags it was made with are the same.
  setFlagsFromString(REGEXP_FLAGS);
  main ??= ((await import(new URL('./index.js', import.meta.url).href)) as typeof import('./index.js')).main;
  await main(argv);
}
