// The last backup's time and the banner's "later": the side panel reads them at first paint (the automatic backup's state is in state.ts, which the panel never loads).
import { STORED, type StorageItem } from '../../model/storage-items';
import { getItems, setItem, watchItems } from '../../platform/storage';

export interface BackupReminderState {
  lastBackupAt: string | null;
  dismissedUntil: string | null;
}

const REMINDER_ITEMS = [STORED.lastBackupAt, STORED.backupReminderDismissedUntil];

/** What the reminder needs: the last backup's time and until when the rep put the banner off. */
export async function readReminderState(): Promise<BackupReminderState> {
  const [lastBackupAt, dismissedUntil] = await getItems(
    STORED.lastBackupAt,
    STORED.backupReminderDismissedUntil,
  );
  return { lastBackupAt, dismissedUntil };
}

/** Calls back when the reminder's state changes (a backup made in another context, say); returns the unsubscribe. */
export function watchBackupState(
  onChange: () => void,
  items: readonly StorageItem<unknown>[] = REMINDER_ITEMS,
): () => void {
  return watchItems(items, onChange);
}

/** Puts the side panel's banner off until `until` (ISO). */
export async function dismissReminder(until: string): Promise<void> {
  await setItem(STORED.backupReminderDismissedUntil, until);
}
