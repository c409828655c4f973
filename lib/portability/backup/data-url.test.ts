// The data: URL of Chrome's service-worker backups.
import { describe, expect, it } from 'vitest';
import { dataUrl, MAX_DATA_URL_CHARS } from './data-url';

const decode = (url: string) => {
  const [head, body] = url.split(',');
  expect(head).toBe('data:application/json;base64');
  return new TextDecoder().decode(Uint8Array.from(atob(body!), (c) => c.charCodeAt(0)));
};

describe('backup data: URLs', () => {
  it('carries UTF-8 text, Chinese included, byte for byte', () => {
    const text = JSON.stringify({ name: '云港市水务集团有限公司', note: 'café ✓ 𠮷' });
    expect(decode(dataUrl(text, 'application/json')!)).toBe(text);
    expect(decode(dataUrl('', 'application/json')!)).toBe('');
  });

  it('encodes a megabyte without overflowing the call stack', () => {
    const text = '客户'.repeat(180_000); // ~1.08 MB of UTF-8
    const url = dataUrl(text, 'application/json')!;
    expect(url.length).toBeLessThanOrEqual(MAX_DATA_URL_CHARS);
    expect(decode(url)).toBe(text);
  });

  it('refuses a file whose URL would pass Chromium’s 2 MiB limit', () => {
    expect(MAX_DATA_URL_CHARS).toBeLessThan(2 * 1024 * 1024);
    expect(dataUrl('x'.repeat(1_600_000), 'application/json')).toBeNull();
    expect(dataUrl('x'.repeat(30), 'application/json', 40)).toBeNull();
    expect(dataUrl('x'.repeat(3), 'application/json', 40)).not.toBeNull();
  });
});
