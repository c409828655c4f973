import { useId, useState } from 'preact/hooks';
import type { OwnerChangeRefused, OwnerChangeResult } from '../../lib/model/team-sync';
import { Button } from '../Button/Button';
import { useT } from '../i18n';
import styles from './OwnerChange.module.css';

/** A manager's control of a team file's owner. */
export interface OwnerControl {
  /** The team's logins known here, once asked for (`onOpen`); null until then. */
  logins: string[] | null;
  onOpen(): void;
  onChange(owner: string): Promise<OwnerChangeResult>;
}

interface OwnerChangeProps {
  owner: string | null;
  control: OwnerControl;
}

/** "Change owner": a login typed or picked from the team's, saved; what was wrong said if it was not. */
export function OwnerChange({ owner, control }: OwnerChangeProps) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<OwnerChangeRefused | null>(null);

  if (!open) {
    return (
      <Button
        small
        variant="ghost"
        onClick={() => {
          setOpen(true);
          setValue('');
          setProblem(null);
          control.onOpen();
        }}
      >
        {t('team.owner.change')}
      </Button>
    );
  }
  const save = async (event: Event) => {
    event.preventDefault();
    const login = value.trim();
    if (login === owner) {
      setOpen(false);
      return;
    }
    const result = await control.onChange(login);
    if (result.ok) setOpen(false);
    else setProblem(result.reason);
  };
  return (
    <form class={styles.form} onSubmit={(event) => void save(event)}>
      <label class={styles.field}>
        <span>{t('team.owner.label')}</span>
        <input
          class={styles.input}
          list={`${id}-logins`}
          value={value}
          required
          maxLength={100}
          aria-describedby={`${id}-hint`}
          onInput={(event) => setValue(event.currentTarget.value)}
        />
      </label>
      <datalist id={`${id}-logins`}>
        {(control.logins ?? [])
          .filter((login) => login !== owner)
          .map((login) => (
            <option key={login} value={login} />
          ))}
      </datalist>
      <span class={styles.buttons}>
        <Button small variant="primary" type="submit">
          {t('team.owner.save')}
        </Button>
        <Button small variant="ghost" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </Button>
      </span>
      <p id={`${id}-hint`} class={styles.hint}>
        {t('team.owner.hint')}
      </p>
      {problem && (
        <p role="alert" class={styles.problem}>
          {t(`team.owner.problem.${problem}`)}
        </p>
      )}
    </form>
  );
}
