import { useState } from 'preact/hooks';
import { useT } from '../i18n';
import { Field, inputValue, useField } from './Field';
import styles from './Form.module.css';
import { parseNumber, splitList } from './paths';

interface BaseProps {
  path: string;
  label: string;
  hint?: string;
}

export function TextField({
  path,
  label,
  hint,
  placeholder,
  type = 'text',
  nullable = false,
}: BaseProps & {
  placeholder?: string;
  type?: 'text' | 'email' | 'url' | 'tel';
  /** Store '' as null (optional calendar-ish strings such as a birthday). */
  nullable?: boolean;
}) {
  const [value, set] = useField<string | null>(path);
  return (
    <Field path={path} label={label} hint={hint}>
      {(control) => (
        <input
          {...control}
          class={styles.input}
          // The union of input types trips Preact's discriminated input typings.
          type={type as 'text'}
          value={value ?? ''}
          placeholder={placeholder}
          onInput={(e) => {
            const text = inputValue(e);
            set(nullable && text.trim() === '' ? null : text);
          }}
        />
      )}
    </Field>
  );
}

export function TextArea({ path, label, hint, rows = 3 }: BaseProps & { rows?: number }) {
  const [value, set] = useField<string>(path);
  return (
    <Field path={path} label={label} hint={hint}>
      {(control) => (
        <textarea
          {...control}
          class={styles.input}
          rows={rows}
          value={value ?? ''}
          onInput={(e) => set(inputValue(e))}
        />
      )}
    </Field>
  );
}

/**
 * The text the rep types, kept as typed, while the draft holds its parsed value: "a, b" stays on
 * screen while the draft gets ['a', 'b']; "12a" stays while the validator sees NaN.
 */
function useParsedText<V>(path: string, format: (value: V) => string, parse: (text: string) => unknown) {
  const [value, set] = useField<V>(path);
  const [text, setText] = useState(() => format(value));
  const onInput = (e: Parameters<typeof inputValue>[0]) => {
    setText(inputValue(e));
    set(parse(inputValue(e)));
  };
  return { text, onInput };
}

/** A list edited as text: "a, b，c、d" or one per line → ['a', 'b', 'c', 'd']. A textarea, so pasted lines survive. */
export function ListField({ path, label, hint }: BaseProps) {
  const t = useT();
  const { text, onInput } = useParsedText<string[]>(path, (v) => (v ?? []).join(', '), splitList);
  return (
    <Field path={path} label={label} hint={hint ?? t('form.listHint')}>
      {(control) => (
        <textarea
          {...control}
          class={`${styles.input} ${styles.list}`}
          rows={1}
          value={text}
          onInput={onInput}
        />
      )}
    </Field>
  );
}

/** Empty → null; text that is not a number reaches the validator as NaN (notANumber). */
export function NumberField({ path, label, hint }: BaseProps) {
  const { text, onInput } = useParsedText<number | null>(
    path,
    (v) => (v === null || v === undefined ? '' : String(v)),
    parseNumber,
  );
  return (
    <Field path={path} label={label} hint={hint}>
      {(control) => (
        <input
          {...control}
          class={styles.input}
          type="text"
          inputMode="decimal"
          value={text}
          onInput={onInput}
        />
      )}
    </Field>
  );
}

/** A calendar date `YYYY-MM-DD`; empty → null. */
export function DateField({ path, label, hint }: BaseProps) {
  const [value, set] = useField<string | null>(path);
  return (
    <Field path={path} label={label} hint={hint}>
      {(control) => (
        <input
          {...control}
          class={styles.input}
          type="date"
          value={value ?? ''}
          onInput={(e) => set(inputValue(e) === '' ? null : inputValue(e))}
        />
      )}
    </Field>
  );
}

const pad = (n: number) => String(n).padStart(2, '0');

function toLocalInput(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** An instant stored as ISO-8601 UTC, edited in local time. */
export function DateTimeField({ path, label, hint }: BaseProps) {
  const [value, set] = useField<string>(path);
  return (
    <Field path={path} label={label} hint={hint}>
      {(control) => (
        <input
          {...control}
          class={styles.input}
          type="datetime-local"
          value={toLocalInput(value)}
          onInput={(e) => {
            const local = new Date(inputValue(e));
            set(Number.isNaN(local.getTime()) ? inputValue(e) : local.toISOString());
          }}
        />
      )}
    </Field>
  );
}

interface SelectProps<V extends string | number> extends BaseProps {
  options: readonly V[];
  labelOf(value: V): string;
  /** Offer an empty choice that stores null. */
  nullable?: boolean;
}

export function SelectField<V extends string | number>({
  path,
  label,
  hint,
  options,
  labelOf,
  nullable = false,
}: SelectProps<V>) {
  const t = useT();
  const [value, set] = useField<V | null>(path);
  return (
    <Field path={path} label={label} hint={hint}>
      {(control) => (
        <select
          {...control}
          class={styles.input}
          value={value === null || value === undefined ? '' : String(value)}
          onChange={(e) => {
            const picked = options.find((option) => String(option) === inputValue(e));
            set(picked ?? null);
          }}
        >
          {nullable && <option value="">{t('common.none')}</option>}
          {options.map((option) => (
            <option key={option} value={String(option)}>
              {labelOf(option)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
