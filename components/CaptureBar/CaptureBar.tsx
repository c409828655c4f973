import { Button } from '../Button/Button';
import { useT } from '../i18n';
import styles from './CaptureBar.module.css';

interface CaptureBarProps {
  /** The site offer: create an account from the page, update the matched client, or none (webmail, not a web page). */
  site: 'create' | 'update' | 'none';
  /** The open webmail message has people who could become contacts of the matched client. */
  people: boolean;
  onQuickNote(): void;
  onSite(): void;
  onPeople(): void;
}

/** One row of capture actions under the page's clients: a quick note, the site, the message's people. */
export function CaptureBar({ site, people, onQuickNote, onSite, onPeople }: CaptureBarProps) {
  const t = useT();
  return (
    <div class={styles.bar} role="toolbar" aria-label={t('captureBar.label')}>
      <Button small variant="ghost" onClick={onQuickNote} title={t('captureBar.quickNoteHint')}>
        {t('captureBar.quickNote')}
      </Button>
      {site !== 'none' && (
        <Button small variant="ghost" onClick={onSite}>
          {t(site === 'create' ? 'captureBar.siteCreate' : 'captureBar.siteUpdate')}
        </Button>
      )}
      {people && (
        <Button small variant="ghost" onClick={onPeople}>
          {t('captureBar.people')}
        </Button>
      )}
    </div>
  );
}
