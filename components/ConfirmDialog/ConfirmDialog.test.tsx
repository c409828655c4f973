// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../tests/support/i18n';
import { ConfirmDialog } from './ConfirmDialog';

const props = { title: 'Delete Acme?', message: 'Gone for good.', confirmLabel: 'Delete account' };

describe('ConfirmDialog', () => {
  it('renders nothing when closed', () => {
    renderWithI18n(<ConfirmDialog {...props} open={false} onConfirm={vi.fn()} onCancel={vi.fn()} />);
    expect(screen.queryByText('Gone for good.')).toBeNull();
  });

  it('confirms, cancels, and cancels on Escape', () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    renderWithI18n(<ConfirmDialog {...props} open onConfirm={onConfirm} onCancel={onCancel} />);
    expect(screen.getByText('Gone for good.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete account' }));
    expect(onConfirm).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledTimes(2);
  });
});
