// The schedule on fakeBrowser's alarms, and alarm → backup → download with a mocked `downloads`.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAccount } from '../../db/accounts';
import { createNote } from '../../db/notes';
import { accountDraft, openTestDatabase } from '../../db/test-helpers';
import { emptyTimelineNoteDraft } from '../../model/defaults';
import {
  AUTO_BACKUP_ALARM,
  autoBackupFileName,
  onAutoBackupAlarm,
  runAutoBackup,
  runAutoBackupInPage,
  scheduleAutoBackup,
  startAutoBackup,
} from './auto-backup';
import { readReminderState } from './reminder-state';
import { readAutoBackup, readAutoBackupStatus, writeAutoBackup } from './state';

type Listener = (...args: never[]) => unknown;
function fakeEvent() {
  const listeners = new Set<Listener>();
  return {
    addListener: (l: Listener) => void listeners.add(l),
    removeListener: (l: Listener) => void listeners.delete(l),
    hasListener: (l: Listener) => listeners.has(l),
    fire: (...args: unknown[]) => {
      for (const l of listeners) (l as (...a: unknown[]) => unknown)(...args);
    },
  };
}

const NOW = new Date('2026-03-20T09:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
let granted: Set<string>;
let permissionRemoved: ReturnType<typeof fakeEvent>;
let downloadChanged: ReturnType<typeof fakeEvent>;
/** What the next download does: complete, be interrupted, or never finish. */
let outcome: 'complete' | 'interrupted';
let download: ReturnType<typeof vi.fn>;
let createTab: ReturnType<typeof vi.fn>;

const blobUrls = URL.createObjectURL;
/** As in Chrome's service worker, which has no blob URLs (the options page and Firefox's background page have them). */
const withoutBlobUrls = () => Object.assign(URL, { createObjectURL: undefined });

beforeEach(() => {
  fakeBrowser.reset();
  withoutBlobUrls();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  granted = new Set();
  permissionRemoved = fakeEvent();
  downloadChanged = fakeEvent();
  outcome = 'complete';
  const has = async ({ permissions = [] }: { permissions?: string[] }) =>
    permissions.every((p) => granted.has(p));
  Object.assign(fakeBrowser.permissions, {
    contains: has,
    request: vi.fn(async ({ permissions = [] }: { permissions?: string[] }) => {
      for (const p of permissions) granted.add(p);
      return true;
    }),
    remove: vi.fn(async ({ permissions = [] }: { permissions?: string[] }) => {
      for (const p of permissions) granted.delete(p);
      permissionRemoved.fire({ permissions });
      return true;
    }),
    onRemoved: permissionRemoved,
    onAdded: fakeEvent(),
  });
  let nextId = 0;
  download = vi.fn(async (_options: { url: string; filename: string; saveAs: boolean }) => {
    const id = ++nextId;
    // The browser reports the end of a small download at once, possibly before `download` resolves.
    queueMicrotask(() =>
      downloadChanged.fire({
        id,
        state: { current: outcome },
        ...(outcome === 'interrupted' ? { error: { current: 'FILE_NO_SPACE' } } : {}),
      }),
    );
    return id;
  });
  Object.assign(fakeBrowser.downloads, { download, onChanged: downloadChanged });
  createTab = vi.fn(async () => ({ id: 99 }));
  Object.assign(fakeBrowser.tabs, {
    create: createTab,
    getCurrent: async () => ({ id: 42 }),
    remove: vi.fn(),
  });
});

afterEach(() => {
  vi.useRealTimers();
  Object.assign(URL, { createObjectURL: blobUrls });
});

async function withAccounts(names: string[]) {
  const db = openTestDatabase();
  for (const name of names) await createAccount(db, accountDraft({ name }));
  return db;
}

const alarm = () => fakeBrowser.alarms.get(AUTO_BACKUP_ALARM);
/** The JSON a `data:` URL download carried. */
const fileOf = (url: string) =>
  JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(url.split(',')[1]!), (c) => c.charCodeAt(0))));

describe('scheduling', () => {
  it('sets no alarm while off (the default)', async () => {
    expect(await readAutoBackup()).toEqual({ enabled: false, frequency: 'weekly' });
    expect(await scheduleAutoBackup(NOW)).toBeNull();
    expect(await alarm()).toBeUndefined();
  });

  it('turns itself off when switched on without the downloads permission', async () => {
    await writeAutoBackup({ enabled: true, frequency: 'daily' });
    expect(await scheduleAutoBackup(NOW)).toBeNull();
    expect(await readAutoBackup()).toEqual({ enabled: false, frequency: 'daily' });
  });

  it('rings half a minute after being switched on, then a day or a week after the last backup', async () => {
    granted.add('downloads');
    await writeAutoBackup({ enabled: true, frequency: 'daily' });
    expect((await scheduleAutoBackup(NOW))?.getTime()).toBe(NOW.getTime() + 30_000);
    expect((await alarm())?.scheduledTime).toBe(NOW.getTime() + 30_000);

    const db = await withAccounts(['Acme Logistics']);
    await runAutoBackup(db, NOW);
    await fakeBrowser.alarms.clearAll();
    expect((await scheduleAutoBackup(NOW))?.getTime()).toBe(NOW.getTime() + DAY);
    await writeAutoBackup({ enabled: true, frequency: 'weekly' });
    await fakeBrowser.alarms.clearAll();
    expect((await scheduleAutoBackup(NOW))?.getTime()).toBe(NOW.getTime() + 7 * DAY);
  });

  it('keeps an alarm that rings sooner (a worker waking up does not postpone it)', async () => {
    granted.add('downloads');
    await writeAutoBackup({ enabled: true, frequency: 'daily' });
    await scheduleAutoBackup(NOW);
    const later = new Date(NOW.getTime() + 20_000);
    expect((await scheduleAutoBackup(later))?.getTime()).toBe(NOW.getTime() + 30_000);
  });
});

