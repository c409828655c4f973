// The side panel's banner when a backup is due. SidePanelApp loads this lazily: none of it is in the first paint.
import { BackupBanner } from '../../components/BackupReminder/BackupBanner';
import { getDatabase } from '../../lib/db/database';
import { useBackupBanner } from '../../lib/portability/backup/use-backup-banner';

/** The banner when a backup is due (lib/portability/backup/use-backup-banner.ts decides). */
export function BackupReminderBar() {
  const banner = useBackupBanner(getDatabase());
  if (!banner.shown) return null;
  return (
    <BackupBanner
      never={banner.shown.never}
      onBackUp={() => void banner.backUp()}
      onDismiss={() => void banner.dismiss()}
    />
  );
}
