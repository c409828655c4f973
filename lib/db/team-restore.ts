/**
 * Restoring a backup while the rep is in a team. A backup never overwrites the team's files behind
 * anyone's back: by default it goes into the rep's private files (`restoreIntoPrivateFiles`); a
 * manager may instead, explicitly, make the team's files the backup's (`replaceTeamFiles`).
 */
import type { PrivateRestore, TeamReplace, TeamRestorePreview } from '../model/restore-preview';
import { SYNC_KEYS } from '../model/team-sync';
import type { Account, Contact } from '../model/types';
import type { BackupFile } from '../portability/import/core/backup-file';
import type { DossierDatabase } from './database';
import { withAccountReadings, withContactReadings } from './readings';
import { signalsForAccounts } from './signals';
import { readPrivateIds, readTeamConnection } from './team-reads';

const CHILD_TABLES = ['contacts', 'talkingPoints', 'pricingNotes', 'notes'] as const;

/** Only a manager replaces the team's files (the server refuses a rep's deletes in any case). */
export class TeamReplaceRefused extends Error {
  constructor() {
    super('Only a manager of the team can replace the team’s files with a backup.');
    this.name = 'TeamReplaceRefused';
  }
}

/** Which of the backup's accounts each way touches, given what is stored and what is private. */
function partition(stored: readonly string[], privateIds: ReadonlySet<string>, inBackup: readonly string[]) {
  const team = new Set(stored.filter((id) => !privateIds.has(id)));
  const backupIds = new Set(inBackup);
  return {
    team,
    /** Into private files: the backup's accounts that are not the team's. */
    toPrivate: inBackup.filter((id) => !team.has(id)),
    /** A manager's replace: the backup's accounts that are not private here… */
    toTeam: inBackup.filter((id) => !privateIds.has(id)),
    /** …and the team's accounts it does not hold. */
    removedFromTeam: [...team].filter((id) => !backupIds.has(id)),
  };
}

/** The ways a backup can be restored while in a team, counted; null when the rep is in no team. */
export async function previewTeamRestore(
  db: DossierDatabase,
  backup: BackupFile,
): Promise<TeamRestorePreview | null> {
  const connection = await readTeamConnection(db);
  if (!connection) return null;
  const [privateIds, stored] = await Promise.all([
    readPrivateIds(db),
    db.accounts.toCollection().primaryKeys() as Promise<string[]>,
  ]);
  const inBackup = backup.tables.accounts.map((a) => a.id);
  const { toPrivate, toTeam, removedFromTeam } = partition(stored, privateIds, inBackup);
  return {
    team: connection.team,
    manager: connection.role === 'manager',
    private: { restored: toPrivate.length, keptTeam: inBackup.length - toPrivate.length },
    replace: {
      restored: toTeam.length,
      removed: removedFromTeam.length,
      keptPrivate: inBackup.length - toTeam.length,
    },
  };
}

/** The backup's accounts and contacts with their readings computed afresh (a file never carries them). */
async function readBackupRows(backup: BackupFile): Promise<[Account[], Contact[]]> {
  const withIds = <T extends { externalIds?: string[] }>(row: T) => ({ externalIds: [], ...row });
  return Promise.all([
    withAccountReadings(backup.tables.accounts.map(withIds)),
    withContactReadings(backup.tables.contacts.map(withIds)),
  ]);
}

/** The rows of the backup's files of `accounts` (contacts with their readings computed). */
function filesOf(backup: BackupFile, contacts: readonly Contact[], accounts: ReadonlySet<string>) {
  const of = <T extends { accountId: string }>(rows: readonly T[]) =>
    rows.filter((row) => accounts.has(row.accountId));
  return {
    contacts: of(contacts),
    talkingPoints: of(backup.tables.talkingPoints),
    pricingNotes: of(backup.tables.pricingNotes),
    notes: of(backup.tables.notes),
  };
}

/**
 * A restore while the rep is in a team never touches the team's files: the backup's accounts
 * replace the private ones and stay private (this browser only); an account of the backup that
 * is the team's now is left as the team has it, with its file. The rep's own tables (corrections,
 * what was done on *Today*) are the backup's. One transaction, as every restore; it covers the
 * server revisions, so the outbox records nothing: no change of it is the team's.
 */
