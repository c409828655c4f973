import type { ComponentChildren } from 'preact';
import styles from './Badge.module.css';

export type BadgeTone = 'neutral' | 'accent' | 'warn' | 'danger' | 'ok' | 'tierA' | 'tierB' | 'tierC';

export function Badge({
  tone = 'neutral',
  title,
  children,
}: {
  tone?: BadgeTone;
  title?: string;
  children: ComponentChildren;
}) {
  return (
    <span class={`${styles.badge} ${styles[tone]}`} title={title}>
      {children}
    </span>
  );
}

export function tierTone(tier: string): BadgeTone {
  return tier === 'A' ? 'tierA' : tier === 'B' ? 'tierB' : 'tierC';
}
