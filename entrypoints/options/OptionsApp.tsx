import { useEffect } from 'preact/hooks';
import { DetectionSettings } from '../../components/DetectionSettings/DetectionSettings';
import { useT } from '../../components/i18n';
import { OptionsPage } from '../../components/OptionsPage/OptionsPage';
import { bulkFailureText } from '../../components/Recovery/failure-text';
import { RecoveryNotice } from '../../components/Recovery/RecoveryNotice';
import { Reminders } from '../../components/Reminders/Reminders';
import { relayDatabaseCreations } from '../../lib/db/created';
import { getDatabase } from '../../lib/db/database';
import { useDetectionSettings } from '../../lib/detection/use-detection-settings';
import { usePanelOpener } from '../../lib/platform/use-panel-opener';
import { useBackupRestore } from '../../lib/portability/backup/use-backup-restore';
import { useRecoveryNotice } from '../../lib/recovery/use-recovery';
import { useReminders } from '../../lib/relationship/use-reminders';
import { ImportCard } from './ImportCard';
import { BackupCard, ExportCard, RecoveryCard, StorageCard } from './Safekeeping';
import { TeamCard } from './TeamCard';

/**
 * Options wiring: open the side panel; detection's settings (lib/detection/use-detection-settings),
 * the import (lib/portability/import/use-import), backup and restore
 * (lib/portability/backup/use-backup-restore), the safekeeping cards, the team (TeamCard).
 */
export function OptionsApp() {
  const t = useT();
  const db = getDatabase();
  const openPanel = usePanelOpener();
  // The import worker has no extension APIs: a database it had to create is recorded from here.
  useEffect(relayDatabaseCreations, []);
  const notice = useRecoveryNotice(db);
  const detection = useDetectionSettings(db);
  const reminders = useReminders();
  const backup = useBackupRestore(db, {
    t,
    writeFailure: (failure) => bulkFailureText(t, failure, 'backup.error.writeFailed'),
  });

  return (
    <OptionsPage
      onOpenSidePanel={openPanel && (() => void openPanel())}
      pendingRestore={backup.pending}
      onConfirmRestore={() => void backup.confirmRestore()}
      onCancelRestore={backup.cancelRestore}
      restoreMode={backup.mode}
      onRestoreMode={backup.chooseMode}
      notice={notice && <RecoveryNotice {...notice} />}
    >
      <Reminders
        settings={reminders.settings}
        declined={reminders.declined}
        onToggle={reminders.toggle}
        onTime={reminders.setTime}
      />
      <DetectionSettings
        access={detection.access}
        onGrant={detection.grant}
        onRevoke={detection.revoke}
        declined={detection.declined}
        addresses={detection.addresses}
        onSaveAddresses={detection.saveAddresses}
        corrections={detection.corrections}
        onRemoveCorrection={detection.removeCorrection}
      />
      <TeamCard />
      <ImportCard />
      <ExportCard />
      <BackupCard
        onExport={() => void backup.exportBackup()}
        onRestore={(file) => void backup.pickFile(file)}
        status={backup.status}
      />
      <RecoveryCard />
      <StorageCard refreshKey={backup.status} />
    </OptionsPage>
  );
}
