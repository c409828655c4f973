import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildMatchIndex, snapshotMatchIndex } from '../detection/core/match-index';
import { emptyTimelineNoteDraft } from '../model/defaults';
import { importFile } from '../portability/import/import-file';
import { allDocs } from '../search/core/docs';
import { SearchIndex } from '../search/core/search-index';
import { createAccount } from './accounts';
import { exportDatabase, restoreDatabase } from './backup';
import { createContact } from './contacts';
import type { DossierDatabase } from './database';
import { readExistingForImport, writeImport } from './import-write';
import { dataStamp, openMatchCache, readMatchSources } from './match-cache';
import { createNote } from './notes';
import { readRevisions } from './revisions';
import { openSearchCache } from './search-cache';
import { readSearchRows, SEARCH_TABLES, searchStamp } from './search-sources';
import { accountDraft, contactDraft, openTestDatabase } from './test-helpers';

const OWN = ['dossier-sales.cn'];
let db: DossierDatabase;
let cacheName: string;
beforeEach(async () => {
  db = openTestDatabase();
  cacheName = `dossier-cache-${crypto.randomUUID()}`;
  // Ids out of their sorted order, as a backup's rows may come.
  for (const name of ['中国电信江苏分公司', 'Acme Logistics', 'Bluestone Capital', '北京银行']) {
    const account = await createAccount(
      db,
      accountDraft({ name, emailDomains: [`${name.length}.example.com`], websiteDomains: [] }),
    );
    await createContact(
      db,
      contactDraft(account.id, { name: `${name} buyer`, emails: [`buyer@${name.length}.cn`] }),
    );
    await createNote(db, { ...emptyTimelineNoteDraft(account.id, new Date()), text: `Met ${name}` });
  }
});
afterEach(async () => {
  await db.delete();
});

async function restoreWithIndexes(backup: Awaited<ReturnType<typeof exportDatabase>>) {
  await restoreDatabase(db, backup, {
    ownDomains: OWN,
    caches: { match: openMatchCache(cacheName), search: openSearchCache(cacheName) },
  });
}

/** The stored snapshots are current, and are what the background would build from the tables. */
async function expectStoredCurrent() {
  const match = await openMatchCache(cacheName).load('prebuilt');
  expect(match?.stamp).toBe(await dataStamp(db, OWN));
  const sources = await readMatchSources(db);
  expect(match?.snapshot).toEqual(
    snapshotMatchIndex(buildMatchIndex(sources.accounts, sources.contacts, { ownDomains: OWN })),
  );
  const search = await openSearchCache(cacheName).load('prebuilt');
  expect(search?.revisions).toEqual(await readRevisions(db, SEARCH_TABLES));
  expect(search?.stamp).toEqual(await searchStamp(db));
  expect(search?.data).toEqual(SearchIndex.build(allDocs(await readSearchRows(db))).toData());
}

describe('the indexes a restore builds beside its write', () => {
  it('are stored current at the revisions it commits, and are the ones the background would build', async () => {
    const backup = await exportDatabase(db);
    backup.tables.accounts.reverse();
    backup.tables.contacts.reverse();
    await restoreWithIndexes(backup);

    await expectStoredCurrent();
  });

  it('are stored before the restore commits, however long storing them takes', async () => {
    const events: string[] = [];
    const slow = <C extends { save(...args: never[]): Promise<void> }>(cache: C, name: string): C => ({
      ...cache,
      save: async (...args: Parameters<C['save']>) => {
        await new Promise((resolve) => setTimeout(resolve, 100));
        await cache.save(...args);
        events.push(`${name} stored`);
      },
    });
    const backup = await exportDatabase(db);
    const restoring = restoreDatabase(db, backup, {
      ownDomains: OWN,
      caches: {
        match: slow(openMatchCache(cacheName), 'match'),
        search: slow(openSearchCache(cacheName), 'search'),
      },
    }).then(() => events.push('committed'));
    await restoring;
    expect(events).toEqual(['match stored', 'search stored', 'committed']);
    expect((await openMatchCache(cacheName).load('prebuilt'))?.stamp).toBe(await dataStamp(db, OWN));
  });

  it('of a restore that fails are never current, and leave the current ones as they were', async () => {
    const sources = await readMatchSources(db);
    const current = snapshotMatchIndex(
      buildMatchIndex(sources.accounts, sources.contacts, { ownDomains: OWN }),
    );
    await openMatchCache(cacheName).save(await dataStamp(db, OWN), current);
    const backup = await exportDatabase(db);
    backup.tables.accounts.push({ ...backup.tables.accounts[0]! }); // one id twice: the write fails
    await expect(restoreWithIndexes(backup)).rejects.toThrow();
    const match = await openMatchCache(cacheName).load('prebuilt');
    expect(match).not.toBeNull();
    expect(match?.stamp).not.toBe(await dataStamp(db, OWN));
    expect((await openSearchCache(cacheName).load('prebuilt'))?.revisions).not.toEqual(
      await readRevisions(db, SEARCH_TABLES),
    );
    // The background's own snapshot still matches what is stored: the next start restores it.
    expect(await openMatchCache(cacheName).load()).toEqual({
      stamp: await dataStamp(db, OWN),
      snapshot: current,
    });
  });

  it('are not current once anything is written after the restore', async () => {
    await restoreWithIndexes(await exportDatabase(db));
    await createAccount(db, accountDraft({ name: 'Written afterwards' }));
    expect((await openMatchCache(cacheName).load('prebuilt'))?.stamp).not.toBe(await dataStamp(db, OWN));
  });
});

describe('the indexes an import builds beside its write', () => {
  const importing = async (name: string) => {
    const planned = await readExistingForImport(db);
    const file = new Uint8Array(
      readFileSync(resolve(import.meta.dirname, '../../tests/fixtures/imports', name)),
    );
    const result = importFile(file, planned, { fileName: name });
    if (!result.ok) throw new Error(result.error.code);
    const indexes = {
      planned,
      ownDomains: OWN,
      caches: { match: openMatchCache(cacheName), search: openSearchCache(cacheName) },
    };
    await writeImport(db, result.value.put, { basis: planned.basis, indexes });
  };

  it('are those of the rows stored with its own over them, the notes kept, current once it commits', async () => {
    await importing('hubspot-companies.csv');
    await expectStoredCurrent();
    await importing('hubspot-contacts.csv'); // contacts of the accounts the first brought
    await expectStoredCurrent();
  });

  it('are not current once a note is written after the import', async () => {
    await importing('hubspot-companies.csv');
    const [account] = await db.accounts.toArray();
    await createNote(db, { ...emptyTimelineNoteDraft(account!.id, new Date()), text: 'Called back' });
    expect((await openSearchCache(cacheName).load('prebuilt'))?.revisions).not.toEqual(
      await readRevisions(db, SEARCH_TABLES),
    );
  });
});
