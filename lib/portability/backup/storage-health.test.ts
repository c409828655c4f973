// What the options page reads from navigator.storage and the permissions.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readStorageHealth, requestPersistence } from './storage-health';

beforeEach(() => {
  fakeBrowser.reset();
  Object.assign(fakeBrowser.permissions, {
    contains: async ({ permissions = [] }: { permissions?: string[] }) =>
      permissions.includes('unlimitedStorage'),
  });
});

const manager = (over: Partial<StorageManager> = {}) =>
  ({
    persisted: async () => false,
    persist: async () => true,
    estimate: async () => ({ usage: 12_345_678, quota: 300_000_000_000 }),
    ...over,
  }) as StorageManager;

describe('storage health', () => {
  it('reads persistence, usage and quota, and the unlimitedStorage grant', async () => {
    expect(await readStorageHealth(manager())).toEqual({
      persisted: false,
      usage: 12_345_678,
      quota: 300_000_000_000,
      unlimited: true,
    });
  });

  it('gives nulls, never an error, where the browser has no answer', async () => {
    const broken = manager({
      persisted: async () => Promise.reject(new Error('not allowed')),
      estimate: undefined as unknown as StorageManager['estimate'],
    });
    expect(await readStorageHealth(broken)).toEqual({
      persisted: null,
      usage: null,
      quota: null,
      unlimited: true,
    });
    expect(await readStorageHealth(undefined)).toEqual({
      persisted: null,
      usage: null,
      quota: null,
      unlimited: true,
    });
  });

  it('"Keep my data" asks navigator.storage.persist() and says whether it was granted', async () => {
    const persist = vi.fn(async () => true);
    expect(await requestPersistence(manager({ persist }))).toBe(true);
    expect(persist).toHaveBeenCalledOnce();
    expect(await requestPersistence(manager({ persist: async () => false }))).toBe(false);
    expect(await requestPersistence(undefined)).toBe(false);
  });
});
