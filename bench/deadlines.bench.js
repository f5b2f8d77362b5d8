#!/usr/bin/env node
// The deadline engine against chrono-node's Vietnamese locale on the phrase table of tests/deadlines:
// how many phrases each gets right (the same start and end as the table) and how many phrases per second.
//
//   npm run bench            (builds, then runs every bench/*.bench.js)
//   node bench/deadlines.bench.js   (after npm run build)
//
// chrono returns dates, not deadlines: it has no "before", recurring, asap or ongoing result, so the
// comparison counts the dated phrases (end not null) for both, and also reports ours on every phrase
// (kind, start, end) and on the negative sentences (none may give a deadline).
import { readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import { findDeadlines } from '../dist/parse/deadlines/index.js';

const table = JSON.parse(readFileSync(new URL('../tests/deadlines/phrases.json', import.meta.url), 'utf8'));
const rows = table.positive;
const phrases = rows.flatMap((r) => r.expected.map((e) => ({ row: r, e })));
const dated = phrases.filter((p) => p.e.end !== null);

const ctxOf = (r) => ({ ref: { date: r.ref, certain: r.refCertain }, meetingDate: r.meetingDate ?? null });
const refDate = (r) => new Date(Number(r.ref.slice(0, 4)), Number(r.ref.slice(5, 7)) - 1, Number(r.ref.slice(8, 10)), 12);
const pad = (n) => String(n).padStart(2, '0');
const iso = (c) => `${c.get('year')}-${pad(c.get('month'))}-${pad(c.get('day'))}`;

// Ours: the phrase is right when a deadline with its text has its kind, start and end.
function oursRight(found, e) {
  return found.some((d) => d.text === e.text && d.kind === e.kind && d.start === e.start && d.end === e.end);
}
// chrono: right when one of its results spans the expected dates (its start alone for a phrase with no start).
function chronoRight(results, e) {
  return results.some((r) => {
    const s = iso(r.start);
    const end = r.end ? iso(r.end) : s;
    return e.start === null ? end === e.end || s === e.end : s === e.start && end === e.end;
  });
}

const ours = rows.map((r) => findDeadlines(r.sentence, ctxOf(r)));
const theirs = rows.map((r) => chrono.vi.parse(r.sentence, refDate(r), { forwardDate: true }));
const byRow = new Map(rows.map((r, i) => [r, i]));
const oursAll = phrases.filter((p) => oursRight(ours[byRow.get(p.row)], p.e)).length;
const oursDated = dated.filter((p) => oursRight(ours[byRow.get(p.row)], p.e)).length;
const chronoDated = dated.filter((p) => chronoRight(theirs[byRow.get(p.row)], p.e)).length;
const oursNegClean = table.negative.filter((r) => findDeadlines(r.sentence, ctxOf(r)).length === 0).length;
const chronoNegClean = table.negative.filter((r) => chrono.vi.parse(r.sentence, refDate(r)).length === 0).length;

// Phrases per second: the whole table, repeated for about a second after a warm-up.
function rate(run) {
  for (let i = 0; i < 20; i++) run();
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 1500) {
    run();
    n++;
  }
  return (n * phrases.length) / ((performance.now() - t0) / 1000);
}
const oursRate = rate(() => rows.forEach((r) => findDeadlines(r.sentence, ctxOf(r))));
const chronoRate = rate(() => rows.forEach((r) => chrono.vi.parse(r.sentence, refDate(r), { forwardDate: true })));

const f = (n) => Math.round(n).toLocaleString('en-US');
console.log(`phrase table: ${rows.length} sentences, ${phrases.length} phrases (${dated.length} dated), ${table.negative.length} negative sentences`);
console.log('');
console.log('| | thongbao deadlines | chrono-node vi |');
console.log('|---|---|---|');
console.log(`| dated phrases right (start and end) | ${oursDated} / ${dated.length} | ${chronoDated} / ${dated.length} |`);
console.log(`| all phrases right (kind, start, end) | ${oursAll} / ${phrases.length} | n/a (no kinds) |`);
console.log(`| negative sentences with no date found | ${oursNegClean} / ${table.negative.length} | ${chronoNegClean} / ${table.negative.length} |`);
console.log(`| phrases per second | ${f(oursRate)} | ${f(chronoRate)} |`);
if (oursAll !== phrases.length || oursNegClean !== table.negative.length) {
  console.error('thongbao: the deadline engine is wrong on part of the phrase table.');
  process.exitCode = 1;
}
