// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { RestorePreview } from '../../lib/model/restore-preview';
import { renderWithI18n } from '../../tests/support/i18n';
import { OptionsPage } from './OptionsPage';

describe('OptionsPage', () => {
  it('opens the side panel once it can, and asks before a restore replaces everything', () => {
    const onOpen = vi.fn();
    const onConfirm = vi.fn();
    const first = renderWithI18n(
      <OptionsPage
        onOpenSidePanel={null}
        pendingRestore={null}
        onConfirmRestore={onConfirm}
        onCancelRestore={vi.fn()}
      >
        <p>backup</p>
      </OptionsPage>,
    );
    expect(screen.getByRole('button', { name: 'Open the side panel' })).toHaveProperty('disabled', true);
    expect(screen.getByText('backup')).toBeTruthy();
    const page = (pendingRestore: Parameters<typeof OptionsPage>[0]['pendingRestore']) => (
      <OptionsPage
        onOpenSidePanel={onOpen}
        pendingRestore={pendingRestore}
        onConfirmRestore={onConfirm}
        onCancelRestore={vi.fn()}
      >
        <p>backup</p>
      </OptionsPage>
    );
    first.unmount();
    const second = renderWithI18n(page(null));
    fireEvent.click(screen.getByRole('button', { name: 'Open the side panel' }));
    expect(onOpen).toHaveBeenCalledOnce();
    expect(onConfirm).not.toHaveBeenCalled();
    second.unmount(); // (testing-library's rerender would drop the i18n provider)
    const tables: RestorePreview['tables'] = [
      { table: 'accounts', inFile: 46, now: 3 },
      { table: 'contacts', inFile: 100, now: 5 },
      { table: 'talkingPoints', inFile: 98, now: 0 },
      { table: 'pricingNotes', inFile: 53, now: 1 },
      { table: 'notes', inFile: 162, now: 12 },
      { table: 'matchCorrections', inFile: 0, now: 2 },
    ];
    renderWithI18n(
      page({ fileName: 'dossier-backup.json', accountsInFile: 46, accountsNow: 3, tables, team: null }),
    );
    expect(screen.getByText(/46 accounts/)).toBeTruthy();
    // Part by part, what the file brings and what it replaces — the corrections stored now included.
    const rows = screen.getAllByRole('row').map((row) => row.textContent);
    expect(rows).toEqual([
      'PartIn the fileStored now',
      'Accounts463',
      'Contacts1005',
      'Talking points980',
      'Pricing notes531',
      'Timeline notes16212',
      'Detection corrections02',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Replace with the backup' }));
    expect(onConfirm).toHaveBeenCalledOnce();
  });

  it('in a team, restores into private files unless a manager chooses to replace the team’s', () => {
    const onMode = vi.fn();
    const onConfirm = vi.fn();
    const team = {
      team: 'acme',
      manager: false,
      private: { restored: 4, keptTeam: 42 },
      replace: { restored: 44, removed: 3, keptPrivate: 2 },
    };
    const page = (manager: boolean, mode: 'private' | 'replaceTeam') => (
      <OptionsPage
        onOpenSidePanel={null}
        pendingRestore={{
          fileName: 'dossier-backup.json',
          accountsInFile: 46,
          accountsNow: 50,
          tables: [],
          team: { ...team, manager },
        }}
        onConfirmRestore={onConfirm}
        onCancelRestore={vi.fn()}
        restoreMode={mode}
        onRestoreMode={onMode}
      >
        <p>backup</p>
      </OptionsPage>
    );
    const rep = renderWithI18n(page(false, 'private'));
    expect(screen.getByText('Restore this backup in team acme?')).toBeTruthy();
    expect(screen.getByRole('radio', { name: /Into my private files/ })).toHaveProperty('checked', true);
    expect(screen.getByText(/4 accounts of the backup restored as private/)).toBeTruthy();
    // A rep cannot choose the replace.
    expect(screen.getByRole('radio', { name: /Replace the team's files/ })).toHaveProperty('disabled', true);
    expect(screen.getByText('Only a manager of the team can replace its files.')).toBeTruthy();
    rep.unmount();

    const manager = renderWithI18n(page(true, 'private'));
    fireEvent.click(screen.getByRole('radio', { name: /Replace the team's files/ }));
    expect(onMode).toHaveBeenCalledWith('replaceTeam');
    expect(screen.getByText(/3 team accounts the backup does not hold are deleted/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Restore into private files' }));
    manager.unmount();

    renderWithI18n(page(true, 'replaceTeam'));
    fireEvent.click(screen.getByRole('button', { name: "Replace the team's files" }));
    expect(onConfirm).toHaveBeenCalledTimes(2);
  });
});
