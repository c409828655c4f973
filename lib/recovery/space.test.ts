import { describe, expect, it } from 'vitest';
import { ensureSpace, freeSpace, jsonBytesOf, SPACE_RESERVE, SpaceShortage, spaceNeeded } from './space';

describe('jsonBytesOf', () => {
  it('is exact for a few rows and close for many', () => {
    const few = [{ a: 1 }, { b: 'xyz' }];
    expect(jsonBytesOf(few)).toBe(JSON.stringify(few[0]).length + JSON.stringify(few[1]).length);
    let seed = 7;
    const next = () => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed / 2 ** 32;
    };
    const many = Array.from({ length: 20_000 }, (_, i) => ({
      id: `row-${i}`,
      text: 'x'.repeat(next() * 300),
    }));
    const exact = many.reduce((sum, row) => sum + JSON.stringify(row).length, 0);
    expect(Math.abs(jsonBytesOf(many) - exact) / exact).toBeLessThan(0.05);
    expect(jsonBytesOf([])).toBe(0);
  });
});

describe('space', () => {
  it('needs three times the rows, the copy and the reserve', () => {
    expect(spaceNeeded(10_000_000, 2_000_000)).toBe(30_000_000 + 2_000_000 + SPACE_RESERVE);
  });

  it('reads the free space as quota minus usage; unknown when the browser cannot say', async () => {
    expect(await freeSpace({ estimate: async () => ({ usage: 2_000_000, quota: 9_500_000 }) })).toBe(
      7_500_000,
    );
    expect(await freeSpace({ estimate: async () => ({}) })).toBeNull();
    expect(await freeSpace({ estimate: () => Promise.reject(new Error('no')) })).toBeNull();
    expect(await freeSpace(undefined)).toBeNull();
  });

  it('refuses with the figures, and lets an unknown figure pass', async () => {
    const storage = { estimate: async () => ({ usage: 0, quota: 10_000_000 }) };
    await expect(ensureSpace(50_000_000, storage)).rejects.toEqual(new SpaceShortage(50_000_000, 10_000_000));
    await expect(ensureSpace(5_000_000, storage)).resolves.toBeUndefined();
    await expect(ensureSpace(5_000_000, { estimate: async () => ({}) })).resolves.toBeUndefined();
  });
});
