// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../tests/support/i18n';
import { FirstRun } from './FirstRun';

describe('FirstRun', () => {
  it('calls back from both buttons', () => {
    const onLoadDemo = vi.fn();
    const onStartEmpty = vi.fn();
    renderWithI18n(<FirstRun onLoadDemo={onLoadDemo} onStartEmpty={onStartEmpty} busy={false} />);
    expect(screen.getByRole('heading', { name: 'Welcome to Dossier' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Load demo data' }));
    fireEvent.click(screen.getByRole('button', { name: 'Start empty' }));
    expect(onLoadDemo).toHaveBeenCalledOnce();
    expect(onStartEmpty).toHaveBeenCalledOnce();
  });

  it('disables the buttons while busy and shows an error', () => {
    renderWithI18n(<FirstRun onLoadDemo={vi.fn()} onStartEmpty={vi.fn()} busy error="Disk full" />);
    expect((screen.getByRole('button', { name: 'Load demo data' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('alert').textContent).toBe('Disk full');
  });

  it('offers webmail scanning only when asked to, and confirms once granted', () => {
    const onGrantWebmail = vi.fn();
    const name = 'Let Dossier read webmail pages (Gmail, Outlook, Exmail, QQ, 163)';
    const first = renderWithI18n(<FirstRun onLoadDemo={vi.fn()} onStartEmpty={vi.fn()} busy={false} />);
    expect(screen.queryByRole('button', { name })).toBeNull();
    first.unmount();
    const second = renderWithI18n(
      <FirstRun onLoadDemo={vi.fn()} onStartEmpty={vi.fn()} busy={false} onGrantWebmail={onGrantWebmail} />,
    );
    fireEvent.click(screen.getByRole('button', { name }));
    expect(onGrantWebmail).toHaveBeenCalledOnce();
    second.unmount();
    renderWithI18n(
      <FirstRun
        onLoadDemo={vi.fn()}
        onStartEmpty={vi.fn()}
        busy={false}
        onGrantWebmail={onGrantWebmail}
        webmailGranted
      />,
      'zh_CN',
    );
    expect(screen.queryByRole('button', { name: /Gmail/ })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('已开启网页邮箱扫描。');
  });
});
