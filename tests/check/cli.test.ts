import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = new URL('../../bin/thongbao.js', import.meta.url).pathname;
const DIR = new URL('../../fixtures/check/', import.meta.url).pathname;
const BAC_GIANG = DIR + 'bacgiang-307-TB-UBND-2017.txt';
const DRAFT = DIR + 'draft-lamdong-tbkl-khcn.txt';

function run(args: string[], opts: { input?: string; cwd?: string; env?: Record<string, string> } = {}) {
  return spawnSync(process.execPath, [BIN, 'check', '--as-of', '2026-06-30', ...args], {
    input: opts.input,
    cwd: opts.cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...opts.env },
  });
}

describe('thongbao check (built binary)', () => {
  it('exits 1 with errors and prints the stylish report', () => {
    const r = run([BAC_GIANG]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('3:8  error');
    expect(r.stdout).toContain('✖ 3 problems (3 errors, 0 warnings)');
  });

  it('exits 0 when only warnings or nothing remain', () => {
    const dir = mkdtempSync(join(tmpdir(), 'thongbao-check-'));
    const f = join(dir, 'a.txt');
    writeFileSync(f, readFileSync(DRAFT, 'utf8'));
    expect(run([f]).status).toBe(1);
    expect(run(['--rule', 'nd30/motto=warn', f]).status).toBe(0);
    expect(run(['--rule', 'nd30/motto=warn', '--max-warnings', '0', f]).status).toBe(1);
    expect(run(['--rule', 'nd30/motto=off', f]).stdout).toBe('');
  });

  it('writes GitHub annotations', () => {
    const r = run(['--format', 'github', BAC_GIANG]);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe(
      `::error file=${BAC_GIANG},line=3,col=8,endLine=3,endColumn=9,title=nd30/symbol-format::Number line "Số: 307 /TB-UBND" has a space before "/"; expected "307/TB-UBND" with no spaces.`,
    );
  });

  it('writes SARIF 2.1.0', () => {
    const log = JSON.parse(run(['--format', 'sarif', BAC_GIANG]).stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results).toHaveLength(3);
  });

  it('checks the other files, reports an unreadable one and exits 2', () => {
    const r = run(['--format', 'json', 'no-such-file.txt', BAC_GIANG]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('thongbao: cannot read no-such-file.txt: no such file or directory');
    expect(JSON.parse(r.stdout)[0].errorCount).toBe(3);
  });

  it('exits 2 on usage errors and bad configurations', () => {
    expect(run(['--format', 'xml', BAC_GIANG]).status).toBe(2);
    expect(run(['--rule', 'nd30/nope=off', BAC_GIANG]).stderr).toContain('unknown rule "nd30/nope"');
    expect(run(['--as-of', '2021-02-30', BAC_GIANG]).status).toBe(2);
    expect(run(['--write', BAC_GIANG]).status).toBe(2);
    const dir = mkdtempSync(join(tmpdir(), 'thongbao-check-'));
    writeFileSync(join(dir, '.thongbaorc.json'), JSON.stringify({ rules: { 'nd30/bogus': 'off' } }));
    copyFileSync(BAC_GIANG, join(dir, 'a.txt'));
    const r = run([join(dir, 'a.txt')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/\.thongbaorc\.json: unknown rule "nd30\/bogus"/);
  });

  it('finds .thongbaorc.json from the file folder upward', () => {
    const dir = mkdtempSync(join(tmpdir(), 'thongbao-check-'));
    writeFileSync(join(dir, '.thongbaorc.json'), JSON.stringify({ rules: { 'nd30/national-title': 'off', 'nd30/issuer': 'warn' } }));
    const sub = join(dir, 'sub');
    spawnSync('mkdir', [sub]);
    copyFileSync(BAC_GIANG, join(sub, 'a.txt'));
    const r = run(['--format', 'json', join(sub, 'a.txt')]);
    const j = JSON.parse(r.stdout)[0];
    expect(j.messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['nd30/issuer', 'nd30/symbol-format']);
    expect(j.warningCount).toBe(1);
  });

  it('--fix prints the fixed text and never touches the file; --fix --write replaces it and keeps a .bak', () => {
    const dir = mkdtempSync(join(tmpdir(), 'thongbao-check-'));
    const f = join(dir, 'a.txt');
    const original = readFileSync(BAC_GIANG, 'utf8');
    writeFileSync(f, original);
    const r = run(['--fix', f]);
    expect(r.stdout.split('\n')[2]).toBe('Số: 307/TB-UBND');
    expect(readFileSync(f, 'utf8')).toBe(original);
    const w = run(['--fix', '--write', f]);
    expect(w.status).toBe(1);
    expect(readFileSync(f, 'utf8').split('\n')[2]).toBe('Số: 307/TB-UBND');
    expect(readFileSync(`${f}.bak`, 'utf8')).toBe(original);
    expect(existsSync(join(dir, `.a.txt.${process.pid}.tmp`))).toBe(false);
  });

  it('keeps CRLF line endings when writing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'thongbao-check-'));
    const f = join(dir, 'crlf.txt');
    writeFileSync(f, readFileSync(BAC_GIANG, 'utf8').replace(/\n/g, '\r\n'));
    run(['--fix', '--write', f]);
    const out = readFileSync(f, 'utf8');
    expect(out.split('\r\n')[2]).toBe('Số: 307/TB-UBND');
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('writes back only what it fixed: other lines keep their no-break spaces and decomposed letters', () => {
    const dir = mkdtempSync(join(tmpdir(), 'thongbao-check-'));
    const f = join(dir, 'a.txt');
    const lines = readFileSync(BAC_GIANG, 'utf8').split('\n');
    lines[4] = lines[4]!.replace(' ', '\u00A0');
    lines[6] = lines[6]!.normalize('NFD');
    expect(lines[4]).toContain('\u00A0');
    expect(lines[6]).not.toBe(lines[6]!.normalize('NFC'));
    writeFileSync(f, lines.join('\n'));
    const printed = run(['--fix', f]).stdout;
    run(['--fix', '--write', f]);
    const out = readFileSync(f, 'utf8');
    expect(out).toBe(printed);
    expect(out.split('\n')).toEqual(lines.map((l, i) => (i === 2 ? 'Số: 307/TB-UBND' : l)));
  });

  it('reads stdin for "-"', () => {
    const r = run(['--format', 'github', '-'], { input: readFileSync(BAC_GIANG, 'utf8') });
    expect(r.stdout).toContain('::error file=-,line=3,col=8,');
  });
});
