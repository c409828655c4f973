import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyTimelineNoteDraft } from '../model/defaults';
import { createAccount } from './accounts';
import { exportDatabase } from './backup';
import { createContact } from './contacts';
import type { DossierDatabase } from './database';
import {
  type IndexWorkerScope,
  serveIndexBuild,
  storeIndexesAside,
  type ToIndexWorker,
} from './index-builder';
import { openMatchCache } from './match-cache';
import { createNote } from './notes';
import { openSearchCache } from './search-cache';
import { storeIndexes } from './store-indexes';
import { accountDraft, contactDraft, openTestDatabase } from './test-helpers';

/** What the page posted to the worker, as the worker received it. */
const posted: ToIndexWorker[] = [];

// The worker as a worker would run it, here: every message a structured clone, a task later.
vi.mock('./index-build.worker.ts?worker', () => ({
  default: class FakeIndexWorker {
    onmessage: ((event: { data: unknown }) => void) | null = null;
    onerror: (() => void) | null = null;
    private readonly scope: IndexWorkerScope = {
      onmessage: null,
      postMessage: (data) => setTimeout(() => this.onmessage?.({ data })),
    };
    constructor() {
      serveIndexBuild(this.scope);
    }
    postMessage(data: ToIndexWorker) {
      const copy = structuredClone(data);
      posted.push(copy);
      setTimeout(() => this.scope.onmessage?.({ data: copy }));
    }
    terminate() {}
  },
}));

const OWN = ['dossier-sales.cn'];
let db: DossierDatabase;
beforeEach(async () => {
  db = openTestDatabase();
  posted.length = 0;
  for (let i = 0; i < 25; i++) {
    const account = await createAccount(
      db,
      accountDraft({ name: i % 2 ? `华东精密制造${i}` : `Acme Logistics ${i}`, emailDomains: [`c${i}.com`] }),
    );
    await createContact(db, contactDraft(account.id, { name: `Buyer ${i}`, emails: [`buyer@c${i}.com`] }));
    await createNote(db, { ...emptyTimelineNoteDraft(account.id, new Date()), text: `Met ${i}` });
  }
});
afterEach(async () => {
  await db.delete();
});

describe('the index worker', () => {
  it('is given the rows a slice at a time, and stores the indexes that would be built here', async () => {
    const { tables } = await exportDatabase(db);
    const rows = {
      accounts: await db.accounts.toArray(),
      contacts: await db.contacts.toArray(),
      notes: tables.notes,
    };
    const revisions = { accounts: 'a-1', contacts: 'c-1', notes: 'n-1' };
    await storeIndexesAside(rows, OWN, revisions, 10);
    // 25 rows of each table in slices of 10, as the matcher's fields and search records, then the build.
    const shape = (m: ToIndexWorker) =>
      'sources' in m
        ? `${m.sources.accounts.length} ${m.sources.contacts.length} ${m.sources.docs.length}`
        : 'build';
    expect(posted.map(shape)).toEqual([
      '10 0 10',
      '10 0 10',
      '5 0 5',
      '0 10 10',
      '0 10 10',
      '0 5 5',
      '0 0 10',
      '0 0 10',
      '0 0 5',
      'build',
    ]);

    const here = `dossier-cache-${crypto.randomUUID()}`;
    const caches = { match: openMatchCache(here), search: openSearchCache(here) };
    await storeIndexes(rows, OWN, revisions, caches);
    expect(await caches.match.load('prebuilt')).not.toBeNull();
    expect(await openMatchCache().load('prebuilt')).toEqual(await caches.match.load('prebuilt'));
    expect(await openSearchCache().load('prebuilt')).toEqual(await caches.search.load('prebuilt'));
  });
});
