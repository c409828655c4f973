import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAccount, deleteAccount, updateAccount } from '../db/accounts';
import { exportDatabase, restoreDatabase } from '../db/backup';
import { createContact } from '../db/contacts';
import type { DossierDatabase } from '../db/database';
import { loadDemoData } from '../db/demo';
import { openMatchCache } from '../db/match-cache';
import { createNote } from '../db/notes';
import { readRevisions } from '../db/revisions';
import { openSearchCache, type SearchCache } from '../db/search-cache';
import { SEARCH_TABLES } from '../db/search-sources';
import { accountDraft, contactDraft, openTestDatabase } from '../db/test-helpers';
import { onRowsChanged } from '../db/watch';
import { emptyAccountDraft, emptyTimelineNoteDraft } from '../model/defaults';
import { createSearchService, type SearchService } from './search-service';

let db: DossierDatabase;
let stops: (() => void)[] = [];
beforeEach(() => {
  db = openTestDatabase();
});
afterEach(async () => {
  for (const stop of stops) stop();
  stops = [];
  await db.delete();
});

/** A cache in memory that counts what it was asked. */
function memoryCache(): SearchCache & { saves: number } {
  let stored: Awaited<ReturnType<SearchCache['load']>> = null;
  return {
    saves: 0,
    async load() {
      return stored && structuredClone(stored);
    },
    async revisions() {
      return stored?.revisions;
    },
    async save(index) {
      this.saves++;
      stored = structuredClone(index);
    },
  };
}

/** A service wired to the database's change events, as the background wires it. */
function start(cache: SearchCache): SearchService {
  const service = createSearchService({ db, cache, saveDelayMs: 10 });
  const pending: Promise<void>[] = [];
  stops.push(onRowsChanged(db, SEARCH_TABLES, (changes) => pending.push(service.apply(changes))));
  (service as SearchService & { settled(): Promise<unknown> }).settled = () => Promise.all(pending);
  return service;
}
const settled = async (service: SearchService) => {
  // Dexie reports a commit after it resolves the write: give the event a turn, then await it.
  await new Promise((r) => setTimeout(r, 20));
  await (service as SearchService & { settled(): Promise<unknown> }).settled();
};
const titles = async (service: SearchService, q: string) => (await service.query(q)).map((r) => r.title);

