// The options page's Export card — accounts and contacts as CSV files.

import { useId } from 'preact/hooks';
import type { ActionStatus } from '../../lib/model/action-status';
import { Button } from '../Button/Button';
import { useT } from '../i18n';
import styles from './ExportPanel.module.css';

export type ExportStatus = ActionStatus;

interface ExportPanelProps {
  onExportAccounts(): void;
  onExportContacts(): void;
  status: ExportStatus;
}

/** Export accounts or contacts to CSV (Excel-ready, formulas neutralised); the backup holds the rest. */
export function ExportPanel({ onExportAccounts, onExportContacts, status }: ExportPanelProps) {
  const t = useT();
  const titleId = useId();
  const working = status.kind === 'working';
  return (
    <section class={styles.panel} aria-labelledby={titleId}>
      <h2 id={titleId} class={styles.title}>
        {t('safekeeping.export.title')}
      </h2>
      <p class={styles.description}>{t('safekeeping.export.description')}</p>
      <div class={styles.actions}>
        <Button onClick={onExportAccounts} disabled={working}>
          {t('safekeeping.export.accounts')}
        </Button>
        <Button onClick={onExportContacts} disabled={working}>
          {t('safekeeping.export.contacts')}
        </Button>
      </div>
      {status.kind === 'error' ? (
        <p role="alert" class={styles.error}>
          {status.message}
        </p>
      ) : (
        <p role="status" class={styles.status}>
          {working ? t('backup.working') : status.message}
        </p>
      )}
    </section>
  );
}
