import { browser } from 'wxt/browser';
import { DATABASE_CREATED_AT } from '../db/created';
import type { DatabaseStamp, TableCounts } from '../db/stamp';
import { holdsClientFiles } from '../db/stamp';
import type { CopySlot } from './copy-store';

/*
 * What Dossier knows about its recovery copy and its database, in `storage.local` — a store of
 * its own, which the IndexedDB reset does not touch. Never client data: counts and times only.
 */
const COPY = 'recoveryCopy';
const CREATED_AT = DATABASE_CREATED_AT;
const DISMISSED_AT = 'recoveryDismissedAt';
export const RECOVERY_KEYS = [COPY, CREATED_AT, DISMISSED_AT];

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

export interface RecoveryState {
  copy: CopyInfo | null;
  /** When the database was last created (first run, or the browser re-creating it after a reset). */
  createdAt: string | null;
  /** When the rep last said not to restore. */
  dismissedAt: string | null;
}

const text = (value: unknown) => (typeof value === 'string' ? value : null);

function copyInfo(value: unknown): CopyInfo | null {
  if (typeof value !== 'object' || value === null) return null;
  const info = value as Partial<CopyInfo>;
  if ((info.slot !== 'a' && info.slot !== 'b') || typeof info.takenAt !== 'string') return null;
  if (typeof info.counts !== 'object' || typeof info.stamp !== 'object' || typeof info.bytes !== 'number')
    return null;
  return info as CopyInfo;
}

export async function readRecoveryState(): Promise<RecoveryState> {
  const stored = await browser.storage.local.get(RECOVERY_KEYS);
  return {
    copy: copyInfo(stored[COPY]),
    createdAt: text(stored[CREATED_AT]),
    dismissedAt: text(stored[DISMISSED_AT]),
  };
}

export async function recordCopy(info: CopyInfo): Promise<void> {
  await browser.storage.local.set({ [COPY]: info });
}

export async function dismissRecovery(at: Date): Promise<void> {
  await browser.storage.local.set({ [DISMISSED_AT]: at.toISOString() });
}

/**
 * Whether the database lost the rep's client files: it was created anew after the recovery copy
 * was taken while that copy held client files (the browser deleted and re-created it), and the
 * rep has not dismissed the offer since. Pure.
 */
export function lossDetected({ copy, createdAt, dismissedAt }: RecoveryState): boolean {
  if (!copy || !createdAt || !holdsClientFiles(copy.counts)) return false;
  if (createdAt <= copy.takenAt) return false;
  return !(dismissedAt && dismissedAt >= createdAt);
}

/** Calls back when any of the recovery state changes, in any context; returns the unsubscribe. */
export function watchRecoveryState(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && RECOVERY_KEYS.some((key) => key in changes)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
