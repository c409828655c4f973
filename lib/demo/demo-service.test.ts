import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { DossierDatabase } from '../db/database';
import { openTestDatabase } from '../db/test-helpers';
import { STORED } from '../model/storage-items';
import { getItem } from '../platform/storage';
import { demoHandlers } from './demo-service';

let db: DossierDatabase;
beforeEach(() => {
  fakeBrowser.reset();
  db = openTestDatabase();
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await db.delete();
});

const load = () => demoHandlers(db)['demo/load']({}, {} as never);

describe('the background’s demo loader', () => {
  it('loads the demo clients into the empty database and ends the first run', async () => {
    const { accounts } = await load();
    expect(accounts).toBeGreaterThan(40);
    expect(await db.accounts.count()).toBe(accounts);
    expect(await db.contacts.count()).toBeGreaterThan(accounts);
    expect(await getItem(STORED.firstRunDone)).toBe(true);
  });

  it('a disk without room refuses before writing, says how much is needed, and leaves the first run open', async () => {
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ quota: 1_000_000, usage: 999_000 }) } });
    const refused = await load().then(
      () => null,
      (error: { failure?: { code: string; detail: { needed?: number; available?: number } } }) => error,
    );
    expect(refused?.failure?.code).toBe('space');
    expect(refused?.failure?.detail.available).toBe(1_000);
    expect(refused?.failure?.detail.needed).toBeGreaterThan(1_000);
    expect(await db.accounts.count()).toBe(0);
    expect(await getItem(STORED.firstRunDone)).toBe(false);
  });
});
