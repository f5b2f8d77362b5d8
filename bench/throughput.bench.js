#!/usr/bin/env node
// Batch throughput of `thongbao parse` (the built CLI in dist/, run as users run it) against its targets:
//   - one core (--jobs 1) parses at least 2 000 typical (10 KB) notices per second;
//   - it stays within 5x of the floor: a plain Node script that only reads, decodes and splits each file;
//   - --jobs 2 is at least 1.7x faster than --jobs 1;
//   - peak memory (RSS of the whole process, worker threads included) does not grow with N;
//   - one small file parses in under 120 ms wall time, Node's start-up included.
// It also times `check` and `report` over the same notices, which have no targets of their own.
//
//   npm run bench                          (builds, then runs every bench/*.bench.js)
//   node bench/throughput.bench.js         (after npm run build)
//   BENCH_N=1000,10000 BENCH_RUNS=3 node bench/throughput.bench.js
//
// Wall times are the best of BENCH_RUNS runs, each a fresh process writing NDJSON to /dev/null.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './generate.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'bin', 'thongbao.js');
const PROBE = join(ROOT, 'bench', 'probe.cjs');
/** The arguments of every timed `thongbao parse`: NDJSON, no progress, `jobs` threads. */
const parseArgs = (paths, jobs) => [BIN, 'parse', ...paths, '--compact', '-q', '--jobs', String(jobs)];
const SMALL = join(ROOT, 'fixtures', 'bacgiang-307-TB-UBND-2017.txt');
const SIZES = (process.env.BENCH_N ?? '1000,10000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

// The floor: what any tool must do for each file, with nothing of thongbao loaded.
const FLOOR = `
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
const walk = (d) => readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))
  .flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
const dec = new TextDecoder('utf-8');
let lines = 0;
for (const f of walk(process.argv[2])) lines += dec.decode(readFileSync(f)).split('\\n').length;
if (lines === 0) process.exitCode = 1;
`;

// The machine's own ceiling for --jobs 2: the same pure CPU loop on one thread, then on two at once.
const SPIN = `
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
const work = () => { let x = 0; for (let i = 0; i < 3e8; i++) x = (x + i * 7) % 1000003; return x; };
if (!isMainThread) parentPort.postMessage(work());
else {
  const time = async (n) => {
    const t = performance.now();
    await Promise.all(Array.from({ length: n }, () => new Promise((r) => new Worker(new URL(import.meta.url)).on('message', r))));
    return performance.now() - t;
  };
  const one = Math.min(await time(1), await time(1));
  const two = Math.min(await time(2), await time(2));
  console.log(((2 * one) / two).toFixed(2));
}
`;

/**
 * Runs a command, returns wall seconds and peak RSS in MB (when /usr/bin/time is there).
 * @param statuses the exit codes that mean it ran (`check` exits 1 when it finds errors)
 */
function measure(cmd, args, statuses = [0]) {
  const full = TIME ? [TIME, ['-v', cmd, ...args]] : [cmd, args];
  const t = process.hrtime.bigint();
  const r = spawnSync(full[0], full[1], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = Number(process.hrtime.bigint() - t) / 1e9;
  if (!statuses.includes(r.status)) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-2000)}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr);
  const sys = /System time \(seconds\): ([\d.]+)/.exec(r.stderr);
  return { wall, rssMb: rss ? Number(rss[1]) / 1024 : null, cpu: user && sys ? Number(user[1]) + Number(sys[1]) : null };
}

function best(cmd, args, statuses = [0]) {
  const runs = Array.from({ length: RUNS }, () => measure(cmd, args, statuses));
  return {
    wall: Math.min(...runs.map((r) => r.wall)),
    rssMb: runs.every((r) => r.rssMb !== null) ? Math.max(...runs.map((r) => r.rssMb)) : null,
    cpu: runs.every((r) => r.cpu !== null) ? Math.min(...runs.map((r) => r.cpu)) : null,
  };
}

/**
 * Wall times of short runs of node, Node's start-up included: hyperfine when installed, else a spawn loop
 * that takes the commands in turn, so that a change in the machine's load touches them all alike.
 * @param commands what node runs each time: the CLI on the small file, `-e 0` for Node's own start-up
 */
