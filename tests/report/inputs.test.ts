import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandReportInputs, readNoticeJson } from '../../src/cli/report-inputs.js';
import { BAC_GIANG, LAI_CHAU } from './notices.js';

const TMP = mkdtempSync(join(tmpdir(), 'thongbao-inputs-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

describe('recognising parse output by content', () => {
  it('reads one object, an array and NDJSON (with a BOM and blank lines)', () => {
    expect(readNoticeJson(JSON.stringify(BAC_GIANG), 'a')?.notices).toEqual([BAC_GIANG]);
    expect(readNoticeJson(JSON.stringify([BAC_GIANG, LAI_CHAU]), 'a')?.notices).toEqual([BAC_GIANG, LAI_CHAU]);
    const nd = '\uFEFF' + JSON.stringify(BAC_GIANG) + '\n\n' + JSON.stringify(LAI_CHAU) + '\r\n';
    expect(readNoticeJson(nd, 'x.ndjson')).toEqual({ notices: [BAC_GIANG, LAI_CHAU], errors: [] });
  });

  it('leaves notice text that merely starts with a bracket to the parser', () => {
    expect(readNoticeJson('[DỰ THẢO]\nSố: 12/TB-UBND', 'draft.txt')).toBeNull();
    expect(readNoticeJson('{"other": "json"}', 'note.txt')).toBeNull();
    expect(readNoticeJson('Số: 12/TB-UBND', 'a.json')).toBeNull();
  });

  it('reports a .json file that is not parse output, and an object of another schema version', () => {
    expect(readNoticeJson('{"other": "json"}', 'note.json')?.errors).toEqual(['not the output of thongbao parse (no object with schemaVersion 1)']);
    expect(readNoticeJson('{not json', 'note.ndjson')?.errors).toEqual(['not valid JSON or NDJSON from thongbao parse']);
    const v2 = readNoticeJson(JSON.stringify([LAI_CHAU, { ...LAI_CHAU, schemaVersion: 2 }]), 'a.json');
    expect(v2?.notices).toEqual([LAI_CHAU]);
    expect(v2?.errors).toHaveLength(1);
    expect(v2?.errors[0]).toMatch(/^item 2 is not a valid notice \(schemaVersion: /);
  });
});

describe('expanding directories', () => {
  it('takes .txt and .md files below a directory, recursively, in natural order', async () => {
    const dir = join(TMP, 'archive');
    mkdirSync(join(dir, 'b'), { recursive: true });
    for (const f of ['tb-10.txt', 'tb-2.txt', 'tb-1.MD', 'notes.json', 'scan.pdf', join('b', 'inner.txt')]) writeFileSync(join(dir, f), 'x');
    const inputs = await expandReportInputs([dir, '-', join(TMP, 'missing.txt')]);
    expect(inputs).toEqual([
      { path: join(dir, 'b', 'inner.txt') },
      { path: join(dir, 'tb-1.MD') },
      { path: join(dir, 'tb-2.txt') },
      { path: join(dir, 'tb-10.txt') },
      { path: '-' },
      { path: join(TMP, 'missing.txt') },
    ]);
  });
});
