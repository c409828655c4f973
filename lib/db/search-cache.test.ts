import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { docOfAccount } from '../search/core/docs';
import { SearchIndex } from '../search/core/search-index';
import { createAccount } from './accounts';
import { openSearchCache } from './search-cache';
import type { SearchStamp } from './search-sources';
import { accountDraft, openTestDatabase } from './test-helpers';

const NAME = 'dossier-search-cache-test';
afterEach(async () => {
  await Dexie.delete(NAME);
});

const stamp: SearchStamp = {
  accounts: { count: 1, last: '2026-12-01T00:00:00.000Z' },
  contacts: { count: 0, last: '' },
  notes: { count: 0, last: '' },
};

describe('the search cache', () => {
  it('stores the index as bytes and gives back one that finds the same records', async () => {
    const db = openTestDatabase();
    const account = await createAccount(db, accountDraft({ name: '中国电信江苏分公司' }));
    await db.delete();
    const index = SearchIndex.build([docOfAccount(account)]);
    const cache = openSearchCache(NAME);
    expect(await cache.load()).toBeNull();
    await cache.save({ stamp, data: index.toData() });
    const stored = await cache.load();
    expect(stored?.stamp).toEqual(stamp);
    const restored = SearchIndex.fromData(stored!.data);
    expect(restored.search('zgdx').map((r) => r.doc.id)).toEqual([account.id]);
    expect(restored.search('江苏').map((r) => r.doc.id)).toEqual([account.id]);
  });

  it('reads a row of the layout stored before as none (so the index is built again)', async () => {
    const raw = new Dexie(NAME);
    raw.version(1).stores({ snapshots: 'key' });
    await raw.table('snapshots').put({ key: 'searchIndex', stamp, data: { version: 3 } });
    raw.close();
    expect(await openSearchCache(NAME).load()).toBeNull();
  });
});
