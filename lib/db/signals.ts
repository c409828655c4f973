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
  const ids = [...new Set(accountIds)];
  if (ids.length === 0) return;
  const signals = db.table('accountSignals') as Table<AccountSignals, string>;
  const byAccount = (name: string) => db.table(name).where('accountId').anyOf(ids).toArray();
  const [accounts, previous, contacts, notes, pricingNotes] = (await Promise.all([
    db.table('accounts').bulkGet(ids),
    signals.bulkGet(ids),
    byAccount('contacts'),
    byAccount('notes'),
    byAccount('pricingNotes'),
  ])) as [(Account | undefined)[], (AccountSignals | undefined)[], Contact[], TimelineNote[], PricingNote[]];
  const gone = ids.filter((_, i) => !accounts[i]);
  const before = new Map(previous.flatMap((row) => (row ? [[row.id, row] as const] : [])));
  const present = accounts.filter((a): a is Account => a !== undefined);
  await Promise.all([
    signals.bulkDelete(gone),
    signals.bulkPut(signalsForAccounts(present, { contacts, notes, pricingNotes }, now, before)),
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
