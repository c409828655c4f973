// When the next automatic backup is due, and the date in backup file names. Pure.
import type { AutoBackupFrequency } from '../../../model/storage-items';
import { DAY_MS, parseTime } from './reminder';

/** How long after an attempt that saved nothing (failed, or handed to the options page) the next one waits. */
export const AUTO_BACKUP_RETRY_MS = 60 * 60 * 1000;

export interface AutoBackupSchedule {
  frequency: AutoBackupFrequency;
  /** When the last automatic backup was saved, ISO; null if never. */
  lastSavedAt: string | null;
  /** When the last attempt started, ISO; null if never. */
  lastAttemptAt: string | null;
  now: Date;
}

/**
 * When the next automatic backup is due: at once if none was ever saved, else a day or a week
 * after the last one; an attempt since then that saved nothing puts it off an hour (so a failing
 * download is not retried every minute). A last save "in the future" (the clock was set back)
 * counts as none.
 */
export function nextAutoBackupAt({ frequency, lastSavedAt, lastAttemptAt, now }: AutoBackupSchedule): Date {
  const saved = parseTime(lastSavedAt);
  let next =
    saved === null || saved > now.getTime()
      ? now.getTime()
      : saved + (frequency === 'daily' ? 1 : 7) * DAY_MS;
  const attempt = parseTime(lastAttemptAt);
  if (attempt !== null && attempt <= now.getTime() && (saved === null || attempt > saved)) {
    next = Math.max(next, attempt + AUTO_BACKUP_RETRY_MS);
  }
  return new Date(next);
}

/** Whether an automatic backup should run now (a minute's slack: alarms fire a little early or late). */
export function isAutoBackupDue(schedule: AutoBackupSchedule): boolean {
  return nextAutoBackupAt(schedule).getTime() - schedule.now.getTime() <= 60_000;
}
