// The side panel's small banner when a backup is due, loaded only then (lazy.ts).
import { Button } from '../Button/Button';
import { useT } from '../i18n';
import styles from './BackupReminder.module.css';

interface BackupBannerProps {
  /** True when there never was a backup (else the last one is over a week old). */
  never: boolean;
  /** Opens the options page's backup card. */
  onBackUp(): void;
  /** Puts the banner off until tomorrow. */
  onDismiss(): void;
}

/** "No backup yet / for over a week" with Back up now and Remind me tomorrow. */
export function BackupBanner({ never, onBackUp, onDismiss }: BackupBannerProps) {
  const t = useT();
  return (
    <aside class={styles.banner} aria-label={t('safekeeping.banner.label')}>
      <p class={styles.bannerText}>{t(never ? 'safekeeping.banner.never' : 'safekeeping.banner.overdue')}</p>
      <div class={styles.bannerActions}>
        <Button small variant="primary" onClick={onBackUp}>
          {t('safekeeping.banner.backUp')}
        </Button>
        <Button small variant="ghost" onClick={onDismiss}>
          {t('safekeeping.banner.later')}
        </Button>
      </div>
    </aside>
  );
}
