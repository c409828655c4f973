// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../tests/support/i18n';
import { type PageMatch, PageMatches, type PickRequest } from './PageMatches';

const acme: PageMatch = {
  accountId: 'acc-acme',
  name: 'Acme Logistics',
  tier: 'A',
  portfolioQuadrant: 'star',
  correctionKey: 'li.wei@acme.com',
  reasons: [
    { kind: 'contactEmail', value: 'li.wei@acme.com', count: 1, role: 'from' },
    { kind: 'emailDomain', value: 'acme.com', count: 1, role: 'from' },
    { kind: 'domainMention', value: 'acme.com', count: 2 },
  ],
};
const telecom: PageMatch = {
  accountId: 'acc-telecom',
  name: '中国电信江苏分公司',
  tier: 'B',
  portfolioQuadrant: 'cashCow',
  correctionKey: 'mail.example.com',
  reasons: [{ kind: 'nameMention', value: '中国电信江苏分公司', count: 3 }],
};
const site: PageMatch = {
  accountId: 'acc-site',
  name: 'Acme Site',
  tier: 'C',
  portfolioQuadrant: 'dog',
  correctionKey: 'www.acme-logistics.com',
  reasons: [{ kind: 'siteDomain', value: 'www.acme-logistics.com', count: 1 }],
};

/** A stand-in picker: one button per account id it can pick. */
const fakePicker = (request: PickRequest) => (
  <div role="dialog" aria-label={request.label}>
    {['acc-other', 'acc-new'].map((id) => (
      <button key={id} type="button" onClick={() => request.onPick(id)}>
        pick {id}
      </button>
    ))}
    <button type="button" onClick={request.onCancel}>
      cancel picker
    </button>
  </div>
);

function setup(overrides: Partial<Parameters<typeof PageMatches>[0]> = {}, locale: 'en' | 'zh_CN' = 'en') {
  const props = {
    matches: [acme, telecom, site],
    unknownSender: null,
    scan: 'none' as const,
    onOpen: vi.fn(),
    onNotThis: vi.fn(),
    onBelongsTo: vi.fn(),
    onCreateAccount: vi.fn(),
    onAddContact: vi.fn(),
    onScan: vi.fn(),
    onOpenSettings: vi.fn(),
    renderPicker: fakePicker,
    ...overrides,
  };
  renderWithI18n(<PageMatches {...props} />, locale);
  return props;
}

