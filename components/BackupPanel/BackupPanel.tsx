import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { ActionStatus } from '../../lib/model/action-status';
import { Button } from '../Button/Button';
import { useT } from '../i18n';
import styles from './BackupPanel.module.css';

export type BackupStatus = ActionStatus;

interface BackupPanelProps {
  onExport(): void;
  onRestore(file: File): void;
  status: BackupStatus;
  /** The section's element id, for links to it (`options.html#backup`). */
  id?: string;
  /** Shown under the description: when the last backup was, or that one is due. */
  notice?: ComponentChildren;
  /** Shown under the restore: the automatic backup's settings. */
  children?: ComponentChildren;
}

/** Export the whole client file to JSON, or replace everything from such a file. */
export function BackupPanel({ onExport, onRestore, status, id, notice, children }: BackupPanelProps) {
  const t = useT();
  const titleId = useId();
  const inputId = useId();
  const warningId = useId();
  const working = status.kind === 'working';
  return (
    <section id={id} class={styles.panel} aria-labelledby={titleId} tabIndex={-1}>
      <h2 id={titleId} class={styles.title}>
        {t('backup.title')}
      </h2>
      <p class={styles.description}>{t('backup.description')}</p>
      {notice}
      <div>
        <Button variant="primary" onClick={onExport} disabled={working}>
          {t('backup.export')}
        </Button>
      </div>
      <div class={styles.restore}>
        <label for={inputId} class={styles.label}>
          {t('backup.restore')}
        </label>
        <p id={warningId} class={styles.warning}>
          {t('backup.restoreWarning')}
        </p>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          aria-describedby={warningId}
          disabled={working}
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            if (file) onRestore(file);
            input.value = ''; // picking the same file again must fire change again
          }}
        />
      </div>
      {children}
      {status.kind === 'error' ? (
        <p role="alert" class={styles.error}>
          {status.message}
        </p>
      ) : (
        <p role="status" class={styles.status}>
          {working ? (status.message ?? t('backup.working')) : status.message}
        </p>
      )}
    </section>
  );
}
