import type { Table } from 'dexie';
import { type DatabaseStamp, TABLE_NAMES, type TableCounts, type TableStamp } from '../model/tables';
import type { DossierDatabase } from './database';

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

export function countsOf(stamp: DatabaseStamp): TableCounts {
  return Object.fromEntries(TABLE_NAMES.map((t) => [t, stamp[t]?.count ?? 0])) as TableCounts;
}
