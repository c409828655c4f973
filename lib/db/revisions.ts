/**
 * Each table's revision: a token that changes with every write of the table, in the write's own
 * transaction, whatever context or code path wrote it (a form, the import's worker, a restore, a
 * cascade). A derived index stored with the revisions it was built at is current while they are
 * the same: one read of one small table, where counting the rows of 50,000 accounts and 100,000
 * contacts costs IndexedDB a third of a second — on every service-worker start.
 *
 * A table without a revision (written before revisions existed, or by hand outside Dexie) has
 * none to compare: the callers fall back to counting.
 */
import type { DBCore, DBCoreTransaction, Middleware } from 'dexie';
import { TABLE_NAMES } from '../model/tables';
import type { DossierDatabase } from './database';

export const REVISIONS_TABLE = 'revisions';

export interface TableRevision {
  table: string;
  revision: string;
}

/** The tables whose writes change their revision: the rep's and the derived signals. */
export const REVISED_TABLES: readonly string[] = [...TABLE_NAMES, 'accountSignals'];
const REVISED = new Set(REVISED_TABLES);

const holdsRevisions = (trans: DBCoreTransaction): boolean =>
  // Dexie's IndexedDB core hands the IDBTransaction itself down as the DBCore transaction.
  (trans as unknown as IDBTransaction).objectStoreNames?.contains(REVISIONS_TABLE) ?? false;

export const revisionsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'revisions',
  create(down) {
    const exists = down.schema.tables.some((t) => t.name === REVISIONS_TABLE);
    const revisions = exists ? down.table(REVISIONS_TABLE) : null;
    return {
      ...down,
      // Every transaction that may write a revised table also covers the revisions.
      transaction(stores, mode, options) {
        const widen =
          revisions &&
          mode === 'readwrite' &&
          !stores.includes(REVISIONS_TABLE) &&
          stores.some((s) => REVISED.has(s));
        return down.transaction(widen ? [...stores, REVISIONS_TABLE] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (!revisions || !REVISED.has(name)) return table;
        return {
          ...table,
          async mutate(req) {
            const result = await table.mutate(req);
            // An upgrade from before the revisions store existed writes rows without one.
            if (holdsRevisions(req.trans)) {
              await revisions.mutate({
                type: 'put',
                trans: req.trans,
                values: [{ table: name, revision: crypto.randomUUID() } satisfies TableRevision],
              });
            }
            return result;
          },
        };
      },
    };
  },
};

/** A fresh revision for every revised table (a new database; the upgrade that added them). */
export function initialRevisions(): TableRevision[] {
  return REVISED_TABLES.map((table) => ({ table, revision: crypto.randomUUID() }));
}

/** The revisions of these tables, or null when one has none (then count, as before revisions). */
export async function readRevisions<T extends string>(
  db: DossierDatabase,
  tables: readonly T[],
): Promise<Record<T, string> | null> {
  const rows = await db.revisions.bulkGet([...tables]);
  if (rows.some((row) => !row)) return null;
  return Object.fromEntries(rows.map((row) => [row!.table, row!.revision])) as Record<T, string>;
}

export function sameRevisions(
  a: Record<string, string> | null | undefined,
  b: Record<string, string> | null | undefined,
) {
  if (!a || !b) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}
