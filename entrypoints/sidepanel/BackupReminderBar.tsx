// The side panel's banner when a backup is due. SidePanelApp loads this lazily: none of it is in the first paint.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BackupBanner } from '../../components/BackupReminder/BackupBanner';
import { countAccounts } from '../../lib/db/account-lookup';
import { getDatabase } from '../../lib/db/database';
import { dismissedUntil, isBackupBannerShown } from '../../lib/portability/backup/core/reminder';
import {
  dismissReminder,
  readReminderState,
  watchBackupState,
} from '../../lib/portability/backup/reminder-state';

/**
 * Checked when the panel opens and whenever a backup is recorded or the banner put off (in any
 * context): a backup a week old or never (with accounts stored), not put off until later.
 * "Back up now" opens the options page at its backup card.
 */
export function BackupReminderBar() {
  const [shown, setShown] = useState<{ never: boolean } | null>(null);
  useEffect(() => {
    let alive = true;
    const check = async () => {
      const [state, accountCount] = await Promise.all([readReminderState(), countAccounts(getDatabase())]);
      const show = isBackupBannerShown({ ...state, accountCount, now: new Date() });
      if (alive) setShown(show ? { never: !state.lastBackupAt } : null);
    };
    void check().catch(() => {});
    const stop = watchBackupState(() => void check().catch(() => {}));
    return () => {
      alive = false;
      stop();
    };
  }, []);
  if (!shown) return null;
  return (
    <BackupBanner
      never={shown.never}
      onBackUp={() => void browser.tabs.create({ url: browser.runtime.getURL('/options.html#backup') })}
      onDismiss={() => void dismissReminder(dismissedUntil(new Date()))}
    />
  );
}
