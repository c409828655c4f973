import Dexie, { type EntityTable } from 'dexie';
import type { SearchIndexData } from '../search/core/search-index';
import type { SnapshotSlot } from './match-cache';
import type { SearchStamp, SearchTable } from './search-sources';
import { packSnapshot, unpackSnapshot } from './snapshot-bytes';

/**
 * The quick search's stored index, beside the matcher's in the derived cache database
 * ('dossier-cache', lib/db/match-cache.ts): a restarted service worker restores it instead of
 * rebuilding (seconds at 50,000 accounts). It can be dropped at any time; not in backups; a row
 * of an older layout reads as none.
 */
interface CachedSearchIndex {
  key: string;
  /** The counts and newest change of the tables the index holds, as the index knows them. */
  stamp: SearchStamp;
  /** The tables' revisions the index is current at, when known (lib/db/revisions.ts). */
  revisions?: Record<SearchTable, string>;
  /** The index data as bytes (snapshot-bytes.ts): read back at the speed of a file. */
  bytes?: Blob;
}

class SearchCacheDatabase extends Dexie {
  snapshots!: EntityTable<CachedSearchIndex, 'key'>;
  constructor(name: string) {
    super(name);
    // The same store as the match cache's: one derived-cache database, one schema.
    this.version(1).stores({ snapshots: 'key' });
  }
}

const KEYS: Record<SnapshotSlot, string> = { current: 'searchIndex', prebuilt: 'searchIndex.prebuilt' };

export interface StoredSearchIndex {
  stamp: SearchStamp;
  revisions?: Record<SearchTable, string>;
  data: SearchIndexData;
}

/** Kept as the match cache keeps its snapshots: `current`, and `prebuilt` by a bulk write. */
export interface SearchCache {
  load(slot?: SnapshotSlot): Promise<StoredSearchIndex | null>;
  /** The revisions the stored index is current at, without reading the index itself. */
  revisions(slot?: SnapshotSlot): Promise<Record<SearchTable, string> | undefined>;
  save(stored: StoredSearchIndex, slot?: SnapshotSlot): Promise<void>;
}

export function openSearchCache(name = 'dossier-cache'): SearchCache {
  const db = new SearchCacheDatabase(name);
  return {
    async load(slot = 'current') {
      const row = await db.snapshots.get(KEYS[slot]);
      if (!(row?.bytes instanceof Blob)) return null;
      const data = unpackSnapshot<SearchIndexData>(await row.bytes.arrayBuffer());
      return { stamp: row.stamp, revisions: row.revisions, data };
    },
    async revisions(slot = 'current') {
      return (await db.snapshots.get(KEYS[slot]))?.revisions;
    },
    async save({ stamp, revisions, data }, slot = 'current') {
      await db.snapshots.put({ key: KEYS[slot], stamp, revisions, bytes: packSnapshot(data) });
    },
  };
}
