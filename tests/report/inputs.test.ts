import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { InputEntry } from '../../src/cli/inputs.js';
import { readNoticeJson, readReportInput, startsLikeParseOutput } from '../../src/cli/report-inputs.js';
import type { Notice } from '../../src/schema.js';
import { BAC_GIANG, LAI_CHAU } from './notices.js';

/** readNoticeJson with the notices it hands over gathered: null when the text is not parse output. */
function json(text: string, path: string): { notices: Notice[]; errors: string[] } | null {
  const notices: Notice[] = [];
  const errors = readNoticeJson(text, path, (n) => notices.push(n));
  return errors === null ? null : { notices, errors };
}

/** readReportInput with the notices it hands over gathered. */
function readInput(entry: InputEntry, maxBytes: number): { notices: Notice[]; errors: string[] } {
  const notices: Notice[] = [];
  const errors = readReportInput(entry, maxBytes, (n) => notices.push(n));
  return { notices, errors };
}

const TMP = mkdtempSync(join(tmpdir(), 'thongbao-inputs-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

describe('recognising parse output by content', () => {
  it('reads one object, an array and NDJSON (with a BOM and blank lines)', () => {
    expect(json(JSON.stringify(BAC_GIANG), 'a')?.notices).toEqual([BAC_GIANG]);
    expect(json(JSON.stringify([BAC_GIANG, LAI_CHAU]), 'a')?.notices).toEqual([BAC_GIANG, LAI_CHAU]);
    const nd = '\uFEFF' + JSON.stringify(BAC_GIANG) + '\n\n' + JSON.stringify(LAI_CHAU) + '\r\n';
    expect(json(nd, 'x.ndjson')).toEqual({ notices: [BAC_GIANG, LAI_CHAU], errors: [] });
  });

  it('leaves notice text that merely starts with a bracket to the parser', () => {
    expect(json('[DỰ THẢO]\nSố: 12/TB-UBND', 'draft.txt')).toBeNull();
    expect(json('{"other": "json"}', 'note.txt')).toBeNull();
    expect(json('Số: 12/TB-UBND', 'a.json')).toBeNull();
  });

  it('reports a .json file that is not parse output, and an object of another schema version', () => {
    expect(json('{"other": "json"}', 'note.json')?.errors).toEqual(['not the output of thongbao parse (no object with schemaVersion 1)']);
    expect(json('{not json', 'note.ndjson')?.errors).toEqual(['not valid JSON or NDJSON from thongbao parse']);
    const v2 = json(JSON.stringify([LAI_CHAU, { ...LAI_CHAU, schemaVersion: 2 }]), 'a.json');
    expect(v2?.notices).toEqual([LAI_CHAU]);
    expect(v2?.errors).toHaveLength(1);
    expect(v2?.errors[0]).toMatch(/^item 2 is not a valid notice \(schemaVersion: /);
  });

  it('reads the good lines of NDJSON and names the bad ones, in line order', () => {
    const nd = [JSON.stringify(BAC_GIANG), '{"schemaVersion": 1, broken', JSON.stringify({ ...LAI_CHAU, tasks: 'none' }), JSON.stringify(LAI_CHAU)];
    const r = json(nd.join('\n'), 'archive.ndjson');
    expect(r?.notices).toEqual([BAC_GIANG, LAI_CHAU]);
    expect(r?.errors).toEqual(['line 2 is not valid JSON', expect.stringMatching(/^line 3 is not a valid notice \(tasks: /)]);
  });
});

describe('reading files of parse output', () => {
  const file = (name: string, content: string) => {
    const path = join(TMP, name);
    writeFileSync(path, content);
    return { path, rel: name };
  };

  it('reads NDJSON line by line, with a byte-order mark, CRLF and blank lines, whatever the extension', () => {
    const nd = '\uFEFF' + JSON.stringify(BAC_GIANG) + '\r\n\r\n' + JSON.stringify(LAI_CHAU) + '\r\n';
    expect(readInput(file('out.txt', nd), 1e6)).toEqual({ notices: [BAC_GIANG, LAI_CHAU], errors: [] });
    const broken = JSON.stringify(BAC_GIANG) + '\n{"schemaVersion": 1,\n';
    expect(readInput(file('broken.ndjson', broken), 1e6)).toEqual({ notices: [BAC_GIANG], errors: ['line 2 is not valid JSON'] });
  });

  it('reads one value whole: an object on one line, or an indented array', () => {
    expect(readInput(file('one.json', JSON.stringify(LAI_CHAU) + '\n'), 1e6).notices).toEqual([LAI_CHAU]);
    const pretty = JSON.stringify([BAC_GIANG, LAI_CHAU], null, 2);
    expect(readInput(file('two.json', pretty), 1e6)).toEqual({ notices: [BAC_GIANG, LAI_CHAU], errors: [] });
  });
});

describe('the size limit, for notice text only', () => {
  const head = (s: string) => new TextEncoder().encode(s).subarray(0, 64);

  it('tells parse output from notice text by its first characters', () => {
    expect(startsLikeParseOutput(head('{"schemaVersion":1,"source":"a.txt"'))).toBe(true);
    expect(startsLikeParseOutput(head('\uFEFF\n  {\n  "source": "a.txt", "error": "x"}'))).toBe(true);
    expect(startsLikeParseOutput(head('[\n  {"schemaVersion": 1}]'))).toBe(true);
    expect(startsLikeParseOutput(head('[]'))).toBe(true);
    expect(startsLikeParseOutput(head('[DỰ THẢO]\nSố: 12/TB-UBND'))).toBe(false);
    expect(startsLikeParseOutput(head('{không phải JSON}'))).toBe(false);
    expect(startsLikeParseOutput(head('Số: 12/TB-UBND'))).toBe(false);
  });

  it('reads NDJSON from thongbao parse over --max-bytes, and refuses notice text over it', () => {
    const nd = join(TMP, 'archive.ndjson');
    writeFileSync(nd, JSON.stringify(BAC_GIANG) + '\n' + JSON.stringify(LAI_CHAU) + '\n');
    expect(readInput({ path: nd, rel: 'archive.ndjson' }, 100)).toEqual({ notices: [BAC_GIANG, LAI_CHAU], errors: [] });
    const draft = join(TMP, 'draft.txt');
    writeFileSync(draft, '[DỰ THẢO]\n' + 'Số: 12/TB-UBND\n'.repeat(20));
    const refused = readInput({ path: draft, rel: 'draft.txt' }, 100);
    expect(refused.notices).toEqual([]);
    expect(refused.errors).toEqual([expect.stringMatching(/^larger than --max-bytes \(\d+ > 100 bytes\)$/)]);
    expect(readInput({ path: draft, rel: 'draft.txt' }, 10_000).notices).toHaveLength(1);
  });

  it('takes stdin as read before, and the error of an input known to be unusable', () => {
    const loaded = { bytes: new TextEncoder().encode(JSON.stringify(LAI_CHAU)) };
    expect(readInput({ path: '-', rel: 'stdin', loaded }, 100).notices).toEqual([LAI_CHAU]);
    expect(readInput({ path: '/dev/fd/63', rel: '63', stream: true, loaded: { error: 'not a text file' } }, 100).errors).toEqual(['not a text file']);
    expect(readInput({ path: 'loop', rel: 'loop', error: 'symbolic link loop (leads back to d)' }, 100)).toEqual({
      notices: [],
      errors: ['symbolic link loop (leads back to d)'],
    });
  });
});
