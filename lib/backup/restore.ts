import { restoreDatabase } from '../db/backup';
import type { DossierDatabase } from '../db/database';
import type { BackupFile } from '../importers/backup-file';
import type { WriteFailure } from '../model/write-failure';
import { opfsCopyStore } from '../recovery/copy-store';
import { toWriteFailure } from '../recovery/failure-view';
import { guardBulkWrite } from '../recovery/guard';
import { backupRowBytes } from '../recovery/restore-copy';

export type RestoreOutcome = { ok: true } | { ok: false; failure: WriteFailure };

/**
 * Replaces the database with a validated backup as every bulk write is made: refused before
 * anything is written when the disk lacks the space, what is stored now copied aside first, and a
 * failure checked afterwards ("nothing was changed" only when it was not).
 */
export async function restoreBackup(db: DossierDatabase, backup: BackupFile): Promise<RestoreOutcome> {
  try {
    await guardBulkWrite(db, { rowBytes: backupRowBytes(backup), store: await opfsCopyStore() }, () =>
      restoreDatabase(db, backup),
    );
    return { ok: true };
  } catch (error) {
    const failure = toWriteFailure(error) ?? {
      code: 'failed',
      detail: { message: error instanceof Error ? error.message : String(error) },
    };
    return { ok: false, failure };
  }
}
