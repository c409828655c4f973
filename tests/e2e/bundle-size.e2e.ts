import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const BUILD = join(import.meta.dirname, '../../.output/chrome-mv3');

/** The JS a page loads before first paint: its module script and every chunk it modulepreloads. */
function initialJsGzipBytes(page: string): { total: number; files: string[] } {
  const html = readFileSync(join(BUILD, page), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(chunks\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const total = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(BUILD, file)), { level: 9 }).length,
    0,
  );
  return { total, files };
}

describe('bundle budget (built extension)', () => {
  it('the content script is at most 10 KB gzip', () => {
    const bytes = gzipSync(readFileSync(join(BUILD, 'content-reader.js')), { level: 9 }).length;
    console.log(`content script: ${(bytes / 1024).toFixed(1)} KiB gzip`);
    expect(bytes).toBeLessThanOrEqual(10 * 1024);
  });

  it('side panel JS is at most 60 KB gzip', () => {
    const { total, files } = initialJsGzipBytes('sidepanel.html');
    console.log(`side panel initial JS: ${(total / 1024).toFixed(1)} KiB gzip (${files.join(', ')})`);
    expect(files.length).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(60 * 1024);
  });

  it('popup JS is at most 50 KB gzip and never loads pinyin-pro', () => {
    const { total, files } = initialJsGzipBytes('popup.html');
    console.log(`popup initial JS: ${(total / 1024).toFixed(1)} KiB gzip (${files.join(', ')})`);
    expect(files.length).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(50 * 1024);
    // pinyin-pro lives in its own lazily loaded chunk (lib/search/core/pinyin.ts, imported by lib/db on
    // writes): the popup neither loads it nor can import it.
    const pinyinChunk = readdirSync(join(BUILD, 'chunks')).find((f) => /^pinyin-.*\.js$/.test(f));
    expect(pinyinChunk).toBeTruthy();
    for (const file of files) {
      expect(file).not.toBe(`chunks/${pinyinChunk}`);
      expect(readFileSync(join(BUILD, file), 'utf8')).not.toContain(pinyinChunk);
    }
  });
});
