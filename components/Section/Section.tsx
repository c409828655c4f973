import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { Button } from '../Button/Button';
import styles from './Section.module.css';

interface SectionProps {
  title: string;
  count?: number;
  /** Label and handler of the section's add button; omitted when there is nothing to add. */
  addLabel?: string;
  onAdd?(): void;
  children: ComponentChildren;
}

/** A client-file section: an h2 that labels it, an optional count and add button. */
export function Section({ title, count, addLabel, onAdd, children }: SectionProps) {
  const id = useId();
  return (
    <section class={styles.section} aria-labelledby={id}>
      <header class={styles.header}>
        <h2 id={id} class={styles.title}>
          {title}
          {count !== undefined && count > 0 && <span class={styles.count}>{count}</span>}
        </h2>
        {addLabel && onAdd && (
          <Button small onClick={onAdd}>
            {addLabel}
          </Button>
        )}
      </header>
      {children}
    </section>
  );
}

export function EmptyState({ children }: { children: ComponentChildren }) {
  return <p class={styles.empty}>{children}</p>;
}
