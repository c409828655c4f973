// The daily reminder on fakeBrowser: its one alarm, the digest, the notification and its click.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTestTranslate } from '../../tests/support/i18n';
import { createAccount } from '../db/accounts';
import type { DossierDatabase } from '../db/database';
import { accountDraft, openTestDatabase } from '../db/test-helpers';
import { STORED } from '../model/storage-items';
import { getItem, setItem } from '../platform/storage';
import { nextReminderAt } from './core/reminder-schedule';
import {
  computeDigest,
  onReminderAlarm,
  REMINDER_ALARM,
  REMINDER_NOTIFICATION,
  scheduleReminders,
  startReminders,
} from './reminders';

let db: DossierDatabase;
let granted: Set<string>;
let createTab: ReturnType<typeof vi.fn>;
const tz = process.env.TZ;

beforeEach(() => {
  fakeBrowser.reset();
  db = openTestDatabase();
  granted = new Set(['notifications']);
  const event = () => ({ addListener: vi.fn(), removeListener: vi.fn(), hasListener: () => false });
  Object.assign(fakeBrowser.permissions, {
    contains: async ({ permissions = [] }: { permissions?: string[] }) =>
      permissions.every((p) => granted.has(p)),
    onAdded: event(),
    onRemoved: event(),
  });
  // The extension's message catalogue, as the browser serves it (`today_counts` for `today.counts`).
  const t = createTestTranslate('en');
  Object.assign(fakeBrowser.i18n, {
    getMessage: (name: string, substitutions?: string | string[]) =>
      t(name.replaceAll('_', '.'), substitutions),
  });
  createTab = vi.fn(async () => ({ id: 7 }));
  Object.assign(fakeBrowser.tabs, { create: createTab });
});
afterEach(async () => {
  process.env.TZ = tz;
  await db.delete();
});

describe('the reminder’s time', () => {
  it.each([
    ['Asia/Shanghai', '2026-12-04T00:10:00Z', '08:30', '2026-12-04T00:30:00.000Z'],
    ['Asia/Shanghai', '2026-12-04T01:00:00Z', '08:30', '2026-12-05T00:30:00.000Z'],
    ['America/Los_Angeles', '2026-12-04T15:00:00Z', '08:30', '2026-12-04T16:30:00.000Z'],
  ])('in %s at %s, %s rings at %s', (zone, now, time, expected) => {
    process.env.TZ = zone;
    expect(nextReminderAt(time, new Date(now)).toISOString()).toBe(expected);
  });
});

describe('the daily reminder', () => {
  it('is off until the rep turns it on; then one daily alarm at their time; off clears it', async () => {
    expect(await scheduleReminders()).toBeNull();
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    await setItem(STORED.reminders, { enabled: true, time: '07:45' });
    const now = new Date(2026, 11, 4, 9, 0);
    const when = await scheduleReminders(now);
    expect(when).toEqual(new Date(2026, 11, 5, 7, 45));
    expect(await fakeBrowser.alarms.getAll()).toMatchObject([
      { name: REMINDER_ALARM, scheduledTime: when!.getTime(), periodInMinutes: 1440 },
    ]);
    // Re-created, never doubled, at every start.
    await scheduleReminders(now);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
    await setItem(STORED.reminders, { enabled: false, time: '07:45' });
    expect(await scheduleReminders(now)).toBeNull();
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('turns itself off when the notifications permission is gone', async () => {
    await setItem(STORED.reminders, { enabled: true, time: '07:45' });
    granted.clear();
    expect(await scheduleReminders()).toBeNull();
    expect((await getItem(STORED.reminders)).enabled).toBe(false);
  });

  it('counts what is due and says it in one notification whose click opens Today', async () => {
    const today = new Date();
    await createAccount(db, accountDraft({ nextContactDate: '2020-01-01' }));
    await setItem(STORED.reminders, { enabled: true, time: '08:30' });
    expect(await computeDigest(db, today)).toEqual({ overdue: 1, today: 0, week: 0 });

    startReminders(db);
    await fakeBrowser.alarms.onAlarm.trigger({ name: REMINDER_ALARM, scheduledTime: Date.now() });
    await vi.waitFor(async () =>
      expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([REMINDER_NOTIFICATION]),
    );
    const shown = (await fakeBrowser.notifications.getAll())[REMINDER_NOTIFICATION];
    expect(shown).toMatchObject({ type: 'basic', message: '1 overdue · 0 today · 0 this week' });
    expect(shown).not.toHaveProperty('buttons');

    await fakeBrowser.notifications.onClicked.trigger(REMINDER_NOTIFICATION);
    await vi.waitFor(() => expect(createTab).toHaveBeenCalled());
    expect(createTab.mock.calls[0]?.[0].url).toMatch(/sidepanel\.html#\/today$/);
  });

  it('stays silent when nothing is due, or when the rep turned it off', async () => {
    await setItem(STORED.reminders, { enabled: true, time: '08:30' });
    expect(await onReminderAlarm(db)).toEqual({ overdue: 0, today: 0, week: 0 });
    await createAccount(db, accountDraft({ nextContactDate: '2020-01-01' }));
    await setItem(STORED.reminders, { enabled: false, time: '08:30' });
    expect(await onReminderAlarm(db)).toBeNull();
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });
});
