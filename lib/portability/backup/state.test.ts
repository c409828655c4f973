// The backup times and settings in storage.local.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dismissReminder, readReminderState, watchBackupState } from './reminder-state';
import {
  markAutoBackupAttempt,
  readAutoBackup,
  readAutoBackupSchedule,
  readAutoBackupStatus,
  recordAutoBackup,
  recordBackup,
} from './state';

beforeEach(() => fakeBrowser.reset());

const T1 = new Date('2026-03-01T08:00:00Z');
const T2 = new Date('2026-03-08T08:00:00Z');

describe('backup state', () => {
  it('starts with no backup, nothing put off, automatic backup off (weekly once on)', async () => {
    expect(await readReminderState()).toEqual({ lastBackupAt: null, dismissedUntil: null });
    expect(await readAutoBackup()).toEqual({ enabled: false, frequency: 'weekly' });
    expect(await readAutoBackupStatus()).toBeNull();
  });

  it('a backup is recorded and clears the "remind me tomorrow"', async () => {
    await dismissReminder(T2.toISOString());
    expect((await readReminderState()).dismissedUntil).toBe(T2.toISOString());
    await recordBackup(T1);
    expect(await readReminderState()).toEqual({ lastBackupAt: T1.toISOString(), dismissedUntil: null });
  });

  it('a saved automatic backup counts as the last backup; a failed one only says why', async () => {
    await markAutoBackupAttempt(T1);
    await recordAutoBackup(T1, { ok: true });
    await markAutoBackupAttempt(T2);
    await recordAutoBackup(T2, { ok: false, error: 'FILE_NO_SPACE' });
    expect((await readReminderState()).lastBackupAt).toBe(T1.toISOString());
    expect(await readAutoBackupStatus()).toEqual({ at: T2.toISOString(), ok: false, error: 'FILE_NO_SPACE' });
    expect(await readAutoBackupSchedule()).toMatchObject({
      lastSavedAt: T1.toISOString(),
      lastAttemptAt: T2.toISOString(),
    });
  });

  it('ignores stored values of the wrong shape', async () => {
    await fakeBrowser.storage.local.set({
      lastBackupAt: 42,
      autoBackup: { enabled: 'yes', frequency: 'hourly' },
    });
    expect((await readReminderState()).lastBackupAt).toBeNull();
    expect(await readAutoBackup()).toEqual({ enabled: false, frequency: 'weekly' });
  });

  it('tells watchers about a backup made in another context, and stops when asked', async () => {
    let calls = 0;
    const stop = watchBackupState(() => calls++);
    await recordBackup(T1);
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    expect(calls).toBeGreaterThan(0);
    const seen = calls;
    stop();
    await recordBackup(T2);
    expect(calls).toBe(seen);
  });
});
