// @vitest-environment happy-dom
// The Export card in both languages.
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../tests/support/i18n';
import { ExportPanel } from './ExportPanel';

describe('ExportPanel', () => {
  it('exports accounts and contacts as CSV, and says what it saved', () => {
    const onExportAccounts = vi.fn();
    const onExportContacts = vi.fn();
    renderWithI18n(
      <ExportPanel
        onExportAccounts={onExportAccounts}
        onExportContacts={onExportContacts}
        status={{ kind: 'idle' }}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Export' })).toBeTruthy();
    expect(screen.getByText(/neutralised/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Export accounts (CSV)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export contacts (CSV)' }));
    expect(onExportAccounts).toHaveBeenCalledOnce();
    expect(onExportContacts).toHaveBeenCalledOnce();
    cleanup();
    renderWithI18n(
      <ExportPanel
        onExportAccounts={vi.fn()}
        onExportContacts={vi.fn()}
        status={{ kind: 'done', message: 'Saved' }}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe('Saved');
  });

  it('disables both while working and shows an error as an alert', () => {
    renderWithI18n(
      <ExportPanel onExportAccounts={vi.fn()} onExportContacts={vi.fn()} status={{ kind: 'working' }} />,
    );
    for (const button of screen.getAllByRole('button'))
      expect((button as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('Working…');
    cleanup();
    renderWithI18n(
      <ExportPanel
        onExportAccounts={vi.fn()}
        onExportContacts={vi.fn()}
        status={{ kind: 'error', message: 'No' }}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe('No');
  });

  it('speaks Chinese', () => {
    renderWithI18n(
      <ExportPanel onExportAccounts={vi.fn()} onExportContacts={vi.fn()} status={{ kind: 'idle' }} />,
      'zh_CN',
    );
    expect(screen.getByRole('heading', { name: '导出' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '导出客户（CSV）' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '导出联系人（CSV）' })).toBeTruthy();
  });
});
