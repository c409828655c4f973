import type { ComponentChildren } from 'preact';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { errorKey } from '../../lib/model/error-codes';
import type { Translate } from '../../lib/model/messages';
import type { FieldErrors } from '../../lib/model/types';
import { ConfirmDialog } from '../ConfirmDialog/ConfirmDialog';
import { useT } from '../i18n';
import styles from './Form.module.css';
import { type FormApi, FormContext } from './FormContext';
import { errorFieldPath, setIn } from './paths';

interface FormProps<T> {
  initial: T;
  title: string;
  onSubmit(draft: T): Promise<FieldErrors | null>;
  onCancel(): void;
  /** Called when the save succeeded (the callback resolved to null). */
  onSaved?(): void;
  children: ComponentChildren;
}

/**
 * A form over a draft: fields edit it by path, a save returns errors keyed by field path. It opens
 * with the caret in its first field; Esc closes it (asking first when something was changed), and
 * focus goes back to where it was before the form opened (the Add button, say).
 */
export function Form<T>({ initial, title, onSubmit, onCancel, onSaved, children }: FormProps<T>) {
  const t = useT();
  const baseId = useId();
  const [draft, setDraft] = useState<T>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [askingDiscard, setAskingDiscard] = useState(false);
  const registered = useRef(new Map<string, number>());
  const formRef = useRef<HTMLFormElement>(null);
  const topRef = useRef<HTMLDivElement>(null);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  useLayoutEffect(() => {
    const form = formRef.current;
    const before = document.activeElement;
    form?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    return () => {
      const now = document.activeElement;
      const lost = !now || now === document.body || (form?.contains(now) ?? false);
      if (lost && before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    event.stopPropagation();
    if (JSON.stringify(draft) === JSON.stringify(initial)) onCancel();
    else setAskingDiscard(true);
  };

  const register = useMemo(
    () => (path: string) => {
      const map = registered.current;
      map.set(path, (map.get(path) ?? 0) + 1);
      return () => {
        map.set(path, (map.get(path) ?? 1) - 1);
      };
    },
    [],
  );

  const api = useMemo<FormApi>(
    () => ({
      draft,
      set: (path, value) => setDraft((current) => setIn(current, path, value)),
      errorFor: (path) => {
        const key = Object.keys(errors).find((k) => k === path || errorFieldPath(k) === path);
        return key === undefined ? undefined : errors[key];
      },
      register,
      // `f-` keeps field ids apart from the form's own ids (a field named `title` vs the heading).
      idFor: (path) => `${baseId}-f-${path.replace(/\./g, '-')}`,
    }),
    [draft, errors, baseId, register],
  );

  const topErrors = Object.entries(errors).filter(([key]) => !registered.current.get(errorFieldPath(key)));

  // Layout effect: focus moves in the same frame the errors appear.
  useLayoutEffect(() => {
    if (Object.keys(errors).length === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!invalid) {
      topRef.current?.focus();
      return;
    }
    for (let el = invalid.parentElement; el; el = el.parentElement) {
      if (el instanceof HTMLDetailsElement) el.open = true;
    }
    invalid.focus();
  }, [errors]);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    try {
      const result = await onSubmit(draft);
      if (!mounted.current) return;
      setErrors(result ?? {});
      if (result === null) onSaved?.();
    } finally {
      if (mounted.current) setSaving(false);
    }
  };

  const titleId = `${baseId}-title`;
  return (
    <form
      ref={formRef}
      class={styles.form}
      aria-labelledby={titleId}
      onSubmit={submit}
      onKeyDown={onKeyDown}
      noValidate
    >
      <h3 id={titleId} class={styles.title}>
        {title}
      </h3>
      {topErrors.length > 0 && (
        <div ref={topRef} class={styles.topErrors} role="alert" tabIndex={-1}>
          <ul>
            {topErrors.map(([key, code]) => (
              <li key={key}>
                {key && `${key}: `}
                {errorMessage(t, code)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <FormContext.Provider value={api}>{children}</FormContext.Provider>
      <div class={styles.actions}>
        <button type="submit" class={styles.primary} disabled={saving}>
          {saving ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" class={styles.secondary} onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
      <ConfirmDialog
        open={askingDiscard}
        title={t('form.discardTitle')}
        message={t('form.discardMessage', [title])}
        confirmLabel={t('form.discard')}
        cancelLabel={t('form.keepEditing')}
        onCancel={() => setAskingDiscard(false)}
        onConfirm={() => {
          setAskingDiscard(false);
          onCancel();
        }}
      />
    </form>
  );
}

/** A field error's message (`errorKey`). */
export function errorMessage(t: Translate, code: string): string {
  return t(errorKey(code));
}
