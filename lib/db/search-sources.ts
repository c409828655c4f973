import type { Account, Contact, TimelineNote } from '../model/types';
import type { DossierDatabase } from './database';
import { readRevisions } from './revisions';

/** The tables the quick search indexes. */
export const SEARCH_TABLES = ['accounts', 'contacts', 'notes'] as const;
export type SearchTable = (typeof SEARCH_TABLES)[number];

/** Per table: how many rows, and the newest `updatedAt` ('' when empty). */
export type SearchStamp = Record<SearchTable, { count: number; last: string }>;

/** What the quick search is built from: every account, contact and note, in one transaction. */
export async function readSearchRows(db: DossierDatabase) {
  return db.transaction('r', db.accounts, db.contacts, db.notes, async () => {
    const [accounts, contacts, notes, stamp] = await Promise.all([
      db.accounts.toArray(),
      db.contacts.toArray(),
      db.notes.toArray(),
      searchStamp(db),
    ]);
    return { accounts, contacts, notes, stamp };
  });
}

/** The counts and newest change of each searched table: a stored index is current when they agree. */
export async function searchStamp(db: DossierDatabase): Promise<SearchStamp> {
  return db.transaction('r', db.accounts, db.contacts, db.notes, async () => {
    const entries = await Promise.all(
      SEARCH_TABLES.map(async (name) => {
        const table = db.table(name);
        const [count, last] = await Promise.all([table.count(), table.orderBy('updatedAt').lastKey()]);
        return [name, { count, last: typeof last === 'string' ? last : '' }] as const;
      }),
    );
    return Object.fromEntries(entries) as SearchStamp;
  });
}

/** Whether two stamps say the same: every table's count and newest change. */
export function sameSearchStamp(a: SearchStamp, b: SearchStamp): boolean {
  return SEARCH_TABLES.every((t) => a[t].count === b[t].count && a[t].last === b[t].last);
}

/**
 * The searched tables' revisions, if the tables are (by count and newest change) exactly as
 * `stamp` says — read together, in one transaction — else undefined: stored with an index that
 * holds `stamp`, they let the next start know it is current without counting.
 */
export async function revisionsIfAt(
  db: DossierDatabase,
  stamp: SearchStamp,
): Promise<Record<SearchTable, string> | undefined> {
  return db.transaction('r', db.accounts, db.contacts, db.notes, db.revisions, async () => {
    const [now, revisions] = await Promise.all([searchStamp(db), readRevisions(db, SEARCH_TABLES)]);
    return sameSearchStamp(now, stamp) && revisions ? revisions : undefined;
  });
}

/** Rows of each searched table changed at or after `since` (ISO), for catching a stored index up. */
export async function readSearchRowsSince(db: DossierDatabase, since: Record<SearchTable, string>) {
  return db.transaction('r', db.accounts, db.contacts, db.notes, async () => {
    const [accounts, contacts, notes] = await Promise.all([
      db.accounts.where('updatedAt').aboveOrEqual(since.accounts).toArray(),
      db.contacts.where('updatedAt').aboveOrEqual(since.contacts).toArray(),
      db.notes.where('updatedAt').aboveOrEqual(since.notes).toArray(),
    ]);
    return { accounts, contacts, notes };
  });
}

/** Changed rows by id; a missing row was deleted. Accounts bring their contacts and notes (names, badges). */
export async function readChangedSearchRows(
  db: DossierDatabase,
  ids: Record<SearchTable, readonly string[]>,
): Promise<{
  accounts: Map<string, Account | undefined>;
  contacts: Map<string, Contact | undefined>;
  notes: Map<string, TimelineNote | undefined>;
  /** Accounts the changed contacts and notes belong to, for their subtitle and badges. */
  owners: Map<string, Account | undefined>;
}> {
  return db.transaction('r', db.accounts, db.contacts, db.notes, async () => {
    const pairs = async <T>(
      keys: readonly string[],
      table: { bulkGet(k: string[]): Promise<(T | undefined)[]> },
    ) => {
      const rows = await table.bulkGet([...keys]);
      return new Map(keys.map((k, i) => [k, rows[i]]));
    };
    const accounts = await pairs<Account>(ids.accounts, db.accounts);
    const present = [...accounts.entries()].filter(([, a]) => a).map(([id]) => id);
    // A renamed or re-tiered account changes how its contacts and notes read.
    const [ownContacts, ownNotes] = await Promise.all([
      db.contacts.where('accountId').anyOf(present).toArray(),
      db.notes.where('accountId').anyOf(present).toArray(),
    ]);
    const contacts = await pairs<Contact>(ids.contacts, db.contacts);
    const notes = await pairs<TimelineNote>(ids.notes, db.notes);
    for (const c of ownContacts) contacts.set(c.id, c);
    for (const n of ownNotes) notes.set(n.id, n);
    const ownerIds = new Set<string>();
    for (const row of [...contacts.values(), ...notes.values()]) if (row) ownerIds.add(row.accountId);
    const owners = await pairs<Account>([...ownerIds], db.accounts);
    return { accounts, contacts, notes, owners };
  });
}
