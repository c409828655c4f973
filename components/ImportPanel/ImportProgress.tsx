import { Button } from '../Button/Button';
import { useT } from '../i18n';
import styles from './ImportPanel.module.css';
import type { ProgressView } from './types';

/**
 * Share of the whole write each phase takes, so the bar moves at an even pace from empty to full.
 * The import worker checks the rows while planning; `check` only comes from a write of rows that
 * were not (a moment at most).
 */
const PHASES: Record<string, [start: number, share: number]> = {
  copy: [0, 0],
  check: [0, 0],
  write: [0, 0.98],
  commit: [0.98, 0.02],
};

/** How far the write is, 0..1. */
export function overallProgress(progress: ProgressView | null): number {
  if (!progress) return 0;
  const [start, share] = PHASES[progress.phase] ?? [0, 0];
  return start + (progress.total ? (share * progress.done) / progress.total : share);
}

interface ImportProgressProps {
  progress: ProgressView | null;
  cancelling: boolean;
  onCancel(): void;
}

/** The write under way: a bar, the phase, and Cancel (which rolls everything back). */
export function ImportProgress({ progress, cancelling, onCancel }: ImportProgressProps) {
  const t = useT();
  const share = overallProgress(progress);
  const percent = Math.floor(share * 100);
  return (
    <div class={styles.progress}>
      <progress
        class={styles.bar}
        aria-label={t('import.progress.label')}
        aria-valuetext={t('import.progress.value', [String(percent)])}
        value={share}
        max={1}
      />
      <p class={styles.muted} aria-live="polite">
        {cancelling ? t('import.progress.cancelling') : t(`import.phase.${progress?.phase ?? 'write'}`)}
      </p>
      <div>
        <Button onClick={onCancel} disabled={cancelling}>
          {t('import.cancel')}
        </Button>
      </div>
    </div>
  );
}
