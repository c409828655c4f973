/**
 * Every write the team sync makes (lib/sync decides, this module writes): the connection and its
 * bookkeeping, the outbox settled after a push, and the server's changes applied — merged with
 * the rep's unsent edits field by field — in transactions that also cover `syncRevisions`, which
 * tells the outbox middleware they are the server's, not changes to send back.
 */

import * as v from 'valibot';
import { emptyTimelineNoteDraft } from '../model/defaults';
import {
  docId,
  type FieldEdits,
  type OutboxEntry,
  revisionGeneration,
  SYNC_KEYS,
  SYNCED_TABLES,
  type SyncCheckpoint,
  type SyncedRevision,
  type SyncedTable,
  type SyncStatus,
  type TeamConnection,
} from '../model/team-sync';
import type { Account, Contact, TimelineNote } from '../model/types';
import { ROW_SCHEMAS, rowForServer, type ServerDoc } from '../sync/core/docs';
import { changedPaths } from '../sync/core/fields';
import {
  type MergeResult,
  type MergeSide,
  mergeRows,
  type ReplacedValue,
  takeLaterRow,
} from '../sync/core/merge';
import type { DossierDatabase } from './database';
import { loadPinyin, withAccountReadingsLoaded, withContactReadingsLoaded } from './readings';
import { refreshSignals } from './signals';
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
/** Everything a change from the server may touch: the files, their signals, the bookkeeping. */
const applyTables = (db: DossierDatabase) => [...db.allTables, db.outbox, db.syncRevisions, db.sync];

/** A new outbox entry for a row the server does not have yet (its fields all as new as the row). */
function entryForNewRow(table: SyncedTable, row: Row): OutboxEntry {
  const id = row.id as string;
  return {
    key: docId(table, id),
    table,
    id,
    accountId: table === 'accounts' ? id : (row.accountId as string),
    deleted: false,
    change: crypto.randomUUID(),
    base: null,
    fields: {},
  };
}

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

