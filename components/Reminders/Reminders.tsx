// The switch "Remind me every day", and when.
import { useId } from 'preact/hooks';
import type { ReminderSettings } from '../../lib/model/storage-items';
import styles from '../AutoBackup/AutoBackup.module.css';
import card from '../Card/Card.module.css';
import form from '../Form/Form.module.css';
import { Switch } from '../Form/Switch';
import { useT } from '../i18n';

interface RemindersProps {
  /** Null while read; `enabled` only while `notifications` is granted. */
  settings: ReminderSettings | null;
  /** The rep (or the browser) declined the permission the last time. */
  declined: boolean;
  /** Switching on must ask the browser synchronously: the prompt needs the click's user gesture. */
  onToggle(enabled: boolean): void;
  onTime(time: string): void;
}

/** Off by default; on, one notification a day at the rep's time says what needs them on *Today*. */
export function Reminders({ settings, declined, onToggle, onTime }: RemindersProps) {
  const t = useT();
  const id = useId();
  const enabled = settings?.enabled === true;
  return (
    <section class={card.card} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class={card.title}>
        {t('reminders.title')}
      </h2>
      <div class={styles.auto}>
        <Switch
          id={id}
          label={t('reminders.switch')}
          hint={t('reminders.hint')}
          checked={enabled}
          disabled={settings === null}
          onChange={onToggle}
        />
        {enabled && (
          <div class={styles.frequency}>
            <label for={`${id}-time`} class={form.label}>
              {t('reminders.time')}
            </label>
            <input
              id={`${id}-time`}
              class={form.input}
              type="time"
              value={settings?.time}
              onChange={(event) => onTime(event.currentTarget.value)}
            />
          </div>
        )}
        {declined && !enabled && (
          <p role="status" class={form.hint}>
            {t('reminders.declined')}
          </p>
        )}
      </div>
    </section>
  );
}
