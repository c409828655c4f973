/**
 * Keeps each account's derived signals (`AccountSignals`: last contact with the client, when its
 * cadence runs out, its churn risk and when that last rose) in step with its file. Every write of
 * a file calls `refreshSignals` inside its own transaction — so the signals can never disagree with
 * what was committed — and whole-database writes (restore, demo, upgrade) call `rebuildSignals`.
 */
import type { Table } from 'dexie';
import type { Account, AccountSignals, Contact, PricingNote, TimelineNote } from '../model/types';
import { signalsOf } from '../relationship/core/signals';
import type { DossierDatabase } from './database';

/** Anything with `table(name)`: the database, or an upgrade's transaction. */
interface Tables {
  table(name: string): Table;
}

/** The tables a refresh reads and writes: a transaction that calls it must include them. */
export function signalTables(db: DossierDatabase) {
  return [db.accounts, db.contacts, db.notes, db.pricingNotes, db.accountSignals];
}

/**
 * Recomputes the signals of `accountIds` from their files, inside the caller's transaction: a few
 * index reads for any number of accounts (one form save, or an import's thousands), one bulk write.
 * A deleted account's signals go.
 */
export async function refreshSignals(
  db: Tables,
  accountIds: Iterable<string>,
  now = new Date(),
): Promise<void> {
  await writeSignals(db, signalsFrom(await readSignalsBasis(db, accountIds), undefined, now));
}

/** What the signals of some accounts are computed from: their stored files and previous signals. */
export interface SignalsBasis {
  ids: string[];
  accounts: Map<string, Account>;
  previous: Map<string, AccountSignals>;
  contacts: Contact[];
  notes: TimelineNote[];
  pricingNotes: PricingNote[];
}

/**
 * Reads the files of `accountIds` as stored now (inside the caller's transaction). Only accounts
 * that are stored have anything to read: one key-only pass finds them first, so the new accounts
 * of a large import cost no reads (50,000 misses looked up one by one took seconds).
 */
export async function readSignalsBasis(db: Tables, accountIds: Iterable<string>): Promise<SignalsBasis> {
  const ids = [...new Set(accountIds)];
  const stored = ids.length
    ? ((await db.table('accounts').where(':id').anyOf(ids).primaryKeys()) as string[])
    : [];
  const byAccount = (name: string) =>
    stored.length ? db.table(name).where('accountId').anyOf(stored).toArray() : Promise.resolve([]);
  const [accounts, previous, contacts, notes, pricingNotes] = (await Promise.all([
    db.table('accounts').bulkGet(stored),
    db.table('accountSignals').bulkGet(stored),
    byAccount('contacts'),
    byAccount('notes'),
    byAccount('pricingNotes'),
  ])) as [(Account | undefined)[], (AccountSignals | undefined)[], Contact[], TimelineNote[], PricingNote[]];
  const byId = <T extends { id: string }>(rows: (T | undefined)[]) =>
    new Map(rows.flatMap((row) => (row ? [[row.id, row] as const] : [])));
  return { ids, accounts: byId(accounts), previous: byId(previous), contacts, notes, pricingNotes };
}

/**
 * The signals of the basis's accounts, with `written` (accounts and contacts put since the basis
 * was read, or about to be, in hand) laid over it: what a read after the write would give, without
 * reading back what was written. Returns the rows to put and the ids whose account is gone.
 */
export function signalsFrom(
  basis: SignalsBasis,
  written: { accounts: readonly Account[]; contacts: readonly Contact[] } | undefined,
  now: Date,
): { put: AccountSignals[]; gone: string[] } {
  const wanted = new Set(basis.ids);
  const accounts = new Map(basis.accounts);
  const contacts = new Map(basis.contacts.map((c) => [c.id, c]));
  for (const account of written?.accounts ?? [])
    if (wanted.has(account.id)) accounts.set(account.id, account);
  for (const contact of written?.contacts ?? []) contacts.set(contact.id, contact);
  const present = basis.ids.flatMap((id) => accounts.get(id) ?? []);
  const rows = { contacts: [...contacts.values()], notes: basis.notes, pricingNotes: basis.pricingNotes };
  return {
    put: signalsForAccounts(present, rows, now, basis.previous),
    gone: basis.ids.filter((id) => !accounts.has(id)),
  };
}

/** Puts and removes signals rows (inside the caller's transaction). */
export async function writeSignals(db: Tables, { put, gone }: { put: AccountSignals[]; gone: string[] }) {
  const signals = db.table('accountSignals') as Table<AccountSignals, string>;
  await Promise.all([
    gone.length ? signals.bulkDelete(gone) : undefined,
    put.length ? signals.bulkPut(put) : undefined,
  ]);
}

/**
 * Computes every account's signals afresh (inside the caller's transaction): one read of each
 * table, grouped in memory, one bulk write. No account's risk "rose": there is no earlier level.
 */
export async function rebuildSignals(db: Tables, now = new Date()): Promise<number> {
  const [accounts, contacts, notes, pricingNotes] = (await Promise.all([
    db.table('accounts').toArray(),
    db.table('contacts').toArray(),
    db.table('notes').toArray(),
    db.table('pricingNotes').toArray(),
  ])) as [Account[], Contact[], TimelineNote[], PricingNote[]];
  const rows = signalsForAccounts(accounts, { contacts, notes, pricingNotes }, now);
  const signals = db.table('accountSignals');
  await signals.clear();
  await signals.bulkPut(rows);
  return rows.length;
}

/** The signals of `accounts` from rows already in memory (an import's, a restore's). */
export function signalsForAccounts(
  accounts: readonly Account[],
  rows: {
    contacts: readonly Contact[];
    notes: readonly TimelineNote[];
    pricingNotes: readonly PricingNote[];
  },
  now: Date,
  previous: ReadonlyMap<string, AccountSignals> = new Map(),
): AccountSignals[] {
  const group = <T extends { accountId: string }>(list: readonly T[]) => {
    const by = new Map<string, T[]>();
    for (const row of list) {
      const bucket = by.get(row.accountId);
      if (bucket) bucket.push(row);
      else by.set(row.accountId, [row]);
    }
    return by;
  };
  const [contacts, notes, pricingNotes] = [group(rows.contacts), group(rows.notes), group(rows.pricingNotes)];
  return accounts.map((account) =>
    signalsOf(
      {
        account,
        contacts: contacts.get(account.id) ?? [],
        notes: notes.get(account.id) ?? [],
        pricingNotes: pricingNotes.get(account.id) ?? [],
      },
      previous.get(account.id),
      now,
    ),
  );
}
