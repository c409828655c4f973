import { useEffect } from 'preact/hooks';
import { DetectionSettings } from '../../components/DetectionSettings/DetectionSettings';
import { useT } from '../../components/i18n';
import { OptionsPage } from '../../components/OptionsPage/OptionsPage';
import { bulkFailureText } from '../../components/Recovery/failure-text';
import { RecoveryNotice } from '../../components/Recovery/RecoveryNotice';
import { Reminders } from '../../components/Reminders/Reminders';
import { TeamSync } from '../../components/TeamSync/TeamSync';
import { relayDatabaseCreations } from '../../lib/db/created';
import { getDatabase } from '../../lib/db/database';
import { useDetectionSettings } from '../../lib/detection/use-detection-settings';
import { sendMessage } from '../../lib/messaging/send';
import { requestServerAccess } from '../../lib/platform/permissions';
import { usePanelOpener } from '../../lib/platform/use-panel-opener';
import { useBackupRestore } from '../../lib/portability/backup/use-backup-restore';
import { useRecoveryNotice } from '../../lib/recovery/use-recovery';
import { useReminders } from '../../lib/relationship/use-reminders';
import { useTeamSync } from '../../lib/sync/use-team-sync';
import { ImportCard } from './ImportCard';
import { BackupCard, ExportCard, RecoveryCard, StorageCard } from './Safekeeping';

/**
 * Options wiring: open the side panel; detection's settings (lib/detection/use-detection-settings),
 * the import (lib/portability/import/use-import), backup and restore
 * (lib/portability/backup/use-backup-restore), the safekeeping cards, the team
 * (lib/sync/use-team-sync).
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
  const team = useTeamSync(db, { requestAccess: requestServerAccess, send: sendMessage });
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
      <TeamSync
        view={team.view}
        onSignIn={(origin, login, password) => void team.signIn(origin, login, password)}
        onChooseTeam={team.chooseTeam}
        onShare={team.setShared}
        onShareAll={team.shareAll}
        onConnect={() => void team.connect()}
        onCancel={team.cancel}
        onSyncNow={() => void team.syncNow()}
        onSignInAgain={(password) => void team.signInAgain(password)}
        onDisconnect={() => void team.disconnect()}
      />
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
