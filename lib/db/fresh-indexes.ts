import type { Table } from 'dexie';
import type { Account, Contact } from '../model/types';
import type { DossierDatabase } from './database';
import { storeIndexesAside } from './index-builder';
import { readRevisions, type TableRevision } from './revisions';
import { SEARCH_TABLES, type SearchTable } from './search-sources';
import { type IndexCaches, type IndexedRows, nextTask, storeIndexes } from './store-indexes';

export type { IndexCaches, IndexedRows };

export interface PrebuiltIndexes {
  /** The revisions the indexes are current at once the write commits. */
  revisions: Record<SearchTable, string>;
  /** The tables the write writes: `commitWithIndexes` gives them their revisions above, last. */
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
 * first page waits behind it. They are kept apart from the background's own (the derived
 * cache's `prebuilt` slot): should the write fail, they carry revisions that never exist and are
 * never used, and the background's own are still current.
 */
export function prebuildIndexes(
  rows: IndexedRows,
  ownDomains: readonly string[],
  options: PrebuildOptions = {},
): PrebuiltIndexes {
  const { unwritten = {}, caches } = options;
  const written = SEARCH_TABLES.filter((table) => !unwritten[table]);
  const revisions = Object.fromEntries(
    SEARCH_TABLES.map((table) => [table, unwritten[table] ?? crypto.randomUUID()]),
  ) as Record<SearchTable, string>;
  // In a worker of its own where there are workers, so that the write and its progress go on
  // beside the build (seconds at 50,000 accounts) and its memory is not the writer's; given
  // caches (tests), here.
  const stored = (
    caches || typeof Worker === 'undefined'
      ? nextTask().then(() => storeIndexes(rows, ownDomains, revisions, caches))
      : storeIndexesAside(rows, ownDomains, revisions)
  ).catch(() => {});
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
