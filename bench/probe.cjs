// Preloaded into `thongbao parse` by the throughput benchmark (node -r bench/probe.cjs ...): at exit it
// writes to stderr, as one JSON line after "probe:",
//   - the CPU seconds of each kind of thread: the main thread, the worker threads that parse, and V8's own
//     helper threads (compiler and collector) together. It tells what two threads cost per notice against
//     one, which the process's total CPU hides;
//   - the peak resident memory of the whole process in the first and in the second half of the run, in MB:
//     memory that grows with the number of notices parsed peaks higher in the second half;
//   - the seconds from its loading to the exit.
// Linux only (/proc); elsewhere it writes nothing.
'use strict';
const { readFileSync, readdirSync, readlinkSync, writeSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');

const CHANNEL = 'thongbao-bench-threads';
const ownTid = () => {
  try {
    return readlinkSync('/proc/thread-self').split('/').pop();
  } catch {
    return null;
  }
};

if (!isMainThread) {
  // Each worker says which thread it is; the main thread samples it, as a worker is stopped, not exited.
  const tid = ownTid();
  if (tid !== null) {
    const channel = new BroadcastChannel(CHANNEL);
    channel.postMessage(tid);
    channel.close();
  }
} else if (ownTid() !== null) {
  const workers = new Set();
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event) => workers.add(String(event.data));
  channel.unref();
  const cpu = new Map();
  const started = Date.now();
  // RSS sampled every 100 ms, split into the two halves of the run at exit.
  const rss = [];
  const sample = () => {
    rss.push(process.memoryUsage.rss());
    for (const tid of readdirSync('/proc/self/task')) {
      try {
        const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        // utime and stime, in clock ticks (100 a second on Linux).
        cpu.set(tid, (Number(fields[11]) + Number(fields[12])) / 100);
      } catch {
        // The thread ended between the listing and the read; its last sample stands.
      }
    }
  };
  setInterval(sample, 100).unref();
  process.on('exit', () => {
    sample();
    const main = cpu.get(String(process.pid)) ?? 0;
    let worker = 0;
    let helpers = 0;
    for (const [tid, seconds] of cpu) {
      if (tid === String(process.pid)) continue;
      if (workers.has(tid)) worker += seconds;
      else helpers += seconds;
    }
    const r = (s) => Math.round(s * 100) / 100;
    const half = Math.ceil(rss.length / 2);
    const peakMb = (list) => Math.round(Math.max(0, ...list) / 2 ** 20);
    const probe = {
      threads: { main: r(main), workers: r(worker), helpers: r(helpers) },
      rss: { firstHalf: peakMb(rss.slice(0, half)), secondHalf: peakMb(rss.slice(half)) },
      seconds: r((Date.now() - started) / 1000),
    };
    writeSync(2, `probe: ${JSON.stringify(probe)}\n`);
  });
}
