import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/engine.js';
import type { FileResult } from '../../src/check/types.js';
import { escapeData, escapeProperty, formatGithub } from '../../src/format/check-github.js';
import { formatJson } from '../../src/format/check-json.js';
import { artifactUri, formatSarif } from '../../src/format/check-sarif.js';
import { formatStylish } from '../../src/format/check-stylish.js';
import { RULES } from '../../src/rules/index.js';
import { AS_OF } from './helpers.js';

const SCHEMA = JSON.parse(readFileSync(new URL('./sarif-2.1.0.schema.json', import.meta.url), 'utf8'));
const BAC_GIANG = 'fixtures/bacgiang-307-TB-UBND-2017.txt';

/**
 * A small JSON Schema check (type, required, properties, items, enum, minimum, $ref to
 * #/definitions): what the SARIF subset uses. Returns the paths that fail.
 */
function validate(schema: any, value: unknown, root = schema, path = '$'): string[] {
  if (schema.$ref) return validate(root.definitions[schema.$ref.replace('#/definitions/', '')], value, root, path);
  const errs: string[] = [];
  const t = schema.type;
  const typeOk =
    t === undefined ||
    (t === 'object' && typeof value === 'object' && value !== null && !Array.isArray(value)) ||
    (t === 'array' && Array.isArray(value)) ||
    (t === 'string' && typeof value === 'string') ||
    (t === 'integer' && Number.isInteger(value)) ||
    (t === 'number' && typeof value === 'number');
  if (!typeOk) return [`${path}: not ${t}`];
  if (schema.enum && !schema.enum.includes(value)) errs.push(`${path}: ${JSON.stringify(value)} not in enum`);
  if (schema.minimum !== undefined && (value as number) < schema.minimum) errs.push(`${path}: below minimum`);
  if (t === 'object') {
    const obj = value as Record<string, unknown>;
    for (const k of schema.required ?? []) if (!(k in obj)) errs.push(`${path}.${k}: required`);
    for (const [k, sub] of Object.entries(schema.properties ?? {})) if (k in obj) errs.push(...validate(sub, obj[k], root, `${path}.${k}`));
  }
  if (t === 'array') (value as unknown[]).forEach((v, i) => errs.push(...validate(schema.items, v, root, `${path}[${i}]`)));
  return errs;
}

function results(): FileResult[] {
  const r = checkText(readFileSync(BAC_GIANG, 'utf8'), { rules: RULES, asOf: AS_OF });
  return [{ path: BAC_GIANG, diagnostics: r.diagnostics, standard: r.standard }];
}

describe('sarif', () => {
  const log = JSON.parse(formatSarif(results(), { rules: RULES, toolVersion: '0.1.0', cwd: process.cwd() }));
  it('validates against the SARIF 2.1.0 schema subset', () => {
    expect(validate(SCHEMA, log)).toEqual([]);
  });
  it('the validator rejects a log without runs or with a result missing its message', () => {
    expect(validate(SCHEMA, { version: '2.1.0' })).toContain('$.runs: required');
    const bad = structuredClone(log);
    delete bad.runs[0].results[0].message;
    expect(validate(SCHEMA, bad)).toContain('$.runs[0].results[0].message: required');
  });
  it('has one run, every rule with help and a doc link, and results pointing at them', () => {
    expect(log.runs).toHaveLength(1);
    const rules = log.runs[0].tool.driver.rules;
    expect(rules.map((r: any) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const r of rules) {
      expect(r.help.text.length).toBeGreaterThan(20);
      expect(r.helpUri).toBe(`docs/rules/${r.id}.md`);
    }
    const res = log.runs[0].results;
    expect(res.map((x: any) => `${x.locations[0].physicalLocation.region.startLine}:${x.locations[0].physicalLocation.region.startColumn} ${x.ruleId}`)).toEqual([
      '1:1 nd30/national-title',
      '3:1 nd30/issuer',
      '3:8 nd30/symbol-format',
    ]);
    for (const x of res) expect(rules[x.ruleIndex].id).toBe(x.ruleId);
    expect(res[0].locations[0].physicalLocation.artifactLocation.uri).toBe(BAC_GIANG);
  });
  it('writes artifact URIs relative with "/" and percent-encoding, absolute ones as file URLs', () => {
    expect(artifactUri('docs/a b.txt', '/w')).toBe('docs/a%20b.txt');
    expect(artifactUri('/w/x/thông báo.txt', '/w')).toBe('x/th%C3%B4ng%20b%C3%A1o.txt');
    expect(artifactUri('/elsewhere/a.txt', '/w')).toBe('file:///elsewhere/a.txt');
  });
});

describe('github', () => {
  it('writes one workflow command per problem', () => {
    expect(formatGithub(results()).trim().split('\n')).toEqual([
      `::error file=${BAC_GIANG},line=1,col=1,title=nd30/national-title::No national title found in the header; expected "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" with the motto under it.`,
      `::error file=${BAC_GIANG},line=3,col=1,title=nd30/issuer::No issuing body found above the number line; expected its name in capitals, e.g. "ỦY BAN NHÂN DÂN TỈNH ...".`,
      `::error file=${BAC_GIANG},line=3,col=8,endLine=3,endColumn=9,title=nd30/symbol-format::Number line "Số: 307 /TB-UBND" has a space before "/"; expected "307/TB-UBND" with no spaces.`,
    ]);
  });
  it('escapes %, CR and LF in messages, and also ":" and "," in properties', () => {
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b');
    expect(escapeProperty('C:\\a,b%.txt')).toBe('C%3A\\a%2Cb%25.txt');
    const out = formatGithub([{ path: 'a,b:c.txt', diagnostics: [{ ruleId: 'nd30/motto', severity: 'warning', message: 'x\ny', line: 2, column: 3 }] }]);
    expect(out).toBe('::warning file=a%2Cb%3Ac.txt,line=2,col=3,title=nd30/motto::x%0Ay\n');
  });
});

describe('stylish and json', () => {
  it('groups by file and sums up, without colour when asked', () => {
    const out = formatStylish(results(), { color: false });
    const lines = out.split('\n');
    expect(lines[0]).toBe(BAC_GIANG);
    expect(lines[1]).toMatch(/^ {2}1:1 {2}error {4}No national title .* {2}nd30\/national-title$/);
    expect(out).toContain('✖ 3 problems (3 errors, 0 warnings)');
    expect(out).toContain('1 problem fixable with --fix');
    expect(out).not.toMatch(/\u001b\[/);
  });
  it('colours only when asked', () => {
    expect(formatStylish(results(), { color: true })).toMatch(/\u001b\[/);
  });
  it('lists a file with more problems than a call takes arguments', () => {
    const first = results()[0]!.diagnostics[0]!;
    const diagnostics = Array.from({ length: 300_000 }, (_, i) => ({ ...first, line: i + 1 }));
    const out = formatStylish([{ path: 'a.txt', diagnostics }], { color: false });
    expect(out).toContain('✖ 300000 problems');
  });
  it('prints nothing for clean files', () => {
    expect(formatStylish([{ path: 'a.txt', diagnostics: [] }], { color: false })).toBe('');
  });
  it('json lists files with counts and messages', () => {
    const j = JSON.parse(formatJson(results()));
    expect(j[0]).toMatchObject({ filePath: BAC_GIANG, standard: 'tt01', errorCount: 3, warningCount: 0 });
    expect(j[0].messages[2]).toMatchObject({ ruleId: 'nd30/symbol-format', line: 3, column: 8 });
  });
});
