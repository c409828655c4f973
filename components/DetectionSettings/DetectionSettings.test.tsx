// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { OwnAddresses } from '../../lib/model/storage-items';
import { renderWithI18n, type TestLocale } from '../../tests/support/i18n';
import { type DetectionScope, DetectionSettings } from './DetectionSettings';

function renderSettings(
  props: {
    access?: Record<DetectionScope, boolean> | null;
    declined?: DetectionScope | null;
    addresses?: OwnAddresses | null;
    onSaveAddresses?: (value: OwnAddresses) => Promise<void>;
  } = {},
  locale: TestLocale = 'en',
) {
  const onGrant = vi.fn();
  const onRevoke = vi.fn();
  const onSaveAddresses = props.onSaveAddresses ?? vi.fn(async () => {});
  renderWithI18n(
    <DetectionSettings
      access={props.access === undefined ? { webmail: false, allSites: false } : props.access}
      onGrant={onGrant}
      onRevoke={onRevoke}
      declined={props.declined ?? null}
      addresses={props.addresses === undefined ? { emails: [], domains: [] } : props.addresses}
      onSaveAddresses={onSaveAddresses}
    />,
    locale,
  );
  return { onGrant, onRevoke, onSaveAddresses };
}

const emailsField = () => screen.getByLabelText('Your email addresses') as HTMLTextAreaElement;
const domainsField = () => screen.getByLabelText('Your company’s domains') as HTMLTextAreaElement;

describe('DetectionSettings', () => {
  it('explains what is read and offers both grants while neither is given', () => {
    const { onGrant, onRevoke } = renderSettings();
    expect(screen.getByRole('heading', { name: 'Page detection' })).toBeTruthy();
    expect(screen.getByText(/sends nothing anywhere/)).toBeTruthy();
    expect(screen.getByText(/Tencent Exmail, QQ Mail, 163\/126 mail/)).toBeTruthy();
    expect(screen.getByText(/click “Scan this page”/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Scan webmail' }));
    fireEvent.click(screen.getByRole('button', { name: 'Scan every site' }));
    expect(onGrant.mock.calls).toEqual([['webmail'], ['allSites']]);
    expect(onRevoke).not.toHaveBeenCalled();
    expect(screen.getAllByText('Off')).toHaveLength(2);
  });

  it('shows a granted scope as on, with a button to stop', () => {
    const { onGrant, onRevoke } = renderSettings({ access: { webmail: true, allSites: false } });
    expect(screen.queryByRole('button', { name: 'Scan webmail' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Stop scanning webmail' }));
    expect(onRevoke).toHaveBeenCalledWith('webmail');
    expect(onGrant).not.toHaveBeenCalled();
    expect(screen.getByText('On')).toBeTruthy();
    expect(screen.getByText('Dossier reads a webmail message when you open it.')).toBeTruthy();
  });

  it('webmail is included, not separately stoppable, while every site is scanned', () => {
    renderSettings({ access: { webmail: true, allSites: true } });
    expect(screen.queryByRole('button', { name: 'Stop scanning webmail' })).toBeNull();
    expect(screen.getByText('Included while every site is scanned.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Stop scanning every site' })).toBeTruthy();
  });

  it('disables the grants and the form until the browser has answered', () => {
    renderSettings({ access: null, addresses: null });
    expect(screen.getByRole('button', { name: 'Scan webmail' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Save' })).toHaveProperty('disabled', true);
  });

  it('says when the last request was declined', () => {
    renderSettings({ declined: 'allSites' });
    expect(screen.getAllByText('Access was not granted. You can try again at any time.')).toHaveLength(1);
  });

  it('saves the addresses normalised', async () => {
    const { onSaveAddresses } = renderSettings({ addresses: { emails: ['me@old.cn'], domains: [] } });
    expect(emailsField().value).toBe('me@old.cn');
    fireEvent.input(emailsField(), { target: { value: 'Me@Old.cn, li.wei@acme.cn\nme@old.cn' } });
    fireEvent.input(domainsField(), { target: { value: 'https://www.Acme.cn/about，@acme-group.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByText('Saved.')).toBeTruthy());
    expect(onSaveAddresses).toHaveBeenCalledWith({
      emails: ['me@old.cn', 'li.wei@acme.cn'],
      domains: ['acme.cn', 'acme-group.com'],
    });
  });

  it('shows invalid entries next to their field and saves nothing', () => {
    const { onSaveAddresses } = renderSettings();
    fireEvent.input(emailsField(), { target: { value: 'me@acme.cn, not-an-email, li@' } });
    fireEvent.input(domainsField(), { target: { value: 'acme.cn localhost' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSaveAddresses).not.toHaveBeenCalled();
    expect(emailsField().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Not an email address: not-an-email, li@')).toBeTruthy();
    expect(screen.getByText('Not a domain: localhost')).toBeTruthy();
    expect(domainsField().getAttribute('aria-describedby')).toContain(
      screen.getByText('Not a domain: localhost').id,
    );
  });

  it('reports a failed save', async () => {
    renderSettings({ onSaveAddresses: async () => Promise.reject(new Error('QuotaExceeded')) });
    fireEvent.input(emailsField(), { target: { value: 'me@acme.cn' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('QuotaExceeded'));
  });

  it('speaks Chinese', () => {
    renderSettings({ access: { webmail: true, allSites: false } }, 'zh_CN');
    expect(screen.getByRole('heading', { name: '页面识别' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '停止扫描网页邮箱' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '扫描所有网站' })).toBeTruthy();
    expect(screen.getByLabelText('你公司的域名')).toBeTruthy();
  });
});
