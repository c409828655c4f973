import type { DossierDatabase } from '../db/database';
import { readRevisions, sameRevisions } from '../db/revisions';
import type { SearchCache } from '../db/search-cache';
import {
  readChangedSearchRows,
  readSearchRows,
  readSearchRowsSince,
  revisionsIfAt,
  SEARCH_TABLES,
  type SearchStamp,
  type SearchTable,
  sameSearchStamp,
  searchStamp,
} from '../db/search-sources';
import type { RowChanges } from '../db/watch';
import type { QuickResult } from '../model/quick-search';
import { allDocs, docOfAccount, docOfContact, docOfNote } from './core/docs';
import type { SearchDoc } from './core/fields';
import { presentResult } from './core/present';
import { SearchIndex } from './core/search-index';

export interface SearchServiceDeps {
  db: DossierDatabase;
  cache: SearchCache;
  /** How long after the last change the index is stored again (ms). */
  saveDelayMs?: number;
}

/** Rows a stored index may be behind by and still be caught up rather than rebuilt. */
const CATCH_UP_MAX = 500;
const TYPE_TABLE = { account: 'accounts', contact: 'contacts', note: 'notes' } as const;

/**
 * The background's quick search: one warm index in memory, answering the popup and the omnibox.
 * At start it restores the stored index (caught up with rows changed since, by `updatedAt`) or
 * builds one; then every committed change of an account, contact or note — from any context —
 * updates just those records. The index is stored again a few seconds after the last change.
 */
