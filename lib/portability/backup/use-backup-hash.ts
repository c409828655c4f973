import { useEffect, useState } from 'preact/hooks';
import type { DossierDatabase } from '../../db/database';
import type { ActionStatus } from '../../model/action-status';
import type { Translate } from '../../model/messages';
import { AUTO_BACKUP_HASH, runAutoBackupInPage } from './auto-backup';

/** The backup card's element id: the side panel's banner opens `options.html#backup`. */
export const BACKUP_SECTION_ID = 'backup';

/**
 * What the options page was opened for: `#backup` (the side panel's banner) scrolls the backup
 * card into view and focuses it; `#auto-backup` (the background, for a backup too large for
 * it) saves that backup here — "saving" while it runs, the tab closing once saved, a failure left
 * in the automatic backup's status — and drops the hash so a reload does not save it again.
 * Returns the card's status while it runs.
 */
export function useBackupHash(
  db: DossierDatabase,
  t: Translate,
  runAutoBackup: (db: DossierDatabase) => Promise<void> = runAutoBackupInPage,
): ActionStatus | null {
  const [handed, setHanded] = useState<ActionStatus | null>(null);
  useEffect(() => {
    if (location.hash === `#${BACKUP_SECTION_ID}`) {
      const section = document.getElementById(BACKUP_SECTION_ID);
      section?.scrollIntoView({ block: 'start' });
      section?.focus({ preventScroll: true });
    } else if (location.hash === AUTO_BACKUP_HASH) {
      setHanded({ kind: 'working', message: t('safekeeping.auto.saving') });
      void runAutoBackup(db)
        .catch(() => {})
        .finally(() => setHanded(null));
      history.replaceState(null, '', location.pathname);
    }
  }, []);
  return handed;
}
