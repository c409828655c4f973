// @vitest-environment happy-dom
// The switch, the frequency and the last run, in both languages.
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../tests/support/i18n';
import { AutoBackup } from './AutoBackup';

const props = {
  settings: { enabled: false, frequency: 'weekly' as const },
  status: null,
  declined: false,
  onToggle: vi.fn(),
  onFrequency: vi.fn(),
};

describe('AutoBackup', () => {
  it('is off by default; switching on asks for it', () => {
    const onToggle = vi.fn();
    renderWithI18n(<AutoBackup {...props} onToggle={onToggle} />);
    const toggle = screen.getByRole('switch', {
      name: 'Back up automatically to Downloads',
    }) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    expect(screen.queryByLabelText('How often')).toBeNull();
    expect(screen.getByText(/Dossier folder in Downloads/)).toBeTruthy();
    fireEvent.click(toggle);
    expect(onToggle).toHaveBeenCalledWith(true);
  });

  it('on: picks daily or weekly, and switches off', () => {
    const onToggle = vi.fn();
    const onFrequency = vi.fn();
    renderWithI18n(
      <AutoBackup
        {...props}
        settings={{ enabled: true, frequency: 'weekly' }}
        onToggle={onToggle}
        onFrequency={onFrequency}
      />,
    );
    const select = screen.getByLabelText('How often') as HTMLSelectElement;
    expect(select.value).toBe('weekly');
    fireEvent.change(select, { target: { value: 'daily' } });
    expect(onFrequency).toHaveBeenCalledWith('daily');
    fireEvent.click(screen.getByRole('switch'));
    expect(onToggle).toHaveBeenCalledWith(false);
  });

  it('waits for its settings, says when the permission was declined, and how the last run went', () => {
    renderWithI18n(<AutoBackup {...props} settings={null} />);
    expect((screen.getByRole('switch') as HTMLInputElement).disabled).toBe(true);
    cleanup();
    renderWithI18n(<AutoBackup {...props} declined />);
    expect(screen.getByRole('status').textContent).toMatch(/not allowed to save downloads/);
    cleanup();
    renderWithI18n(<AutoBackup {...props} status={{ at: '2026-03-01T08:00:00Z', ok: true }} />);
    expect(screen.getByText(/^Last automatic backup: .*2026/)).toBeTruthy();
    cleanup();
    renderWithI18n(
      <AutoBackup {...props} status={{ at: '2026-03-01T08:00:00Z', ok: false, error: 'FILE_NO_SPACE' }} />,
    );
    expect(screen.getByText(/failed \(FILE_NO_SPACE\)\. Dossier tries again within the hour/)).toBeTruthy();
  });

  it('speaks Chinese', () => {
    renderWithI18n(
      <AutoBackup
        {...props}
        settings={{ enabled: true, frequency: 'daily' }}
        status={{ at: '2026-03-01T08:00:00Z', ok: false, error: 'X' }}
      />,
      'zh_CN',
    );
    expect(screen.getByRole('switch', { name: '自动备份到“下载”文件夹' })).toBeTruthy();
    expect((screen.getByLabelText('频率') as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('每天');
    expect(screen.getByText(/自动备份失败（X）/)).toBeTruthy();
  });
});
