// The background's schedule (browser.alarms) and the backup it saves to Downloads/Dossier/.
import { type Browser, browser } from 'wxt/browser';
import { exportDatabase } from '../../db/backup';
import type { DossierDatabase } from '../../db/database';
import { localDay } from '../../model/local-day';
import { isAutoBackupDue, nextAutoBackupAt } from './core/schedule';
import { dataUrl } from './data-url';
import { watchBackupState } from './reminder-state';
import {
  AUTO_SCHEDULE_ITEMS,
  markAutoBackupAttempt,
  readAutoBackup,
  readAutoBackupSchedule,
  recordAutoBackup,
  writeAutoBackup,
} from './state';

export const AUTO_BACKUP_ALARM = 'auto-backup';
/** The options page's hash that makes it save the backup itself (see `saveBackupToDownloads`). */
export const AUTO_BACKUP_HASH = '#auto-backup';
const DOWNLOADS: Browser.permissions.Permissions = { permissions: ['downloads'] };
/** Chrome runs an alarm no sooner than 30 s from now. */
const MIN_DELAY_MS = 30_000;

/** Whether the rep granted the optional `downloads` permission. */
export function hasDownloadsPermission(): Promise<boolean> {
  return browser.permissions.contains(DOWNLOADS);
}

/** Asks for `downloads` (a prompt): call it straight from the rep's click, before any await. */
export function requestDownloadsPermission(): Promise<boolean> {
  return browser.permissions.request(DOWNLOADS);
}

export function removeDownloadsPermission(): Promise<boolean> {
  return browser.permissions.remove(DOWNLOADS);
}

/** The automatic backup's file, under the Downloads folder. */
export function autoBackupFileName(now: Date): string {
  return `Dossier/dossier-backup-${localDay(now)}.json`;
}

/**
 * Keeps the alarm in step with the settings: none when off (and off when the permission is gone),
 * else at the next due time. An alarm already set to ring sooner is kept: ringing early only
 * finds nothing due and sets it again. Resolves with the time it rings, or null.
 */
export async function scheduleAutoBackup(now = new Date()): Promise<Date | null> {
  const schedule = await readAutoBackupSchedule();
  if (schedule.enabled && !(await hasDownloadsPermission())) {
    await writeAutoBackup({ enabled: false, frequency: schedule.frequency });
    schedule.enabled = false;
  }
  if (!schedule.enabled) {
    await browser.alarms.clear(AUTO_BACKUP_ALARM);
    return null;
  }
  const when = Math.max(nextAutoBackupAt({ ...schedule, now }).getTime(), now.getTime() + MIN_DELAY_MS);
  const existing = await browser.alarms.get(AUTO_BACKUP_ALARM);
  if (existing && existing.scheduledTime <= when) return new Date(existing.scheduledTime);
  await browser.alarms.create(AUTO_BACKUP_ALARM, { when });
  return new Date(when);
}

/** Starts a download and resolves once it is complete; rejects when the browser interrupts it. */
async function download(url: string, filename: string, timeoutMs = 120_000): Promise<void> {
  const states = new Map<number, { state?: string; error?: string }>();
  let wanted: number | undefined;
  let settle: ((error?: Error) => void) | undefined;
  const check = () => {
    const seen = wanted === undefined ? undefined : states.get(wanted);
    if (seen?.state === 'complete') settle?.();
    else if (seen?.state === 'interrupted') settle?.(new Error(seen.error ?? 'interrupted'));
  };
  // Listening before the download starts: a small file can be complete before `download` resolves.
  const listener = (delta: Browser.downloads.DownloadDelta) => {
    if (!delta.state) return;
    states.set(delta.id, { state: delta.state.current, error: delta.error?.current });
    check();
  };
  browser.downloads.onChanged.addListener(listener);
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => settle?.(new Error('timeout')), timeoutMs);
      settle = (error) => {
        clearTimeout(timer);
        if (error) reject(error);
        else resolve();
      };
      browser.downloads.download({ url, filename, saveAs: false, conflictAction: 'uniquify' }).then((id) => {
        wanted = id;
        check();
      }, settle);
    });
  } finally {
    browser.downloads.onChanged.removeListener(listener);
  }
}

