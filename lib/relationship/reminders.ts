// The daily reminder: one alarm, re-created at every service-worker start, and one notification.
import { type Browser, browser } from 'wxt/browser';
import type { DossierDatabase } from '../db/database';
import { STORED } from '../model/storage-items';
import { getItem, setItem, watchItem } from '../platform/storage';
import { translate } from '../platform/translate';
import { readAgenda } from './agenda-reads';
import { buildAgenda } from './core/agenda';
import { localDay } from './core/days';
import { type DigestCounts, nextReminderAt } from './core/reminder-schedule';

export const REMINDER_ALARM = 'daily-digest';
export const REMINDER_NOTIFICATION = 'dossier-today';
const NOTIFICATIONS: Browser.permissions.Permissions = { permissions: ['notifications'] };
const DAY_MINUTES = 24 * 60;

export function hasNotificationsPermission(): Promise<boolean> {
  return browser.permissions.contains(NOTIFICATIONS);
}

/** Asks for `notifications` (a prompt): call it straight from the rep's click, before any await. */
export function requestNotificationsPermission(): Promise<boolean> {
  return browser.permissions.request(NOTIFICATIONS);
}

/**
 * What needs the rep today, counted in the background from *Today*'s index reads. The holidays
 * are *Today*'s to show: the digest counts the items about clients, and keeps the lunar calendar
 * out of the service worker.
 */
export async function computeDigest(db: DossierDatabase, now = new Date()): Promise<DigestCounts> {
  const today = localDay(now);
  const { sources } = await readAgenda(db, today);
  const agenda = buildAgenda({ ...sources, holidays: [] }, today);
  return { overdue: agenda.overdue.length, today: agenda.today.length, week: agenda.week.length };
}

/**
 * The one alarm, set afresh from the settings: at the rep's time, then every day. Off (or the
 * permission gone) clears it. Returns when it rings next, or null.
 */
export async function scheduleReminders(now = new Date()): Promise<Date | null> {
  const settings = await getItem(STORED.reminders);
  if (settings.enabled && !(await hasNotificationsPermission())) {
    await setItem(STORED.reminders, { ...settings, enabled: false });
    settings.enabled = false;
  }
  await browser.alarms.clear(REMINDER_ALARM);
  if (!settings.enabled) return null;
  const when = nextReminderAt(settings.time, now);
  await browser.alarms.create(REMINDER_ALARM, { when: when.getTime(), periodInMinutes: DAY_MINUTES });
  return when;
}

/** When the alarm rings: the digest as one notification (none when nothing is due or the rep turned it off). */
export async function onReminderAlarm(db: DossierDatabase, now = new Date()): Promise<DigestCounts | null> {
  const settings = await getItem(STORED.reminders);
  if (!settings.enabled || !(await hasNotificationsPermission())) return null;
  const counts = await computeDigest(db, now);
  if (counts.overdue + counts.today === 0) return counts;
  // No buttons: Firefox has none, and a click on the notification itself is the one action.
  await browser.notifications.create(REMINDER_NOTIFICATION, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: translate('reminders.notificationTitle'),
    message: translate('today.counts', [String(counts.overdue), String(counts.today), String(counts.week)]),
  });
  return counts;
}

/** A click on the reminder opens *Today* (in a tab: a notification click cannot open the side panel). */
export async function openTodayFromNotification(): Promise<void> {
  await browser.notifications.clear(REMINDER_NOTIFICATION);
  await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html#/today') });
}

let listening = false;
function listenToClicks(): void {
  if (listening || !browser.notifications) return;
  listening = true;
  browser.notifications.onClicked.addListener((id) => {
    if (id === REMINDER_NOTIFICATION) void openTodayFromNotification();
  });
}

/**
 * The background's reminder: listeners registered at once (a woken service worker must find them),
 * the alarm re-created at every start and whenever the settings change; revoking `notifications`
 * turns it off.
 */
export function startReminders(db: DossierDatabase): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void onReminderAlarm(db).catch(() => {});
  });
  listenToClicks();
  // `notifications` is optional: its API appears only once granted, and its listener with it.
  browser.permissions.onAdded.addListener(({ permissions }) => {
    if (permissions?.includes('notifications')) listenToClicks();
  });
  browser.permissions.onRemoved.addListener(({ permissions }) => {
    if (permissions?.includes('notifications')) void scheduleReminders();
  });
  watchItem(STORED.reminders, () => void scheduleReminders());
  void scheduleReminders();
}
