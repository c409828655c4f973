import { useState } from 'preact/hooks';
import type { DossierDatabase } from '../../db/database';
import { previewTeamRestore } from '../../db/team-restore';
import type { ActionStatus } from '../../model/action-status';
import type { RestorePreview, TeamRestoreMode } from '../../model/restore-preview';
import { STORED } from '../../model/storage-items';
import type { WriteFailure } from '../../model/write-failure';
import { setItem } from '../../platform/storage';
import { type BackupFile, readBackupFile } from '../import/core/backup-file';
import { backupFile, type ExportFile, saveFile } from './exports';
import { type RestoreOutcome, restoreBackup, restorePreview } from './restore';
import { recordBackup } from './state';

export type BackupStatus = ActionStatus;

/** A validated backup waiting for the rep's yes, with what it brings and replaces. */
export interface PendingRestore extends RestorePreview {
  backup: BackupFile;
}

/** How the controller words its outcomes (the page's translator) and saves a file; tests pass their own. */
export interface BackupWords {
  t(key: string, substitutions?: string[]): string;
  writeFailure(failure: WriteFailure): string;
}

/**
 * The options page's backup and restore: a backup saved (and counted by the reminder); a chosen
 * file validated whole before the rep is even asked, then — only on their yes — restored in one
 * guarded write, the first-run screen done with. Nothing is written until they confirm.
 */
export function useBackupRestore(
  db: DossierDatabase,
  words: BackupWords,
  save: (file: ExportFile) => void = saveFile,
) {
  const { t } = words;
  const [status, setStatus] = useState<BackupStatus>({ kind: 'idle' });
  const [pending, setPending] = useState<PendingRestore | null>(null);
  // In a team: into the private files unless a manager explicitly chooses to replace the team's.
  const [mode, setMode] = useState<TeamRestoreMode>('private');

  const exportBackup = async () => {
    setStatus({ kind: 'working' });
    try {
      const now = new Date();
      const file = await backupFile(db, now);
      save(file);
      await recordBackup(now); // the reminder counts from it
      setStatus({ kind: 'done', message: t('backup.exported', [String(file.count)]) });
    } catch (error) {
      setStatus({ kind: 'error', message: String(error) });
    }
  };

  const pickFile = async (file: File) => {
    setStatus({ kind: 'working' });
    const parsed = await readBackupFile(file);
    if (!parsed.ok) {
      setStatus({ kind: 'error', message: t(`backup.error.${parsed.error.code}`, parsed.error.params) });
      return;
    }
    setStatus({ kind: 'idle' });
    const [tables, team] = await Promise.all([
      restorePreview(db, parsed.backup),
      previewTeamRestore(db, parsed.backup),
    ]);
    setMode('private');
    setPending({
      backup: parsed.backup,
      fileName: file.name,
      accountsInFile: parsed.backup.tables.accounts.length,
      accountsNow: tables[0]!.now,
      tables,
      team,
    });
  };

  const confirmRestore = async () => {
    if (!pending) return;
    setPending(null);
    setStatus({ kind: 'working' });
    const replacing = mode === 'replaceTeam' && pending.team?.manager === true;
    const outcome = await restoreBackup(db, pending.backup, replacing ? 'replaceTeam' : 'private');
    if (!outcome.ok) {
      setStatus({ kind: 'error', message: words.writeFailure(outcome.failure) });
      return;
    }
    await setItem(STORED.firstRunDone, true);
    setStatus({
      kind: 'done',
      message: outcomeText(t, outcome, pending.accountsInFile),
    });
  };

  return {
    status,
    pending,
    /** How the pending restore goes while in a team (a rep's is always `private`). */
    mode,
    chooseMode: setMode,
    exportBackup,
    pickFile,
    confirmRestore,
    cancelRestore: () => setPending(null),
  };
}

function outcomeText(t: BackupWords['t'], outcome: RestoreOutcome & { ok: true }, inFile: number): string {
  if (outcome.team) {
    const { restored, removed, keptPrivate } = outcome.team;
    return t('team.replacedTeam', [String(restored), String(removed), String(keptPrivate)]);
  }
  if (outcome.private) {
    return t('team.restoredPrivate', [String(outcome.private.restored), String(outcome.private.keptTeam)]);
  }
  return t('backup.restored', [String(inFile)]);
}
