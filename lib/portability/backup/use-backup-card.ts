import { useEffect, useState } from 'preact/hooks';
import { countAccounts } from '../../db/account-lookup';
import type { DossierDatabase } from '../../db/database';
import type { AutoBackupFrequency, AutoBackupSettings, AutoBackupStatus } from '../../model/storage-items';
import { watchPermissions } from '../../platform/permissions';
import { useLiveQuery } from '../../platform/use-live-query';
import { hasDownloadsPermission, removeDownloadsPermission, requestDownloadsPermission } from './auto-backup';
import { isBackupDue } from './core/reminder';
import { readReminderState, watchBackupState } from './reminder-state';
import { BACKUP_STATE_ITEMS, readAutoBackup, readAutoBackupStatus, writeAutoBackup } from './state';

/** The downloads permission, behind which the automatic backup saves; tests pass their own. */
export interface DownloadsPermission {
  has(): Promise<boolean>;
  request(): Promise<boolean>;
  remove(): Promise<boolean>;
  /** Calls back when the rep grants or revokes any permission; returns the stop. */
  watch(onChange: () => void): () => void;
}

export const browserDownloadsPermission: DownloadsPermission = {
  has: hasDownloadsPermission,
  request: requestDownloadsPermission,
  remove: removeDownloadsPermission,
  watch: watchPermissions,
};

/**
 * The options page's backup card: when the last backup was and whether one is due, and the
 * automatic backup — on only while the downloads permission is granted (asked for within the
 * rep's click, switched off with it revoked), its frequency, how its last run went. Kept current
 * as any context changes them.
 */
export function useBackupCard(db: DossierDatabase, permission: DownloadsPermission, now = () => new Date()) {
  const accounts = useLiveQuery(() => countAccounts(db), []);
  const [lastBackupAt, setLastBackupAt] = useState<string | null | undefined>(undefined);
  const [settings, setSettings] = useState<AutoBackupSettings | null>(null);
  const [autoStatus, setAutoStatus] = useState<AutoBackupStatus | null>(null);
  const [granted, setGranted] = useState(false);
  const [declined, setDeclined] = useState(false);

  useEffect(() => {
    let active = true;
    const refresh = async () => {
      const [reminder, auto, last, permitted] = await Promise.all([
        readReminderState(),
        readAutoBackup(),
        readAutoBackupStatus(),
        permission.has(),
      ]);
      if (!active) return;
      setLastBackupAt(reminder.lastBackupAt);
      setSettings(auto);
      setAutoStatus(last);
      setGranted(permitted);
    };
    void refresh();
    const stopPermissions = permission.watch(() => void refresh());
    const stopState = watchBackupState(() => void refresh(), BACKUP_STATE_ITEMS);
    return () => {
      active = false;
      stopState();
      stopPermissions();
    };
  }, [permission]);

  const toggle = (on: boolean) => {
    setDeclined(false);
    const frequency = settings?.frequency ?? 'weekly';
    if (!on) {
      void writeAutoBackup({ enabled: false, frequency });
      void permission.remove().catch(() => {});
      return;
    }
    // No await before this call: the browser shows its prompt only within the click.
    permission.request().then(
      (ok) => (ok ? writeAutoBackup({ enabled: true, frequency }) : setDeclined(true)),
      () => setDeclined(true),
    );
  };

  return {
    lastBackupAt,
    due:
      accounts.status === 'ready' &&
      lastBackupAt !== undefined &&
      isBackupDue({ lastBackupAt, accountCount: accounts.value, now: now() }),
    settings: settings && { ...settings, enabled: settings.enabled && granted },
    autoStatus,
    declined,
    toggle,
    setFrequency: (frequency: AutoBackupFrequency) => void writeAutoBackup({ enabled: true, frequency }),
  };
}
