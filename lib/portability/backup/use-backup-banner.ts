import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { hasAccounts } from '../../db/account-lookup';
import type { DossierDatabase } from '../../db/database';
import { dismissedUntil, isBackupBannerShown } from './core/reminder';
import { dismissReminder, readReminderState, watchBackupState } from './reminder-state';

/**
 * The side panel's backup banner: checked when the panel opens and whenever a backup is recorded
 * or the banner put off (in any context) — shown for a backup a week old or never made (with
 * accounts stored), unless put off. "Back up now" opens the options page at its backup card.
 */
export function useBackupBanner(db: DossierDatabase) {
  const [shown, setShown] = useState<{ never: boolean } | null>(null);
  useEffect(() => {
    let alive = true;
    const check = async () => {
      // Whether any account is stored is all the banner asks: one key, not a count of them all.
      const [state, any] = await Promise.all([readReminderState(), hasAccounts(db)]);
      const accountCount = any ? 1 : 0;
      const show = isBackupBannerShown({ ...state, accountCount, now: new Date() });
      if (alive) setShown(show ? { never: !state.lastBackupAt } : null);
    };
    void check().catch(() => {});
    const stop = watchBackupState(() => void check().catch(() => {}));
    return () => {
      alive = false;
      stop();
    };
  }, [db]);
  return {
    shown,
    backUp: () => browser.tabs.create({ url: browser.runtime.getURL('/options.html#backup') }),
    dismiss: () => dismissReminder(dismissedUntil(new Date())),
  };
}
