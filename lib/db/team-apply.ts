/**
 * The server's changes written here: applied as the server has them, or merged field by field with
 * the rep's unsent edits, in one transaction with the pull's checkpoint. The transaction covers
 * `syncRevisions`, which tells the outbox middleware these writes are the server's, not changes to
 * send back. Also the helpers the team sync's other writes share (lib/db/team-sync.ts).
 */
import * as v from 'valibot';
import { emptyTimelineNoteDraft } from '../model/defaults';
import {
  docId,
  type FieldEdits,
  type OutboxEntry,
  revisionGeneration,
  SYNC_KEYS,
  type SyncedRevision,
  type SyncedTable,
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

type Row = Record<string, unknown>;

/** Everything a change from the server may touch: the files, their signals, the bookkeeping. */
export const applyTables = (db: DossierDatabase) => [...db.allTables, db.outbox, db.syncRevisions, db.sync];

/** A new outbox entry for a row the server does not have yet (its fields all as new as the row). */
export function entryForNewRow(table: SyncedTable, row: Row): OutboxEntry {
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

/** Deletes an account's file and everything kept about it here (inside the caller's transaction). */
export async function removeFile(db: DossierDatabase, accountId: string) {
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
      // A new owner given here is still to send, unless the server has it already.
      const ownerLeft = entry.owner !== undefined && entry.owner !== doc.owner;
      if (left.length === 0 && !ownerLeft) await db.outbox.delete(key);
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
