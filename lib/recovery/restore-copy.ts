import { restoreDatabase } from '../db/backup';
import type { DossierDatabase } from '../db/database';
import { STORED } from '../model/storage-items';
import { getItem } from '../platform/storage';
import type { BackupError, BackupFile } from '../portability/import/core/backup-file';
import { readRecoveryCopy } from './copy';
import type { CopyStore } from './copy-store';
import { guardBulkWrite } from './guard';
import { jsonBytesOf } from './space';
import { dismissRecovery } from './state';

export type CopyRestoreResult =
  | { ok: true; accounts: number }
  | { ok: false; reason: 'noCopy' }
  | { ok: false; reason: 'invalid'; error: BackupError };

/** The JSON size of a whole backup's rows. */
export function backupRowBytes(backup: BackupFile): number {
  return Object.values(backup.tables).reduce((sum, rows: unknown[]) => sum + jsonBytesOf(rows), 0);
}

/**
 * Puts the recovery copy back in place of what is stored: read and validated whole first, then
 * written as a restore is (`guardBulkWrite`: the space checked, what is stored now copied, one
 * transaction). Once it is back, the loss is settled. Rejects as `guardBulkWrite` does.
 */
export async function restoreRecoveryCopy(
  db: DossierDatabase,
  store: CopyStore | null,
  options: { storage?: Pick<StorageManager, 'estimate'>; now?: Date } = {},
): Promise<CopyRestoreResult> {
  // Marks on the page's timeline: the steps of a restore, for bench/recovery.mjs.
  performance.mark('dossier:restore-start');
  const parsed = await readRecoveryCopy(store);
  performance.mark('dossier:restore-read');
  if (!parsed) return { ok: false, reason: 'noCopy' };
  if (!parsed.ok) return { ok: false, reason: 'invalid', error: parsed.error };
  const backup = parsed.backup;
  const { domains } = await getItem(STORED.ownAddresses);
  await guardBulkWrite(db, { rowBytes: backupRowBytes(backup), store, ...options }, () => {
    performance.mark('dossier:restore-write');
    return restoreDatabase(db, backup, { ownDomains: domains });
  });
  performance.mark('dossier:restore-done');
  await dismissRecovery(options.now ?? new Date());
  return { ok: true, accounts: backup.tables.accounts.length };
}
