import Dexie, { type EntityTable } from 'dexie';
import type { SearchIndexData } from '../search/core/search-index';
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

const KEY = 'searchIndex';

export interface StoredSearchIndex {
  stamp: SearchStamp;
  revisions?: Record<SearchTable, string>;
  data: SearchIndexData;
}

export interface SearchCache {
  load(): Promise<StoredSearchIndex | null>;
  /** The revisions the stored index is current at, without reading the index itself. */
  revisions(): Promise<Record<SearchTable, string> | undefined>;
  save(stored: StoredSearchIndex): Promise<void>;
}

export function openSearchCache(name = 'dossier-cache'): SearchCache {
  const db = new SearchCacheDatabase(name);
  return {
    async load() {
      const row = await db.snapshots.get(KEY);
      if (!(row?.bytes instanceof Blob)) return null;
      const data = unpackSnapshot<SearchIndexData>(await row.bytes.arrayBuffer());
      return { stamp: row.stamp, revisions: row.revisions, data };
    },
    async revisions() {
      return (await db.snapshots.get(KEY))?.revisions;
    },
    async save({ stamp, revisions, data }) {
      await db.snapshots.put({ key: KEY, stamp, revisions, bytes: packSnapshot(data) });
    },
  };
}
