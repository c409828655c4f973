// Issue 6 (exports, backups, storage health): the options page's Export card, the backup card's reminder and automatic backup, the Storage card.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AutoBackup } from '../../components/AutoBackup/AutoBackup';
import { BackupPanel, type BackupStatus } from '../../components/BackupPanel/BackupPanel';
import { BackupReminder } from '../../components/BackupReminder/BackupReminder';
import { ExportPanel, type ExportStatus } from '../../components/ExportPanel/ExportPanel';
import { useT } from '../../components/i18n';
import { RecoveryCopyCard } from '../../components/Recovery/RecoveryCopyCard';
import { StorageHealth } from '../../components/StorageHealth/StorageHealth';
import { countAccounts } from '../../lib/db/account-lookup';
import { getDatabase } from '../../lib/db/database';
import { useLiveQuery } from '../../lib/platform/use-live-query';
import {
  AUTO_BACKUP_HASH,
  hasDownloadsPermission,
  removeDownloadsPermission,
  requestDownloadsPermission,
  runAutoBackupInPage,
} from '../../lib/portability/backup/auto-backup';
import { isBackupDue } from '../../lib/portability/backup/core/reminder';
import {
  accountsCsvFile,
  contactsCsvFile,
  type ExportFile,
  saveFile,
} from '../../lib/portability/backup/exports';
import { readReminderState, watchBackupState } from '../../lib/portability/backup/reminder-state';
import {
  type AutoBackupSettings,
  type AutoBackupStatus,
  BACKUP_STATE_KEYS,
  readAutoBackup,
  readAutoBackupStatus,
  writeAutoBackup,
} from '../../lib/portability/backup/state';
import {
  type StorageHealth as Health,
  readStorageHealth,
  requestPersistence,
} from '../../lib/portability/backup/storage-health';
import { opfsCopyStore } from '../../lib/recovery/copy-store';
import { copyView, useRecovery } from '../../lib/recovery/use-recovery';

/** The backup card's element id: the side panel's reminder opens `options.html#backup`. */
export const BACKUP_SECTION_ID = 'backup';

/** Accounts or contacts to a CSV file named with the date, labels in the page's language. */
export function ExportCard() {
  const t = useT();
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' });
  const language = t('meta.locale').startsWith('zh') ? 'zh' : 'en';
  const run = async (make: typeof accountsCsvFile, done: string) => {
    setStatus({ kind: 'working' });
    try {
      const file: ExportFile = await make(getDatabase(), language);
      saveFile(file);
      setStatus({ kind: 'done', message: t(done, [String(file.count), file.name]) });
    } catch (error) {
      setStatus({ kind: 'error', message: t('safekeeping.export.failed', [String(error)]) });
    }
  };
  return (
    <ExportPanel
      status={status}
      onExportAccounts={() => void run(accountsCsvFile, 'safekeeping.export.accountsDone')}
      onExportContacts={() => void run(contactsCsvFile, 'safekeeping.export.contactsDone')}
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
  const accounts = useLiveQuery(() => countAccounts(db), []);
  const [lastBackupAt, setLastBackupAt] = useState<string | null | undefined>(undefined);
  const [settings, setSettings] = useState<AutoBackupSettings | null>(null);
  const [autoStatus, setAutoStatus] = useState<AutoBackupStatus | null>(null);
  const [granted, setGranted] = useState(false);
  const [declined, setDeclined] = useState(false);
  const [handed, setHanded] = useState<BackupStatus | null>(null);

  useEffect(() => {
    const refresh = async () => {
      const [reminder, auto, last, permitted] = await Promise.all([
        readReminderState(),
        readAutoBackup(),
        readAutoBackupStatus(),
        hasDownloadsPermission(),
      ]);
      setLastBackupAt(reminder.lastBackupAt);
      setSettings(auto);
      setAutoStatus(last);
      setGranted(permitted);
    };
    void refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    const stop = watchBackupState(() => void refresh(), BACKUP_STATE_KEYS);
    return () => {
      stop();
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);

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

  const onToggle = (on: boolean) => {
    setDeclined(false);
    const frequency = settings?.frequency ?? 'weekly';
    if (!on) {
      void writeAutoBackup({ enabled: false, frequency });
      void removeDownloadsPermission().catch(() => {});
      return;
    }
    // No await before this call: the browser shows its prompt only within the click.
    requestDownloadsPermission().then(
      (ok) => (ok ? writeAutoBackup({ enabled: true, frequency }) : setDeclined(true)),
      () => setDeclined(true),
    );
  };

  const due =
    accounts.status === 'ready' &&
    lastBackupAt !== undefined &&
    isBackupDue({ lastBackupAt, accountCount: accounts.value, now: new Date() });
  return (
    <BackupPanel
      id={BACKUP_SECTION_ID}
      status={handed ?? status}
      onExport={onExport}
      onRestore={onRestore}
      notice={lastBackupAt !== undefined && <BackupReminder lastBackupAt={lastBackupAt} due={due} />}
    >
      <AutoBackup
        settings={settings && { ...settings, enabled: settings.enabled && granted }}
        status={autoStatus}
        declined={declined}
        onToggle={onToggle}
        onFrequency={(frequency) => void writeAutoBackup({ enabled: true, frequency })}
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
