import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAccount } from '../db/accounts';
import type { DossierDatabase } from '../db/database';
import { accountDraft, openTestDatabase } from '../db/test-helpers';
import { readRecoveryCopy } from './copy';
import { RECOVERY_ALARM, RECOVERY_SOON_ALARM, soonMinutes, startRecoveryCopies } from './recovery-service';
import { readRecoveryState } from './state';
import { memoryCopyStore } from './test-copy-store';

let db: DossierDatabase;
beforeEach(() => {
  fakeBrowser.reset();
  db = openTestDatabase();
});
afterEach(async () => {
  await db.delete();
});

describe('soonMinutes', () => {
  it('is two minutes for a quick copy, a hundred times a slow one, at most the half hour', () => {
    expect(soonMinutes(undefined)).toBe(2);
    expect(soonMinutes(40)).toBe(2);
    expect(soonMinutes(9_000)).toBe(15);
    expect(soonMinutes(60_000)).toBe(30);
  });
});

describe('startRecoveryCopies', () => {
  it('sets a half-hourly alarm, a soon one after each change, and copies when either rings', async () => {
    const store = memoryCopyStore();
    startRecoveryCopies(db, async () => store);
    await vi.waitFor(async () =>
      expect((await fakeBrowser.alarms.get(RECOVERY_ALARM))?.periodInMinutes).toBe(30),
    );
    expect(await fakeBrowser.alarms.get(RECOVERY_SOON_ALARM)).toBeUndefined();

    await createAccount(db, accountDraft({ name: '澄江广电' }));
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(RECOVERY_SOON_ALARM)).toBeDefined());
    expect(store.files.size).toBe(0);

    await fakeBrowser.alarms.onAlarm.trigger({ name: RECOVERY_SOON_ALARM, scheduledTime: Date.now() });
    await vi.waitFor(async () => expect((await readRecoveryState()).copy?.counts.accounts).toBe(1));
    const copy = await readRecoveryCopy(store);
    expect(copy?.ok && copy.backup.tables.accounts[0]?.name).toBe('澄江广电');

    // The half-hourly ring finds nothing new and writes nothing.
    const taken = (await readRecoveryState()).copy?.takenAt;
    await fakeBrowser.alarms.onAlarm.trigger({ name: RECOVERY_ALARM, scheduledTime: Date.now() });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await readRecoveryState()).copy?.takenAt).toBe(taken);
  });

  it('ignores other alarms, and survives a copy that cannot be written', async () => {
    const store = memoryCopyStore();
    startRecoveryCopies(db, async () => store);
    await createAccount(db, accountDraft());
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'auto-backup', scheduledTime: Date.now() });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(store.files.size).toBe(0);

    store.failAfter = 10;
    await fakeBrowser.alarms.onAlarm.trigger({ name: RECOVERY_ALARM, scheduledTime: Date.now() });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await readRecoveryState()).copy).toBeNull();
    // The next ring tries again.
    await fakeBrowser.alarms.onAlarm.trigger({ name: RECOVERY_ALARM, scheduledTime: Date.now() });
    await vi.waitFor(async () => expect((await readRecoveryState()).copy).not.toBeNull());
  });
});
