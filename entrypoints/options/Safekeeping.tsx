// The options page's safekeeping cards: export, backup, storage, the recovery copy (their state: lib/portability, lib/recovery).
import { AutoBackup } from '../../components/AutoBackup/AutoBackup';
import { BackupPanel, type BackupStatus } from '../../components/BackupPanel/BackupPanel';
import { BackupReminder } from '../../components/BackupReminder/BackupReminder';
import { ExportPanel } from '../../components/ExportPanel/ExportPanel';
import { useT } from '../../components/i18n';
import { RecoveryCopyCard } from '../../components/Recovery/RecoveryCopyCard';
import { StorageHealth } from '../../components/StorageHealth/StorageHealth';
import { getDatabase } from '../../lib/db/database';
import { browserDownloadsPermission, useBackupCard } from '../../lib/portability/backup/use-backup-card';
import { BACKUP_SECTION_ID, useBackupHash } from '../../lib/portability/backup/use-backup-hash';
import { useStorageHealth } from '../../lib/portability/backup/use-storage-health';
import { useExport } from '../../lib/portability/export/use-export';
import { useRecoveryCard } from '../../lib/recovery/use-recovery';

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

/** The backup card: when the last backup was, export and restore, the automatic backup. */
export function BackupCard({ status, onExport, onRestore }: BackupCardProps) {
  const t = useT();
  const db = getDatabase();
  const card = useBackupCard(db, browserDownloadsPermission);
  const handed = useBackupHash(db, t);
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
  const storage = useStorageHealth(refreshKey);
  return (
    <StorageHealth
      health={storage.health}
      keepDeclined={storage.declined}
      onKeep={() => void storage.keep()}
    />
  );
}

/** The recovery copy's card: when it was taken and of what; restoring it, asked first. */
export function RecoveryCard() {
  return <RecoveryCopyCard {...useRecoveryCard(getDatabase())} />;
}
