// The last backup's time and the banner's "later", in storage.local; the side panel reads them at first paint.
import { browser } from 'wxt/browser';

/*
 * Plain `storage.local` calls, as lib/platform/settings.ts: two keys the side panel reads at first paint
 * (the automatic backup's keys are in state.ts, which the panel never loads). Never client data.
 */

export const LAST_BACKUP = 'lastBackupAt';
export const DISMISSED_UNTIL = 'backupReminderDismissedUntil';

export interface BackupReminderState {
  lastBackupAt: string | null;
  dismissedUntil: string | null;
}

export const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** What the reminder needs: the last backup's time and until when the rep put the banner off. */
export async function readReminderState(): Promise<BackupReminderState> {
  const stored = await browser.storage.local.get([LAST_BACKUP, DISMISSED_UNTIL]);
  return { lastBackupAt: text(stored[LAST_BACKUP]), dismissedUntil: text(stored[DISMISSED_UNTIL]) };
}

/** Calls back when the reminder's state changes (a backup made in another context, say); returns the unsubscribe. */
export function watchBackupState(onChange: () => void, keys = [LAST_BACKUP, DISMISSED_UNTIL]): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && keys.some((key) => key in changes)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Puts the side panel's banner off until `until` (ISO). */
export async function dismissReminder(until: string): Promise<void> {
  await browser.storage.local.set({ [DISMISSED_UNTIL]: until });
}
