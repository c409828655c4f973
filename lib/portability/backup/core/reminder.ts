// When a backup is due, and when the side panel's banner shows. Pure; the panel loads it at first paint.

/** A backup older than this many days (or none at all) is due. */
export const BACKUP_REMINDER_DAYS = 7;
export const DAY_MS = 24 * 60 * 60 * 1000;

/** An ISO time as epoch milliseconds, or null when absent or not a time. */
export function parseTime(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

export interface BackupReminderInput {
  /** When the last JSON backup was made (exported or automatic), ISO; null if never. */
  lastBackupAt: string | null;
  /** How many accounts are stored: with none there is nothing to lose. */
  accountCount: number;
  now: Date;
}

/**
 * Whether the rep should back up: accounts are stored and the last backup is at least
 * `BACKUP_REMINDER_DAYS` old, or there never was one. A last backup "in the future" (the clock
 * was set back) counts as recent.
 */
export function isBackupDue({ lastBackupAt, accountCount, now }: BackupReminderInput): boolean {
  if (accountCount <= 0) return false;
  const last = parseTime(lastBackupAt);
  return last === null || now.getTime() - last >= BACKUP_REMINDER_DAYS * DAY_MS;
}

/** Whether the side panel shows its banner: a backup is due and the rep has not put it off until later. */
export function isBackupBannerShown(input: BackupReminderInput & { dismissedUntil: string | null }): boolean {
  const until = parseTime(input.dismissedUntil);
  return isBackupDue(input) && (until === null || input.now.getTime() >= until);
}

/** Until when "Remind me tomorrow" puts the banner off: a day from now. */
export function dismissedUntil(now: Date): string {
  return new Date(now.getTime() + DAY_MS).toISOString();
}