describe('alarm → backup → download', () => {
  it('saves the whole database to Downloads/Dossier/ through a data: URL, records it, and sets the next alarm', async () => {
    const db = await withAccounts(['Acme Logistics', '云港市水务集团有限公司']);
    granted.add('downloads');
    startAutoBackup(db);
    await writeAutoBackup({ enabled: true, frequency: 'daily' });
    await vi.waitFor(async () => expect((await alarm())?.scheduledTime).toBe(NOW.getTime() + 30_000));

    vi.setSystemTime(NOW.getTime() + 30_000);
    await fakeBrowser.alarms.onAlarm.trigger({
      name: AUTO_BACKUP_ALARM,
      scheduledTime: NOW.getTime() + 30_000,
    });
    await vi.waitFor(async () => expect((await readAutoBackupStatus())?.ok).toBe(true));

    expect(download).toHaveBeenCalledOnce();
    const [{ url, filename, saveAs }] = download.mock.calls[0]!;
    expect(filename).toBe(autoBackupFileName(NOW));
    expect(filename).toMatch(/^Dossier\/dossier-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(saveAs).toBe(false);
    expect(url).toMatch(/^data:application\/json;base64,/);
    const file = fileOf(url);
    expect(file.format).toBe('dossier-backup');
    expect(file.tables.accounts.map((a: { name: string }) => a.name).sort()).toEqual([
      'Acme Logistics',
      '云港市水务集团有限公司',
    ]);
    const saved = (await readAutoBackupStatus())!.at;
    expect(Date.parse(saved)).toBeGreaterThanOrEqual(NOW.getTime() + 30_000);
    expect((await readReminderState()).lastBackupAt).toBe(saved);
    await vi.waitFor(async () => expect((await alarm())?.scheduledTime).toBe(Date.parse(saved) + DAY));
  });

  it('does nothing when the alarm rings before the backup is due', async () => {
    const db = await withAccounts(['Acme Logistics']);
    granted.add('downloads');
    await writeAutoBackup({ enabled: true, frequency: 'weekly' });
    await runAutoBackup(db, NOW);
    download.mockClear();
    await onAutoBackupAlarm(db, new Date(NOW.getTime() + DAY));
    expect(download).not.toHaveBeenCalled();
  });

  it('records an interrupted download as failed (the reminder still counts from the last good one) and retries in an hour', async () => {
    const db = await withAccounts(['Acme Logistics']);
    granted.add('downloads');
    await writeAutoBackup({ enabled: true, frequency: 'daily' });
    outcome = 'interrupted';
    await onAutoBackupAlarm(db, NOW);
    expect(await readAutoBackupStatus()).toEqual({
      at: NOW.toISOString(),
      ok: false,
      error: 'FILE_NO_SPACE',
    });
    expect((await readReminderState()).lastBackupAt).toBeNull();
    expect((await alarm())?.scheduledTime).toBe(NOW.getTime() + 60 * 60 * 1000);
  });

  it('hands a backup too large for a data: URL to the options page, in a background tab', async () => {
    const db = await withAccounts(['Acme Logistics']);
    const [account] = await db.accounts.toArray();
    // A clipped article of 1.6 MB: over the ~1.5 MB a 2 MiB data: URL carries.
    const text = 'A long clipped article. '.repeat(70_000);
    await createNote(db, { ...emptyTimelineNoteDraft(account!.id, NOW), text });
    granted.add('downloads');
    await writeAutoBackup({ enabled: true, frequency: 'daily' });
    await onAutoBackupAlarm(db, NOW);
    expect(download).not.toHaveBeenCalled();
    expect(createTab).toHaveBeenCalledWith({
      url: 'chrome-extension://test-extension-id/options.html#auto-backup',
      active: false,
    });
    // The page records the outcome; the worker waits an hour before trying again.
    expect(await readAutoBackupStatus()).toBeNull();
    expect((await alarm())?.scheduledTime).toBe(NOW.getTime() + 60 * 60 * 1000);

    // The options page saves it through a blob URL, records it and closes its tab.
    Object.assign(URL, { createObjectURL: blobUrls });
    await runAutoBackupInPage(db, NOW);
    expect(download.mock.calls[0]![0].url).toMatch(/^blob:/);
    expect((await readAutoBackupStatus())?.ok).toBe(true);
    expect(fakeBrowser.tabs.remove).toHaveBeenCalledWith(42);
  });

  it('revoking the downloads permission turns it off and clears the alarm', async () => {
    const db = await withAccounts(['Acme Logistics']);
    granted.add('downloads');
    startAutoBackup(db);
    await writeAutoBackup({ enabled: true, frequency: 'daily' });
    await vi.waitFor(async () => expect(await alarm()).toBeDefined());
    await fakeBrowser.permissions.remove({ permissions: ['downloads'] });
    await vi.waitFor(async () => expect(await alarm()).toBeUndefined());
    expect((await readAutoBackup()).enabled).toBe(false);
  });

  it('switching it off clears the alarm', async () => {
    const db = await withAccounts(['Acme Logistics']);
    granted.add('downloads');
    startAutoBackup(db);
    await writeAutoBackup({ enabled: true, frequency: 'daily' });
    await vi.waitFor(async () => expect(await alarm()).toBeDefined());
    await writeAutoBackup({ enabled: false, frequency: 'daily' });
    await vi.waitFor(async () => expect(await alarm()).toBeUndefined());
  });
});
