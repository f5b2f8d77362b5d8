import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Nd30Schema } from '../../src/format/nd30.js';
import { buildReport, ReportRowSchema } from '../../src/report/row.js';
import { sortRows } from '../../src/report/sort.js';
import { BAC_GIANG, LAI_CHAU } from './notices.js';

// The built binary (CI builds dist/ before testing); THONGBAO_BIN points at another build.
const BIN = process.env.THONGBAO_BIN ?? fileURLToPath(new URL('../../bin/thongbao.js', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const BG_TXT = join(FIXTURES, 'bacgiang-307-TB-UBND-2017.txt');
const LC_TXT = join(FIXTURES, 'laichau-28-TB-UBND-2012.txt');
const TMP = mkdtempSync(join(tmpdir(), 'thongbao-report-'));
const Rows = z.array(ReportRowSchema);

afterAll(() => rmSync(TMP, { recursive: true, force: true }));

function run(args: string[], input?: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tmpFile(name: string, content: string): string {
  const path = join(TMP, name);
  writeFileSync(path, content);
  return path;
}

const NDJSON = [BAC_GIANG, LAI_CHAU].map((n) => JSON.stringify(n)).join('\n') + '\n';

describe('thongbao report on parse output (hand-built notices)', () => {
  it('reads NDJSON from stdin and prints the dated rows as json, sorted by due date', () => {
    const r = run(['report', '-', '--as-of', '2017-10-01', '--format', 'json'], NDJSON);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const rows = Rows.parse(JSON.parse(r.stdout));
    expect(rows.map((x) => [x.notice, x.taskId, x.due, x.status])).toEqual([
      ['28/TB-UBND', '4.1', '2012-06-30', 'overdue'],
      ['307/TB-UBND', '3', '2017-09-29', 'overdue'],
      ['307/TB-UBND', '4.1', '2017-10-15', 'upcoming'],
      ['307/TB-UBND', '4.2', '2017-10-30', 'upcoming'],
      ['307/TB-UBND', '4.1', '2017-10-31', 'upcoming'],
      ['307/TB-UBND', '4.2', '2017-11-30', 'upcoming'],
    ]);
    expect(rows).toEqual(sortRows(buildReport([BAC_GIANG, LAI_CHAU], { asOf: '2017-10-01' })));
  });

  it('reads a JSON array file and a single-object JSON file', () => {
    const arr = tmpFile('both.json', JSON.stringify([BAC_GIANG, LAI_CHAU], null, 2));
    const one = tmpFile('one.json', JSON.stringify(LAI_CHAU));
    const r = run(['report', arr, one, '--as-of', '2017-10-01', '--format', 'ndjson']);
    expect(r.status).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => ReportRowSchema.parse(JSON.parse(l)));
    expect(rows.filter((x) => x.notice === '28/TB-UBND')).toHaveLength(2);
    expect(rows).toHaveLength(7);
  });

  it('defaults to ndjson when stdout is not a terminal', () => {
    const r = run(['report', '-', '--as-of', '2017-10-01'], NDJSON);
    expect(r.stdout.trim().split('\n').map((l) => ReportRowSchema.parse(JSON.parse(l)).taskId)).toEqual(['4.1', '3', '4.1', '4.2', '4.1', '4.2']);
  });

  it('with --all adds the undated rows', () => {
    const rows = Rows.parse(JSON.parse(run(['report', '-', '--as-of', '2017-10-01', '--format', 'json', '--all'], NDJSON).stdout));
    expect(rows).toHaveLength(9);
    expect(rows.slice(6).map((x) => [x.taskId, x.status])).toEqual([
      ['7', 'undated'],
      ['1', 'undated'],
      ['2', 'undated'],
    ]);
  });

  it('filters tone-mark-insensitively and by status, and applies --soon', () => {
    const tc = Rows.parse(JSON.parse(run(['report', '-', '--as-of', '2017-10-01', '--format', 'json', '--all', '--assignee', 'so tai chinh'], NDJSON).stdout));
    expect(tc.map((x) => x.assignees)).toEqual([['Sở Tài chính']]);
    const soon = Rows.parse(
      JSON.parse(run(['report', '-', '--as-of', '2017-10-01', '--format', 'json', '--soon', '14', '--status', 'due-soon,overdue', '--sort', 'status'], NDJSON).stdout),
    );
    expect(soon.map((x) => [x.phrase, x.status])).toEqual([
      ['trước ngày 30/6/2012', 'overdue'],
      ['trước 29/9/2017', 'overdue'],
      ['trước ngày 15/10/2017', 'due-soon'],
    ]);
  });

  it('--fail-on exits 1 only when a row left after the filters has that status', () => {
    expect(run(['report', '-', '--as-of', '2017-10-01', '--fail-on', 'overdue'], NDJSON).status).toBe(1);
    expect(run(['report', '-', '--as-of', '2017-10-01', '--fail-on', 'overdue', '--notice', '307', '--from', '2017-10-01'], NDJSON).status).toBe(0);
    // due-soon also fails on overdue rows.
    expect(run(['report', '-', '--as-of', '2017-10-01', '--fail-on', 'due-soon', '--status', 'overdue'], NDJSON).status).toBe(1);
    expect(run(['report', '-', '--as-of', '2017-10-01', '--fail-on', 'due-soon', '--status', 'upcoming'], NDJSON).status).toBe(0);
    expect(run(['report', '-', '--as-of', '2017-10-08', '--fail-on', 'due-soon', '--status', 'upcoming,due-soon'], NDJSON).status).toBe(1);
  });

  it('reports an unreadable file and an invalid notice on stderr, exits 2 and still reports the rest', () => {
    const bad = tmpFile('bad.ndjson', JSON.stringify(LAI_CHAU) + '\n' + JSON.stringify({ ...BAC_GIANG, tasks: [{ id: 3 }] }) + '\n{oops\n');
    const r = run(['report', join(TMP, 'missing.txt'), bad, '--as-of', '2017-10-01', '--format', 'ndjson']);
    expect(r.status).toBe(2);
    const errors = r.stderr.trim().split('\n');
    expect(errors[0]).toBe(`thongbao: cannot read ${join(TMP, 'missing.txt')}: no such file or directory`);
    expect(errors[1]).toMatch(new RegExp(`^thongbao: cannot read ${bad}: line 2 is not a valid notice \\(tasks\\.0\\.`));
    expect(errors[2]).toBe(`thongbao: cannot read ${bad}: line 3 is not valid JSON`);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).notice)).toEqual(['28/TB-UBND']);
  });

  it('refuses a .json file that is not parse output', () => {
    const other = tmpFile('other.json', '{"hello": 1}');
    const r = run(['report', other]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`thongbao: cannot read ${other}: not the output of thongbao parse (no object with schemaVersion 1)\n`);
  });

  it('exits 2 on usage errors with a one-line message', () => {
    const cases: Array<[string[], string]> = [
      [['--as-of', '2017-02-30'], 'thongbao: --as-of must be a date written YYYY-MM-DD, got "2017-02-30"\n'],
      [['--from', '1/10/2017'], 'thongbao: --from must be a date written YYYY-MM-DD, got "1/10/2017"\n'],
      [['--status', 'late'], 'thongbao: --status takes overdue, due-soon, upcoming, undated, got "late"\n'],
      [['--soon', 'x'], 'thongbao: --soon must be a whole number of days, got "x"\n'],
    ];
    for (const [args, message] of cases) {
      const r = run(['report', '-', ...args], NDJSON);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(message);
      expect(r.stdout).toBe('');
    }
    expect(run(['report', '-', '--format', 'xml'], NDJSON).status).toBe(2);
    expect(run(['report', '-', '--fail-on', 'upcoming'], NDJSON).status).toBe(2);
  });

  it('writes --out atomically, picking the format from the extension, and leaves no temporary file', () => {
    const dir = mkdtempSync(join(TMP, 'out-'));
    const out = join(dir, 'han.csv');
    const r = run(['report', '-', '--as-of', '2017-10-01', '--out', out], NDJSON);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    const csv = readFileSync(out, 'utf8');
    expect(csv.startsWith('\uFEFFnotice,source,issued,taskId,')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(8);
    expect(readdirSync(dir)).toEqual(['han.csv']);
    const ics = join(dir, 'han.ics');
    run(['report', '-', '--as-of', '2017-10-01', '--out', ics], NDJSON);
    expect(readFileSync(ics, 'utf8').match(/BEGIN:VEVENT/g)).toHaveLength(6);
    const missingDir = run(['report', '-', '--out', join(dir, 'no', 'such', 'x.csv')], NDJSON);
    expect(missingDir.status).toBe(2);
    expect(missingDir.stderr).toBe(`thongbao: cannot write ${join(dir, 'no', 'such', 'x.csv')}: no such file or directory\n`);
  });

  it('prints a table without colour when stdout is not a terminal, even with FORCE_COLOR', () => {
    const r = run(['report', '-', '--as-of', '2017-10-01', '--format', 'table'], NDJSON, { FORCE_COLOR: '1' });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('\u001b[');
    expect(r.stdout).toContain('│ Số văn bản');
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('6 thời hạn: 2 quá hạn, 0 sắp đến hạn, 4 còn hạn, 0 không thời hạn');
    const en = run(['report', '-', '--as-of', '2017-10-01', '--format', 'md', '--lang', 'en', '--group-by', 'assignee'], NDJSON);
    expect(en.stdout).toContain('### Sở Khoa học và Công nghệ');
  });
});

