import { useState } from 'preact/hooks';
import type { DossierDatabase } from '../../db/database';
import type { ActionStatus } from '../../model/action-status';
import type { MessageKey, Translate } from '../../model/messages';
import { accountsCsvFile, contactsCsvFile, type ExportFile, saveFile } from '../backup/exports';

export type ExportStatus = ActionStatus;

/**
 * The options page's CSV exports: accounts or contacts to a file named with the day, column
 * labels in the page's language (`zh` or `en`), said done with its count and name or failed.
 */
export function useExport(
  db: DossierDatabase,
  language: 'zh' | 'en',
  t: Translate,
  save: (file: ExportFile) => void = saveFile,
) {
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' });
  const run = async (make: typeof accountsCsvFile, done: MessageKey) => {
    setStatus({ kind: 'working' });
    try {
      const file = await make(db, language);
      save(file);
      setStatus({ kind: 'done', message: t(done, [String(file.count), file.name]) });
    } catch (error) {
      setStatus({ kind: 'error', message: t('safekeeping.export.failed', [String(error)]) });
    }
  };
  return {
    status,
    exportAccounts: () => run(accountsCsvFile, 'safekeeping.export.accountsDone'),
    exportContacts: () => run(contactsCsvFile, 'safekeeping.export.contactsDone'),
  };
}
