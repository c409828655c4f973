import { type CopyInfo, STORED } from '../model/storage-items';
import { holdsClientFiles } from '../model/tables';
import { getItems, setItem, watchItems } from '../platform/storage';

/*
 * What Dossier knows about its recovery copy and its database, in `storage.local` — a store of
 * its own, which the IndexedDB reset does not touch. Never client data: counts and times only.
 */
const RECOVERY_ITEMS = [STORED.recoveryCopy, STORED.databaseCreatedAt, STORED.recoveryDismissedAt];

export interface RecoveryState {
  copy: CopyInfo | null;
  /** When the database was last created (first run, or the browser re-creating it after a reset). */
  createdAt: string | null;
  /** When the rep last said not to restore. */
  dismissedAt: string | null;
}

export async function readRecoveryState(): Promise<RecoveryState> {
  const [copy, createdAt, dismissedAt] = await getItems(
    STORED.recoveryCopy,
    STORED.databaseCreatedAt,
    STORED.recoveryDismissedAt,
  );
  return { copy, createdAt, dismissedAt };
}

export async function recordCopy(info: CopyInfo): Promise<void> {
  await setItem(STORED.recoveryCopy, info);
}

export async function dismissRecovery(at: Date): Promise<void> {
  await setItem(STORED.recoveryDismissedAt, at.toISOString());
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
  return watchItems(RECOVERY_ITEMS, onChange);
}
