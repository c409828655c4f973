// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../tests/support/i18n';
import { BackupPanel } from './BackupPanel';

describe('BackupPanel', () => {
  it('exports, restores a picked file and warns before restoring', () => {
    const onExport = vi.fn();
    const onRestore = vi.fn();
    renderWithI18n(<BackupPanel onExport={onExport} onRestore={onRestore} status={{ kind: 'idle' }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export backup' }));
    expect(onExport).toHaveBeenCalledOnce();
    const input = screen.getByLabelText('Restore from backup…') as HTMLInputElement;
    expect(input.getAttribute('accept')).toContain('.json');
    expect(screen.getByText(/replaces everything/)).toBeTruthy();
    const file = new File(['{}'], 'backup.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [file] } });
    expect(onRestore).toHaveBeenCalledWith(file);
  });

  it('announces status and errors', () => {
    const { rerender } = renderWithI18n(
      <BackupPanel
        onExport={vi.fn()}
        onRestore={vi.fn()}
        status={{ kind: 'done', message: 'Restored 3 accounts' }}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe('Restored 3 accounts');
    rerender(
      <BackupPanel onExport={vi.fn()} onRestore={vi.fn()} status={{ kind: 'error', message: 'Bad file' }} />,
    );
    expect(screen.getByRole('alert').textContent).toBe('Bad file');
  });
});
