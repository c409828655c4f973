import type { ComponentChildren, TargetedEvent } from 'preact';
import { useEffect } from 'preact/hooks';
import { useT } from '../i18n';
import { errorMessage } from './Form';
import styles from './Form.module.css';
import { useFormApi } from './FormContext';
import { getIn } from './paths';

export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  path: string;
  label: string;
  hint?: string;
  /** Renders the control with the id and ARIA wiring the label and error need. */
  children: (control: ControlProps) => ComponentChildren;
}

/** Label, control, hint and the error for one draft path. */
export function Field({ path, label, hint, children }: FieldProps) {
  const t = useT();
  const api = useFormApi();
  useEffect(() => api.register(path), [api.register, path]);
  const id = api.idFor(path);
  const code = api.errorFor(path);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = code ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={styles.field}>
      <label for={id} class={styles.label}>
        {label}
      </label>
      {children({ id, 'aria-invalid': code !== undefined, 'aria-describedby': describedBy })}
      {hint && (
        <p id={hintId} class={styles.hint}>
          {hint}
        </p>
      )}
      {code && (
        <p id={errorId} class={styles.error}>
          {errorMessage(t, code)}
        </p>
      )}
    </div>
  );
}

/** The current value at `path` and a setter for it. */
export function useField<V>(path: string): [V, (value: unknown) => void] {
  const api = useFormApi();
  return [getIn(api.draft, path) as V, (value) => api.set(path, value)];
}

type InputEvent = TargetedEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, Event>;

export function inputValue(event: InputEvent): string {
  return event.currentTarget.value;
}
