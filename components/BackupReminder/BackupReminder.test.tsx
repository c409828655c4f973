// @vitest-environment happy-dom
// The backup card's line and the side panel's banner, in both languages.
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../tests/support/i18n';
import { BackupBanner } from './BackupBanner';
import { BackupReminder } from './BackupReminder';

const LAST = '2026-03-01T08:00:00Z';

describe('BackupReminder (options backup card)', () => {
  it('says when the last backup was when none is due', () => {
    const { container } = renderWithI18n(<BackupReminder lastBackupAt={LAST} due={false} />);
    expect(container.textContent).toMatch(/^Last backup: .*2026.*\.$/);
    expect(screen.queryByTestId('backup-reminder')).toBeNull();
  });

  it('says nothing before the first backup while none is due (no accounts yet)', () => {
    const { container } = renderWithI18n(<BackupReminder lastBackupAt={null} due={false} />);
    expect(container.textContent).toBe('');
  });

  it('warns when the last backup is over a week old, or there never was one', () => {
    renderWithI18n(<BackupReminder lastBackupAt={LAST} due />);
    expect(screen.getByTestId('backup-reminder').textContent).toMatch(/more than a week ago/);
    cleanup();
    renderWithI18n(<BackupReminder lastBackupAt={null} due />);
    expect(screen.getByTestId('backup-reminder').textContent).toMatch(/never backed up/);
  });

  it('speaks Chinese', () => {
    renderWithI18n(<BackupReminder lastBackupAt={LAST} due />, 'zh_CN');
    expect(screen.getByTestId('backup-reminder').textContent).toMatch(/^上次备份是在 2026.*已超过一周/);
    cleanup();
    renderWithI18n(<BackupReminder lastBackupAt={null} due />, 'zh_CN');
    expect(screen.getByTestId('backup-reminder').textContent).toMatch(/从未备份/);
  });
});

describe('BackupBanner (side panel)', () => {
  it('offers to back up now or be reminded tomorrow', () => {
    const onBackUp = vi.fn();
    const onDismiss = vi.fn();
    renderWithI18n(<BackupBanner never={false} onBackUp={onBackUp} onDismiss={onDismiss} />);
    const banner = screen.getByRole('complementary', { name: 'Backup reminder' });
    expect(banner.textContent).toMatch(/more than a week old/);
    fireEvent.click(screen.getByRole('button', { name: 'Back up now' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remind me tomorrow' }));
    expect(onBackUp).toHaveBeenCalledOnce();
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('says so when there never was a backup, in both languages', () => {
    renderWithI18n(<BackupBanner never onBackUp={vi.fn()} onDismiss={vi.fn()} />);
    expect(screen.getByRole('complementary').textContent).toMatch(/no backup yet/);
    cleanup();
    renderWithI18n(<BackupBanner never={false} onBackUp={vi.fn()} onDismiss={vi.fn()} />);
    expect(screen.getByRole('complementary').textContent).toMatch(/more than a week old/);
  });

  it('speaks Chinese', () => {
    renderWithI18n(<BackupBanner never onBackUp={vi.fn()} onDismiss={vi.fn()} />, 'zh_CN');
    expect(screen.getByRole('complementary', { name: '备份提醒' }).textContent).toMatch(/还没有备份/);
    expect(screen.getByRole('button', { name: '立即备份' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '明天再提醒' })).toBeTruthy();
  });
});