describe('thongbao report on the founding notices (needs the parser and the deadline engine)', () => {
  const json = (args: string[]) => {
    const r = run(['report', BG_TXT, LC_TXT, '--as-of', '2017-10-01', '--format', 'json', ...args]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    return Rows.parse(JSON.parse(r.stdout));
  };

  it('gives exactly 6 dated rows; "trước 29/9/2017" is overdue, "trước ngày 15/10/2017" upcoming, due-soon with --soon 14', () => {
    const rows = json([]);
    expect(rows).toHaveLength(6);
    expect(rows.every((r) => r.due !== null && r.status !== 'undated')).toBe(true);
    const bg = (phrase: string, from: typeof rows) => from.filter((r) => r.notice === '307/TB-UBND' && r.phrase === phrase);
    expect(bg('trước 29/9/2017', rows).map((r) => [r.taskId, r.due, r.daysLeft, r.status])).toEqual([['3', '2017-09-29', -2, 'overdue']]);
    expect(bg('trước ngày 15/10/2017', rows).map((r) => [r.due, r.daysLeft, r.status])).toEqual([['2017-10-15', 14, 'upcoming']]);
    expect(bg('trước ngày 15/10/2017', json(['--soon', '7']))[0]!.status).toBe('upcoming');
    expect(bg('trước ngày 15/10/2017', json(['--soon', '14']))[0]!.status).toBe('due-soon');
    // Lai Châu 4: "chậm nhất trước ngày 30/6/2012" passed long ago.
    expect(rows.filter((r) => r.notice === '28/TB-UBND').map((r) => [r.due, r.status])).toEqual([['2012-06-30', 'overdue']]);
  });

  it('adds the undated rows only with --all', () => {
    const all = json(['--all']);
    expect(all.length).toBeGreaterThan(6);
    expect(all.filter((r) => r.status !== 'undated')).toEqual(json([]));
  });

  it('lists recurring deadlines that name their day at their next occurrence with --recurring, in every thread count', () => {
    // 025: "VI. CHẾ ĐỘ BÁO CÁO ... trước ngày 18 hằng tháng"; 038: weekly reports on Fridays and Mondays.
    const inputs = ['025_laocai-kh-thuc-hien-de-an-08.txt', '038_ttg-ct-21-2026-cong-bao.txt'].map((f) => join(FIXTURES, f));
    const report = (extra: string[]) => run(['report', ...inputs, '--as-of', '2026-12-03', '--format', 'json', '--status', 'due-soon,upcoming', ...extra]);
    const r = report(['--recurring', '--jobs', '1']);
    expect(r.status).toBe(0);
    const rows = Rows.parse(JSON.parse(r.stdout)).filter((x) => x.kind === 'recurring');
    expect(rows.map((x) => [x.phrase, x.due, x.certain, x.recurrence])).toEqual([
      ['vào thứ Sáu hàng tuần', '2026-12-04', false, { every: 'week', weekday: 5 }],
      ['thứ Hai hàng tuần', '2026-12-07', false, { every: 'week', weekday: 1 }],
      ['trước ngày 18 hằng tháng', '2026-12-18', false, { every: 'month', day: 18 }],
    ]);
    expect(report(['--recurring', '--jobs', '2']).stdout).toBe(r.stdout);
    expect(Rows.parse(JSON.parse(report([]).stdout)).filter((x) => x.kind === 'recurring')).toEqual([]);
  });

  it('gives the same rows from the text and from the NDJSON that parse prints for it', () => {
    const parsed = run(['parse', BG_TXT, LC_TXT, '--quiet']);
    expect(parsed.status).toBe(0);
    const fromText = run(['report', BG_TXT, LC_TXT, '--as-of', '2017-10-01', '--format', 'json', '--all']);
    const fromNdjson = run(['report', '-', '--as-of', '2017-10-01', '--format', 'json', '--all'], parsed.stdout);
    expect(fromNdjson.status).toBe(0);
    const rows = Rows.parse(JSON.parse(fromText.stdout));
    expect(rows.length).toBeGreaterThan(0);
    expect(Rows.parse(JSON.parse(fromNdjson.stdout))).toEqual(rows);
  });

  it('walks a directory recursively, taking .txt and .md files only', () => {
    const dir = mkdtempSync(join(TMP, 'dir-'));
    mkdirSync(join(dir, 'sub'));
    copyFileSync(BG_TXT, join(dir, 'sub', 'bacgiang.txt'));
    copyFileSync(LC_TXT, join(dir, 'laichau.md'));
    writeFileSync(join(dir, 'notes.json'), '{"not": "a notice"}');
    const r = run(['report', dir, '--as-of', '2017-10-01', '--format', 'json']);
    expect(r.stderr).toBe('');
    const rows = Rows.parse(JSON.parse(r.stdout));
    expect(rows.map((x) => [x.notice, x.due])).toEqual(json([]).map((x) => [x.notice, x.due]));
  });
});

describe('thongbao parse --format nd30', () => {
  it('prints the Decree 30 metadata of the Bắc Giang notice', () => {
    const r = run(['parse', '--format', 'nd30', BG_TXT]);
    expect(r.status).toBe(0);
    const meta = Nd30Schema.parse(JSON.parse(r.stdout));
    expect(meta).toMatchObject({ CodeNumber: '307', CodeNotation: 'TB-UBND', IssuedDate: '2017-09-15', TypeName: 'THÔNG BÁO' });
    expect(meta.SignerInfo).toEqual({ Position: 'PHÓ VĂN PHÒNG', FullName: 'Trần Quốc Khánh' });
    expect(meta.To.map((t) => t.OrganName)).not.toContain('Lưu: VT, Nam.CN.');
  });

  it('refuses an unknown format', () => {
    const r = run(['parse', '--format', 'xml', BG_TXT]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--format takes json or nd30, got "xml"');
  });
});