describe('PageMatches', () => {
  it('shows the top match with its tier and strongest reason, the others one click away', () => {
    const props = setup();
    const bar = screen.getByRole('region', { name: 'On this page' });
    expect(within(bar).getByRole('heading', { name: 'Acme Logistics' })).toBeTruthy();
    expect(within(bar).getByText('A')).toBeTruthy();
    expect(within(bar).getByText('Sender li.wei@acme.com is a contact')).toBeTruthy();
    const others = within(bar).getByRole('list', { name: 'Also on this page' });
    expect(within(others).getByText('Name 中国电信江苏分公司 mentioned 3×')).toBeTruthy();
    expect(within(others).getByText('This site: www.acme-logistics.com')).toBeTruthy();
    fireEvent.click(within(others).getByRole('button', { name: /中国电信江苏分公司/ }));
    expect(props.onOpen).toHaveBeenCalledWith('acc-telecom');
    fireEvent.click(screen.getByRole('button', { name: 'Acme Logistics' }));
    expect(props.onOpen).toHaveBeenLastCalledWith('acc-acme');
  });

  it.each([
    [
      'en',
      'Why',
      ['Sender li.wei@acme.com is a contact', 'Email domain acme.com', 'Domain acme.com mentioned 2×'],
    ],
    [
      'zh_CN',
      '匹配原因',
      ['发件人 li.wei@acme.com 是联系人', '邮箱域名 acme.com', '域名 acme.com 提及 2 次'],
    ],
  ] as const)('lists every reason when asked why (%s)', (locale, why, reasons) => {
    setup({}, locale);
    const toggle = screen.getByRole('button', { name: why });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const group = screen.getByRole('region', { name: 'Acme Logistics' });
    expect(
      within(group)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(reasons);
  });

  it.each<[PageMatch['reasons'][number], string, string]>([
    [
      { kind: 'correction', value: 'acme.com', count: 1 },
      'You said this belongs here',
      '你曾标记它属于此客户',
    ],
    [
      { kind: 'siteDomain', value: 'www.acme.com', count: 1 },
      'This site: www.acme.com',
      '本网站：www.acme.com',
    ],
    [
      { kind: 'organization', value: 'acme.com', count: 1 },
      'Company data on this page: acme.com',
      '页面上的公司信息：acme.com',
    ],
    [
      { kind: 'contactEmail', value: 'a@acme.com', count: 1, role: 'cc' },
      'Recipient a@acme.com is a contact',
      '收件人 a@acme.com 是联系人',
    ],
    [
      { kind: 'contactEmail', value: 'a@acme.com', count: 1, role: 'text' },
      'Contact a@acme.com is on this page',
      '页面上有联系人 a@acme.com',
    ],
    [
      { kind: 'nameMention', value: '中国电信', count: 3 },
      'Name 中国电信 mentioned 3×',
      '名称 中国电信 提及 3 次',
    ],
  ])('words a %o reason in both languages', (reason, en, zh) => {
    setup({ matches: [{ ...acme, reasons: [reason] }] });
    expect(screen.getByText(en)).toBeTruthy();
    setup({ matches: [{ ...acme, reasons: [reason] }] }, 'zh_CN');
    expect(screen.getByText(zh)).toBeTruthy();
  });

  it('"Not this client" reports the match and its correction key', () => {
    const props = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Not this client' }));
    expect(props.onNotThis).toHaveBeenCalledWith('acc-acme', 'li.wei@acme.com');
    // Other matches are corrected from the why list.
    fireEvent.click(screen.getByRole('button', { name: 'Why' }));
    const group = screen.getByRole('region', { name: '中国电信江苏分公司' });
    fireEvent.click(within(group).getByRole('button', { name: 'Not this client' }));
    expect(props.onNotThis).toHaveBeenLastCalledWith('acc-telecom', 'mail.example.com');
  });

  it('"Belongs to another client…" asks for the account, then reports key and pick', () => {
    const props = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Belongs to another client…' }));
    const picker = screen.getByRole('dialog', { name: 'Which client does li.wei@acme.com belong to?' });
    fireEvent.click(within(picker).getByRole('button', { name: 'pick acc-other' }));
    expect(props.onBelongsTo).toHaveBeenCalledWith('li.wei@acme.com', 'acc-other');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('offers to file an unknown sender: create an account or add as contact of one', () => {
    const sender = { name: 'Li Wei', email: 'li.wei@newco.com' };
    const props = setup({ matches: [], unknownSender: sender });
    const card = screen.getByRole('region', { name: 'Unknown sender: Li Wei <li.wei@newco.com>' });
    fireEvent.click(within(card).getByRole('button', { name: 'Create account' }));
    expect(props.onCreateAccount).toHaveBeenCalledWith(sender);
    fireEvent.click(within(card).getByRole('button', { name: 'Add as contact of…' }));
    const picker = screen.getByRole('dialog', { name: 'Add li.wei@newco.com as a contact of which client?' });
    fireEvent.click(within(picker).getByRole('button', { name: 'pick acc-new' }));
    expect(props.onAddContact).toHaveBeenCalledWith(sender, 'acc-new');
  });

  it('a new person at a client’s email domain: Add to that client comes first, one click', () => {
    const atAcme: PageMatch = {
      ...acme,
      reasons: [{ kind: 'emailDomain', value: 'acme.com', count: 1, role: 'from' }],
    };
    const sender = { name: 'Chen Jing', email: 'chen.jing@sales.acme.com' };
    const props = setup({ matches: [telecom, atAcme], unknownSender: sender });
    const card = screen.getByRole('region', { name: /^Unknown sender: Chen Jing/ });
    const buttons = within(card)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(buttons).toEqual([`Add to ${acme.name}`, 'Create account', 'Add as contact of…']);
    fireEvent.click(within(card).getByRole('button', { name: `Add to ${acme.name}` }));
    expect(props.onAddContact).toHaveBeenCalledWith(sender, acme.accountId);
  });

  it('says what a correction did, with Undo, even when no client is left on the page', () => {
    const props = setup({ matches: [], undo: { name: acme.name, verdict: 'notThis' }, onUndo: vi.fn() });
    expect(screen.getByRole('status').textContent).toContain(
      `${acme.name} will not be suggested here again.`,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(props.onUndo).toHaveBeenCalledOnce();
  });

  it('words the unknown sender in Chinese', () => {
    setup({ matches: [], unknownSender: { name: '', email: 'li.wei@newco.com' } }, 'zh_CN');
    expect(screen.getByText('未知发件人：li.wei@newco.com')).toBeTruthy();
    expect(screen.getByRole('button', { name: '新建客户' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '添加为…的联系人' })).toBeTruthy();
  });

  it('offers a scan, and says how to let Dossier read a page it may not', () => {
    const props = setup({ matches: [], scan: 'noAccess' });
    expect(screen.getByText(/only when you ask: press Alt\+Shift\+D on the page/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Scan this page' }));
    expect(props.onScan).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Open settings' }));
    expect(props.onOpenSettings).toHaveBeenCalled();
  });

  it('renders nothing when the page has nothing to say', () => {
    setup({ matches: [] });
    expect(screen.queryByRole('region')).toBeNull();
  });
});
