// The switch "Back up automatically to Downloads", how often, and how the last one went.
import { useId } from 'preact/hooks';
import type { AutoBackupFrequency } from '../../lib/model/storage-items';
import form from '../Form/Form.module.css';
import { Switch } from '../Form/Switch';
import { formatDateTime, intlLocale } from '../format';
import { useT } from '../i18n';
import styles from './AutoBackup.module.css';

interface AutoBackupProps {
  /** The settings; null while they are read. `enabled` is only true while `downloads` is granted. */
  settings: { enabled: boolean; frequency: AutoBackupFrequency } | null;
  /** How the last automatic backup went. */
  status: { at: string; ok: boolean; error?: string } | null;
  /** The rep (or the browser) declined the `downloads` permission the last time. */
  declined: boolean;
  /** Switching on must ask the browser synchronously: the prompt needs the click's user gesture. */
  onToggle(enabled: boolean): void;
  onFrequency(frequency: AutoBackupFrequency): void;
}

const FREQUENCIES: readonly AutoBackupFrequency[] = ['daily', 'weekly'];

/** Off by default; on, the background saves a backup to Downloads/Dossier/ every day or week. */
export function AutoBackup({ settings, status, declined, onToggle, onFrequency }: AutoBackupProps) {
  const t = useT();
  const id = useId();
  const enabled = settings?.enabled === true;
  const when = status && formatDateTime(status.at, intlLocale(t));
  return (
    <div class={styles.auto}>
      <Switch
        id={id}
        label={t('safekeeping.auto.switch')}
        hint={t('safekeeping.auto.hint')}
        checked={enabled}
        disabled={settings === null}
        onChange={onToggle}
      />
      {enabled && (
        <div class={styles.frequency}>
          <label for={`${id}-frequency`} class={form.label}>
            {t('safekeeping.auto.frequency')}
          </label>
          <select
            id={`${id}-frequency`}
            class={form.input}
            value={settings?.frequency}
            onChange={(event) => onFrequency(event.currentTarget.value as AutoBackupFrequency)}
          >
            {FREQUENCIES.map((frequency) => (
              <option key={frequency} value={frequency}>
                {t(`safekeeping.auto.${frequency}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      {declined && !enabled && (
        <p role="status" class={form.hint}>
          {t('safekeeping.auto.declined')}
        </p>
      )}
      {status && when && (
        <p class={status.ok ? styles.ok : styles.failed}>
          {status.ok
            ? t('safekeeping.auto.lastOk', [when])
            : t('safekeeping.auto.lastFailed', [when, status.error ?? ''])}
        </p>
      )}
    </div>
  );
}
