#!/usr/bin/env node
// Builds a corpus of N notices from the fixtures for the throughput benchmark: each one is a fixture with
// its number, dates, signer and task count varied, so that no two files are the same text.
//
//   node bench/generate.js 10000 [DIR]      prints the folder it wrote
//
// The corpus depends only on N and the seed, so that runs on different machines parse the same files.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

// "Số: 307 /TB-UBND", "Số:  12-TB/HU"
const SERIAL = /(?<label>Số\s*:\s*)(?<serial>\d+)/u;
// "ngày 15 tháng 9 năm 2017"
const WRITTEN_DATE = /ngày(?<s1>\s+)\d{1,2}(?<s2>\s+)tháng(?<s3>\s+)\d{1,2}(?<s4>\s+)năm(?<s5>\s+)\d{4}/gu;
// "15/10/2017", "07/9/2017"
const NUMERIC_DATE = /(?<!\d)\d{1,2}\/\d{1,2}\/(?:19|20)\d{2}(?!\d)/gu;
// "3. Cơ quan Thường trực ...": a numbered task line.
const TASK_LINE = /^(?<n>\d{1,2})\.\s+(?<text>\S.*)$/u;

const SIGNERS = [
  'Trần Quốc Khánh', 'Nguyễn Thị Hồng Nhung', 'Lê Văn Dũng', 'Phạm Minh Tuấn', 'Hoàng Thị Thu Hà',
  'Vũ Đức Thắng', 'Đặng Ngọc Ánh', 'Bùi Văn Quyết', 'Đỗ Thị Lan Hương', 'Ngô Xuân Trường',
];

/** A small seeded generator (mulberry32), so the corpus is the same on every run. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The fixture texts, sorted by name. */
export function loadFixtures(dir = FIXTURES) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** One varied notice made from `base`. */
export function varyNotice(base, random) {
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const year = int(2005, 2026);
  let text = base.replace(SERIAL, (_m, label) => `${label}${int(1, 4999)}`);
  text = text.replace(
    WRITTEN_DATE,
    (_m, s1, s2, s3, s4, s5) => `ngày${s1}${int(1, 28)}${s2}tháng${s3}${int(1, 12)}${s4}năm${s5}${year}`,
  );
  text = text.replace(NUMERIC_DATE, () => `${String(int(1, 28)).padStart(2, '0')}/${int(1, 12)}/${year + int(0, 1)}`);

  const lines = text.split('\n');
  // The signer's name is the last non-empty line of almost every notice.
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i].trim() !== '') {
      if (/^\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,4}\s*$/u.test(lines[i].trim())) lines[i] = SIGNERS[int(0, SIGNERS.length - 1)];
      break;
    }
  }
  // Task count: drop up to two of the last numbered lines, or add up to three more after the last one.
  const tasks = [];
  lines.forEach((l, i) => {
    const m = TASK_LINE.exec(l);
    if (m) tasks.push({ i, n: Number(m.groups.n), text: m.groups.text });
  });
  const delta = tasks.length ? int(-Math.min(2, tasks.length - 1), 3) : 0;
  if (delta < 0) {
    for (const t of tasks.slice(delta).reverse()) lines.splice(t.i, 1);
  } else if (delta > 0) {
    const last = tasks[tasks.length - 1];
    const extra = [];
    for (let k = 1; k <= delta; k++) extra.push('', `${last.n + k}. ${tasks[int(0, tasks.length - 1)].text}`);
    lines.splice(last.i + 1, 0, ...extra);
  }
  return lines.join('\n');
}

/**
 * Writes `n` notices into `dir` (created if needed), spread over sub-folders of 1 000 files.
 * @returns {{ dir: string, files: number, bytes: number }}
 */
export function generateCorpus(n, dir = mkdtempSync(join(tmpdir(), 'thongbao-bench-')), seed = 20_240_601) {
  const fixtures = loadFixtures();
  const random = rng(seed);
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const sub = join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    const text = varyNotice(fixtures[i % fixtures.length], random);
    const buf = Buffer.from(text, 'utf8');
    bytes += buf.length;
    writeFileSync(join(sub, `notice-${String(i).padStart(6, '0')}.txt`), buf);
  }
  return { dir, files: n, bytes };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const n = Number(process.argv[2] ?? 1000);
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write('usage: node bench/generate.js N [DIR]\n');
    process.exitCode = 2;
  } else {
    const out = generateCorpus(n, process.argv[3]);
    process.stdout.write(`${out.dir}\n`);
    process.stderr.write(`${out.files} notices, ${(out.bytes / 1e6).toFixed(1)} MB (${Math.round(out.bytes / out.files)} bytes each on average)\n`);
  }
}
