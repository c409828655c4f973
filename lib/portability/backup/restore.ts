import { restoreDatabase } from '../../db/backup';
import type { DossierDatabase } from '../../db/database';
import { replaceTeamFiles, restoreIntoPrivateFiles, restoresIntoPrivate } from '../../db/team-restore';
import type { PrivateRestore, TeamReplace, TeamRestoreMode } from '../../model/restore-preview';
import { STORED } from '../../model/storage-items';
import { TABLE_NAMES, type TableName } from '../../model/tables';
import type { WriteFailure } from '../../model/write-failure';
import { getItem } from '../../platform/storage';
import { opfsCopyStore } from '../../recovery/copy-store';
import { toWriteFailure } from '../../recovery/failure-view';
import { guardBulkWrite } from '../../recovery/guard';
import { backupRowBytes } from '../../recovery/restore-copy';
import type { BackupFile } from '../import/core/backup-file';

/** Part by part, the rows a backup brings and those stored now that it replaces. */
export async function restorePreview(
  db: DossierDatabase,
  backup: BackupFile,
): Promise<{ table: TableName; inFile: number; now: number }[]> {
  const now = await Promise.all(TABLE_NAMES.map((name) => db.table(name).count()));
  return TABLE_NAMES.map((table, i) => ({ table, inFile: backup.tables[table].length, now: now[i]! }));
}

/**
 * `private`: the rep is in a team, and the backup went into private files (the team's stay);
 * `team`: a manager replaced the team's files with it.
 */
export type RestoreOutcome =
  | { ok: true; private?: PrivateRestore; team?: TeamReplace }
  | { ok: false; failure: WriteFailure };

/**
 * Replaces the database with a validated backup (in a team: the private files by default, see
 * `lib/db/team-restore.ts`) as every bulk write is made: refused before
 * anything is written when the disk lacks the space, what is stored now copied aside first, and a
 * failure checked afterwards ("nothing was changed" only when it was not).
 */
export async function restoreBackup(
  db: DossierDatabase,
  backup: BackupFile,
  mode: TeamRestoreMode = 'private',
): Promise<RestoreOutcome> {
  try {
    const guard = { rowBytes: backupRowBytes(backup), store: await opfsCopyStore() };
    if (await restoresIntoPrivate(db)) {
      if (mode === 'replaceTeam') {
        return { ok: true, team: await guardBulkWrite(db, guard, () => replaceTeamFiles(db, backup)) };
      }
      // In a team, the team's files are the team's: a backup never overwrites them unasked.
      return {
        ok: true,
        private: await guardBulkWrite(db, guard, () => restoreIntoPrivateFiles(db, backup)),
      };
    }
    const { domains } = await getItem(STORED.ownAddresses);
    await guardBulkWrite(db, guard, () => restoreDatabase(db, backup, { ownDomains: domains }));
    return { ok: true };
  } catch (error) {
    const failure = toWriteFailure(error) ?? {
      code: 'failed',
      detail: { message: error instanceof Error ? error.message : String(error) },
    };
    return { ok: false, failure };
  }
}
