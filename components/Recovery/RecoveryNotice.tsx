import { Button } from '../Button/Button';
import { useT } from '../i18n';
import styles from './Recovery.module.css';
import { countsText, restoreStatusText, when } from './status-text';
import type { CopyView, RestoreStatusView } from './types';

interface RecoveryNoticeProps {
  /** When the database was found created anew (its files gone). */
  detectedAt: string;
  copy: CopyView;
  /** Accounts stored now, added since the loss: restoring replaces them. */
  storedAccounts: number | null;
  status: RestoreStatusView;
  onRestore(): void;
  onDismiss(): void;
}

/**
 * The notice shown when the browser emptied the database: what happened, what the recovery copy
 * holds, and Restore (or Dismiss). After a restore it says how it went.
 */
export function RecoveryNotice({
  detectedAt,
  copy,
  storedAccounts,
  status,
  onRestore,
  onDismiss,
}: RecoveryNoticeProps) {
  const t = useT();
  const working = status.kind === 'working';
  const done = status.kind === 'done';
  const said = restoreStatusText(t, status);
  return (
    <aside class={styles.notice} aria-label={t('recovery.notice.label')}>
      <p class={styles.noticeTitle}>{t('recovery.notice.title')}</p>
      {!done && (
        <p class={styles.noticeText}>
          {t('recovery.notice.body', [
            when(t, detectedAt),
            when(t, copy.takenAt),
            countsText(t, copy.counts),
          ])}
          {storedAccounts ? ` ${t('recovery.notice.since', [String(storedAccounts)])}` : ''}
        </p>
      )}
      {said && (
        <p role={said.failed ? 'alert' : 'status'} class={said.failed ? styles.failed : styles.done}>
          {said.text}
        </p>
      )}
      <div class={styles.actions}>
        {!done && (
          <Button small variant="primary" onClick={onRestore} disabled={working}>
            {working ? t('recovery.notice.restoring') : t('recovery.notice.restore')}
          </Button>
        )}
        <Button small variant="ghost" onClick={onDismiss} disabled={working}>
          {done ? t('recovery.notice.close') : t('recovery.notice.dismiss')}
        </Button>
      </div>
    </aside>
  );
}
