import Dexie, { type EntityTable } from 'dexie';
import type { MatchIndexSnapshot } from '../detection/core/match-index';
import { accountForMatch, contactForMatch } from '../detection/core/patterns';
import type { DossierDatabase } from './database';
import { readRevisions } from './revisions';
import { packSnapshot, unpackSnapshot } from './snapshot-bytes';

/**
 * A derived cache, kept apart from the client files: the matcher's index snapshot, so a restarted
 * service worker restores it in milliseconds instead of rebuilding. It can be dropped at any time
 * (it is rebuilt from the client files), so it is not in backups and needs no migrations: a row
 * of an older layout reads as no snapshot.
 */
interface CachedSnapshot {
  key: string;
  /** `dataStamp` of the client files it was built from. */
  stamp: string;
  /** The snapshot as bytes (snapshot-bytes.ts): read back at the speed of a file. */
  bytes?: Blob;
}

class MatchCacheDatabase extends Dexie {
  snapshots!: EntityTable<CachedSnapshot, 'key'>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ snapshots: 'key' });
  }
}

/**
 * Where a snapshot is kept: `current`, the one the background built or last used; `prebuilt`, one
 * a bulk write built of what it was about to commit (`fresh-indexes.ts`). Apart, so that a write
 * that fails or is cancelled leaves the current one as it was.
 */
export type SnapshotSlot = 'current' | 'prebuilt';
const KEYS: Record<SnapshotSlot, string> = { current: 'matchIndex', prebuilt: 'matchIndex.prebuilt' };

export interface MatchCache {
  /** The stored snapshot and the stamp it was built at, whatever that stamp is; null if none. */
  load(slot?: SnapshotSlot): Promise<{ stamp: string; snapshot: MatchIndexSnapshot } | null>;
  save(stamp: string, snapshot: MatchIndexSnapshot, slot?: SnapshotSlot): Promise<void>;
}

export function openMatchCache(name = 'dossier-cache'): MatchCache {
  const db = new MatchCacheDatabase(name);
  return {
    async load(slot = 'current') {
      const row = await db.snapshots.get(KEYS[slot]);
      if (!(row?.bytes instanceof Blob)) return null;
      return {
        stamp: row.stamp,
        snapshot: unpackSnapshot<MatchIndexSnapshot>(await row.bytes.arrayBuffer()),
      };
    },
    async save(stamp, snapshot, slot = 'current') {
      await db.snapshots.put({ key: KEYS[slot], stamp, bytes: packSnapshot(snapshot) });
    },
  };
}

/**
 * A fingerprint of everything the index is built from: any account or contact added, changed or
 * removed changes it, and so do the settings. From the tables' revisions when they have them (one
 * small read); else from counts and the newest `updatedAt` of each table.
 */
export async function dataStamp(db: DossierDatabase, settings: unknown): Promise<string> {
  const revisions = await readRevisions(db, ['accounts', 'contacts']);
  if (revisions) return matchStamp(revisions, settings);
  return db.transaction('r', db.accounts, db.contacts, async () => {
    const [accounts, contacts, lastAccount, lastContact] = await Promise.all([
      db.accounts.count(),
      db.contacts.count(),
      db.accounts.orderBy('updatedAt').lastKey(),
      db.contacts.orderBy('updatedAt').lastKey(),
    ]);
    return JSON.stringify([accounts, contacts, lastAccount, lastContact, settings]);
  });
}

/** The stamp of an index built from the tables at these revisions, with these settings. */
export function matchStamp(revisions: { accounts: string; contacts: string }, settings: unknown): string {
  return JSON.stringify(['revisions', revisions.accounts, revisions.contacts, settings]);
}

/** What the matcher reads of the client files: names, aliases, domains, addresses. */
export async function readMatchSources(db: DossierDatabase) {
  return db.transaction('r', db.accounts, db.contacts, async () => {
    const [accounts, contacts] = await Promise.all([db.accounts.toArray(), db.contacts.toArray()]);
    return {
      accounts: accounts.map(accountForMatch),
      contacts: contacts.map(contactForMatch),
    };
  });
}
