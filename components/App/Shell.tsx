import type { ComponentChildren } from 'preact';
import { Button } from '../Button/Button';
import { useT } from '../i18n';
import styles from './Shell.module.css';

interface ShellProps {
  onOpenSettings(): void;
  children: ComponentChildren;
}

/** The side panel frame: product name, a way to backup and settings, then the screen. */
export function Shell({ onOpenSettings, children }: ShellProps) {
  const t = useT();
  return (
    <div class={styles.shell}>
      <header class={styles.bar}>
        <span class={styles.brand}>{t('shell.title')}</span>
        <Button small variant="ghost" onClick={onOpenSettings}>
          {t('sidepanel.openSettings')}
        </Button>
      </header>
      <main class={styles.content}>{children}</main>
    </div>
  );
}
