// The options page's Storage card — kept or not ("Keep my data"), space used, unlimited storage.
import { useId } from 'preact/hooks';
import { Button } from '../Button/Button';
import { intlLocale } from '../format';
import { useT } from '../i18n';
import { formatBytes } from './bytes';
import styles from './StorageHealth.module.css';

interface StorageHealthProps {
  /** What the browser says (lib/portability/backup/storage-health.ts); null while it is asked. */
  health: {
    persisted: boolean | null;
    usage: number | null;
    quota: number | null;
    unlimited: boolean;
  } | null;
  /** Asks the browser to keep the data (`navigator.storage.persist()`). */
  onKeep(): void;
  /** The browser said no to the last "Keep my data". */
  keepDeclined: boolean;
}

export function StorageHealth({ health, onKeep, keepDeclined }: StorageHealthProps) {
  const t = useT();
  const titleId = useId();
  const locale = intlLocale(t);
  const persisted = health?.persisted ?? null;
  return (
    <section class={styles.panel} aria-labelledby={titleId} aria-busy={health === null}>
      <h2 id={titleId} class={styles.title}>
        {t('safekeeping.storage.title')}
      </h2>
      {health && (
        <>
          <p class={persisted ? styles.good : styles.plain}>
            {t(
              persisted === null
                ? 'safekeeping.storage.unknownPersisted'
                : persisted
                  ? 'safekeeping.storage.persisted'
                  : 'safekeeping.storage.notPersisted',
            )}
          </p>
          {persisted === false && (
            <div class={styles.actions}>
              <Button onClick={onKeep}>{t('safekeeping.storage.keep')}</Button>
              {keepDeclined && (
                <p role="status" class={styles.muted}>
                  {t('safekeeping.storage.keepDeclined')}
                </p>
              )}
            </div>
          )}
          <p class={styles.plain}>
            {health.usage !== null && health.quota !== null
              ? t('safekeeping.storage.usage', [
                  formatBytes(health.usage, locale),
                  formatBytes(health.quota, locale),
                ])
              : t('safekeeping.storage.usageUnknown')}
          </p>
          {health.unlimited && <p class={styles.muted}>{t('safekeeping.storage.unlimited')}</p>}
        </>
      )}
    </section>
  );
}
