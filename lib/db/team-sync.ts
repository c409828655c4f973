import {
  type FieldEdits,
  type OutboxEntry,
  SYNC_KEYS,
  SYNCED_TABLES,
  type SyncCheckpoint,
  type SyncedRevision,
  type SyncStatus,
  type TeamConnection,
} from '../model/team-sync';
import type { DossierDatabase } from './database';
import { applyTables, entryForNewRow, removeFile } from './team-apply';
import { readPrivateIds, readTeamConnection } from './team-reads';

export { readPrivateIds, readTeamConnection };

type Row = Record<string, unknown>;

export async function readCheckpoint(db: DossierDatabase): Promise<string | number | null> {
  const row = (await db.sync.get(SYNC_KEYS.checkpoint)) as SyncCheckpoint | undefined;
  return row?.since ?? null;
}

export const EMPTY_STATUS: SyncStatus = {
  key: SYNC_KEYS.status,
  state: 'upToDate',
  team: null,
  pending: 0,
  lastSyncAt: null,
  retryAt: null,
  refusals: [],
  rejected: [],
  removed: null,
};

export async function readSyncStatus(db: DossierDatabase): Promise<SyncStatus | undefined> {
  return (await db.sync.get(SYNC_KEYS.status)) as SyncStatus | undefined;
}

/** Updates what the sync says it is doing. */
export async function writeSyncStatus(db: DossierDatabase, change: Partial<Omit<SyncStatus, 'key'>>) {
  await db.transaction('rw', db.sync, async () => {
    const now = ((await db.sync.get(SYNC_KEYS.status)) as SyncStatus | undefined) ?? EMPTY_STATUS;
    await db.sync.put({ ...now, ...change, key: SYNC_KEYS.status });
  });
}

/** Stores the connection (a new password after signing in again). */
export async function saveTeamConnection(db: DossierDatabase, connection: TeamConnection): Promise<void> {
  await db.transaction('rw', db.sync, () => db.sync.put(connection));
}

/** Notes that the server deleted a row on this browser's word (at `rev`): its deletion is not sent again. */
export async function markDeletedOnServer(db: DossierDatabase, key: string, rev: string): Promise<void> {
  await db.transaction('rw', db.syncRevisions, async () => {
    const known = await db.syncRevisions.get(key);
    if (known) await db.syncRevisions.put({ ...known, rev, deleted: true });
  });
}

/** Forgets what the sync said (after the rep disconnects). */
export async function clearSyncStatus(db: DossierDatabase): Promise<void> {
  await db.transaction('rw', db.sync, () => db.sync.delete(SYNC_KEYS.status));
}

/** Changes waiting to be sent. */
export const countPending = (db: DossierDatabase) => db.outbox.count();

const syncedTables = (db: DossierDatabase) => SYNCED_TABLES.map((name) => db.table(name));
/**
 * Connects this browser to a team: the connection stored, the private accounts noted, and the
 * whole file of every other account put in the outbox, all in one transaction. From then on the
 * outbox middleware records every change.
 */
export async function connectTeam(
  db: DossierDatabase,
  connection: TeamConnection,
  privateIds: readonly string[],
): Promise<{ shared: number }> {
  const keep = new Set(privateIds);
  return db.transaction('rw', [db.sync, db.outbox, ...syncedTables(db)], async () => {
    await db.sync.bulkPut([
      connection,
      { key: SYNC_KEYS.private, ids: [...keep] },
      { ...EMPTY_STATUS, team: connection.team, state: 'syncing' },
    ]);
    const accounts = (await db.accounts.toArray()).filter((a) => !keep.has(a.id));
    const shared = new Set(accounts.map((a) => a.id));
    const entries: OutboxEntry[] = accounts.map((a) => entryForNewRow('accounts', a as unknown as Row));
    for (const table of SYNCED_TABLES) {
      if (table === 'accounts') continue;
      const rows = (await db.table(table).toArray()) as Row[];
      for (const row of rows)
        if (shared.has(row.accountId as string)) entries.push(entryForNewRow(table, row));
    }
    await db.outbox.bulkPut(entries);
    return { shared: accounts.length };
  });
}

