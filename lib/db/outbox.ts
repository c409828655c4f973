/**
 * The outbox: while the rep is connected to a team, every write of a shared table records the
 * changed row in `outbox`, in the write's own transaction — whatever context or code path wrote it
 * (a form, a capture, the import's worker, a cascade). A stopped service worker or a closed
 * browser loses no change: what is in a table is either in the outbox or on the server.
 *
 * Each entry keeps the row as it was before its first unsent change (`base`, what the server had)
 * and which fields changed when (`fields`), so the sync can merge a teammate's edit field by field.
 *
 * Writes that apply the server's own changes are not changes to send: the sync engine makes them
 * in transactions that cover `syncRevisions` (only it writes that table), and such transactions
 * are not recorded.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { docId, isSyncedTable, type OutboxEntry, SYNC_KEYS, type SyncedTable } from '../model/team-sync';
import { changedPaths } from '../sync/core/fields';

export const OUTBOX_TABLE = 'outbox';
export const SYNC_TABLE = 'sync';
export const SYNCED_REVISIONS_TABLE = 'syncRevisions';

type Row = Record<string, unknown>;

const storesOf = (trans: DBCoreTransaction) =>
  // Dexie's IndexedDB core hands the IDBTransaction itself down as the DBCore transaction.
  (trans as unknown as IDBTransaction).objectStoreNames;

export const outboxMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'outbox',
  create(down) {
    if (!down.schema.tables.some((t) => t.name === OUTBOX_TABLE)) return down;
    const outbox = down.table(OUTBOX_TABLE);
    const sync = down.table(SYNC_TABLE);
    /** Per transaction: whether its writes are recorded (connected, and not the sync applying the server's). */
    const recording = new WeakMap<DBCoreTransaction, Promise<boolean>>();
    const isRecording = (trans: DBCoreTransaction) => {
      let known = recording.get(trans);
      if (!known) {
        const stores = storesOf(trans);
        known =
          !stores?.contains(OUTBOX_TABLE) || stores.contains(SYNCED_REVISIONS_TABLE)
            ? Promise.resolve(false)
            : sync.get({ trans, key: SYNC_KEYS.connection }).then((row) => row !== undefined);
        recording.set(trans, known);
      }
      return known;
    };
    return {
      ...down,
      // Every transaction that may write a shared table also covers the outbox and the connection.
      transaction(stores, mode, options) {
        const widen =
          mode === 'readwrite' && !stores.includes(OUTBOX_TABLE) && stores.some((s) => isSyncedTable(s));
        return down.transaction(widen ? [...stores, OUTBOX_TABLE, SYNC_TABLE] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (!isSyncedTable(name)) return table;
        return {
          ...table,
          async mutate(req) {
            if (!(await isRecording(req.trans))) return table.mutate(req);
            return recordAround(name, table, outbox, req);
          },
        };
      },
    };
  },
};

/** The keys a write touches (a range delete's, read before it runs). */
async function keysOf(table: DBCoreTable, req: DBCoreMutateRequest): Promise<string[]> {
  switch (req.type) {
    case 'add':
    case 'put':
      return (req.keys as string[] | undefined) ?? req.values.map((row) => (row as Row).id as string);
    case 'delete':
      return req.keys as string[];
    case 'deleteRange': {
      const found = await table.query({
        trans: req.trans,
        values: false,
        query: { index: table.schema.primaryKey, range: req.range },
      });
      return found.result as string[];
    }
  }
}

async function recordAround(
  name: SyncedTable,
  table: DBCoreTable,
  outbox: DBCoreTable,
  req: DBCoreMutateRequest,
) {
  const keys = await keysOf(table, req);
  if (keys.length === 0) return table.mutate(req);
  const trans = req.trans;
  const [before, pending] = await Promise.all([
    table.getMany({ trans, keys }) as Promise<(Row | undefined)[]>,
    outbox.getMany({ trans, keys: keys.map((id) => docId(name, id)) }) as Promise<
      (OutboxEntry | undefined)[]
    >,
  ]);
  const result = await table.mutate(req);
  const deleting = req.type === 'delete' || req.type === 'deleteRange';
  const at = new Date().toISOString();
  const entries: OutboxEntry[] = [];
  keys.forEach((id, i) => {
    if (!deleting && result.failures[i]) return;
    const old = before[i];
    const earlier = pending[i];
    const after = deleting ? undefined : (req.values[i] as Row);
    // A delete of nothing, or a write that changed no field of a row already shared, is no change.
    // A new row's fields are all as new as the row (its `updatedAt`): none is stamped, which keeps an
    // import's 100,000 entries small.
    const fields = deleting || !old ? [] : changedPaths(old, after);
    if (!earlier && (deleting ? !old : fields.length === 0 && old)) return;
    const times = { ...earlier?.fields };
    for (const path of fields) times[path] = at;
    const owner = (after ?? old)?.accountId;
    entries.push({
      key: docId(name, id),
      table: name,
      id,
      accountId: name === 'accounts' ? id : typeof owner === 'string' ? owner : (earlier?.accountId ?? null),
      deleted: deleting,
      change: crypto.randomUUID(),
      base: earlier ? earlier.base : (old ?? null),
      fields: times,
      ...(earlier?.owner ? { owner: earlier.owner } : {}),
    });
  });
  if (entries.length > 0) await outbox.mutate({ type: 'put', trans, values: entries });
  return result;
}
