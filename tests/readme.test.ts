import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldsTable } from '../src/schema-doc.js';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('documents every output field exactly as the schema has it', () => {
    const m = /<!-- fields:start -->\n([\s\S]*?)\n<!-- fields:end -->/u.exec(README);
    expect(m).not.toBeNull();
    expect(m?.[1]).toBe(fieldsTable());
  });

  it('keeps the two quick-start commands', () => {
    const m = /## Quick start\s+```sh\n([\s\S]*?)```/u.exec(README);
    expect(m?.[1]?.trim().split('\n')).toEqual([
      'npm install && npx thongbao parse fixtures/bacgiang-307-TB-UBND-2017.txt',
      'npm test',
    ]);
  });
});
