import { describe, expect, it } from 'vitest';
import { encodeResult, type BatchResult } from '../../src/cli/batch.js';

describe('encodeResult', () => {
  it('replaces the JSON by its UTF-8 bytes and a newline, in a buffer of their own that can be moved', () => {
    const json = JSON.stringify({ source: 'a.txt', subject: 'Thông báo kết luận của Chủ tịch UBND tỉnh' });
    const r = encodeResult({ index: 3, source: 'a.txt', json, missing: ['signer'] });
    expect(r).toEqual({ index: 3, source: 'a.txt', missing: ['signer'], data: expect.any(Uint8Array) });
    expect('json' in r).toBe(false);
    expect(Buffer.from(r.data!).toString('utf8')).toBe(json + '\n');
    expect(r.data!.byteOffset).toBe(0);
    expect(r.data!.byteLength).toBe(r.data!.buffer.byteLength);
  });

  it('leaves an error record as it is', () => {
    const error: BatchResult = { index: 0, source: 'gone.txt', error: 'no such file', stage: 'read' };
    expect(encodeResult(error)).toBe(error);
  });
});
