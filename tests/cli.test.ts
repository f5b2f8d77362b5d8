import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NoticeSchema } from '../src/schema.js';

const BIN = new URL('../bin/thongbao.js', import.meta.url).pathname;
const BAC_GIANG = new URL('../fixtures/bacgiang-307-TB-UBND-2017.txt', import.meta.url).pathname;
const LAI_CHAU = new URL('../fixtures/laichau-28-TB-UBND-2012.txt', import.meta.url).pathname;

function run(args: string[], input?: string) {
  return spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8' });
}

describe('thongbao parse (built binary)', () => {
  it('prints one validated JSON object for one file', () => {
    const r = run(['parse', BAC_GIANG]);
    expect(r.status).toBe(0);
    const obj = JSON.parse(r.stdout);
    expect(NoticeSchema.parse(obj).source).toBe(BAC_GIANG);
  });

  it('reads stdin for "-" and records the source as "-"', () => {
    const r = run(['parse', '-'], readFileSync(BAC_GIANG, 'utf8'));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).source).toBe('-');
  });

  it('prints NDJSON in input order for several files', () => {
    const out = execFileSync(process.execPath, [BIN, 'parse', BAC_GIANG, LAI_CHAU], { encoding: 'utf8' });
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => JSON.parse(l).source)).toEqual([BAC_GIANG, LAI_CHAU]);
  });

  it('names a missing file on stderr, exits 1 and still parses the others', () => {
    const r = run(['parse', 'does-not-exist.txt', BAC_GIANG]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('thongbao: cannot read does-not-exist.txt: no such file or directory');
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out[0]).toEqual({ source: 'does-not-exist.txt', error: 'no such file or directory' });
    expect(out.map((o) => o.source)).toEqual(['does-not-exist.txt', BAC_GIANG]);
  });

  it('exits 2 on an unknown command', () => {
    expect(run(['bogus']).status).toBe(2);
  });

  it('prints a JSON Schema that describes the contract fields', () => {
    const r = run(['schema']);
    expect(r.status).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['schemaVersion', 'number', 'issued', 'tasks', 'recipients', 'signer', 'warnings']),
    );
  });
});
