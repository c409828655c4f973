// @vitest-environment happy-dom
// The Storage card in both languages.
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../tests/support/i18n';
import { StorageHealth } from './StorageHealth';

const health = { persisted: false, usage: 12_345_678, quota: 299_000_000_000, unlimited: true };

describe('StorageHealth', () => {
  it('shows whether the data is kept, the space used of the quota, and unlimited storage', () => {
    const onKeep = vi.fn();
    renderWithI18n(<StorageHealth health={health} onKeep={onKeep} keepDeclined={false} />);
    expect(screen.getByRole('heading', { name: 'Storage' })).toBeTruthy();
    expect(screen.getByText(/Best effort/)).toBeTruthy();
    expect(screen.getByText('Dossier uses 12 MB of the 299 GB the browser allows.')).toBeTruthy();
    expect(screen.getByText(/Unlimited storage is granted/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Keep my data' }));
    expect(onKeep).toHaveBeenCalledOnce();
  });

  it('offers no button once the data is kept; says so when the browser declined', () => {
    renderWithI18n(
      <StorageHealth health={{ ...health, persisted: true }} onKeep={vi.fn()} keepDeclined={false} />,
    );
    expect(screen.getByText(/^Kept:/)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    cleanup();
    renderWithI18n(<StorageHealth health={health} onKeep={vi.fn()} keepDeclined />);
    expect(screen.getByRole('status').textContent).toMatch(/did not agree/);
  });

  it('is busy until the browser answers, and honest when it cannot say', () => {
    const { container } = renderWithI18n(
      <StorageHealth health={null} onKeep={vi.fn()} keepDeclined={false} />,
    );
    expect(container.querySelector('section')!.getAttribute('aria-busy')).toBe('true');
    cleanup();
    renderWithI18n(
      <StorageHealth
        health={{ persisted: null, usage: null, quota: null, unlimited: false }}
        onKeep={vi.fn()}
        keepDeclined={false}
      />,
    );
    expect(screen.getByText(/does not say whether/)).toBeTruthy();
    expect(screen.getByText(/does not say how much/)).toBeTruthy();
    expect(screen.queryByText(/Unlimited/)).toBeNull();
  });

  it('speaks Chinese', () => {
    renderWithI18n(<StorageHealth health={health} onKeep={vi.fn()} keepDeclined={false} />, 'zh_CN');
    expect(screen.getByRole('heading', { name: '存储' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '保留我的数据' })).toBeTruthy();
    expect(screen.getByText(/^Dossier 已使用 12\s?MB，浏览器允许最多 299\s?GB。$/)).toBeTruthy();
  });
});