export function createSearchService(deps: SearchServiceDeps) {
  const { db, cache } = deps;
  let index: Promise<SearchIndex> | null = null;
  /** What the index holds, per table: how many rows and the newest `updatedAt` it has seen. */
  let known: SearchStamp | null = null;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** How the index was last loaded and what each step cost (ms): for benchmarks and diagnosis. */
  const stats: Record<string, number | string> = {};
  const timed = async <T>(name: string, step: () => Promise<T> | T): Promise<T> => {
    const t0 = performance.now();
    try {
      return await step();
    } finally {
      stats[name] = Math.round(performance.now() - t0);
    }
  };

  /** The stored index, caught up if it can be; `exact`: only one stored at the tables' revisions. */
  async function restore(exact = false): Promise<SearchIndex | null> {
    // The revisions are read while the stored index is: small reads, beside a large one.
    const revising = readRevisions(db, SEARCH_TABLES).catch(() => null);
    const prebuiltAt = cache.revisions('prebuilt').catch(() => undefined);
    let stored = await timed('cacheLoad', () => cache.load().catch(() => null));
    const revisions = await revising;
    // Not current, where a bulk write stored the index of what it committed: that one instead,
    // stored again as the current one (the next start then reads one index, not two).
    let prebuilt = false;
    if (!sameRevisions(stored?.revisions, revisions) && sameRevisions(await prebuiltAt, revisions)) {
      const written = await cache.load('prebuilt').catch(() => null);
      if (written) [stored, prebuilt] = [written, true];
    }
    if (!stored) return null;
    let restored: SearchIndex;
    try {
      restored = SearchIndex.fromData(stored.data);
    } catch {
      return null; // stored by an older version of the index: build afresh (and store that)
    }
    known = structuredClone(stored.stamp);
    stats.source = 'stored';
    if (sameRevisions(stored.revisions, revisions)) {
      if (prebuilt) scheduleSave();
      return restored;
    }
    if (exact) return null;
    // Not known current: count the tables (a third of a second at 50,000 accounts) to find out.
    const now = await timed('stamp', () => searchStamp(db));
    if (sameSearchStamp(now, stored.stamp)) return restored;
    // Written while the worker slept: apply rows changed since the newest the index saw. Deletes
    // show as a count that still disagrees, and a restored backup as time going backwards.
    if (SEARCH_TABLES.some((t) => now[t].last < stored.stamp[t].last)) return null;
    const since = await readSearchRowsSince(db, {
      accounts: stored.stamp.accounts.last,
      contacts: stored.stamp.contacts.last,
      notes: stored.stamp.notes.last,
    });
    const behind = since.accounts.length + since.contacts.length + since.notes.length;
    // Record by record costs ~0.2 ms a row: past a few hundred, reading everything is quicker.
    if (behind > Math.max(CATCH_UP_MAX, restored.size * 0.02)) return null;
    const ids = {
      accounts: since.accounts.map((r) => r.id),
      contacts: since.contacts.map((r) => r.id),
      notes: since.notes.map((r) => r.id),
    };
    await timed('catchUp', () => applyTo(restored, ids));
    stats.source = `stored + ${behind} rows`;
    if (!SEARCH_TABLES.every((t) => known![t].count === now[t].count)) return null;
    scheduleSave();
    return restored;
  }

  async function build(): Promise<SearchIndex> {
    const rows = await timed('read', () => readSearchRows(db));
    known = rows.stamp;
    const docs = await timed('docs', () => allDocs(rows));
    const built = await timed('build', () => SearchIndex.build(docs));
    stats.source = 'built';
    scheduleSave();
    return built;
  }

  async function load(exact = false): Promise<SearchIndex> {
    return timed('load', async () => (await restore(exact)) ?? (await build()));
  }

  function current(): Promise<SearchIndex> {
    index ??= load().catch((error) => {
      index = null; // try again on the next query rather than keep a failed load
      throw error;
    });
    return index;
  }

  /** Re-reads the given rows and puts or removes their records; keeps `known` in step. */
  async function applyTo(target: SearchIndex, ids: Record<SearchTable, readonly string[]>): Promise<void> {
    const rows = await readChangedSearchRows(db, ids);
    const owners = new Map([...rows.owners, ...rows.accounts]);
    const put = (doc: SearchDoc, updatedAt: string) => {
      const table = TYPE_TABLE[doc.type];
      if (!target.get(doc.id)) known![table].count++;
      if (updatedAt > known![table].last) known![table].last = updatedAt;
      target.update(doc);
    };
    const drop = (id: string, table: SearchTable) => {
      if (target.remove(id)) known![table].count--;
    };
    for (const [id, a] of rows.accounts) a ? put(docOfAccount(a), a.updatedAt) : drop(id, 'accounts');
    for (const [id, c] of rows.contacts)
      c ? put(docOfContact(c, owners.get(c.accountId)), c.updatedAt) : drop(id, 'contacts');
    for (const [id, n] of rows.notes)
      n ? put(docOfNote(n, owners.get(n.accountId)), n.updatedAt) : drop(id, 'notes');
  }

  /** Whether an index is stored at the tables' revisions: small reads, not the index. */
  async function storedIsCurrent(): Promise<boolean> {
    const [current, prebuilt, now] = await Promise.all([
      cache.revisions().catch(() => undefined),
      cache.revisions('prebuilt').catch(() => undefined),
      readRevisions(db, SEARCH_TABLES).catch(() => null),
    ]);
    return sameRevisions(current, now) || sameRevisions(prebuilt, now);
  }

  function scheduleSave(): void {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => void save(), deps.saveDelayMs ?? 3000);
  }

  async function save(): Promise<void> {
    const loaded = index && (await index.catch(() => null));
    if (!loaded || !known) return;
    // `known` and the data are taken together, synchronously: they describe the same index.
    const stamp = structuredClone(known);
    const data = await timed('toData', () => loaded.toData());
    // Counted here, in the background's quiet time, so the next start need not count.
    const revisions = await timed('revisions', () => revisionsIfAt(db, stamp).catch(() => undefined));
    await timed('save', () => cache.save({ stamp, revisions, data }).catch(() => {}));
  }

  return {
    /** Ranked results for what the rep typed, as the popup shows them. */
    async query(text: string, limit = 20): Promise<QuickResult[]> {
      if (!text.trim()) {
        void this.warm().catch(() => {}); // the popup's "I am open": load while the rep types
        return [];
      }
      const loaded = await current();
      return loaded.search(text, { limit }).map((r) => presentResult(r, text));
    },

    /** Committed changes of accounts, contacts or notes (any context): update just those records. */
    async apply(changes: RowChanges<SearchTable>): Promise<void> {
      if (!index) {
        // Nothing loaded: the next load reads the tables as they are then. But after a bulk change
        // (an import's chunk, a restore) the stored index is too far behind to catch up, and that
        // next load would be a build on the rep's first query: build it now, in the background —
        // unless the writer stored the index current with its write (a restore does), when there
        // is nothing to do until a query comes.
        if (isBulk(changes) && !(await storedIsCurrent())) void current().catch(() => {});
        return;
      }
      if (SEARCH_TABLES.some((t) => changes[t] === 'all')) {
        // Cleared or replaced (a restored backup): the index the restore stored at the revisions
        // it committed, or everything read again — never one that only counts the same.
        index = load(true).catch((error) => {
          index = null;
          throw error;
        });
        return;
      }
      const loaded = await current();
      const ids = (t: SearchTable) => [...((changes[t] as Set<string> | undefined) ?? [])];
      await applyTo(loaded, { accounts: ids('accounts'), contacts: ids('contacts'), notes: ids('notes') });
      scheduleSave();
    },

    /** Loads the index (when the popup opens, or the omnibox keyword is typed) so the first keystroke finds it warm. */
    warm(): Promise<unknown> {
      return current();
    },

    /** How the index was last loaded and stored, step by step (ms). */
    stats,

    /** Stores the index now (tests; a worker about to stop has no reliable hook for it). */
    flush(): Promise<void> {
      clearTimeout(saveTimer);
      return save();
    },
  };
}

export type SearchService = ReturnType<typeof createSearchService>;

/** A change too large for a stored index to catch up with record by record. */
function isBulk(changes: RowChanges<SearchTable>): boolean {
  let rows = 0;
  for (const t of SEARCH_TABLES) {
    const changed = changes[t];
    if (changed === 'all') return true;
    rows += changed?.size ?? 0;
  }
  return rows > CATCH_UP_MAX;
}
