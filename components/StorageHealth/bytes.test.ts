// Byte counts in human units.
import { describe, expect, it } from 'vitest';
import { formatBytes } from './bytes';

describe('formatBytes', () => {
  it.each([
    [0, '0 kB'],
    [512, '0.5 kB'],
    [12_345, '12 kB'],
    [1_536_000, '1.5 MB'],
    [12_345_678, '12 MB'],
    [299_000_000_000, '299 GB'],
    [2_500_000_000_000, '2.5 TB'],
    [-5, '0 kB'],
  ])('%d bytes → %s', (bytes, text) => {
    expect(formatBytes(bytes, 'en')).toBe(text);
  });

  it('follows the locale’s number format', () => {
    expect(formatBytes(1_536_000, 'zh-CN')).toMatch(/^1\.5\s?MB$/);
    expect(formatBytes(1_536_000, 'de')).toMatch(/^1,5\s?MB$/);
  });
});
