import { useEffect, useState } from 'preact/hooks';
import type { BackupStatus } from '../../components/BackupPanel/BackupPanel';
import { DetectionSettings } from '../../components/DetectionSettings/DetectionSettings';
import { ImportPanel } from '../../components/ImportPanel/ImportPanel';
import { useT } from '../../components/i18n';
import { OptionsPage, type PendingRestore } from '../../components/OptionsPage/OptionsPage';
import { bulkFailureText } from '../../components/Recovery/failure-text';
import { RecoveryNotice } from '../../components/Recovery/RecoveryNotice';
import { relayDatabaseCreations } from '../../lib/db/created';
import { getDatabase } from '../../lib/db/database';
import { deleteCorrection, listCorrectionsWithNames } from '../../lib/db/match-corrections';
import { type AccessScope, requestAccess, revokeAccess } from '../../lib/platform/permissions';
import { firstRunDone, type OwnAddresses, ownAddresses } from '../../lib/platform/settings';
import { preparePanelOpener } from '../../lib/platform/side-panel';
import { useAccess } from '../../lib/platform/use-access';
import { useLiveQuery } from '../../lib/platform/use-live-query';
import { backupFile, saveFile } from '../../lib/portability/backup/exports';
import { restoreBackup, restorePreview } from '../../lib/portability/backup/restore';
import { recordBackup } from '../../lib/portability/backup/state';
import { type BackupFile, readBackupFile } from '../../lib/portability/import/core/backup-file';
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
 * Options wiring: open the side panel; page detection's host access and the rep's own addresses;
 * export a backup; validate, confirm and restore one.
 */
export function OptionsApp() {
  const t = useT();
  const db = getDatabase();
  const [status, setStatus] = useState<BackupStatus>({ kind: 'idle' });
  const [openPanel, setOpenPanel] = useState<(() => void) | null>(null);
  const [pending, setPending] = useState<(PendingRestore & { backup: BackupFile }) | null>(null);
  const [declined, setDeclined] = useState<AccessScope | null>(null);
  const [addresses, setAddresses] = useState<OwnAddresses | null>(null);
  useEffect(() => {
    void preparePanelOpener().then((open) => setOpenPanel(() => () => void open()));
  }, []);
  // The import worker has no extension APIs: a database it had to create is recorded from here.
  useEffect(relayDatabaseCreations, []);
  const notice = useRecoveryNotice(db);
  const corrections = useLiveQuery(() => listCorrectionsWithNames(db), []);
  const [importState, importActions] = useImport(
    () => new ImportWorker() as unknown as WorkerLike,
    undefined,
    pageSafeguard(db),
  );
  // Closing the page stops the import's worker and rolls the write back: say so before it happens.
  useEffect(() => {
    if (importState.step !== 'writing') return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [importState.step]);
  const webmail = useAccess('webmail');
  const allSites = useAccess('allSites');
  const access = webmail === null || allSites === null ? null : { webmail, allSites };
  useEffect(() => {
    void ownAddresses.getValue().then(setAddresses);
    return ownAddresses.watch(setAddresses);
  }, []);

  const onGrant = (scope: AccessScope) => {
    setDeclined(null);
    // No await before this call: the browser shows its prompt only within the click.
    requestAccess(scope).then(
      (granted) => {
        if (!granted) setDeclined(scope);
      },
      () => setDeclined(scope),
    );
  };
  const onRevoke = (scope: AccessScope) => {
    setDeclined(null);
    void revokeAccess(scope);
  };

  const onExport = async () => {
    setStatus({ kind: 'working' });
    try {
      const now = new Date();
      const file = await backupFile(db, now);
      saveFile(file);
      await recordBackup(now); // the reminder counts from it (issue 6)
      setStatus({ kind: 'done', message: t('backup.exported', [String(file.count)]) });
    } catch (error) {
      setStatus({ kind: 'error', message: String(error) });
    }
  };

  // The whole file is validated before the rep is even asked; nothing is written until they confirm.
  const onPickFile = async (file: File) => {
    setStatus({ kind: 'working' });
    const parsed = await readBackupFile(file);
    if (!parsed.ok) {
      setStatus({ kind: 'error', message: t(`backup.error.${parsed.error.code}`, parsed.error.params) });
      return;
    }
    setStatus({ kind: 'idle' });
    const tables = await restorePreview(db, parsed.backup);
    setPending({
      backup: parsed.backup,
      fileName: file.name,
      accountsInFile: parsed.backup.tables.accounts.length,
      accountsNow: tables[0]!.now,
      tables,
    });
  };

  const onConfirmRestore = async () => {
    if (!pending) return;
    setPending(null);
    setStatus({ kind: 'working' });
    const outcome = await restoreBackup(db, pending.backup);
    if (!outcome.ok) {
      setStatus({ kind: 'error', message: bulkFailureText(t, outcome.failure, 'backup.error.writeFailed') });
      return;
    }
    await firstRunDone.setValue(true);
    setStatus({ kind: 'done', message: t('backup.restored', [String(pending.accountsInFile)]) });
  };

  return (
    <OptionsPage
      onOpenSidePanel={openPanel}
      pendingRestore={pending}
      onConfirmRestore={onConfirmRestore}
      onCancelRestore={() => setPending(null)}
      notice={notice && <RecoveryNotice {...notice} />}
    >
      <DetectionSettings
        access={access}
        onGrant={onGrant}
        onRevoke={onRevoke}
        declined={declined}
        addresses={addresses}
        onSaveAddresses={(value) => ownAddresses.setValue(value)}
        corrections={corrections.status === 'ready' ? corrections.value : null}
        onRemoveCorrection={(id) => void deleteCorrection(db, id)}
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
      <BackupCard onExport={onExport} onRestore={onPickFile} status={status} />
      <RecoveryCard />
      <StorageCard refreshKey={status} />
    </OptionsPage>
  );
}
