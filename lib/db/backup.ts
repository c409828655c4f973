import type { Table } from 'dexie';
import { type DatabaseStamp, TABLE_NAMES } from '../model/tables';
import { type BackupFile, type BackupTables, createBackup } from '../portability/import/core/backup-file';
import type { DossierDatabase } from './database';
import { withoutDerived } from './derived-fields';
import { commitWithIndexes, type IndexCaches, prebuildIndexes } from './fresh-indexes';
import { type Bulk, putInChunks } from './put-in-chunks';
import { withAccountReadings, withContactReadings, withoutReadings } from './readings';
import { CURRENT_SCHEMA_VERSION } from './schema';
import { signalsForAccounts } from './signals';
import { readDatabaseStamp } from './stamp';

/** Reads every table in one transaction, so the backup is a consistent snapshot. */
export async function exportDatabase(db: DossierDatabase, now = new Date()): Promise<BackupFile> {
  return (await exportDatabaseWithStamp(db, now)).backup;
}

/** The backup and the stamp of exactly what it holds (read in the same transaction). */
export async function exportDatabaseWithStamp(
  db: DossierDatabase,
  now = new Date(),
): Promise<{ backup: BackupFile; stamp: DatabaseStamp }> {
  const [tables, stamp] = await db.transaction('r', db.allTables, async () => {
    const [accounts, contacts, talkingPoints, pricingNotes, notes, matchCorrections, agendaMarks] =
      await Promise.all([
        db.accounts.toArray(),
        db.contacts.toArray(),
        db.talkingPoints.toArray(),
        db.pricingNotes.toArray(),
        db.notes.toArray(),
        db.matchCorrections.toArray(),
        db.agendaMarks.toArray(),
      ]);
    // Readings are derived: a backup holds what the rep wrote, and a restore recomputes them.
    const tables = {
      accounts: accounts.map(withoutReadings),
      contacts: contacts.map((c) => withoutDerived(withoutReadings(c))),
      talkingPoints,
      pricingNotes,
      notes,
      matchCorrections,
      agendaMarks,
    } satisfies BackupTables;
    return [tables, await readDatabaseStamp(db)] as const;
  });
  return { backup: createBackup(tables, CURRENT_SCHEMA_VERSION, now), stamp };
}

/**
 * Replaces the whole database with a validated backup (`parseBackup`) in one transaction: if
 * any write fails, the transaction aborts and what was stored before is untouched. The pinyin
 * readings of accounts and contacts are computed afresh (a file never carries them: they would
 * be trusted input for the search, and the reading rules may have changed since); a row without
 * external ids gets an empty list, as every stored row has. Given the rep's own domains (a
 * setting the detection index is built with), it also builds the detection and search indexes
 * of the restored rows beside the write and stores them before it commits, so the background
 * only restores them (`fresh-indexes.ts`).
 */
export async function restoreDatabase(
  db: DossierDatabase,
  backup: BackupFile,
  options: { ownDomains?: readonly string[]; caches?: IndexCaches } = {},
): Promise<void> {
  // The default first: `{ ...row, key }` would make a dictionary-mode object (see readings.ts).
  const withIds = <T extends { externalIds?: string[] }>(row: T) => ({ externalIds: [], ...row });
  const [accounts, contacts] = await Promise.all([
    withAccountReadings(backup.tables.accounts.map(withIds)),
    withContactReadings(backup.tables.contacts.map(withIds)),
  ]);
  const rows = { ...backup.tables, accounts, contacts };
  // The signals from the rows in hand, not read back after the write (at 50,000 accounts a
  // read-back costs seconds of structured clones).
  const signals = signalsForAccounts(accounts, rows, new Date());
  performance.mark('dossier:restore-prepared');
  // Added (not put): a backup that names one id twice fails whole, as before.
  const adding = (table: Table): Bulk<never> => ({ bulkPut: (chunk) => table.bulkAdd(chunk) });
  const segments: [Bulk<never>, readonly unknown[]][] = [
    ...TABLE_NAMES.map((name) => [adding(db.table(name)), rows[name]] as [Bulk<never>, unknown[]]),
    [adding(db.accountSignals), signals],
  ];
  const total = segments.reduce((sum, [, chunk]) => sum + chunk.length, 0);
  const indexes = options.ownDomains && prebuildIndexes(rows, options.ownDomains, { caches: options.caches });
  await db.transaction('rw', [...db.allTables, db.revisions], async (tx) => {
    await Promise.all([...TABLE_NAMES, 'accountSignals'].map((name) => db.table(name).clear()));
    // In chunks, two in flight, as the import writes: one giant bulkAdd per table serialized every
    // row before the browser wrote the first, and left the thread and the disk idle by turns.
    await putInChunks(segments, { total, sliceMs: 50 });
    if (indexes) await commitWithIndexes(tx.table('revisions'), indexes);
  });
}