function startUps(commands) {
  const hf = spawnSync('hyperfine', ['--version'], { encoding: 'utf8' });
  if (hf.status === 0) {
    const dir = mkdtempSync(join(os.tmpdir(), 'thongbao-hf-'));
    const json = join(dir, 'hf.json');
    const r = spawnSync(
      'hyperfine',
      ['-N', '--warmup', '5', '--runs', '40', '--export-json', json, ...commands.map((args) => [process.execPath, ...args].join(' '))],
      { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
    );
    if (r.status === 0) {
      const results = JSON.parse(readFileSync(json, 'utf8')).results;
      rmSync(dir, { recursive: true, force: true });
      return results.map((res) => ({ how: 'hyperfine -N --warmup 5 --runs 40', mean: res.mean * 1000, median: res.median * 1000, min: res.min * 1000 }));
    }
  }
  const times = commands.map(() => []);
  for (let i = 0; i < 45; i++) {
    commands.forEach((args, k) => {
      const t = process.hrtime.bigint();
      spawnSync(process.execPath, args, { stdio: 'ignore' });
      if (i >= 5) times[k].push(Number(process.hrtime.bigint() - t) / 1e6);
    });
  }
  return times.map((list) => {
    list.sort((a, b) => a - b);
    return { how: 'spawnSync loop, 40 runs, the commands in turn', mean: list.reduce((a, b) => a + b, 0) / list.length, median: list[20], min: list[0] };
  });
}

/**
 * What two cores of this machine give this workload: `--jobs 1` over the whole corpus, against two
 * `--jobs 1` processes run at once, each over half of its folders. A pure CPU loop (above) overstates it:
 * the parser reads memory far more, and V8's own compiler and collector threads already use the second
 * core of a single process. Returns the speed-up, or null when the corpus has a single folder.
 */
async function workloadCeiling(dir) {
  const parts = readdirSync(dir).sort().map((d) => join(dir, d));
  if (parts.length < 2) return null;
  const halves = [parts.slice(0, parts.length >> 1), parts.slice(parts.length >> 1)];
  const run = (paths) =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, parseArgs(paths, 1), { stdio: 'ignore' });
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`parse exited ${code}`))));
    });
  let one = Infinity;
  let two = Infinity;
  for (let i = 0; i < RUNS; i++) {
    let t = process.hrtime.bigint();
    await run(parts);
    one = Math.min(one, Number(process.hrtime.bigint() - t) / 1e9);
    t = process.hrtime.bigint();
    await Promise.all(halves.map(run));
    two = Math.min(two, Number(process.hrtime.bigint() - t) / 1e9);
  }
  return one / two;
}

/**
 * One run of `--jobs 1` and one of `--jobs 2` with bench/probe.cjs preloaded: CPU seconds of each kind of
 * thread, and peak RSS in each half of the run; null off Linux. The process's total CPU hides that two threads
 * parsing at once each take longer per notice than one alone, and that V8's helper threads take a share of
 * the cores; the peak of a whole run does not tell memory that grows with the notices parsed from a heap
 * that grows once, during the first seconds.
 */
