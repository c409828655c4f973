import type { DossierDatabase } from '../db/database';
import { countsOf, readDatabaseStamp, sameStamp } from '../db/stamp';
import { type DatabaseStamp, holdsClientFiles } from '../model/tables';

/**
 * What a failed bulk write left behind, seen through a new connection (the failed one may have
 * been closed by the browser):
 * - `unchanged`: exactly what was stored before — the transaction was rolled back;
 * - `lost`: the client files are gone — the browser deleted the database after the failure;
 * - `changed`: something else differs (another window wrote meanwhile);
 * - `unreadable`: the database cannot be opened now (the disk is still full), `reason` says why.
 */
export type AfterFailure =
  | { kind: 'unchanged' | 'lost' | 'changed' }
  | { kind: 'unreadable'; reason: string };

export async function checkAfterFailure(
  before: DatabaseStamp,
  open: () => DossierDatabase,
): Promise<AfterFailure> {
  const db = open();
  try {
    await db.open();
    const now = await readDatabaseStamp(db);
    if (sameStamp(before, now)) return { kind: 'unchanged' };
    if (holdsClientFiles(countsOf(before)) && !holdsClientFiles(countsOf(now))) return { kind: 'lost' };
    return { kind: 'changed' };
  } catch (error) {
    return { kind: 'unreadable', reason: error instanceof Error ? error.message : String(error) };
  } finally {
    db.close();
  }
}
