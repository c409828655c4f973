import { browser } from 'wxt/browser';
import { relayDatabaseCreations } from '../db/created';
import type { DossierDatabase } from '../db/database';
import { onRowsChanged } from '../db/watch';
import { TABLE_NAMES } from '../model/tables';
import { takeRecoveryCopy } from './copy';
import { type CopyStore, opfsCopyStore } from './copy-store';
import { readRecoveryState } from './state';

/** Every half hour the copy is checked against the database (a cheap stamp) and taken if it moved. */
export const RECOVERY_ALARM = 'recovery-copy';
/** Minutes after the last change seen (`soonMinutes`): each change puts it off, the half-hourly one bounds it. */
export const RECOVERY_SOON_ALARM = 'recovery-copy-soon';
const PERIOD_MINUTES = 30;

/**
 * How long after a change the copy is taken: two minutes, or a hundred times what the last copy
 * took (at most the half hour), so that copies never cost the background more than about 1 % of
 * its time — a copy of 50,000 accounts with 50,000 contacts takes ~9 s here, of 500 a few tens
 * of milliseconds. Pure.
 */
export function soonMinutes(lastCopyMs: number | undefined): number {
  return Math.min(PERIOD_MINUTES, Math.max(2, Math.ceil(((lastCopyMs ?? 0) * 100) / 60_000)));
}

/**
 * The background's recovery copies: brought up to date a few minutes after changes (seen
 * while the worker runs), every half hour (changes made while it slept), and when the browser
 * starts. One at a time; a copy that cannot be written (a full disk) is tried again next time
 * and the old one kept.
 */
export function startRecoveryCopies(
  db: DossierDatabase,
  store: () => Promise<CopyStore | null> = opfsCopyStore,
): void {
  relayDatabaseCreations();
  let running: Promise<unknown> = Promise.resolve();
  const take = () => {
    running = running.then(async () => takeRecoveryCopy(db, { store: await store() })).catch(() => {});
  };
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RECOVERY_ALARM || alarm.name === RECOVERY_SOON_ALARM) take();
  });
  browser.runtime.onStartup.addListener(take);
  void browser.alarms.get(RECOVERY_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(RECOVERY_ALARM, { periodInMinutes: PERIOD_MINUTES });
  });
  onRowsChanged(db, TABLE_NAMES, () => {
    void readRecoveryState().then(({ copy }) =>
      browser.alarms.create(RECOVERY_SOON_ALARM, { delayInMinutes: soonMinutes(copy?.tookMs) }),
    );
  });
}