function probeRuns(dir) {
  const run = (jobs) => {
    const r = spawnSync(process.execPath, ['-r', PROBE, ...parseArgs([dir], jobs)], {
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
    const line = /^probe: (.*)$/m.exec(r.stderr ?? '');
    return r.status === 0 && line ? JSON.parse(line[1]) : null;
  };
  const one = run(1);
  const two = run(2);
  return one && two ? { one, two } : null;
}

const f1 = (x) => x.toFixed(1);
const rss = (r) => (r.rssMb === null ? 'n/a' : `${Math.round(r.rssMb)} MB`);
const ok = (pass) => (pass ? 'met' : 'NOT met');

if (!existsSync(join(ROOT, 'dist', 'cli', 'index.js'))) {
  throw new Error('dist/ is missing: build first (npm run build)');
}
const floorDir = mkdtempSync(join(os.tmpdir(), 'thongbao-floor-'));
const floorScript = join(floorDir, 'floor.mjs');
writeFileSync(floorScript, FLOOR);
const spinScript = join(floorDir, 'spin.mjs');
writeFileSync(spinScript, SPIN);
const ceiling = () => Number(spawnSync(process.execPath, [spinScript], { encoding: 'utf8' }).stdout.trim());

const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism()} cores available, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`## Batch throughput\n\nMachine: ${machine}; load average at start ${load()}\n`);
console.log('| N | MB | floor (read+decode+split) | --jobs 1 | --jobs 2 | jobs 2 / jobs 1 | jobs 1 / floor | CPU s: floor, jobs 1, jobs 2 | peak RSS jobs 1 | peak RSS jobs 2 |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
const rows = [];
for (const n of SIZES) {
  const { dir, bytes } = generateCorpus(n);
  const mb = bytes / 1e6;
  const floor = best(process.execPath, [floorScript, dir]);
  const j1 = best(process.execPath, parseArgs([dir], 1));
  const j2 = best(process.execPath, parseArgs([dir], 2));
  const check = best(process.execPath, [BIN, 'check', dir, '--format', 'json', '-q', '--jobs', '1'], [0, 1]);
  const report = best(process.execPath, [BIN, 'report', dir, '--format', 'ndjson', '-q', '--jobs', '1']);
  const last = n === SIZES[SIZES.length - 1];
  const row = { n, mb, floor, j1, j2, check, report, workload: last ? await workloadCeiling(dir) : null, probes: last ? probeRuns(dir) : null };
  rows.push(row);
  const rate = (r) => `${Math.round(n / r.wall)} notices/s, ${f1(mb / r.wall)} MB/s (${f1(r.wall)} s)`;
  console.log(
    `| ${n} | ${f1(mb)} | ${rate(floor)} | ${rate(j1)} | ${rate(j2)} | ${(j1.wall / j2.wall).toFixed(2)}x | ${(j1.wall / floor.wall).toFixed(1)}x | ${[floor, j1, j2].map((r) => (r.cpu === null ? 'n/a' : f1(r.cpu))).join(', ')} | ${rss(j1)} | ${rss(j2)} |`,
  );
  rmSync(dir, { recursive: true, force: true });
}
console.log('\nThe other commands over the same notices, on one thread (`check --format json`, `report --format ndjson`):\n');
console.log('| N | check | report | peak RSS check | peak RSS report |');
console.log('|---|---|---|---|---|');
for (const { n, check, report } of rows) {
  const rate = (r) => `${Math.round(n / r.wall)} notices/s (${f1(r.wall)} s)`;
  console.log(`| ${n} | ${rate(check)} | ${rate(report)} | ${rss(check)} | ${rss(report)} |`);
}
const probes = rows[rows.length - 1]?.probes;
if (probes) {
  const n = rows[rows.length - 1].n;
  const perNotice = (t) => `${((1000 * (t.main + t.workers)) / n).toFixed(2)} ms`;
  console.log(`\nOne more run of each with bench/probe.cjs (N = ${n}): CPU seconds by thread, and peak RSS (sampled every 100 ms) in each half of the run:\n`);
  console.log('| | wall | main thread | worker threads | V8 helper threads | parsing threads\' CPU per notice | peak RSS, first half | peak RSS, second half |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const [label, p] of [['--jobs 1', probes.one], ['--jobs 2', probes.two]]) {
    const t = p.threads;
    console.log(`| ${label} | ${f1(p.seconds)} s | ${f1(t.main)} | ${f1(t.workers)} | ${f1(t.helpers)} | ${perNotice(t)} | ${p.rss.firstHalf} MB | ${p.rss.secondHalf} MB |`);
  }
}
const [single, bare] = startUps([[BIN, 'parse', SMALL, '--compact'], ['-e', '0']]);
console.log(`\nOne small file (${SMALL.split('/').pop()}, ${readFileSync(SMALL).length} bytes), wall time including Node start-up (${single.how}): mean ${f1(single.mean)} ms, median ${f1(single.median)} ms, min ${f1(single.min)} ms. Node alone (\`node -e 0\`, same method): median ${f1(bare.median)} ms, min ${f1(bare.min)} ms.\n`);

const big = rows[rows.length - 1];
const small = rows[0];
console.log('| target | measured | |');
console.log('|---|---|---|');
console.log(`| one core >= 2 000 notices/s | ${Math.round(big.n / big.j1.wall)} notices/s (N = ${big.n})${big.j1.cpu ? `; ${Math.round(big.n / big.j1.cpu)} per CPU second` : ''} | ${ok(big.n / big.j1.wall >= 2000)} |`);
console.log(`| within 5x of the floor | ${(big.j1.wall / big.floor.wall).toFixed(1)}x | ${ok(big.j1.wall / big.floor.wall <= 5)} |`);
const workload = big.workload === null ? '' : `; two \`--jobs 1\` processes at once, each on half the files: ${big.workload.toFixed(2)}x`;
console.log(`| --jobs 2 >= 1.7x --jobs 1 | ${(big.j1.wall / big.j2.wall).toFixed(2)}x (this machine's ceiling, two threads of a pure CPU loop: ${ceiling().toFixed(2)}x${workload}) | ${ok(big.j1.wall / big.j2.wall >= 1.7)} |`);
if (big.j1.rssMb !== null && small !== big) {
  const growth = Math.max(big.j1.rssMb / small.j1.rssMb, big.j2.rssMb / small.j2.rssMb);
  const halves = probes
    ? `; within the run of ${big.n}, first half -> second half: ${probes.one.rss.firstHalf} -> ${probes.one.rss.secondHalf} MB (jobs 1), ${probes.two.rss.firstHalf} -> ${probes.two.rss.secondHalf} MB (jobs 2)`
    : '';
  console.log(`| peak RSS flat in N (N = ${small.n} -> ${big.n}) | ${Math.round(small.j1.rssMb)} -> ${Math.round(big.j1.rssMb)} MB (jobs 1), ${Math.round(small.j2.rssMb)} -> ${Math.round(big.j2.rssMb)} MB (jobs 2)${halves} | ${ok(growth <= 1.25)} |`);
}
console.log(`| one small file < 120 ms | median ${f1(single.median)} ms (Node alone: ${f1(bare.median)} ms) | ${ok(single.median < 120)} |`);
console.log(`\nLoad average at the end: ${load()} (figures taken on a busy machine understate speed and scaling).`);
rmSync(floorDir, { recursive: true, force: true });
