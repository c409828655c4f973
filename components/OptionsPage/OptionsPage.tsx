import type { ComponentChildren } from 'preact';
import type { RestorePreview, TeamRestoreMode } from '../../lib/model/restore-preview';
import { Button } from '../Button/Button';
import { ConfirmDialog } from '../ConfirmDialog/ConfirmDialog';
import { useT } from '../i18n';
import styles from './OptionsPage.module.css';
import { TeamRestoreChoice } from './TeamRestoreChoice';

/** A restore the rep has picked a valid file for and must still confirm. */
export type PendingRestore = RestorePreview;

interface OptionsPageProps {
  /** Null until the panel can be opened (the window is looked up first). */
  onOpenSidePanel: (() => void) | null;
  pendingRestore: PendingRestore | null;
  onConfirmRestore(): void;
  onCancelRestore(): void;
  /** In a team: how the pending restore goes (into private files unless a manager chooses otherwise). */
  restoreMode?: TeamRestoreMode;
  onRestoreMode?(mode: TeamRestoreMode): void;
  /** Above everything: the notice when the browser emptied the database. */
  notice?: ComponentChildren;
  /** The backup panel, rendered below the side-panel section. */
  children: ComponentChildren;
}

/** The options page: open the side panel, back up and restore the whole database. */
export function OptionsPage({
  onOpenSidePanel,
  pendingRestore,
  onConfirmRestore,
  onCancelRestore,
  restoreMode = 'private',
  onRestoreMode = () => {},
  notice,
  children,
}: OptionsPageProps) {
  const t = useT();
  const team = pendingRestore?.team ?? null;
  return (
    <main class={styles.page}>
      <header class={styles.header}>
        <h1 class={styles.title}>{t('options.title')}</h1>
        <p class={styles.lead}>{t('options.lead')}</p>
      </header>
      {notice}
      <section class={styles.card} aria-labelledby="options-panel-title">
        <h2 id="options-panel-title" class={styles.cardTitle}>
          {t('options.panelTitle')}
        </h2>
        <p class={styles.muted}>{t('options.panelHint')}</p>
        <div>
          <Button disabled={!onOpenSidePanel} onClick={() => onOpenSidePanel?.()}>
            {t('options.openSidePanel')}
          </Button>
        </div>
      </section>
      {children}
      {team ? (
        <ConfirmDialog
          open={pendingRestore !== null}
          title={t('team.restore.title', [team.team])}
          message={t('team.restore.message', [
            pendingRestore?.fileName ?? '',
            String(pendingRestore?.accountsInFile ?? 0),
          ])}
          details={<TeamRestoreChoice preview={team} mode={restoreMode} onMode={onRestoreMode} />}
          confirmLabel={t(
            restoreMode === 'replaceTeam' ? 'team.restore.confirmReplace' : 'team.restore.confirmPrivate',
          )}
          onConfirm={onConfirmRestore}
          onCancel={onCancelRestore}
        />
      ) : (
        <ConfirmDialog
          open={pendingRestore !== null}
          title={t('options.restoreConfirmTitle')}
          message={t('options.restoreConfirmMessage', [
            pendingRestore?.fileName ?? '',
            String(pendingRestore?.accountsInFile ?? 0),
            String(pendingRestore?.accountsNow ?? 0),
          ])}
          details={pendingRestore && <RestoreTables tables={pendingRestore.tables} />}
          confirmLabel={t('options.restoreConfirm')}
          onConfirm={onConfirmRestore}
          onCancel={onCancelRestore}
        />
      )}
    </main>
  );
}

/** Part by part, what the restore brings and what it replaces. */
function RestoreTables({ tables }: { tables: PendingRestore['tables'] }) {
  const t = useT();
  return (
    <table class={styles.restoreTables}>
      <thead>
        <tr>
          <th scope="col">{t('options.restoreTable.part')}</th>
          <th scope="col">{t('options.restoreTable.inFile')}</th>
          <th scope="col">{t('options.restoreTable.now')}</th>
        </tr>
      </thead>
      <tbody>
        {tables.map(({ table, inFile, now }) => (
          <tr key={table}>
            <th scope="row">{t(`options.restoreTable.${table}`)}</th>
            <td>{inFile}</td>
            <td>{now}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
