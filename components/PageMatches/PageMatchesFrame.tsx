import type { ComponentChildren } from 'preact';
import styles from './PageMatchesFrame.module.css';

/** The side panel's column: the page-matches bar above the current screen, which scrolls. */
export function PageMatchesFrame({ bar, children }: { bar: ComponentChildren; children: ComponentChildren }) {
  return (
    <div class={styles.frame}>
      {bar}
      <div class={styles.screen}>{children}</div>
    </div>
  );
}