/**
 * Removes the team's files from this browser and forgets the connection: every account but the
 * private ones, with their whole files and what was kept about them here. What the rep kept
 * private stays. Used when the rep disconnects and when the server says they left the team.
 */
export async function dropTeamFiles(db: DossierDatabase): Promise<{ removed: number }> {
  return db.transaction('rw', applyTables(db), async () => {
    const keep = await readPrivateIds(db);
    const ids = ((await db.accounts.toCollection().primaryKeys()) as string[]).filter((id) => !keep.has(id));
    for (const id of ids) await removeFile(db, id);
    await db.outbox.clear();
    await db.syncRevisions.clear();
    await db.sync.bulkDelete([SYNC_KEYS.connection, SYNC_KEYS.checkpoint, SYNC_KEYS.private]);
    return { removed: ids.length };
  });
}

/** Forgets the unsent deletions of an account's file (the server refused the account's own). */
export async function dropFileDeletions(db: DossierDatabase, accountId: string): Promise<void> {
  await db.transaction('rw', db.outbox, () =>
    db.outbox
      .where('accountId')
      .equals(accountId)
      .filter((e) => e.deleted)
      .delete(),
  );
}

/** An outbox entry with what a push needs: the row as stored now and its server revision. */
export interface PendingChange {
  entry: OutboxEntry;
  row: Row | undefined;
  synced: SyncedRevision | undefined;
}

/** The next `limit` changes to send (by document id), skipping `skip`. */
export async function readOutboxBatch(
  db: DossierDatabase,
  limit: number,
  skip: ReadonlySet<string> = new Set(),
): Promise<PendingChange[]> {
  return db.transaction('r', [db.outbox, db.syncRevisions, ...syncedTables(db)], async () => {
    const entries = await db.outbox
      .filter((e) => !skip.has(e.key))
      .limit(limit)
      .toArray();
    const synced = await db.syncRevisions.bulkGet(entries.map((e) => e.key));
    const rows = await Promise.all(entries.map((e) => (e.deleted ? undefined : db.table(e.table).get(e.id))));
    return entries.map((entry, i) => ({ entry, row: rows[i] as Row | undefined, synced: synced[i] }));
  });
}

/** What a push did with one change. */
export type PushOutcome =
  /** On the server at `rev`; `row` what was sent (undefined for a deletion). */
  | { kind: 'sent'; entry: OutboxEntry; rev: string; edits: FieldEdits; owner?: string; row?: Row }
  /** Not the team's to send (a private account's row, a deletion of a row the server never had). */
  | { kind: 'dropped'; entry: OutboxEntry };

/**
 * Settles pushed changes: each sent row's server revision stored, and its outbox entry removed —
 * unless the row changed again meanwhile, when the entry stays for the next push with the sent
 * row as the version both sides now share.
 */
export async function settlePushed(db: DossierDatabase, outcomes: readonly PushOutcome[]): Promise<void> {
  if (outcomes.length === 0) return;
  await db.transaction('rw', [db.outbox, db.syncRevisions], async () => {
    const current = await db.outbox.bulkGet(outcomes.map((o) => o.entry.key));
    const revisions: SyncedRevision[] = [];
    const gone: string[] = [];
    const done: string[] = [];
    const rebased: OutboxEntry[] = [];
    outcomes.forEach((outcome, i) => {
      const { entry } = outcome;
      if (outcome.kind === 'sent') {
        if (entry.deleted) gone.push(entry.key);
        else {
          revisions.push({
            key: entry.key,
            accountId: entry.accountId ?? entry.id,
            rev: outcome.rev,
            edits: outcome.edits,
            ...(outcome.owner ? { owner: outcome.owner } : {}),
          });
        }
      }
      const now = current[i];
      if (!now) return;
      if (now.change === entry.change) done.push(entry.key);
      // Changed again meanwhile: the entry stays, and what was sent is what both sides share now.
      else if (outcome.kind === 'sent' && outcome.row) rebased.push({ ...now, base: outcome.row });
    });
    await db.syncRevisions.bulkPut(revisions);
    await db.syncRevisions.bulkDelete(gone);
    await db.outbox.bulkDelete(done);
    await db.outbox.bulkPut(rebased);
  });
}

export { type ApplyOptions, type ApplyResult, applyServerDocs } from './team-apply';