/** Deletes an account's file and everything kept about it here (inside the caller's transaction). */
async function removeFile(db: DossierDatabase, accountId: string) {
  const keys = (await db.syncRevisions.where('accountId').equals(accountId).primaryKeys()) as string[];
  await Promise.all([
    db.contacts.where('accountId').equals(accountId).delete(),
    db.talkingPoints.where('accountId').equals(accountId).delete(),
    db.pricingNotes.where('accountId').equals(accountId).delete(),
    db.notes.where('accountId').equals(accountId).delete(),
    db.matchCorrections.where('accountId').equals(accountId).delete(),
    db.agendaMarks.where('accountId').equals(accountId).delete(),
    db.accountSignals.delete(accountId),
    db.outbox.where('accountId').equals(accountId).delete(),
    db.syncRevisions.bulkDelete(keys),
  ]);
  await db.accounts.delete(accountId);
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

/** Options of `applyServerDocs`. */
export interface ApplyOptions {
  /** The rep's login: the side of a merge that is this browser's. */
  me: string;
  /** Where the pull goes on after these documents (stored with them, in their transaction). */
  checkpoint?: string | number;
  /** The server's version wins over unsent edits here (after the server refused them). */
  serverWins?: boolean;
  /** The text of the note that records values a merge replaced, for the file's history. */
  historyText?: (replaced: ReplacedValue[], table: SyncedTable) => string;
  now?: Date;
}

export interface ApplyResult {
  written: number;
  merged: number;
  deleted: number;
  /** Values a merge replaced (each also noted in the file's history). */
  replaced: number;
}

const ownerOf = (doc: ServerDoc & { deleted: false }) => (doc.owner ? { owner: doc.owner } : {});

/**
 * Applies checked documents from the server in one transaction, with the checkpoint after them:
 * a row the rep has not changed here is written as the server has it; a row with unsent edits is
 * merged field by field (the entry stays, rebased on the server's version, to send the merge); a
 * deletion removes the row (an account: its whole file) — unless the rep changed that contact or
 * note here meanwhile, which is kept and sent again rather than lost.
 */
export async function applyServerDocs(
  db: DossierDatabase,
  docs: readonly ServerDoc[],
  options: ApplyOptions,
): Promise<ApplyResult> {
  const pinyin = await loadPinyin();
  const now = options.now ?? new Date();
  const at = now.toISOString();
  const result: ApplyResult = { written: 0, merged: 0, deleted: 0, replaced: 0 };
  await db.transaction('rw', applyTables(db), async () => {
    const touched = new Set<string>();
    const history: TimelineNote[] = [];
    const keys = docs.map((d) => docId(d.table, d.id));
    const [entries, synced] = await Promise.all([db.outbox.bulkGet(keys), db.syncRevisions.bulkGet(keys)]);
    // Rows are gathered and written per table at the end: an initial sync applies thousands per
    // transaction, and one bulk write each costs IndexedDB a fraction of a write per row.
    const rowsOf = new Map<SyncedTable, Row[]>();
    const revisions: SyncedRevision[] = [];
    const settled: string[] = [];
    // Not async: awaiting anything but the database inside a Dexie transaction ends it early.
    const put = (table: SyncedTable, given: Row) => {
      const row = rowForServer(given);
      const stored =
        table === 'accounts'
          ? withAccountReadingsLoaded(pinyin, row as unknown as Account)
          : table === 'contacts'
            ? withContactReadingsLoaded(pinyin, row as unknown as Contact)
            : row;
      const list = rowsOf.get(table) ?? [];
      list.push(stored as Row);
      rowsOf.set(table, list);
    };

    for (const [i, doc] of docs.entries()) {
      const key = keys[i]!;
      const entry = options.serverWins ? undefined : entries[i];
      if (options.serverWins && entries[i]) await db.outbox.delete(key);
      const known = synced[i];
      // Older than what this browser knows the server has (a feed read before a later write): nothing new.
      if (known && revisionGeneration(doc.rev) < revisionGeneration(known.rev) && !options.serverWins)
        continue;
      // Our own change, back from the feed (put back whatever is here when the server wins).
      if (!doc.deleted && known?.rev === doc.rev && !entries[i] && !options.serverWins) continue;
      if (doc.deleted) {
        if (entry && !entry.deleted && doc.table !== 'accounts') {
          // Changed here after a teammate deleted it: kept, and sent again as a new row.
          await db.syncRevisions.delete(key);
          const row = (await db.table(doc.table).get(doc.id)) as Row | undefined;
          if (row) await db.outbox.put(entryForNewRow(doc.table, row));
          continue;
        }
        if (doc.table === 'accounts') await removeFile(db, doc.id);
        else {
          const row = (await db.table(doc.table).get(doc.id)) as Row | undefined;
          if (row?.accountId) touched.add(row.accountId as string);
          await db.table(doc.table).delete(doc.id);
          await db.syncRevisions.delete(key);
          await db.outbox.delete(key);
        }
        result.deleted += 1;
        continue;
      }
      touched.add(doc.accountId);
      const revision: SyncedRevision = {
        key,
        accountId: doc.accountId,
        rev: doc.rev,
        edits: doc.edits,
        ...ownerOf(doc),
      };
      const local =
        entry && !entry.deleted ? ((await db.table(doc.table).get(doc.id)) as Row | undefined) : undefined;
      if (!entry || entry.deleted || !local) {
        // Nothing unsent here (or only a deletion the teammate's edit overrides): the server's row.
        put(doc.table, doc.row as unknown as Row);
        revisions.push(revision);
        if (entry) settled.push(key);
        result.written += 1;
        continue;
      }
      const merged = mergeWithServer(doc, entry, local, options.me);
      put(doc.table, merged.row);
      revisions.push(revision);
      // What this side still has to send: the fields where the merge differs from the server's row.
      const left = changedPaths(doc.row as unknown as Row, merged.row);
      if (left.length === 0) await db.outbox.delete(key);
      else {
        const fields: Record<string, string> = {};
        for (const path of left) fields[path] = entry.fields[path] ?? merged.edits[path]?.at ?? at;
        await db.outbox.put({
          ...entry,
          base: doc.row as unknown as Row,
          fields,
          change: crypto.randomUUID(),
        });
      }
      result.merged += 1;
      result.replaced += merged.replaced.length;
      if (merged.replaced.length > 0 && options.historyText) {
        history.push({
          ...emptyTimelineNoteDraft(doc.accountId, now),
          id: crypto.randomUUID(),
          createdAt: at,
          updatedAt: at,
          text: options.historyText(merged.replaced, doc.table),
        });
      }
    }
    for (const [table, rows] of rowsOf) await db.table(table).bulkPut(rows);
    await db.syncRevisions.bulkPut(revisions);
    await db.outbox.bulkDelete(settled);
    if (history.length > 0) {
      await db.notes.bulkAdd(history);
      // Written in the sync's own transaction, which the middleware does not record: the team
      // shares the history, so the notes go in the outbox here.
      await db.outbox.bulkPut(history.map((note) => entryForNewRow('notes', note as unknown as Row)));
    }
    if (options.checkpoint !== undefined) {
      await db.sync.put({ key: SYNC_KEYS.checkpoint, since: options.checkpoint });
    }
    const present = (await db.accounts
      .where(':id')
      .anyOf([...touched])
      .primaryKeys()) as string[];
    if (present.length > 0) await refreshSignals(db, present, now);
  });
  return result;
}

/** The merge of the server's row with the unsent edits here, valid against the row's schema. */
function mergeWithServer(
  doc: ServerDoc & { deleted: false },
  entry: OutboxEntry,
  local: Row,
  me: string,
): MergeResult {
  const localEdits: FieldEdits = {};
  for (const [path, at] of Object.entries(entry.fields)) localEdits[path] = { at, by: me };
  const localSide: MergeSide = {
    row: rowForServer(local),
    edits: localEdits,
    fallback: { at: String(local.updatedAt ?? ''), by: me },
  };
  const remote = doc.row as unknown as Row;
  const remoteSide: MergeSide = {
    row: remote,
    edits: doc.edits,
    fallback: { at: String(remote.updatedAt ?? ''), by: doc.editedBy },
  };
  const merged = mergeRows(entry.base ? rowForServer(entry.base) : null, localSide, remoteSide);
  // Each side was valid; a rule across fields (floor price under list price) may not hold for the
  // mix of both: then the later side's row, whole.
  return v.safeParse(ROW_SCHEMAS[doc.table], merged.row).success
    ? merged
    : takeLaterRow(localSide, remoteSide);
}
