// The options page's backup card says when the last backup was, and warns when one is due.
import { formatDateTime, intlLocale } from '../format';
import { useT } from '../i18n';
import styles from './BackupReminder.module.css';

interface BackupReminderProps {
  /** When the last backup was made (exported or automatic), ISO; null if never. */
  lastBackupAt: string | null;
  /** Whether one is due (accounts stored, last backup a week old or never: lib/portability/backup/due.ts). */
  due: boolean;
}

/** One line: the last backup's date, or — when a backup is due — a warning to make one. */
export function BackupReminder({ lastBackupAt, due }: BackupReminderProps) {
  const t = useT();
  const when = lastBackupAt && formatDateTime(lastBackupAt, intlLocale(t));
  if (!due) return when ? <p class={styles.last}>{t('safekeeping.reminder.last', [when])}</p> : null;
  return (
    <p class={styles.due} data-testid="backup-reminder">
      {when ? t('safekeeping.reminder.overdue', [when]) : t('safekeeping.reminder.never')}
    </p>
  );
}
