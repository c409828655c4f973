import { useEffect, useId, useState } from 'preact/hooks';
import type { MessageKey } from '../../lib/model/messages';
import type { OwnAddresses } from '../../lib/model/storage-items';
import { Button } from '../Button/Button';
import { useT } from '../i18n';
import styles from './DetectionSettings.module.css';
import { joinEntries, parseOwnAddresses } from './own-addresses';

interface OwnAddressesFormProps {
  /** What is stored now; null while it loads. */
  value: OwnAddresses | null;
  /** Saves a validated, normalised value. */
  onSave(value: OwnAddresses): Promise<void>;
}

type Status = { kind: 'idle' | 'saving' | 'saved' } | { kind: 'failed'; message: string };

/** The rep's own email addresses and company domains: never a client, nor are colleagues there. */
export function OwnAddressesForm({ value, onSave }: OwnAddressesFormProps) {
  const t = useT();
  const id = useId();
  const [emails, setEmails] = useState('');
  const [domains, setDomains] = useState('');
  const [invalid, setInvalid] = useState<{ emails: string[]; domains: string[] }>({
    emails: [],
    domains: [],
  });
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // Show what is stored (normalised after a save, or changed from another window).
  useEffect(() => {
    if (!value) return;
    setEmails(joinEntries(value.emails));
    setDomains(joinEntries(value.domains));
  }, [value]);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const parsed = parseOwnAddresses(emails, domains);
    if (!parsed.ok) {
      setInvalid({ emails: parsed.invalidEmails, domains: parsed.invalidDomains });
      setStatus({ kind: 'idle' });
      return;
    }
    setInvalid({ emails: [], domains: [] });
    setStatus({ kind: 'saving' });
    try {
      await onSave(parsed.value);
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'failed', message: String(error) });
    }
  };

  const field = (
    name: 'emails' | 'domains',
    text: string,
    setText: (text: string) => void,
    invalidKey: MessageKey,
  ) => {
    const errorId = `${id}-${name}-error`;
    const hintId = `${id}-${name}-hint`;
    const bad = invalid[name];
    return (
      <div class={styles.field}>
        <label for={`${id}-${name}`} class={styles.label}>
          {t(`detection.${name}Label`)}
        </label>
        <textarea
          id={`${id}-${name}`}
          class={styles.input}
          rows={2}
          value={text}
          disabled={!value}
          aria-invalid={bad.length > 0}
          aria-describedby={bad.length > 0 ? `${hintId} ${errorId}` : hintId}
          onInput={(e) => {
            setText(e.currentTarget.value);
            setStatus({ kind: 'idle' });
          }}
        />
        <p id={hintId} class={styles.hint}>
          {t(`detection.${name}Hint`)}
        </p>
        {bad.length > 0 && (
          <p id={errorId} class={styles.error}>
            {t(invalidKey, [bad.join(t('detection.listSeparator'))])}
          </p>
        )}
      </div>
    );
  };

  return (
    <form class={styles.addresses} aria-labelledby={`${id}-title`} onSubmit={onSubmit} noValidate>
      <h3 id={`${id}-title`} class={styles.subtitle}>
        {t('detection.addressesTitle')}
      </h3>
      <p class={styles.muted}>{t('detection.addressesHint')}</p>
      {field('emails', emails, setEmails, 'detection.invalidEmails')}
      {field('domains', domains, setDomains, 'detection.invalidDomains')}
      <div class={styles.actions}>
        <Button type="submit" variant="primary" disabled={!value || status.kind === 'saving'}>
          {t('common.save')}
        </Button>
        {status.kind === 'failed' ? (
          <p role="alert" class={styles.error}>
            {t('detection.saveFailed', [status.message])}
          </p>
        ) : (
          <p role="status" class={styles.saved}>
            {status.kind === 'saved' ? t('detection.saved') : ''}
          </p>
        )}
      </div>
    </form>
  );
}
