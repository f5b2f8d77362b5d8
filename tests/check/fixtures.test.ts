import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/engine.js';
import { RULES } from '../../src/rules/index.js';
import { AS_OF, VALID, expectWellFormed } from './helpers.js';

const DIR = new URL('../../fixtures/check/', import.meta.url).pathname;

/** Reads a sidecar: one "line:col rule-id" per line; "#" starts a comment. */
function expected(name: string): string[] {
  return readFileSync(DIR + name.replace(/\.txt$/, '.expected.txt'), 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);
}

describe('marked fixture documents', () => {
  const docs = readdirSync(DIR).filter((f) => f.endsWith('.txt') && !f.endsWith('.expected.txt'));
  it('has the founding notices, two drafts and a party notice', () => {
    expect(docs).toEqual(
      expect.arrayContaining(['bacgiang-307-TB-UBND-2017.txt', 'laichau-28-TB-UBND-2012.txt', 'draft-lamdong-tbkl-cchc.txt', 'draft-lamdong-tbkl-khcn.txt', 'party-notice.txt']),
    );
  });
  for (const name of docs) {
    it(`${name} gives exactly the marked problems`, () => {
      const text = readFileSync(DIR + name, 'utf8');
      const r = checkText(text, { rules: RULES, asOf: AS_OF });
      expectWellFormed(text, r.diagnostics);
      expect(r.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(expected(name));
    });
  }
  it('holds the founding notices to Thông tư 01/2011 by their dates and the drafts to the decree', () => {
    const std = (name: string) => checkText(readFileSync(DIR + name, 'utf8'), { rules: RULES, asOf: AS_OF }).standard;
    expect(std('bacgiang-307-TB-UBND-2017.txt')).toBe('tt01');
    expect(std('laichau-28-TB-UBND-2012.txt')).toBe('tt01');
    expect(std('draft-lamdong-tbkl-cchc.txt')).toBe('nd30');
  });
  it('recognises the party notice', () => {
    expect(checkText(readFileSync(DIR + 'party-notice.txt', 'utf8'), { rules: RULES, asOf: AS_OF }).party).toBe(true);
  });
});

describe('corpus documents cut into the pages of a PDF text layer', () => {
  // A page number between blank lines every 20 lines, a form feed before the next page's first line: the same
  // problems, each on the line its line moved to.
  const CORPUS = new URL('../../fixtures/', import.meta.url).pathname;
  const PAGE = 20;
  const paged = (text: string) =>
    text
      .split('\n')
      .flatMap((line, i) => (i > 0 && i % PAGE === 0 ? ['', `${' '.repeat(40)}${i / PAGE}`, '', `\f${line}`] : [line]))
      .join('\n');
  const moved = (n: number) => n + 3 * Math.floor((n - 1) / PAGE);
  for (const name of ['001_laocai-tb-ket-luan-chu-tich-ubnd.txt', '025_laocai-kh-thuc-hien-de-an-08.txt', '027_ttg-ct-07-2012-chan-chinh-kkt-kcn-ccn.txt', 'laichau-28-TB-UBND-2012.txt']) {
    it(`${name} gives the same problems`, () => {
      const text = readFileSync(CORPUS + name, 'utf8').replace(/\r\n?/gu, '\n');
      const plain = checkText(text, { rules: RULES, asOf: AS_OF }).diagnostics;
      const cut = checkText(paged(text), { rules: RULES, asOf: AS_OF }).diagnostics;
      expect(cut.map((d) => `${d.line} ${d.ruleId} ${d.message}`)).toEqual(plain.map((d) => `${moved(d.line)} ${d.ruleId} ${d.message}`));
    });
  }
});

describe('double-spaced copies of the marked fixture documents', () => {
  // A blank line after every line, as after two line-ending conversions ("\r\r\n"): the same problems, each on
  // the line its line moved to.
  const docs = readdirSync(DIR).filter((f) => f.endsWith('.txt') && !f.endsWith('.expected.txt'));
  for (const name of docs) {
    it(`${name} gives the same problems`, () => {
      const text = readFileSync(DIR + name, 'utf8').replace(/\n$/u, '');
      const plain = checkText(text, { rules: RULES, asOf: AS_OF }).diagnostics;
      const doubled = checkText(text.split('\n').join('\n\n'), { rules: RULES, asOf: AS_OF }).diagnostics;
      expect(doubled.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`)).toEqual(
        plain.map((d) => `${2 * d.line - 1}:${d.column} ${d.ruleId} ${d.message}`),
      );
    });
  }

  it('finds a header that double spacing pushed past the first 30 lines', () => {
    // A Công báo copy's page header above the notice: its type name stands on line 17, line 33 once doubled.
    const text = [...Array.from({ length: 12 }, (_, i) => `CÔNG BÁO/Số ${300 + i}`), VALID.replace(/\n$/u, '')].join('\n');
    const ids = (t: string) => checkText(t, { rules: RULES, asOf: AS_OF }).diagnostics.map((d) => d.ruleId);
    expect(ids(text)).not.toContain('nd30/type-name');
    expect(ids(text.split('\n').join('\n\n'))).toEqual(ids(text));
  });

  it('reads a notice converted to Markdown tables: delimiter rows and the "<br>" of cells', () => {
    const lines = VALID.split('\n');
    const md = [
      `| ${lines[0]} |`,
      '|---|---|',
      `| ${lines[1]} |`,
      `| ${lines[2]} |`,
      ...lines.slice(3, 11),
      '| Nơi nhận:<br>- Sở Tài chính;<br>- Sở Nội vụ;<br>- Lưu: VT, TH. | TL. CHỦ TỊCH<br>CHÁNH VĂN PHÒNG<br><br>Nguyễn Văn An |',
      '|:---|:---:|',
      '',
    ].join('\n');
    expect(checkText(md, { rules: RULES, asOf: AS_OF }).diagnostics).toEqual([]);
    // The last item's closing mark is still checked inside the cell.
    const open = md.replace('- Lưu: VT, TH.', '- Lưu: VT, TH');
    expect(checkText(open, { rules: RULES, asOf: AS_OF }).diagnostics.map((d) => `${d.line} ${d.ruleId} ${d.message}`)).toEqual([
      '13 nd30/recipients Last recipient "- Lưu: VT, TH" does not end with "."; expected "- Lưu: VT, TH.".',
    ]);
  });

  it('takes a Công báo running head spread by two spaces for the head it is, not for an issuer', () => {
    const diagnostics = (head: string) =>
      checkText(`${head}\n${VALID}`, { rules: RULES, asOf: AS_OF }).diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`);
    expect(diagnostics('CÔNG  BÁO/Số  302/Ngày  02-06-2026')).toEqual(diagnostics('CÔNG BÁO/Số 302/Ngày 02-06-2026'));
    expect(diagnostics('CÔNG BÁO/Số 302/Ngày 02-06-2026').join('\n')).not.toMatch(/nd30\/issuer/u);
  });
});
