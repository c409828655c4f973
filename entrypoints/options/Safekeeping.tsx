// The options page's safekeeping cards: export, backup (its state: lib/portability/backup/use-backup-card.ts), storage, the recovery copy.
import { useEffect, useState } from 'preact/hooks';
import { AutoBackup } from '../../components/AutoBackup/AutoBackup';
import { BackupPanel, type BackupStatus } from '../../components/BackupPanel/BackupPanel';
import { BackupReminder } from '../../components/BackupReminder/BackupReminder';
import { ExportPanel } from '../../components/ExportPanel/ExportPanel';
import { useT } from '../../components/i18n';
import { RecoveryCopyCard } from '../../components/Recovery/RecoveryCopyCard';
import { StorageHealth } from '../../components/StorageHealth/StorageHealth';
import { getDatabase } from '../../lib/db/database';
import { AUTO_BACKUP_HASH, runAutoBackupInPage } from '../../lib/portability/backup/auto-backup';
import {
  type StorageHealth as Health,
  readStorageHealth,
  requestPersistence,
} from '../../lib/portability/backup/storage-health';
import { browserDownloadsPermission, useBackupCard } from '../../lib/portability/backup/use-backup-card';
import { useExport } from '../../lib/portability/export/use-export';
import { opfsCopyStore } from '../../lib/recovery/copy-store';
import { copyView, useRecovery } from '../../lib/recovery/use-recovery';

/** The backup card's element id: the side panel's reminder opens `options.html#backup`. */
export const BACKUP_SECTION_ID = 'backup';

/** Accounts or contacts to a CSV file named with the date, labels in the page's language. */
export function ExportCard() {
  const t = useT();
  const exports = useExport(getDatabase(), t('meta.locale').startsWith('zh') ? 'zh' : 'en', t);
  return (
    <ExportPanel
      status={exports.status}
      onExportAccounts={() => void exports.exportAccounts()}
      onExportContacts={() => void exports.exportContacts()}
    />
  );
}

interface BackupCardProps {
  status: BackupStatus;
  onExport(): void;
  onRestore(file: File): void;
}

/**
 * The backup card with, above its buttons, when the last backup was (a warning when one is due),
 * and below them the automatic backup. Opened as `#backup` it scrolls into view; as
 * `#auto-backup` (by the background, for a backup too large for it) it saves that backup.
 */
export function BackupCard({ status, onExport, onRestore }: BackupCardProps) {
  const t = useT();
  const db = getDatabase();
  const card = useBackupCard(db, browserDownloadsPermission);
  const [handed, setHanded] = useState<BackupStatus | null>(null);

  useEffect(() => {
    if (location.hash === `#${BACKUP_SECTION_ID}`) {
      const section = document.getElementById(BACKUP_SECTION_ID);
      section?.scrollIntoView({ block: 'start' });
      section?.focus({ preventScroll: true });
    } else if (location.hash === AUTO_BACKUP_HASH) {
      setHanded({ kind: 'working', message: t('safekeeping.auto.saving') });
      // Closes the tab once saved; a failure stays on screen in the automatic backup's status.
      void runAutoBackupInPage(db).finally(() => setHanded(null));
      history.replaceState(null, '', location.pathname);
    }
  }, []);

  return (
    <BackupPanel
      id={BACKUP_SECTION_ID}
      status={handed ?? status}
      onExport={onExport}
      onRestore={onRestore}
      notice={
        card.lastBackupAt !== undefined && <BackupReminder lastBackupAt={card.lastBackupAt} due={card.due} />
      }
    >
      <AutoBackup
        settings={card.settings}
        status={card.autoStatus}
        declined={card.declined}
        onToggle={card.toggle}
        onFrequency={card.setFrequency}
      />
    </BackupPanel>
  );
}

/** Whether the browser keeps our data and how much it holds; "Keep my data" asks it to. */
export function StorageCard({ refreshKey }: { refreshKey?: unknown }) {
  const [health, setHealth] = useState<Health | null>(null);
  const [declined, setDeclined] = useState(false);
  useEffect(() => {
    void readStorageHealth().then(setHealth);
  }, [refreshKey]);
  const onKeep = async () => {
    const kept = await requestPersistence();
    setDeclined(!kept);
    setHealth(await readStorageHealth());
  };
  return <StorageHealth health={health} keepDeclined={declined} onKeep={() => void onKeep()} />;
}

/** The recovery copy's card: when it was taken and of what; restoring it, asked first. */
export function RecoveryCard() {
  const recovery = useRecovery(getDatabase());
  const [available, setAvailable] = useState(true);
  useEffect(() => {
    void opfsCopyStore().then((store) => setAvailable(store !== null));
  }, []);
  const copy = recovery.state?.copy;
  return (
    <RecoveryCopyCard
      available={available}
      copy={copy ? copyView(copy) : null}
      storedAccounts={recovery.storedAccounts}
      status={recovery.status}
      onRestore={() => void recovery.restore()}
    />
  );
}
