/*
 * Every small value Dossier keeps in the extension's `storage.local` and `storage.session` —
 * preferences, times, a few ids; never a client's details, which live in IndexedDB. One row per
 * key: its area, its key, and how a stored value is read, with the fallback for a value that is
 * missing or of the wrong shape (an older version's, say). Read and written through
 * lib/platform/storage.ts. Per-tab and per-window session slots (a tab's clients, a pending
 * capture) are declared beside their types in lib/detection and lib/capture. Pure.
 */
import { type DatabaseStamp, TABLE_NAMES, type TableCounts } from './tables';

export type StorageArea = 'local' | 'session';

/** One stored value: where it lives and how it is read (`read` never throws). */
export interface StorageItem<T> {
  area: StorageArea;
  key: string;
  read(stored: unknown): T;
}

/** An item; the per-tab and per-window slots declared elsewhere use it too. */
export const storageItem = <T>(
  area: StorageArea,
  key: string,
  read: (stored: unknown) => T,
): StorageItem<T> => ({
  area,
  key,
  read,
});
const item = storageItem;

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
/** `true` only when stored as `true`. */
const flag = (stored: unknown) => stored === true;
/** A string, or null. */
const text = (stored: unknown) => (typeof stored === 'string' ? stored : null);
/** The strings of a stored list ([] for anything else). */
const strings = (stored: unknown) =>
  Array.isArray(stored) ? stored.filter((s): s is string => typeof s === 'string') : [];

/**
 * The rep's own addresses and company domains: never a client. Colleagues at the own domains are
 * ignored too ("internal colleagues").
 */
export interface OwnAddresses {
  emails: string[];
  domains: string[];
}

export type AutoBackupFrequency = 'daily' | 'weekly';

/** The rep's automatic-backup choice: off by default, weekly when first switched on. */
export interface AutoBackupSettings {
  enabled: boolean;
  frequency: AutoBackupFrequency;
}

/** How the last automatic backup went: when, and the reason when it failed. */
export interface AutoBackupStatus {
  at: string;
  ok: boolean;
  error?: string;
}

/** The daily reminder: off until the rep turns it on; when it rings, in local `HH:MM`. */
export interface ReminderSettings {
  enabled: boolean;
  time: string;
}

/** When the daily reminder rings unless the rep chose otherwise. */
export const DEFAULT_REMINDER_TIME = '08:30';

/** The recovery copy's two files, written in turn so one is always whole. */
export type CopySlot = 'a' | 'b';

/** The recovery copy in its slot: when it was taken, of what, and its size. */
export interface CopyInfo {
  slot: CopySlot;
  takenAt: string;
  stamp: DatabaseStamp;
  counts: TableCounts;
  bytes: number;
  /** How long taking it took, in milliseconds (the background spaces its copies by it). */
  tookMs?: number;
}

/** "Open this client's file", handed from the popup or the omnibox to the side panel. */
export interface PanelRequest {
  accountId: string;
  /** `Date.now()` when it was made. */
  at: number;
}

function copyInfo(stored: unknown): CopyInfo | null {
  if (!isObject(stored) || (stored.slot !== 'a' && stored.slot !== 'b')) return null;
  if (typeof stored.takenAt !== 'string' || typeof stored.bytes !== 'number') return null;
  const { counts, stamp } = stored;
  if (!isObject(counts) || !isObject(stamp)) return null;
  if (!TABLE_NAMES.every((t) => typeof counts[t] === 'number' || counts[t] === undefined)) return null;
  return stored as unknown as CopyInfo;
}

export const STORED = {
  /** Set once the rep has chosen on the first-run screen (demo data or start empty). */
  firstRunDone: item('local', 'firstRunDone', flag),
  ownAddresses: item(
    'local',
    'ownAddresses',
    (stored): OwnAddresses => ({
      emails: strings(isObject(stored) ? stored.emails : null),
      domains: strings(isObject(stored) ? stored.domains : null),
    }),
  ),
  /** The clients the rep opened last (ids, never names), most recent first: the popup's empty box. */
  recentAccounts: item('local', 'recentAccounts', strings),
  /** When the last JSON backup was saved (by hand or automatically), ISO. */
  lastBackupAt: item('local', 'lastBackupAt', text),
  /** Until when the rep put the side panel's backup banner off, ISO. */
  backupReminderDismissedUntil: item('local', 'backupReminderDismissedUntil', text),
  autoBackup: item(
    'local',
    'autoBackup',
    (stored): AutoBackupSettings => ({
      enabled: isObject(stored) && stored.enabled === true,
      frequency: isObject(stored) && stored.frequency === 'daily' ? 'daily' : 'weekly',
    }),
  ),
  autoBackupStatus: item('local', 'autoBackupStatus', (stored): AutoBackupStatus | null =>
    isObject(stored) && typeof stored.at === 'string' && typeof stored.ok === 'boolean'
      ? {
          at: stored.at,
          ok: stored.ok,
          ...(typeof stored.error === 'string' ? { error: stored.error } : {}),
        }
      : null,
  ),
  reminders: item(
    'local',
    'reminders',
    (stored): ReminderSettings => ({
      enabled: isObject(stored) && stored.enabled === true,
      time:
        isObject(stored) && typeof stored.time === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(stored.time)
          ? stored.time
          : DEFAULT_REMINDER_TIME,
    }),
  ),
  /** When the last automatic backup was saved, ISO: the schedule counts from it. */
  lastAutoBackupAt: item('local', 'lastAutoBackupAt', text),
  /** When the last automatic backup started (a retry waits an hour from it), ISO. */
  autoBackupAttemptAt: item('local', 'autoBackupAttemptAt', text),
  /**
   * When the database was last created (first run, or the browser re-creating it after a reset),
   * ISO: in `storage.local`, which survives the database.
   */
  databaseCreatedAt: item('local', 'databaseCreatedAt', text),
  recoveryCopy: item('local', 'recoveryCopy', copyInfo),
  /** When the rep last said not to restore the recovery copy, ISO. */
  recoveryDismissedAt: item('local', 'recoveryDismissedAt', text),
  panelRequest: item('session', 'panelRequest', (stored): PanelRequest | null =>
    isObject(stored) && typeof stored.accountId === 'string' && typeof stored.at === 'number'
      ? { accountId: stored.accountId, at: stored.at }
      : null,
  ),
} as const;

/** The value type of a stored item. */
export type StoredValue<I> = I extends StorageItem<infer T> ? T : never;
