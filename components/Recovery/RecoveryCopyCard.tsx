import { useId, useState } from 'preact/hooks';
import { Button } from '../Button/Button';
import { intlLocale } from '../format';
import { useT } from '../i18n';
import { formatBytes } from '../StorageHealth/bytes';
import styles from './Recovery.module.css';
import { countsText, restoreStatusText, when } from './status-text';
import type { CopyView, RestoreStatusView } from './types';

interface RecoveryCopyCardProps {
  /** False where the browser has no place for a copy. */
  available: boolean;
  copy: CopyView | null;
  storedAccounts: number | null;
  status: RestoreStatusView;
  onRestore(): void;
}

/** The options page's card: what the recovery copy is, when it was last taken, and restoring it (asked first). */
export function RecoveryCopyCard({
  available,
  copy,
  storedAccounts,
  status,
  onRestore,
}: RecoveryCopyCardProps) {
  const t = useT();
  const titleId = useId();
  const [asking, setAsking] = useState(false);
  const working = status.kind === 'working';
  const said = restoreStatusText(t, status);
  return (
    <section class={styles.card} aria-labelledby={titleId}>
      <h2 id={titleId} class={styles.title}>
        {t('recovery.card.title')}
      </h2>
      <p class={styles.muted}>{t('recovery.card.about')}</p>
      <p class={styles.line}>
        {!available
          ? t('recovery.card.unavailable')
          : copy
            ? t('recovery.card.last', [
                when(t, copy.takenAt),
                countsText(t, copy.counts),
                formatBytes(copy.bytes, intlLocale(t)),
              ])
            : t('recovery.card.none')}
      </p>
      {available && copy && !asking && (
        <div>
          <Button onClick={() => setAsking(true)} disabled={working}>
            {t('recovery.card.restore')}
          </Button>
        </div>
      )}
      {copy && asking && (
        <fieldset class={styles.confirm} aria-label={t('recovery.card.restore')}>
          <p class={styles.confirmText}>
            {t('recovery.card.confirm', [
              String(storedAccounts ?? 0),
              when(t, copy.takenAt),
              countsText(t, copy.counts),
            ])}
          </p>
          <div class={styles.actions}>
            <Button
              variant="danger"
              onClick={() => {
                setAsking(false);
                onRestore();
              }}
            >
              {t('recovery.card.replace')}
            </Button>
            <Button variant="ghost" onClick={() => setAsking(false)}>
              {t('recovery.card.cancel')}
            </Button>
          </div>
        </fieldset>
      )}
      {working && <p role="status">{t('recovery.notice.restoring')}</p>}
      {said && (
        <p role={said.failed ? 'alert' : 'status'} class={said.failed ? styles.failed : styles.done}>
          {said.text}
        </p>
      )}
    </section>
  );
}
