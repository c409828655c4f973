import type { Table } from 'dexie';
import { type DossierDatabase, TABLE_NAMES, type TableName } from './database';

/** A table's row count and newest `updatedAt`: any row added, changed or removed moves one of them. */
export interface TableStamp {
  count: number;
  last: string | null;
}

/** Every table's stamp: what a recovery copy was taken of, and what a failed write is checked against. */
export type DatabaseStamp = Record<TableName, TableStamp>;

/** The stamp of one table (every table has an `updatedAt` index), inside the caller's transaction if any. */
export async function readTableStamp(table: Table): Promise<TableStamp> {
  const [count, last] = await Promise.all([table.count(), table.orderBy('updatedAt').lastKey()]);
  return { count, last: typeof last === 'string' ? last : null };
}

/** Every table's stamp, read in one transaction: cheap (two index reads a table), whatever the size. */
export async function readDatabaseStamp(db: DossierDatabase): Promise<DatabaseStamp> {
  return db.transaction('r', db.allTables, async () => {
    const stamps = await Promise.all(TABLE_NAMES.map((name) => readTableStamp(db.table(name))));
    return Object.fromEntries(TABLE_NAMES.map((name, i) => [name, stamps[i]!])) as DatabaseStamp;
  });
}

export function sameStamp(a: DatabaseStamp, b: DatabaseStamp): boolean {
  return TABLE_NAMES.every((t) => a[t]?.count === b[t]?.count && a[t]?.last === b[t]?.last);
}

/** Rows per table. */
export type TableCounts = Record<TableName, number>;

export function countsOf(stamp: DatabaseStamp): TableCounts {
  return Object.fromEntries(TABLE_NAMES.map((t) => [t, stamp[t]?.count ?? 0])) as TableCounts;
}

/** Whether a database holds nothing of the rep's (no account: every other row belongs to one). */
export function holdsClientFiles(counts: Partial<TableCounts>): boolean {
  return (counts.accounts ?? 0) > 0;
}
