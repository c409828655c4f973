import { useEffect, useState } from 'preact/hooks';
import { BackupPanel, type BackupStatus } from '../../components/BackupPanel/BackupPanel';
import { useT } from '../../components/i18n';
import { backupFileName, exportDatabase, restoreDatabase } from '../../lib/db/backup';
import { getDatabase } from '../../lib/db/database';
import { MAX_BACKUP_BYTES, parseBackup } from '../../lib/importers/backup-file';
import { preparePanelOpener } from '../../lib/platform/side-panel';
import { firstRunDone } from '../../lib/settings';

/** Options: backup and restore of the whole database, and a way to open the side panel. */
export function OptionsApp() {
  const t = useT();
  const [status, setStatus] = useState<BackupStatus>({ kind: 'idle' });
  const [openPanel, setOpenPanel] = useState<(() => Promise<void>) | null>(null);
  useEffect(() => {
    void preparePanelOpener().then((open) => setOpenPanel(() => open));
  }, []);

  const onExport = async () => {
    setStatus({ kind: 'working' });
    try {
      const backup = await exportDatabase(getDatabase());
      const blob = new Blob([JSON.stringify(backup)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const link = Object.assign(document.createElement('a'), { href: url, download: backupFileName() });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setStatus({ kind: 'done', message: t('backup.exported', [String(backup.tables.accounts.length)]) });
    } catch (error) {
      setStatus({ kind: 'error', message: String(error) });
    }
  };

  const onRestore = async (file: File) => {
    if (file.size > MAX_BACKUP_BYTES) {
      setStatus({ kind: 'error', message: t('backup.error.tooLarge') });
      return;
    }
    setStatus({ kind: 'working' });
    const parsed = parseBackup(await file.text());
    if (!parsed.ok) {
      setStatus({ kind: 'error', message: t(`backup.error.${parsed.error.code}`, parsed.error.params) });
      return;
    }
    try {
      await restoreDatabase(getDatabase(), parsed.backup);
      await firstRunDone.setValue(true);
      setStatus({
        kind: 'done',
        message: t('backup.restored', [String(parsed.backup.tables.accounts.length)]),
      });
    } catch (error) {
      setStatus({ kind: 'error', message: t('backup.error.writeFailed', [String(error)]) });
    }
  };

  return (
    <main class="options-page">
      <h1>{t('options.title')}</h1>
      <p>
        <button type="button" disabled={!openPanel} onClick={() => void openPanel?.()}>
          {t('options.openSidePanel')}
        </button>
      </p>
      <BackupPanel onExport={onExport} onRestore={onRestore} status={status} />
    </main>
  );
}
