import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBundle, makeBundleCache } from '../src/cli/launch.js';

const dir = mkdtempSync(join(tmpdir(), 'thongbao-launch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function bundle(name: string, source: string): string {
  const file = join(dir, name);
  writeFileSync(file, source);
  return file;
}

describe('loadBundle', () => {
  it('runs a CommonJS bundle with the wrapper arguments Node gives a module', () => {
    const file = bundle('args.cjs', 'module.exports.seen = [typeof require, __filename, typeof exports];');
    const { exports, cached } = loadBundle(file, null);
    expect(exports.seen).toEqual(['function', file, 'object']);
    expect(cached).toBe(false);
  });

  it('takes a cache made for the same source', () => {
    const file = bundle('same.cjs', 'module.exports.answer = function answer() { return 42; };');
    const first = loadBundle(file, null);
    expect((first.exports.answer as () => number)()).toBe(42);
    const cacheFile = join(dir, 'same.cache');
    writeFileSync(cacheFile, makeBundleCache(file, first.script));
    const again = loadBundle(file, cacheFile);
    expect(again.cached).toBe(true);
    expect((again.exports.answer as () => number)()).toBe(42);
  });

  it('compiles from source when the cache was made for other source, is damaged or is missing', () => {
    const old = bundle('changed.cjs', 'module.exports.v = "old";');
    const cacheFile = join(dir, 'changed.cache');
    writeFileSync(cacheFile, makeBundleCache(old, loadBundle(old, null).script));
    // Same length, other source: V8 alone would take the cache, as it only compares lengths.
    bundle('changed.cjs', 'module.exports.v = "new";');
    const changed = loadBundle(old, cacheFile);
    expect(changed.cached).toBe(false);
    expect(changed.exports.v).toBe('new');

    const damaged = join(dir, 'damaged.cache');
    writeFileSync(damaged, Buffer.from('not a cache'));
    expect(loadBundle(old, damaged)).toMatchObject({ cached: false, exports: { v: 'new' } });
    expect(loadBundle(old, join(dir, 'missing.cache'))).toMatchObject({ cached: false, exports: { v: 'new' } });
  });
});

describe('the built CLI bundle', () => {
  it('has a code cache that this Node takes', () => {
    // A fresh process, as bin/thongbao.js runs: the cache must match its V8 and its flags.
    const launch = new URL('../dist/cli/launch.js', import.meta.url).href;
    const script = `const m = await import(${JSON.stringify(launch)}); console.log(m.loadBundle(m.BUNDLE, m.BUNDLE_CACHE).cached);`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('true');
  });

  it('is started by bin/thongbao.js as CommonJS, through a launcher that takes the cache as well', () => {
    const bin = fileURLToPath(new URL('../bin/thongbao.js', import.meta.url));
    const launcher = fileURLToPath(new URL('../dist/cli/launch.cjs', import.meta.url));
    // The cache is checked first: the launcher then sets a V8 flag, after which V8 refuses it. require() of
    // a module would throw. bin/thongbao.js runs the CLI on the arguments after the script.
    const script = `const m = require(${JSON.stringify(launcher)}); console.log(typeof module, m.loadBundle(m.BUNDLE, m.BUNDLE_CACHE).cached); require(${JSON.stringify(bin)});`;
    const r = spawnSync(process.execPath, ['-e', script, '--', 'thongbao', '--version'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toEqual(['object true', '0.1.0']);
  });
});
