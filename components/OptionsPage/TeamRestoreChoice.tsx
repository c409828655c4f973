import type { TeamRestoreMode, TeamRestorePreview } from '../../lib/model/restore-preview';
import { useT } from '../i18n';
import styles from './OptionsPage.module.css';

interface TeamRestoreChoiceProps {
  preview: TeamRestorePreview;
  mode: TeamRestoreMode;
  onMode(mode: TeamRestoreMode): void;
}

/**
 * In a team, how the backup is restored: into the private files (the default), or — for a manager
 * only, chosen explicitly — replacing the team's files, with what each would do counted.
 */
export function TeamRestoreChoice({ preview, mode, onMode }: TeamRestoreChoiceProps) {
  const t = useT();
  const { private: toPrivate, replace } = preview;
  return (
    <fieldset class={styles.restoreChoice}>
      <legend class={styles.restoreLegend}>{t('team.restore.legend')}</legend>
      <label class={styles.restoreOption}>
        <input
          type="radio"
          name="team-restore"
          checked={mode === 'private'}
          onChange={() => onMode('private')}
        />
        <span>
          <strong>{t('team.restore.private')}</strong>
          <span class={styles.muted}>
            {t('team.restore.privateHint', [String(toPrivate.restored), String(toPrivate.keptTeam)])}
          </span>
        </span>
      </label>
      <label class={styles.restoreOption}>
        <input
          type="radio"
          name="team-restore"
          checked={mode === 'replaceTeam'}
          disabled={!preview.manager}
          onChange={() => onMode('replaceTeam')}
        />
        <span>
          <strong>{t('team.restore.replace')}</strong>
          <span class={styles.muted}>
            {preview.manager
              ? t('team.restore.replaceHint', [
                  String(replace.restored),
                  String(replace.removed),
                  String(replace.keptPrivate),
                ])
              : t('team.restore.managersOnly')}
          </span>
        </span>
      </label>
    </fieldset>
  );
}
