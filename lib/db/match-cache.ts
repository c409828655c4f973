import Dexie, { type EntityTable } from 'dexie';
import type { MatchIndexSnapshot } from '../detection/core/match-index';
import type { DossierDatabase } from './database';

/**
 * A derived cache, kept apart from the client files: the matcher's index snapshot, so a restarted
 * service worker restores it in milliseconds instead of rebuilding. It can be dropped at any time
 * (it is rebuilt from the client files), so it is not in backups and needs no migrations.
 */
interface CachedSnapshot {
  key: string;
  /** `dataStamp` of the client files it was built from. */
  stamp: string;
  snapshot: MatchIndexSnapshot;
}

class MatchCacheDatabase extends Dexie {
  snapshots!: EntityTable<CachedSnapshot, 'key'>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ snapshots: 'key' });
  }
}

const KEY = 'matchIndex';

export interface MatchCache {
  load(stamp: string): Promise<MatchIndexSnapshot | null>;
  save(stamp: string, snapshot: MatchIndexSnapshot): Promise<void>;
}

export function openMatchCache(name = 'dossier-cache'): MatchCache {
  const db = new MatchCacheDatabase(name);
  return {
    async load(stamp) {
      const row = await db.snapshots.get(KEY);
      return row && row.stamp === stamp ? row.snapshot : null;
    },
    async save(stamp, snapshot) {
      await db.snapshots.put({ key: KEY, stamp, snapshot });
    },
  };
}

/**
 * A fingerprint of everything the index is built from: any account or contact added, changed or
 * removed changes it (counts and the newest `updatedAt` of each table), and so do the settings.
 */
export async function dataStamp(db: DossierDatabase, settings: unknown): Promise<string> {
  return db.transaction('r', db.accounts, db.contacts, async () => {
    const [accounts, contacts, lastAccount, lastContact] = await Promise.all([
      db.accounts.count(),
      db.contacts.count(),
      db.accounts.orderBy('updatedAt').last(),
      db.contacts.orderBy('updatedAt').last(),
    ]);
    return JSON.stringify([accounts, contacts, lastAccount?.updatedAt, lastContact?.updatedAt, settings]);
  });
}

/** What the matcher reads of the client files: names, aliases, domains, addresses. */
export async function readMatchSources(db: DossierDatabase) {
  return db.transaction('r', db.accounts, db.contacts, async () => {
    const [accounts, contacts] = await Promise.all([db.accounts.toArray(), db.contacts.toArray()]);
    return {
      accounts: accounts.map(({ id, name, aliases, websiteDomains, emailDomains }) => ({
        id,
        name,
        aliases,
        websiteDomains,
        emailDomains,
      })),
      contacts: contacts.map(({ accountId, emails }) => ({ accountId, emails })),
    };
  });
}