/**
 * Saves the whole database to `Downloads/Dossier/dossier-backup-<date>.json`. Where blob URLs
 * exist (an extension page; Firefox's background page) through one; in Chrome's service worker,
 * which has no `URL.createObjectURL`, through a base64 `data:` URL — but Chromium takes URLs of
 * at most 2 MiB, so a larger backup is handed to the options page, opened in a background tab
 * with `#auto-backup`, which saves it with a blob URL and closes itself. Resolves `saved`, or
 * `handedToPage` (that page records the outcome).
 */
export async function saveBackupToDownloads(
  db: DossierDatabase,
  now = new Date(),
  blobUrls = typeof URL.createObjectURL === 'function',
): Promise<'saved' | 'handedToPage'> {
  const json = JSON.stringify(await exportDatabase(db, now));
  const filename = autoBackupFileName(now);
  if (blobUrls) {
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    try {
      await download(url, filename);
    } finally {
      URL.revokeObjectURL(url);
    }
    return 'saved';
  }
  const url = dataUrl(json, 'application/json');
  if (url) {
    await download(url, filename);
    return 'saved';
  }
  await browser.tabs.create({
    url: browser.runtime.getURL(`/options.html${AUTO_BACKUP_HASH}`),
    active: false,
  });
  return 'handedToPage';
}

/** Runs a backup now, recording how it went (unless the options page took it over). */
export async function runAutoBackup(
  db: DossierDatabase,
  now = new Date(),
  blobUrls?: boolean,
): Promise<void> {
  await markAutoBackupAttempt(now);
  try {
    if ((await saveBackupToDownloads(db, now, blobUrls)) === 'saved')
      await recordAutoBackup(now, { ok: true });
  } catch (error) {
    await recordAutoBackup(now, { ok: false, error: error instanceof Error ? error.message : String(error) });
  }
}

/** When the alarm rings: a backup if one is due and still allowed, then the next alarm. */
export async function onAutoBackupAlarm(db: DossierDatabase, now = new Date()): Promise<void> {
  const schedule = await readAutoBackupSchedule();
  if (schedule.enabled && (await hasDownloadsPermission()) && isAutoBackupDue({ ...schedule, now })) {
    await runAutoBackup(db, now);
  }
  // A one-shot alarm is gone once it rang; cleared anyway, so the next one is set afresh.
  await browser.alarms.clear(AUTO_BACKUP_ALARM);
  await scheduleAutoBackup(now);
}

/**
 * The background's automatic backup: listeners registered at once (a woken service worker must
 * find them), the alarm set from the settings, and set again whenever the settings change;
 * revoking `downloads` (in the browser's settings too) turns it off.
 */
export function startAutoBackup(db: DossierDatabase): void {
  let running: Promise<void> = Promise.resolve();
  // One at a time: a second ring while a backup is being written waits for it and finds nothing due.
  const serially = (work: () => Promise<unknown>) => {
    running = running.then(work).then(
      () => {},
      () => {},
    );
  };
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === AUTO_BACKUP_ALARM) serially(() => onAutoBackupAlarm(db));
  });
  browser.permissions.onRemoved.addListener(({ permissions }) => {
    if (!permissions?.includes('downloads')) return;
    serially(async () => {
      const settings = await readAutoBackup();
      if (settings.enabled) await writeAutoBackup({ ...settings, enabled: false });
      await scheduleAutoBackup();
    });
  });
  watchBackupState(() => serially(() => scheduleAutoBackup()), AUTO_SCHEDULE_ITEMS);
  // Chrome may drop alarms when the browser restarts: starting up sets it again.
  browser.runtime.onStartup.addListener(() => serially(() => scheduleAutoBackup()));
  serially(() => scheduleAutoBackup());
}

/**
 * The options page opened by the worker with `#auto-backup` (a backup too large for a `data:`
 * URL): saves it through a blob URL, records it, and closes its tab once saved. A failure leaves
 * the page open, its backup card saying why. Does nothing if the rep has switched it off since.
 */
export async function runAutoBackupInPage(db: DossierDatabase, now = new Date()): Promise<void> {
  const settings = await readAutoBackup();
  if (!settings.enabled || !(await hasDownloadsPermission())) return;
  try {
    await saveBackupToDownloads(db, now, true);
  } catch (error) {
    await recordAutoBackup(now, { ok: false, error: error instanceof Error ? error.message : String(error) });
    return;
  }
  await recordAutoBackup(now, { ok: true });
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
}
