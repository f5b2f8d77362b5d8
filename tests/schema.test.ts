import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { parseNoticeBuffer } from '../src/parse/notice.js';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const notices = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .slice(0, 12)
  .map((f) => parseNoticeBuffer(readFileSync(new URL(f, FIXTURES)), { source: f }));

// Each import is a fresh copy of the schemas, none of which has validated anything yet.
async function freshSchemas(): Promise<typeof import('../src/schema.js')> {
  vi.resetModules();
  return import('../src/schema.js');
}

function failure(validate: (value: unknown) => unknown, value: unknown): string {
  try {
    validate(value);
  } catch (err) {
    return (err as Error).message;
  }
  return 'accepted';
}

describe('NoticeSchema', () => {
  afterAll(() => {
    z.config({ jitless: false });
  });

  it('accepts and refuses the same notices, with the same messages, compiled or not', async () => {
    const compiled = await freshSchemas();
    const accepted = notices.map((n) => JSON.stringify(compiled.NoticeSchema.parse(n)));
    const broken = [
      { ...notices[0], schemaVersion: 2 },
      { ...notices[0], tasks: [{ id: 1 }] },
      { ...notices[0], issued: { ...notices[0]!.issued, month: 13 } },
      null,
    ];
    const refused = broken.map((b) => failure((v) => compiled.NoticeSchema.parse(v), b));

    const plain = await freshSchemas();
    plain.compileValidation(false);
    expect(z.config().jitless).toBe(true);
    expect(notices.map((n) => JSON.stringify(plain.NoticeSchema.parse(n)))).toEqual(accepted);
    expect(broken.map((b) => failure((v) => plain.NoticeSchema.parse(v), b))).toEqual(refused);
    expect(refused.every((m) => m !== 'accepted')).toBe(true);
    // zod's English messages, which its functional build does not set by itself.
    expect(refused[1]).toContain('Invalid input: expected string, received number');
    expect(accepted.map((json) => JSON.parse(json))).toEqual(notices);
  });
});

describe('zod messages', () => {
  it('stay in the language a program chose before it loaded thongbao', () => {
    const library = new URL('../dist/index.js', import.meta.url).href;
    const script = `
      import * as z from 'zod/mini';
      z.config(z.locales.fr());
      const { NoticeSchema } = await import(${JSON.stringify(library)});
      console.log(NoticeSchema.safeParse({ schemaVersion: 1 }).error.issues[0].message);`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: new URL('..', import.meta.url) });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Entrée invalide/u);
  });
});
