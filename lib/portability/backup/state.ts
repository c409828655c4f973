// The automatic backup: its settings, how the last one went, and recording every backup, in storage.local.
import { browser } from 'wxt/browser';
import type { AutoBackupFrequency } from './core/schedule';
import { DISMISSED_UNTIL, LAST_BACKUP, text } from './reminder-state';

const AUTO_BACKUP = 'autoBackup';
const AUTO_STATUS = 'autoBackupStatus';
const LAST_AUTO = 'lastAutoBackupAt';
const AUTO_ATTEMPT = 'autoBackupAttemptAt';

/** The rep's automatic-backup choice: off by default, weekly when first switched on. */
export interface AutoBackupSettings {
  enabled: boolean;
  frequency: AutoBackupFrequency;
}

/** How the last automatic backup went: when, and the reason when it failed. */
export interface AutoBackupStatus {
  at: string;
  ok: boolean;
  error?: string;
}

export async function readAutoBackup(): Promise<AutoBackupSettings> {
  const stored = (await browser.storage.local.get(AUTO_BACKUP))[AUTO_BACKUP] as
    | Partial<AutoBackupSettings>
    | undefined;
  return {
    enabled: stored?.enabled === true,
    frequency: stored?.frequency === 'daily' ? 'daily' : 'weekly',
  };
}

export async function writeAutoBackup(value: AutoBackupSettings): Promise<void> {
  await browser.storage.local.set({ [AUTO_BACKUP]: value });
}

export async function readAutoBackupStatus(): Promise<AutoBackupStatus | null> {
  const stored = (await browser.storage.local.get(AUTO_STATUS))[AUTO_STATUS] as AutoBackupStatus | undefined;
  return stored && typeof stored.at === 'string' ? stored : null;
}

/** The automatic backup's settings and its last save and attempt, for `nextAutoBackupAt`. */
export async function readAutoBackupSchedule(): Promise<
  AutoBackupSettings & { lastSavedAt: string | null; lastAttemptAt: string | null }
> {
  const stored = await browser.storage.local.get([LAST_AUTO, AUTO_ATTEMPT]);
  return {
    ...(await readAutoBackup()),
    lastSavedAt: text(stored[LAST_AUTO]),
    lastAttemptAt: text(stored[AUTO_ATTEMPT]),
  };
}

/** Notes that an automatic backup starts now (the retry waits an hour from it if it saves nothing). */
export async function markAutoBackupAttempt(at: Date): Promise<void> {
  await browser.storage.local.set({ [AUTO_ATTEMPT]: at.toISOString() });
}

/** Every key the options page shows, for `watchBackupState`. */
export const BACKUP_STATE_KEYS = [LAST_BACKUP, DISMISSED_UNTIL, AUTO_BACKUP, AUTO_STATUS];
/** The keys the background's schedule depends on. */
export const AUTO_SCHEDULE_KEYS = [AUTO_BACKUP, LAST_AUTO];

/** Records a backup saved now: the reminder counts from it (and its "later" is cleared). */
export async function recordBackup(at: Date): Promise<void> {
  await browser.storage.local.set({ [LAST_BACKUP]: at.toISOString() });
  await browser.storage.local.remove(DISMISSED_UNTIL);
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
  await browser.storage.local.set({
    [AUTO_STATUS]: { at: iso, ...outcome } satisfies AutoBackupStatus,
    ...(outcome.ok ? { [LAST_AUTO]: iso } : {}),
  });
  if (outcome.ok) await recordBackup(at);
}
