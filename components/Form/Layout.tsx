import type { ComponentChildren } from 'preact';
import styles from './Form.module.css';

/** Two fields side by side (the panel is narrow; only short fields pair up). */
export function FieldRow({ children }: { children: ComponentChildren }) {
  return <div class={styles.row}>{children}</div>;
}

export function FieldGroup({ legend, children }: { legend: string; children: ComponentChildren }) {
  return (
    <fieldset class={styles.fieldset}>
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}
