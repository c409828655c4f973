import Dexie, { type EntityTable } from 'dexie';
import type { SearchIndexData } from '../search/core/search-index';
import type { SearchStamp } from './search-sources';

/**
 * The quick search's stored index, beside the matcher's in the derived cache database
 * ('dossier-cache', lib/db/match-cache.ts): a restarted service worker restores it instead of
 * rebuilding (seconds at 50,000 accounts). It can be dropped at any time; not in backups.
 */
interface CachedSearchIndex {
  key: string;
  /** The counts and newest change of the tables the index holds, as the index knows them. */
  stamp: SearchStamp;
  data: SearchIndexData;
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

export interface SearchCache {
  load(): Promise<{ stamp: SearchStamp; data: SearchIndexData } | null>;
  save(stamp: SearchStamp, data: SearchIndexData): Promise<void>;
}

export function openSearchCache(name = 'dossier-cache'): SearchCache {
  const db = new SearchCacheDatabase(name);
  return {
    async load() {
      const row = await db.snapshots.get(KEY);
      return row ? { stamp: row.stamp, data: row.data } : null;
    },
    async save(stamp, data) {
      await db.snapshots.put({ key: KEY, stamp, data });
    },
  };
}
