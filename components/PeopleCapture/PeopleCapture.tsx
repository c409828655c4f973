import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { personName } from '../../lib/model/people';
import type { FieldErrors } from '../../lib/model/types';
import { Badge } from '../Badge/Badge';
import { Button } from '../Button/Button';
import { errorMessage } from '../Form/Form';
import form from '../Form/Form.module.css';
import { useT } from '../i18n';
import styles from './PeopleCapture.module.css';

/** A person of the open email. */
export interface EmailPerson {
  /** Lower-case address. */
  email: string;
  /** The display name the mail client showed ('' when none). */
  name: string;
  role: 'from' | 'to' | 'cc';
  /** Already a contact of the client: shown, not offered. */
  known: boolean;
}

export interface PeopleCaptureProps {
  accountName: string;
  /** In the order the message lists them: sender first. */
  people: readonly EmailPerson[];
  /**
   * Adds the checked people as contacts; resolves null once they are stored, or errors keyed
   * `<index>.<field>` (index into the array passed, field `name` or `email`); any other key is
   * shown above the list.
   */
  onAdd(people: { email: string; name: string }[]): Promise<FieldErrors | null>;
  onCancel(): void;
}

/**
 * "Add sender and recipients as contacts of <client>": one row per person with a checkbox
 * (checked unless already a contact), the name to file them under (the display name, else one
 * made from the address: wang.fang@ → Wang Fang) and their role in the message.
 */
export function PeopleCapture({ accountName, people, onAdd, onCancel }: PeopleCaptureProps) {
  const t = useT();
  const id = useId();
  const mounted = useRef(true);
  const [checked, setChecked] = useState(() => people.map((p) => !p.known));
  const [names, setNames] = useState(() => people.map((p) => personName(p.name, p.email)));
  /** Errors by row index in `people` (`3.name`), plus any the host keyed otherwise. */
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [added, setAdded] = useState(false);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const chosen = people.map((_, i) => i).filter((i) => checked[i] && !people[i]!.known);
  const rowErrors = (i: number) =>
    Object.entries(errors).filter(([key]) => key === `${i}.name` || key === `${i}.email`);
  const otherErrors = Object.entries(errors).filter(([key]) => !/^\d+\.(name|email)$/.test(key));

  const add = async (event: Event) => {
    event.preventDefault();
    if (saving || added || chosen.length === 0) return;
    const missing = chosen.filter((i) => !names[i]!.trim());
    if (missing.length > 0) {
      setErrors(Object.fromEntries(missing.map((i) => [`${i}.name`, 'required'])));
      return;
    }
    setSaving(true);
    try {
      const result = await onAdd(chosen.map((i) => ({ email: people[i]!.email, name: names[i]!.trim() })));
      if (!mounted.current) return;
      // Keys name the passed array's rows: map them back to the rows on screen.
      const mapped: FieldErrors = {};
      for (const [key, code] of Object.entries(result ?? {})) {
        const match = /^(\d+)\.(.+)$/.exec(key);
        const row = match ? chosen[Number(match[1])] : undefined;
        mapped[row === undefined ? key : `${row}.${match![2]}`] = code;
      }
      setErrors(mapped);
      setAdded(result === null);
    } finally {
      if (mounted.current) setSaving(false);
    }
  };

  const count = chosen.length;
  return (
    <form class={styles.panel} aria-labelledby={`${id}-title`} onSubmit={add} noValidate>
      <h2 id={`${id}-title`} class={styles.title}>
        {t('capture.people.title', [accountName])}
      </h2>
      {otherErrors.length > 0 && (
        <ul class={form.topErrors} role="alert">
          {otherErrors.map(([key, code]) => (
            <li key={key}>
              {key && `${key}: `}
              {errorMessage(t, code)}
            </li>
          ))}
        </ul>
      )}
      <ul class={styles.list}>
        {people.map((person, i) => {
          const rowId = `${id}-${i}`;
          const errs = rowErrors(i);
          const nameError = errors[`${i}.name`];
          return (
            <li key={person.email} class={styles.person} data-known={person.known}>
              <input
                id={`${rowId}-pick`}
                class={styles.check}
                type="checkbox"
                checked={!person.known && checked[i]}
                disabled={person.known || added}
                aria-label={t('capture.people.include', [person.email])}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setChecked((all) => all.map((v, j) => (j === i ? on : v)));
                }}
              />
              <div class={styles.who}>
                <div class={styles.line}>
                  <Badge tone={person.role === 'from' ? 'accent' : 'neutral'}>
                    {t(`capture.people.role.${person.role}`)}
                  </Badge>
                  <span class={styles.email}>{person.email}</span>
                  {person.known && <span class={styles.known}>{t('capture.people.known')}</span>}
                </div>
                {!person.known && (
                  <input
                    id={`${rowId}-name`}
                    class={form.input}
                    type="text"
                    aria-label={t('capture.people.nameFor', [person.email])}
                    value={names[i]}
                    disabled={!checked[i] || added}
                    aria-invalid={nameError !== undefined}
                    aria-describedby={errs.length > 0 ? `${rowId}-error` : undefined}
                    onInput={(e) => {
                      const value = e.currentTarget.value;
                      setNames((all) => all.map((v, j) => (j === i ? value : v)));
                    }}
                  />
                )}
                {errs.length > 0 && (
                  <p id={`${rowId}-error`} class={form.error}>
                    {errs.map(([, code]) => errorMessage(t, code)).join(' ')}
                  </p>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {people.every((p) => p.known) && <p class={styles.note}>{t('capture.people.nobody')}</p>}
      <div class={styles.actions}>
        <p class={styles.status} role="status" aria-live="polite">
          {added ? t('capture.people.added') : ''}
        </p>
        <Button variant="primary" type="submit" disabled={count === 0 || saving || added}>
          {saving
            ? t('common.saving')
            : count === 1
              ? t('capture.people.addOne')
              : t('capture.people.addMany', [String(count)])}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
