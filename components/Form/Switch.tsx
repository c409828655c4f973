import form from './Form.module.css';
import styles from './Switch.module.css';

interface SwitchProps {
  /** Prefix of the hint's id (the switch is described by it). */
  id: string;
  label: string;
  hint: string;
  checked: boolean;
  disabled?: boolean;
  onChange(checked: boolean): void;
}

/** A setting's on/off switch and the sentence that says what it does. */
export function Switch({ id, label, hint, checked, disabled, onChange }: SwitchProps) {
  return (
    <>
      <label class={styles.switchRow}>
        <input
          type="checkbox"
          role="switch"
          aria-checked={checked}
          checked={checked}
          disabled={disabled}
          aria-describedby={`${id}-hint`}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        <span class={styles.switchLabel}>{label}</span>
      </label>
      <p id={`${id}-hint`} class={form.hint}>
        {hint}
      </p>
    </>
  );
}
