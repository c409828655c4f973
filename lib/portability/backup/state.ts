// The automatic backup: its settings, how the last one went, and recording every backup.
import { type AutoBackupSettings, type AutoBackupStatus, STORED } from '../../model/storage-items';
import { getItem, getItems, removeItem, setItem, setItems } from '../../platform/storage';

export function readAutoBackup(): Promise<AutoBackupSettings> {
  return getItem(STORED.autoBackup);
}

export async function writeAutoBackup(value: AutoBackupSettings): Promise<void> {
  await setItem(STORED.autoBackup, value);
}

export function readAutoBackupStatus(): Promise<AutoBackupStatus | null> {
  return getItem(STORED.autoBackupStatus);
}

/** The automatic backup's settings and its last save and attempt, for `nextAutoBackupAt`. */
export async function readAutoBackupSchedule(): Promise<
  AutoBackupSettings & { lastSavedAt: string | null; lastAttemptAt: string | null }
> {
  const [settings, lastSavedAt, lastAttemptAt] = await getItems(
    STORED.autoBackup,
    STORED.lastAutoBackupAt,
    STORED.autoBackupAttemptAt,
  );
  return { ...settings, lastSavedAt, lastAttemptAt };
}

/** Notes that an automatic backup starts now (the retry waits an hour from it if it saves nothing). */
export async function markAutoBackupAttempt(at: Date): Promise<void> {
  await setItem(STORED.autoBackupAttemptAt, at.toISOString());
}

/** Every item the options page shows, for `watchBackupState`. */
export const BACKUP_STATE_ITEMS = [
  STORED.lastBackupAt,
  STORED.backupReminderDismissedUntil,
  STORED.autoBackup,
  STORED.autoBackupStatus,
];
/** The items the background's schedule depends on. */
export const AUTO_SCHEDULE_ITEMS = [STORED.autoBackup, STORED.lastAutoBackupAt];

/** Records a backup saved now: the reminder counts from it (and its "later" is cleared). */
export async function recordBackup(at: Date): Promise<void> {
  await setItem(STORED.lastBackupAt, at.toISOString());
  await removeItem(STORED.backupReminderDismissedUntil);
}

/**
 * Records how an automatic backup went. A saved one also counts as the last backup and starts the
 * schedule again; a failed one only says why (the alarm tries again within the hour).
 */
export async function recordAutoBackup(
  at: Date,
  outcome: { ok: true } | { ok: false; error: string },
): Promise<void> {
  const iso = at.toISOString();
  const status: AutoBackupStatus = { at: iso, ...outcome };
  await setItems('local', [
    [STORED.autoBackupStatus, status],
    ...(outcome.ok ? ([[STORED.lastAutoBackupAt, iso]] as const) : []),
  ]);
  if (outcome.ok) await recordBackup(at);
}
