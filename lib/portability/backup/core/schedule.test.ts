// The schedule of automatic backups, and file dates.
import { describe, expect, it } from 'vitest';
import { AUTO_BACKUP_RETRY_MS, isAutoBackupDue, nextAutoBackupAt } from './schedule';

const NOW = new Date('2026-03-20T09:00:00Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();
const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

describe('the automatic backup schedule', () => {
  const at = (
    iso: string | null,
    frequency: 'daily' | 'weekly' = 'daily',
    lastAttemptAt: string | null = null,
  ) => nextAutoBackupAt({ frequency, lastSavedAt: iso, lastAttemptAt, now: NOW }).toISOString();

  it('runs at once when none was ever saved', () => {
    expect(at(null)).toBe(NOW.toISOString());
    expect(isAutoBackupDue({ frequency: 'weekly', lastSavedAt: null, lastAttemptAt: null, now: NOW })).toBe(
      true,
    );
  });

  it('runs a day or a week after the last one', () => {
    expect(at(ago(2 * HOUR), 'daily')).toBe(new Date(NOW.getTime() + 22 * HOUR).toISOString());
    expect(at(ago(2 * HOUR), 'weekly')).toBe(new Date(NOW.getTime() + 7 * DAY - 2 * HOUR).toISOString());
    expect(
      isAutoBackupDue({ frequency: 'daily', lastSavedAt: ago(DAY), lastAttemptAt: null, now: NOW }),
    ).toBe(true);
    expect(
      isAutoBackupDue({ frequency: 'weekly', lastSavedAt: ago(DAY), lastAttemptAt: null, now: NOW }),
    ).toBe(false);
  });

  it('allows an alarm ringing a little early (under a minute)', () => {
    const lastSavedAt = ago(DAY - 30_000);
    expect(isAutoBackupDue({ frequency: 'daily', lastSavedAt, lastAttemptAt: null, now: NOW })).toBe(true);
    const earlier = ago(DAY - 5 * 60_000);
    expect(isAutoBackupDue({ frequency: 'daily', lastSavedAt: earlier, lastAttemptAt: null, now: NOW })).toBe(
      false,
    );
  });

  it('waits an hour after an attempt that saved nothing, then tries again', () => {
    const failed = ago(10 * 60_000);
    expect(at(ago(3 * DAY), 'daily', failed)).toBe(
      new Date(Date.parse(failed) + AUTO_BACKUP_RETRY_MS).toISOString(),
    );
    expect(at(null, 'daily', ago(2 * HOUR))).toBe(NOW.toISOString());
  });

  it('ignores an attempt older than the last save (that attempt saved it)', () => {
    expect(at(ago(HOUR), 'daily', ago(HOUR + 1000))).toBe(new Date(NOW.getTime() + 23 * HOUR).toISOString());
  });

  it('treats a save "in the future" (the clock was set back) as none', () => {
    expect(at(new Date(NOW.getTime() + DAY).toISOString())).toBe(NOW.toISOString());
  });
});