describe('the background quick search', () => {
  it('answers from an index built from the database, pinyin and contacts with their account', async () => {
    await loadDemoData(db, new Date('2025-06-01T08:00:00Z'));
    const service = start(memoryCache());
    const [top] = await service.query('jcnsh');
    expect(top).toMatchObject({ title: '江澄农村商业银行股份有限公司', kind: 'account', reason: 'match' });
    expect(top?.tier).not.toBeNull();
    const [person] = await service.query('zhoujianguo');
    expect(person).toMatchObject({ title: '周建国', kind: 'contact' });
    expect(person?.subtitle).toContain('·');
    expect(await service.query('  ')).toEqual([]);
  });

  it('follows writes from the repositories record by record', async () => {
    const acme = await createAccount(db, accountDraft({ name: 'Acme Logistics', tier: 'B' }));
    const service = start(memoryCache());
    await service.warm();

    const zephyr = await createAccount(db, accountDraft({ name: '泽菲尔货运', aliases: ['Zephyr Freight'] }));
    await createContact(db, contactDraft(zephyr.id, { name: '单丽', emails: ['shan.li@zephyr.io'] }));
    await createNote(db, {
      ...emptyTimelineNoteDraft(acme.id, new Date()),
      text: 'Quarterly review of the MSA',
    });
    await settled(service);
    expect((await service.query('zephyr'))[0]?.title).toBe('泽菲尔货运');
    expect((await service.query('shanli'))[0]).toMatchObject({ title: '单丽', subtitle: '泽菲尔货运' });
    expect((await service.query('quarterly msa'))[0]).toMatchObject({ kind: 'note', accountId: acme.id });

    // A renamed, re-tiered account: its own record and its contacts' and notes' lines follow.
    const { id: _i, createdAt: _c, updatedAt: _u, ...draft } = (await db.accounts.get(zephyr.id))!;
    await updateAccount(db, zephyr.id, { ...draft, name: '西风货运', tier: 'A' });
    await settled(service);
    expect((await service.query('xifeng'))[0]).toMatchObject({ title: '西风货运', tier: 'A' });
    expect((await service.query('shanli'))[0]).toMatchObject({ subtitle: '西风货运', tier: 'A' });

    await deleteAccount(db, zephyr.id);
    await settled(service);
    expect(await titles(service, 'xifeng')).toEqual([]);
    expect(await titles(service, 'shanli')).toEqual([]);
  });

  it('restores its stored index, catching up with writes made while the worker slept', async () => {
    const cache = memoryCache();
    await createAccount(db, accountDraft({ name: 'Acme Logistics' }));
    const first = start(cache);
    await first.warm();
    await first.flush();
    expect(cache.saves).toBe(1);
    for (const stop of stops) stop(); // the worker stops

    const later = await createAccount(db, accountDraft({ name: 'Bluestone Capital' }));
    const second = start(cache);
    expect((await second.query('bluestone'))[0]?.accountId).toBe(later.id);
    expect((await second.query('acme'))[0]?.title).toBe('Acme Logistics');
  });

  it('restores an index stored with the revisions it is current at without counting the tables', async () => {
    const cache = memoryCache();
    await createAccount(db, accountDraft({ name: 'Acme Logistics' }));
    const first = start(cache);
    await first.warm();
    await first.flush();
    expect((await cache.load())?.revisions).toEqual(await readRevisions(db, SEARCH_TABLES));
    for (const stop of stops) stop();

    const second = start(cache);
    expect(await titles(second, 'acme')).toEqual(['Acme Logistics']);
    expect(second.stats).toMatchObject({ source: 'stored' });
    expect(second.stats.stamp).toBeUndefined(); // not counted
  });

  it('stores no revisions with an index behind the tables, so the next start counts and catches up', async () => {
    const cache = memoryCache();
    await createAccount(db, accountDraft({ name: 'Acme Logistics' }));
    const first = start(cache);
    await first.warm();
    for (const stop of stops) stop(); // the change below never reaches this index
    const unseen = await createAccount(db, accountDraft({ name: 'Bluestone Capital' }));
    await first.flush();
    expect((await cache.load())?.revisions).toBeUndefined();

    const second = start(cache);
    expect((await second.query('bluestone'))[0]?.accountId).toBe(unseen.id);
    expect(second.stats.stamp).toEqual(expect.any(Number)); // counted
  });

  it('after a bulk write with nothing loaded (an import), builds and stores the index at once, before any query', async () => {
    const cache = memoryCache();
    const service = start(cache);
    const at = new Date().toISOString();
    const rows = Array.from({ length: 600 }, (_, i) => ({
      ...emptyAccountDraft(),
      id: `imported-${i}`,
      name: `Imported Client ${i}`,
      createdAt: at,
      updatedAt: at,
    }));
    await db.transaction('rw', db.accounts, () => db.accounts.bulkAdd(rows)); // one chunk of an import
    await settled(service);
    await vi.waitFor(() => expect(cache.saves).toBeGreaterThan(0));
    expect(service.stats.source).toBe('built');
    // Here the commit is heard twice (Dexie's event, then its broadcast copy); on a busy machine
    // the second comes after the first store and is stored again. What counts is that the query
    // finds the index built, and builds nothing.
    const pause = () => new Promise((resolve) => setTimeout(resolve, 100));
    await pause();
    const saves = cache.saves;
    expect(await titles(service, 'Imported Client 599')).toContain('Imported Client 599');
    await pause();
    expect(cache.saves).toBe(saves);

    // A few rows are not bulk: they wait for the next load, which catches up with them.
    const quiet = start(memoryCache());
    await createAccount(db, accountDraft({ name: 'Bluestone Capital' }));
    await settled(quiet);
    expect(quiet.stats.source).toBeUndefined();
  });

  it('reads everything again after a deletion it did not see, or a restored backup', async () => {
    const cache = memoryCache();
    const acme = await createAccount(db, accountDraft({ name: 'Acme Logistics' }));
    const backup = await exportDatabase(db);
    await createAccount(db, accountDraft({ name: 'Bluestone Capital' }));
    const first = start(cache);
    await first.warm();
    await first.flush();
    for (const stop of stops) stop();

    await deleteAccount(db, acme.id); // while asleep
    const second = start(cache);
    expect(await titles(second, 'acme')).toEqual([]);
    expect(await titles(second, 'bluestone')).toEqual(['Bluestone Capital']);

    await restoreDatabase(db, backup); // while awake: the tables are cleared and refilled
    await settled(second);
    expect(await titles(second, 'bluestone')).toEqual([]);
    expect(await titles(second, 'acme')).toEqual(['Acme Logistics']);
  });

  it('after a restore that stored its index beside the write, loads that one rather than build', async () => {
    const name = `dossier-cache-${crypto.randomUUID()}`;
    const cache = openSearchCache(name);
    await createAccount(db, accountDraft({ name: 'Acme Logistics' }));
    const backup = await exportDatabase(db);
    await createAccount(db, accountDraft({ name: 'Bluestone Capital' }));
    const service = start(cache);
    expect(await titles(service, 'bluestone')).toEqual(['Bluestone Capital']);
    expect(service.stats.source).toBe('built');

    await restoreDatabase(db, backup, {
      ownDomains: [],
      caches: { match: openMatchCache(name), search: cache },
    });
    await settled(service);
    expect(await titles(service, 'bluestone')).toEqual([]);
    expect(await titles(service, 'acme')).toEqual(['Acme Logistics']);
    expect(service.stats.source).toBe('stored');
  });

  it('after a restore that stored its index, with nothing loaded, leaves it to the first query', async () => {
    const name = `dossier-cache-${crypto.randomUUID()}`;
    const cache = openSearchCache(name);
    await createAccount(db, accountDraft({ name: 'Acme Logistics' }));
    const backup = await exportDatabase(db);
    const service = start(cache);
    await restoreDatabase(db, backup, {
      ownDomains: [],
      caches: { match: openMatchCache(name), search: cache },
    });
    await settled(service);
    // Not read on the restore's heels (tens of MB, as the rep's first page comes): it is current.
    expect(service.stats.source).toBeUndefined();
    expect(await titles(service, 'acme')).toEqual(['Acme Logistics']);
    expect(service.stats.source).toBe('stored');
    // Then stored as the current one: the next start reads it alone.
    await vi.waitFor(async () =>
      expect(await cache.revisions()).toEqual(await readRevisions(db, SEARCH_TABLES)),
    );
  });

  it('after a restore, never takes a stored index that only counts the same for current', async () => {
    await createAccount(db, accountDraft({ name: 'Acme Logistics' }));
    await createAccount(db, accountDraft({ name: 'Bluestone Capital' }));
    const backup = await exportDatabase(db);
    // The same rows but one renamed, its time kept: the same counts and newest change.
    const renamed = structuredClone(backup);
    renamed.tables.accounts = renamed.tables.accounts.map((a) =>
      a.name === 'Bluestone Capital' ? { ...a, name: 'Cobalt Mining' } : a,
    );
    await restoreDatabase(db, renamed);
    const cache = memoryCache();
    const service = start(cache);
    expect(await titles(service, 'cobalt')).toEqual(['Cobalt Mining']);
    await service.flush();

    await restoreDatabase(db, backup);
    await settled(service);
    expect(await titles(service, 'cobalt')).toEqual([]);
    expect(await titles(service, 'bluestone')).toEqual(['Bluestone Capital']);
  });

  it('builds afresh over an index stored by another version', async () => {
    const cache = memoryCache();
    await createAccount(db, accountDraft({ name: 'Acme Logistics' }));
    const first = start(cache);
    await first.warm();
    await first.flush();
    const stored = (await cache.load())!;
    await cache.save({ ...stored, data: { ...stored.data, version: 1 } as unknown as typeof stored.data });
    const second = start(cache);
    expect(await titles(second, 'acme')).toEqual(['Acme Logistics']);
  });
});
