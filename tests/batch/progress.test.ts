import { describe, expect, it } from 'vitest';
import { Progress, formatDuration, renderBar } from '../../src/cli/progress.js';
import { cli, tempDir } from './helpers.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

function fakeStream(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, columns: 100, write: (c: string) => chunks.push(c) } };
}

describe('progress bar', () => {
  it('formats durations', () => {
    expect(formatDuration(7)).toBe('0:07');
    expect(formatDuration(62.4)).toBe('1:02');
    expect(formatDuration(3723)).toBe('1:02:03');
    expect(formatDuration(Infinity)).toBe('?');
  });

  it('shows files done / total, rate and time left', () => {
    // 120 of 1000 in 2 s: 60 files/s, 880 left -> 14.7 s.
    const bar = renderBar(120, 1000, 2000, 100);
    expect(bar).toBe(`[${'#'.repeat(4)}${'.'.repeat(26)}] 120/1000 files  60.0 files/s  ETA 0:15`);
    expect(renderBar(0, 10, 0, 100)).toContain('0/10 files  0.0 files/s  ETA ?');
    expect(renderBar(5, 10, 1000, 30).length).toBeLessThanOrEqual(30);
  });

  it('draws on a terminal for more than 50 files, throttled, and keeps error lines above the bar', () => {
    let t = 0;
    const { chunks, stream } = fakeStream(true);
    const p = new Progress({ total: 51, stream, now: () => t, intervalMs: 100 });
    expect(p.enabled).toBe(true);
    t = 50;
    p.tick();
    t = 60;
    p.tick();
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toMatch(/^\r\[.*\] 1\/51 files/);
    p.log('thongbao: cannot read x: no such file or directory');
    expect(chunks.slice(1)).toEqual([
      '\r\x1b[K',
      'thongbao: cannot read x: no such file or directory\n',
      expect.stringMatching(/^\r\[.*\] 2\/51 files/),
    ]);
    p.finish();
    expect(chunks.at(-1)).toBe('\r\x1b[K');
    // The summary line comes after the bar is gone, and does not bring it back.
    p.log('thongbao: 51 of 51 files parsed in 0.1 s');
    expect(chunks.at(-1)).toBe('thongbao: 51 of 51 files parsed in 0.1 s\n');
  });

  it('draws at 80 columns on a terminal that reports none', () => {
    const chunks: string[] = [];
    const p = new Progress({ total: 100, stream: { isTTY: true, columns: 0, write: (c: string) => chunks.push(c) } });
    p.tick();
    expect(chunks[0]).toMatch(/^\r\[#?\.+\] 1\/100 files/);
  });

  it('draws nothing when quiet, when not a terminal, or for 50 files or fewer', () => {
    for (const [tty, total, quiet] of [
      [true, 1000, true],
      [false, 1000, false],
      [true, 50, false],
    ] as const) {
      const { chunks, stream } = fakeStream(tty);
      const p = new Progress({ total, stream, quiet });
      for (let i = 0; i < total; i++) p.tick();
      p.log('an error');
      p.finish();
      expect(chunks).toEqual(['an error\n']);
    }
  });

  it('leaves only errors and the summary line on stderr when stderr is not a terminal', () => {
    const dir = tempDir('thongbao-progress-');
    for (let i = 0; i < 60; i++) writeFileSync(join(dir, `${i}.txt`), 'Số: 1/TB-UBND\n');
    const r = cli(['parse', dir, join(dir, 'gone.txt')]);
    expect(r.stderr.split('\n')).toEqual([
      `thongbao: cannot read ${join(dir, 'gone.txt')}: no such file or directory`,
      expect.stringMatching(/^thongbao: 60 of 61 files parsed, 1 failed in \d+\.\d s$/),
      '',
    ]);
  });
});
