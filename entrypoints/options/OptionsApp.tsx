import { useEffect } from 'preact/hooks';
import { DetectionSettings } from '../../components/DetectionSettings/DetectionSettings';
import { ImportPanel } from '../../components/ImportPanel/ImportPanel';
import { useT } from '../../components/i18n';
import { OptionsPage } from '../../components/OptionsPage/OptionsPage';
import { bulkFailureText } from '../../components/Recovery/failure-text';
import { RecoveryNotice } from '../../components/Recovery/RecoveryNotice';
import { relayDatabaseCreations } from '../../lib/db/created';
import { getDatabase } from '../../lib/db/database';
import { useDetectionSettings } from '../../lib/detection/use-detection-settings';
import { useLeaveWarning } from '../../lib/platform/use-leave-warning';
import { usePanelOpener } from '../../lib/platform/use-panel-opener';
import { useBackupRestore } from '../../lib/portability/backup/use-backup-restore';
import { ACCOUNT_FIELDS, CONTACT_FIELDS, type ImportField } from '../../lib/portability/import/core/fields';
import { TEXT_ENCODINGS, type TextEncodingName } from '../../lib/portability/import/core/types';
import type { WorkerLike } from '../../lib/portability/import/import-client';
import { mappingsUsable, useImport } from '../../lib/portability/import/use-import';
import { pageSafeguard } from '../../lib/recovery/guard';
import { useRecoveryNotice } from '../../lib/recovery/use-recovery';
import ImportWorker from './import-worker?worker';
import { BackupCard, ExportCard, RecoveryCard, StorageCard } from './Safekeeping';

const IMPORT_FIELDS = { account: ACCOUNT_FIELDS, contact: CONTACT_FIELDS };

/**
 * Options wiring: open the side panel; detection's settings (lib/detection/use-detection-settings),
 * the import (lib/portability/import/use-import), backup and restore
 * (lib/portability/backup/use-backup-restore), the safekeeping cards.
 */
export function OptionsApp() {
  const t = useT();
  const db = getDatabase();
  const openPanel = usePanelOpener();
  // The import worker has no extension APIs: a database it had to create is recorded from here.
  useEffect(relayDatabaseCreations, []);
  const notice = useRecoveryNotice(db);
  const detection = useDetectionSettings(db);
  const backup = useBackupRestore(db, {
    t,
    writeFailure: (failure) => bulkFailureText(t, failure, 'backup.error.writeFailed'),
  });
  const [importState, importActions] = useImport(
    () => new ImportWorker() as unknown as WorkerLike,
    undefined,
    pageSafeguard(db),
  );
  // Closing the page stops the import's worker and rolls the write back: say so before it happens.
  useLeaveWarning(importState.step === 'writing');

  return (
    <OptionsPage
      onOpenSidePanel={openPanel && (() => void openPanel())}
      pendingRestore={backup.pending}
      onConfirmRestore={() => void backup.confirmRestore()}
      onCancelRestore={backup.cancelRestore}
      notice={notice && <RecoveryNotice {...notice} />}
    >
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
      <ImportPanel
        state={importState}
        usable={mappingsUsable(importState)}
        fields={IMPORT_FIELDS}
        encodings={TEXT_ENCODINGS}
        onChoose={importActions.choose}
        onSetField={(file, column, field) =>
          importActions.setField(file, column, field as ImportField | null)
        }
        onSetEncoding={(file, encoding) => importActions.setEncoding(file, encoding as TextEncodingName)}
        onStart={importActions.start}
        onCancel={importActions.cancel}
        onReset={importActions.reset}
      />
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
