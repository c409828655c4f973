import { useId } from 'preact/hooks';
import { Button } from '../Button/Button';
import { useT } from '../i18n';
import styles from './DetectionSettings.module.css';

/** A correction the rep made, as the list shows it. */
export interface CorrectionView {
  id: string;
  /** The client's name ('' when the client was deleted since). */
  accountName: string;
  /** An address, a domain, a host, or a page (`news.example.cn/2026/tender`). */
  key: string;
  verdict: 'notThis' | 'belongsTo';
}

interface CorrectionsListProps {
  corrections: CorrectionView[] | null;
  onRemove(id: string): void;
}

/** The rep's corrections of page detection, each with Remove: nothing is hidden for good. */
export function CorrectionsList({ corrections, onRemove }: CorrectionsListProps) {
  const t = useT();
  const titleId = useId();
  return (
    <section class={styles.corrections} aria-labelledby={titleId}>
      <h3 id={titleId} class={styles.subtitle}>
        {t('detection.corrections.title')}
      </h3>
      {corrections && corrections.length === 0 && (
        <p class={styles.hint}>{t('detection.corrections.none')}</p>
      )}
      {corrections && corrections.length > 0 && (
        <ul class={styles.correctionList}>
          {corrections.map((c) => (
            <li key={c.id} class={styles.correction}>
              <span class={styles.correctionText}>
                {t(`detection.corrections.${c.verdict}`, [
                  c.accountName || t('detection.corrections.deleted'),
                  c.key,
                ])}
              </span>
              <Button small variant="ghost" onClick={() => onRemove(c.id)}>
                {t('detection.corrections.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