export async function restoreIntoPrivateFiles(
  db: DossierDatabase,
  backup: BackupFile,
): Promise<PrivateRestore> {
  const [allAccounts, allContacts] = await readBackupRows(backup);
  const tables = [...db.allTables, db.revisions, db.outbox, db.syncRevisions, db.sync];
  return db.transaction('rw', tables, async () => {
    const privateIds = await readPrivateIds(db);
    const stored = (await db.accounts.toCollection().primaryKeys()) as string[];
    const { team, toPrivate } = partition(
      stored,
      privateIds,
      allAccounts.map((a) => a.id),
    );
    const restored = new Set(toPrivate);
    const accounts = allAccounts.filter((a) => restored.has(a.id));
    const rows = filesOf(backup, allContacts, restored);
    // The private files go; the team's stay.
    const leaving = [...privateIds];
    for (const name of CHILD_TABLES) {
      await db.table(name).where('accountId').anyOf(leaving).delete();
    }
    await db.accounts.bulkDelete(leaving);
    await db.accountSignals.bulkDelete(leaving);
    await db.accounts.bulkAdd(accounts);
    for (const name of CHILD_TABLES) await db.table(name).bulkAdd(rows[name]);
    await replaceOwnTables(db, backup, (id) => restored.has(id) || team.has(id));
    await db.accountSignals.bulkPut(signalsForAccounts(accounts, rows, new Date()));
    await db.sync.put({ key: SYNC_KEYS.private, ids: [...restored] });
    return { restored: accounts.length, keptTeam: allAccounts.length - accounts.length };
  });
}

/**
 * A manager's explicit replace: the team's files become the backup's. The backup's accounts are
 * the team's (a team account's file replaced by the backup's, row by row; an account new to the
 * team shared), and the team's accounts the backup does not hold are deleted — for everyone, once
 * the sync sends it. The rep's private files stay as they are, a backup's version of one included.
 *
 * The transaction does not cover the server revisions, so the outbox records every change as a
 * write of now: on the server, the backup's fields win over older edits and merge with later ones
 * field by field, like any edit. A row the backup holds unchanged is no change to send.
 */
export async function replaceTeamFiles(db: DossierDatabase, backup: BackupFile): Promise<TeamReplace> {
  const [allAccounts, allContacts] = await readBackupRows(backup);
  const tables = [...db.allTables, db.revisions, db.outbox, db.sync];
  return db.transaction('rw', tables, async () => {
    if ((await readTeamConnection(db))?.role !== 'manager') throw new TeamReplaceRefused();
    const privateIds = await readPrivateIds(db);
    const stored = (await db.accounts.toCollection().primaryKeys()) as string[];
    const { team, toTeam, removedFromTeam } = partition(
      stored,
      privateIds,
      allAccounts.map((a) => a.id),
    );
    const restored = new Set(toTeam);
    const accounts = allAccounts.filter((a) => restored.has(a.id));
    const rows = filesOf(backup, allContacts, restored);
    // Row by row, not cleared and added again: an unchanged row is no change to send, and a
    // deleted row the team still had is a deletion the sync sends.
    const touched = [...new Set([...team, ...restored])];
    for (const name of CHILD_TABLES) {
      const keep = new Set(rows[name].map((row) => row.id));
      const now = (await db.table(name).where('accountId').anyOf(touched).primaryKeys()) as string[];
      await db.table(name).bulkDelete(now.filter((id) => !keep.has(id)));
    }
    await db.accounts.bulkDelete(removedFromTeam);
    await db.accountSignals.bulkDelete(removedFromTeam);
    await db.accounts.bulkPut(accounts);
    for (const name of CHILD_TABLES) await db.table(name).bulkPut(rows[name]);
    await replaceOwnTables(db, backup, (id) => restored.has(id) || privateIds.has(id));
    await db.accountSignals.bulkPut(signalsForAccounts(accounts, rows, new Date()));
    return {
      restored: accounts.length,
      removed: removedFromTeam.length,
      keptPrivate: allAccounts.length - accounts.length,
    };
  });
}

/** The rep's own tables (corrections, what was done on *Today*) become the backup's, for the accounts that stay. */
async function replaceOwnTables(db: DossierDatabase, backup: BackupFile, stays: (id: string) => boolean) {
  const owned = (id: string | null) => id === null || stays(id);
  await db.matchCorrections.clear();
  await db.agendaMarks.clear();
  await db.matchCorrections.bulkAdd(backup.tables.matchCorrections.filter((c) => owned(c.accountId)));
  await db.agendaMarks.bulkAdd(backup.tables.agendaMarks.filter((m) => owned(m.accountId)));
}

/** Whether a restore now goes into private files (the rep is in a team). */
export async function restoresIntoPrivate(db: DossierDatabase): Promise<boolean> {
  return (await readTeamConnection(db)) !== undefined;
}
