import { Button } from '../Button/Button';
import { useT } from '../i18n';
import styles from './FirstRun.module.css';

interface FirstRunProps {
  onLoadDemo(): void;
  onStartEmpty(): void;
  busy: boolean;
  error?: string | null;
  /**
   * Offers webmail scanning when given. Must ask the browser synchronously (`requestAccess`):
   * the permission prompt needs the click's user gesture.
   */
  onGrantWebmail?: () => void;
  /** Whether webmail access is granted: the offer becomes a short confirmation. */
  webmailGranted?: boolean;
}

/** Welcome screen shown while the database is empty. */
export function FirstRun({
  onLoadDemo,
  onStartEmpty,
  busy,
  error,
  onGrantWebmail,
  webmailGranted = false,
}: FirstRunProps) {
  const t = useT();
  return (
    <div class={styles.firstRun} aria-busy={busy}>
      <h1 class={styles.title}>{t('firstRun.title')}</h1>
      <p>{t('firstRun.line1')}</p>
      <p>{t('firstRun.line2')}</p>
      <div class={styles.actions}>
        <Button variant="primary" onClick={onLoadDemo} disabled={busy}>
          {t('firstRun.loadDemo')}
        </Button>
        <Button onClick={onStartEmpty} disabled={busy}>
          {t('firstRun.startEmpty')}
        </Button>
      </div>
      {onGrantWebmail && (
        <div class={styles.webmail}>
          {webmailGranted ? (
            <p role="status">{t('firstRun.webmailGranted')}</p>
          ) : (
            <>
              <p>{t('firstRun.webmailLine')}</p>
              <div>
                <Button onClick={onGrantWebmail}>{t('firstRun.webmailGrant')}</Button>
              </div>
            </>
          )}
        </div>
      )}
      {busy && (
        <p role="status" class={styles.status}>
          {t('firstRun.working')}
        </p>
      )}
      {error && (
        <p role="alert" class={styles.error}>
          {error}
        </p>
      )}
    </div>
  );
}
