import { useId, useState } from 'preact/hooks';
import type { AgendaItem, ContactKind, ContactLog } from '../../lib/model/relationship';
import { Button } from '../Button/Button';
import form from '../Form/Form.module.css';
import { useT } from '../i18n';
import { logPrefill } from './reason';
import styles from './Today.module.css';

const KINDS: readonly ContactKind[] = ['call', 'visit', 'meeting', 'email'];

interface LogContactFormProps {
  item: AgendaItem;
  onSave(log: ContactLog): Promise<string | null>;
  onCancel(): void;
}

/** Done on an item: the contact it took, prefilled, and the next date the cadence proposes. */
export function LogContactForm({ item, onSave, onCancel }: LogContactFormProps) {
  const t = useT();
  const id = useId();
  const [kind, setKind] = useState<ContactKind>('call');
  const [text, setText] = useState(() => logPrefill(t, item));
  const [next, setNext] = useState(item.proposedNext ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const cadence = item.account?.cadenceDays;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setError(await onSave({ kind, text: text.trim(), nextContactDate: next || null }));
    setSaving(false);
  };

  return (
    <form class={styles.log} onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} class={styles.logTitle}>
        {t('today.log.title')}
      </h4>
      <div class={styles.logRow}>
        <label class={form.field}>
          <span class={form.label}>{t('today.log.kind')}</span>
          <select
            class={form.input}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as ContactKind)}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`noteKind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label class={form.field}>
          <span class={form.label}>{t('today.log.nextContact')}</span>
          <input
            class={form.input}
            type="date"
            value={next}
            aria-describedby={`${id}-next`}
            onInput={(e) => setNext(e.currentTarget.value)}
          />
        </label>
      </div>
      {item.proposedNext && (
        <p id={`${id}-next`} class={form.hint}>
          {t('today.log.nextHint', [String(cadence ?? '')])}
        </p>
      )}
      <label class={form.field}>
        <span class={form.label}>{t('today.log.text')}</span>
        <textarea
          class={form.input}
          rows={3}
          value={text}
          required
          aria-invalid={error ? 'true' : undefined}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </label>
      {error && (
        <p class={form.error} role="alert">
          {error}
        </p>
      )}
      <div class={styles.actions}>
        <Button small variant="primary" type="submit" disabled={saving || !text.trim()}>
          {t('today.log.save')}
        </Button>
        <Button small variant="ghost" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
