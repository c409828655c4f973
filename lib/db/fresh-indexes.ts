import type { Table } from 'dexie';
import { buildMatchIndex, snapshotMatchIndex } from '../detection/core/match-index';
import type { Account, Contact, TimelineNote } from '../model/types';
import { allDocs } from '../search/core/docs';
import { SearchIndex } from '../search/core/search-index';
import type { DossierDatabase } from './database';
import { type MatchCache, matchStamp, openMatchCache } from './match-cache';
import { readRevisions, type TableRevision } from './revisions';
import { openSearchCache, type SearchCache } from './search-cache';
import { SEARCH_TABLES, type SearchStamp, type SearchTable } from './search-sources';

/** The rows a bulk write replaces the searched tables with: everything they hold once it commits. */
export interface IndexedRows {
  accounts: readonly Account[];
  contacts: readonly Contact[];
  notes: readonly TimelineNote[];
}

/** Where the snapshots are stored: the derived cache the background reads. */
export interface IndexCaches {
  match: MatchCache;
  search: SearchCache;
}

export interface PrebuiltIndexes {
  /** The revisions the indexes are current at once the write commits. */
  revisions: Record<SearchTable, string>;
  /** The tables the write writes: `commitRevisions` gives them their revisions above, last. */
  written: readonly SearchTable[];
  /** Settles once both snapshots are stored, or could not be (the background then builds, as before). */
  stored: Promise<void>;
}

export interface PrebuildOptions {
  /**
   * The revisions of tables the write leaves as they are, read with their rows: should another
   * context write one of them before the write commits, the snapshot is not current, and unused.
   */
  unwritten?: Partial<Record<SearchTable, string>>;
  caches?: IndexCaches;
}

/**
 * The detection and search indexes of the rows a bulk write (a restore, an import) is about to
 * commit, built from the rows in hand and stored in the derived cache against the revisions the
 * write will commit at. The background, woken by the write, finds them current and restores them
 * in milliseconds — instead of reading 150,000 rows back and building for seconds while the rep's
 * first page waits behind it. Built beside the write, a step at a time, so the write's own work
 * goes on between the steps. Should the write fail, the snapshots carry revisions that never
 * exist: they are never used.
 */
export function prebuildIndexes(
  rows: IndexedRows,
  ownDomains: readonly string[],
  options: PrebuildOptions = {},
): PrebuiltIndexes {
  const { unwritten = {}, caches = { match: openMatchCache(), search: openSearchCache() } } = options;
  const written = SEARCH_TABLES.filter((table) => !unwritten[table]);
  const revisions = Object.fromEntries(
    SEARCH_TABLES.map((table) => [table, unwritten[table] ?? crypto.randomUUID()]),
  ) as Record<SearchTable, string>;
  // In the order a read of the tables returns them (by id), so the indexes are the ones the
  // background would have built.
  const sorted = {
    accounts: byId(rows.accounts),
    contacts: byId(rows.contacts),
    notes: byId(rows.notes),
  };
  const stored = (async () => {
    await nextTask();
    const match = buildMatchIndex(
      sorted.accounts.map(({ id, name, aliases, websiteDomains, emailDomains }) => ({
        id,
        name,
        aliases,
        websiteDomains,
        emailDomains,
      })),
      sorted.contacts.map(({ accountId, emails }) => ({ accountId, emails })),
      { ownDomains: [...ownDomains] },
    );
    await caches.match.save(matchStamp(revisions, ownDomains), snapshotMatchIndex(match));
    await nextTask();
    const docs = allDocs(sorted);
    await nextTask();
    const search = SearchIndex.build(docs);
    await nextTask();
    await caches.search.save({ stamp: stampOf(sorted), revisions, data: search.toData() });
  })().catch(() => {});
  return { revisions, written, stored };
}

/**
 * `prebuildIndexes` for a write that puts accounts and contacts over those stored (an import):
 * the rows it was planned against, which it must check are still what is stored, with its own
 * over them; the notes as they are now, read here with their revision. Null when the notes have
 * no revision to check against (the background then builds, as before).
 */
export async function prebuildMergedIndexes(
  db: DossierDatabase,
  planned: { accounts: readonly Account[]; contacts: readonly Contact[] },
  put: { accounts: readonly Account[]; contacts: readonly Contact[] },
  ownDomains: readonly string[],
  caches?: IndexCaches,
): Promise<PrebuiltIndexes | null> {
  const { notes, revisions } = await db.transaction('r', db.notes, db.revisions, async () => ({
    notes: await db.notes.toArray(),
    revisions: await readRevisions(db, ['notes']),
  }));
  if (!revisions) return null;
  const over = <T extends { id: string }>(stored: readonly T[], written: readonly T[]) => {
    const byId = new Map(stored.map((row) => [row.id, row]));
    for (const row of written) byId.set(row.id, row);
    return [...byId.values()];
  };
  return prebuildIndexes(
    { accounts: over(planned.accounts, put.accounts), contacts: over(planned.contacts, put.contacts), notes },
    ownDomains,
    { unwritten: { notes: revisions.notes }, caches },
  );
}

/**
 * Ends a bulk write that prebuilt its indexes, in its transaction after its last row: waits for
 * the snapshots to be stored — before the commit that wakes the background, or it would build
 * them itself; built beside a write as long as they are, they are done by now, but a wait is
 * bounded all the same — then writes the revisions chosen for the tables it wrote: every write
 * before set a revision of its own, and these are the ones that stay.
 *
 * Through `revisions`, a table of the transaction itself (`tx.table('revisions')`): after the
 * awaits of a chunked write, Dexie no longer knows the code is in the transaction, and a write
 * through the database would start a transaction of its own.
 */
export async function commitWithIndexes(
  revisions: Table<TableRevision, string>,
  indexes: PrebuiltIndexes,
  waitMs = 15_000,
): Promise<void> {
  let stored = false;
  void indexes.stored.then(() => {
    stored = true;
  });
  const deadline = performance.now() + waitMs;
  // A read at a time keeps the transaction open meanwhile (`Dexie.waitFor` does so in the zone).
  while (!stored && performance.now() < deadline) await revisions.get('accounts');
  await revisions.bulkPut(indexes.written.map((table) => ({ table, revision: indexes.revisions[table] })));
}

/** What `searchStamp` reads of the tables once these rows are all they hold. */
function stampOf(rows: IndexedRows): SearchStamp {
  const stampOfTable = (table: readonly { updatedAt: string }[]) => {
    let last = '';
    for (const row of table) if (row.updatedAt > last) last = row.updatedAt;
    return { count: table.length, last };
  };
  return {
    accounts: stampOfTable(rows.accounts),
    contacts: stampOfTable(rows.contacts),
    notes: stampOfTable(rows.notes),
  };
}

function byId<T extends { id: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Lets the write's callbacks run before the next step takes the thread. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
