import type { ComponentChildren } from 'preact';
import styles from './ScreenMessage.module.css';

interface ScreenMessageProps {
  /** loading: announced politely while busy; error: an alert; info: a status line. */
  kind: 'loading' | 'error' | 'info';
  children: ComponentChildren;
}

/** A whole-screen message in the side panel: loading, an error, or a note such as "account deleted". */
export function ScreenMessage({ kind, children }: ScreenMessageProps) {
  if (kind === 'error') {
    return (
      <p role="alert" class={`${styles.message} ${styles.error}`}>
        {children}
      </p>
    );
  }
  return (
    <p role="status" aria-busy={kind === 'loading'} class={styles.message}>
      {children}
    </p>
  );
}
