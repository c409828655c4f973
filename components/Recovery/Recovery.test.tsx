// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../tests/support/i18n';
import { RecoveryCopyCard } from './RecoveryCopyCard';
import { RecoveryNotice } from './RecoveryNotice';
import type { CopyView, RestoreStatusView } from './types';

const COPY: CopyView = {
  takenAt: '2026-12-04T08:00:00Z',
  counts: { accounts: 46, contacts: 100, notes: 162 },
  bytes: 68_000,
};
const DETECTED = '2026-12-04T10:00:00Z';

function notice(
  status: RestoreStatusView = { kind: 'idle' },
  storedAccounts: number | null = 0,
  locale = 'en',
) {
  const onRestore = vi.fn();
  const onDismiss = vi.fn();
  renderWithI18n(
    <RecoveryNotice
      detectedAt={DETECTED}
      copy={COPY}
      storedAccounts={storedAccounts}
      status={status}
      onRestore={onRestore}
      onDismiss={onDismiss}
    />,
    locale as 'en',
  );
  return { onRestore, onDismiss };
}

describe('RecoveryNotice', () => {
  it('says what happened and what the copy holds, and restores or dismisses', () => {
    const { onRestore, onDismiss } = notice();
    const aside = screen.getByRole('complementary', { name: 'Client files lost by the browser' });
    expect(aside.textContent).toContain("The browser emptied Dossier's database");
    expect(aside.textContent).toMatch(/holds 46 accounts, 100 contacts and 162 notes\./);
    expect(aside.textContent).not.toMatch(/replaces/);
    fireEvent.click(screen.getByRole('button', { name: 'Restore the recovery copy' }));
    expect(onRestore).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('warns that accounts added since the loss are replaced', () => {
    notice({ kind: 'idle' }, 3);
    expect(screen.getByRole('complementary').textContent).toContain(
      'Restoring replaces the 3 accounts added since.',
    );
  });

  it('while restoring, then how it went', () => {
    notice({ kind: 'working' });
    expect(
      (screen.getByRole('button', { name: 'Restoring your client files…' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    cleanup();
    const { onDismiss } = notice({ kind: 'done', accounts: 46 });
    expect(screen.getByRole('status').textContent).toBe('Restored 46 accounts from the recovery copy.');
    // Done: nothing left to restore, only to close.
    expect(screen.queryByRole('button', { name: 'Restore the recovery copy' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onDismiss).toHaveBeenCalledOnce();
    cleanup();
    notice({
      kind: 'failed',
      failure: { code: 'space', detail: { needed: 42_000_000, available: 9_000_000 } },
    });
    expect(screen.getByRole('alert').textContent).toBe(
      'There is not enough free space to store this: it needs about 42 MB, and 9 MB is free. Nothing was saved. Free some space and try again.',
    );
    cleanup();
    notice({ kind: 'failed', failure: { code: 'failed', detail: { message: 'boom', after: 'unchanged' } } });
    expect(screen.getByRole('alert').textContent).toBe('Restoring failed: boom');
    cleanup();
    notice({ kind: 'invalid', error: { code: 'wrongFormat', params: [] } });
    expect(screen.getByRole('alert').textContent).toBe(
      'The recovery copy is damaged and was not restored: This is not a Dossier backup file.',
    );
  });

  it('speaks Chinese', () => {
    notice({ kind: 'idle' }, 0, 'zh_CN');
    const aside = screen.getByRole('complementary', { name: '浏览器丢失了客户档案' });
    expect(aside.textContent).toContain('46 个客户、100 位联系人和 162 条记录');
    expect(screen.getByRole('button', { name: '恢复副本' })).toBeTruthy();
  });
});

describe('RecoveryCopyCard', () => {
  function card(props: Partial<Parameters<typeof RecoveryCopyCard>[0]> = {}) {
    const onRestore = vi.fn();
    renderWithI18n(
      <RecoveryCopyCard
        available
        copy={COPY}
        storedAccounts={46}
        status={{ kind: 'idle' }}
        onRestore={onRestore}
        {...props}
      />,
    );
    return onRestore;
  }

  it('says when the last copy was taken, of what and its size', () => {
    card();
    const section = screen.getByRole('region', { name: 'Recovery copy' });
    expect(section.textContent).toMatch(
      /Last copy: .*2026.* — 46 accounts, 100 contacts and 162 notes \(68 kB\)\./,
    );
  });

  it('asks before replacing what is stored', () => {
    const onRestore = card();
    fireEvent.click(screen.getByRole('button', { name: 'Restore the recovery copy…' }));
    expect(screen.getByRole('group').textContent).toMatch(
      /Replace the 46 accounts stored now with the copy of/,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onRestore).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Restore the recovery copy…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Replace with the copy' }));
    expect(onRestore).toHaveBeenCalledOnce();
  });

  it('with no copy yet, or no place for one, says so and offers nothing to restore', () => {
    card({ copy: null });
    expect(screen.getByRole('region').textContent).toContain('No copy yet');
    expect(screen.queryByRole('button')).toBeNull();
    cleanup();
    card({ available: false, copy: null });
    expect(screen.getByRole('region').textContent).toContain('no place for a recovery copy');
  });
});
