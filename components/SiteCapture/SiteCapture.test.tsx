// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { AccountFieldChange, CompanyExtract } from '../../lib/model/capture';
import { renderWithI18n } from '../../tests/support/i18n';
import { SiteCapture } from './SiteCapture';

const EXTRACT: CompanyExtract = {
  name: { value: '江南智运物流有限公司', source: 'contactBlock' },
  legalName: null,
  description: { value: '<img src=x onerror="alert(1)"> cold-chain', source: 'jsonLd' },
  logoUrl: { value: 'https://www.jnzhiyun.com.cn/logo.png', source: 'link' },
  address: null,
  phones: [
    { value: '0512-6888 6666', source: 'contactBlock' },
    { value: '400-820-8820', source: 'link' },
  ],
  emails: [{ value: 'service@jnzhiyun.com.cn', source: 'contactBlock' }],
  socialProfiles: [],
  website: { value: 'https://www.jnzhiyun.com.cn', source: 'url' },
  domain: { value: 'jnzhiyun.com.cn', source: 'url' },
};

const CHANGES: AccountFieldChange[] = [
  {
    path: 'basic.legalName',
    current: 'Old Name Ltd.',
    proposed: 'Northwind Freight Systems, Inc.',
    source: 'jsonLd',
    acceptByDefault: false,
  },
  {
    path: 'basic.phone',
    current: '',
    proposed: '+1 (519) 555-0142',
    source: 'jsonLd',
    acceptByDefault: true,
  },
  {
    path: 'websiteDomains',
    current: ['northwind.example'],
    proposed: ['northwind.example', 'northwind-freight.example'],
    source: 'url',
    acceptByDefault: false,
  },
];

function create(overrides = {}, locale: 'en' | 'zh_CN' = 'en') {
  const props = {
    mode: 'create' as const,
    extract: EXTRACT,
    onCreate: vi.fn(),
    onCancel: vi.fn(),
    ...overrides,
  };
  const view = renderWithI18n(<SiteCapture {...props} />, locale);
  return { props, view };
}

function update(overrides = {}, locale: 'en' | 'zh_CN' = 'en') {
  const props = {
    mode: 'update' as const,
    accountName: 'Northwind',
    changes: CHANGES,
    onApply: vi.fn(),
    onCancel: vi.fn(),
    ...overrides,
  };
  const view = renderWithI18n(<SiteCapture {...props} />, locale);
  return { props, view };
}

describe('SiteCapture, create mode', () => {
  it('lists every found value with its source, all ticked', () => {
    create({ pageLabel: 'www.jnzhiyun.com.cn' });
    expect(screen.getByRole('heading', { name: 'Create an account from this site' })).toBeTruthy();
    expect(screen.getByText('From www.jnzhiyun.com.cn')).toBeTruthy();
    const boxes = screen.getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes).toHaveLength(8);
    expect(boxes.every((b) => b.checked)).toBe(true);
    const name = screen.getByRole('checkbox', { name: /Name\s*江南智运物流有限公司/ });
    expect(name.closest('li')?.textContent).toContain('Contact details');
    expect(
      screen.getByRole('checkbox', { name: /Phone\s*400-820-8820/ }).closest('li')?.textContent,
    ).toContain('Page link');
  });

  it('shows values as text: no markup, no image for the logo', () => {
    const { view } = create();
    expect(screen.getByText('<img src=x onerror="alert(1)"> cold-chain')).toBeTruthy();
    expect(view.container.querySelector('img')).toBeNull();
    expect(screen.getByText('https://www.jnzhiyun.com.cn/logo.png')).toBeTruthy();
  });

  it('creates with only the ticked values', () => {
    const { props } = create();
    fireEvent.click(screen.getByRole('checkbox', { name: /Phone\s*0512-6888 6666/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Logo URL/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(props.onCreate).toHaveBeenCalledWith({
      ...EXTRACT,
      logoUrl: null,
      phones: [{ value: '400-820-8820', source: 'link' }],
    });
  });

  it('cannot create with nothing ticked; cancels on the button and on Escape', () => {
    const { props } = create();
    for (const box of screen.getAllByRole('checkbox')) fireEvent.click(box);
    const button = screen.getByRole('button', { name: 'Create account' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.keyDown(screen.getAllByRole('checkbox')[0]!, { key: 'Escape' });
    expect(props.onCancel).toHaveBeenCalledTimes(2);
  });

  it('says when the page has nothing, and shows busy and error states', () => {
    const empty: CompanyExtract = {
      name: null,
      legalName: null,
      description: null,
      logoUrl: null,
      address: null,
      phones: [],
      emails: [],
      socialProfiles: [],
      website: null,
      domain: null,
    };
    create({ extract: empty, busy: true, error: 'Could not save.' });
    expect(screen.getByText('This page says nothing about a company that Dossier can read.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Saving…' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('alert').textContent).toBe('Could not save.');
  });

  it('speaks Chinese', () => {
    create({}, 'zh_CN');
    expect(screen.getByRole('heading', { name: '根据此网站新建客户' })).toBeTruthy();
    expect(screen.getAllByText('页面联系方式').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: '新建客户' })).toBeTruthy();
  });
});

describe('SiteCapture, update mode', () => {
  it('shows a diff table, ticked only where the file is empty, with the consent note', () => {
    update();
    expect(screen.getByRole('heading', { name: 'Update Northwind from this site' })).toBeTruthy();
    expect(screen.getByText(/Nothing changes without your consent/)).toBeTruthy();
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(within(rows[0]!).getByText('Old Name Ltd.')).toBeTruthy();
    expect(within(rows[0]!).getByText('Northwind Freight Systems, Inc.')).toBeTruthy();
    expect(within(rows[0]!).getByText('JSON-LD')).toBeTruthy();
    expect(within(rows[1]!).getByText('—')).toBeTruthy();
    expect(within(rows[2]!).getByText('+ northwind-freight.example')).toBeTruthy();
    const accept = (name: string) => screen.getByRole('checkbox', { name }) as HTMLInputElement;
    expect(accept('Accept Legal name').checked).toBe(false);
    expect(accept('Accept Phone').checked).toBe(true);
    expect(accept('Accept Website domains').checked).toBe(false);
    expect(screen.getByRole('button', { name: 'Apply 1 change' })).toBeTruthy();
  });

  it('applies the accepted changes only', () => {
    const { props } = update();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Accept Website domains' }));
    fireEvent.click(screen.getByRole('button', { name: 'Apply 2 changes' }));
    expect(props.onApply).toHaveBeenCalledWith([CHANGES[1], CHANGES[2]]);
  });

  it('cannot apply with nothing accepted', () => {
    const { props } = update();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Accept Phone' }));
    const button = screen.getByRole('button', { name: 'Apply 0 changes' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.submit(button.closest('form')!);
    expect(props.onApply).not.toHaveBeenCalled();
  });

  it('says when the file is up to date', () => {
    update({ changes: [] });
    expect(screen.getByText("The client's file already has everything this site says.")).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('speaks Chinese', () => {
    update({}, 'zh_CN');
    expect(screen.getByRole('heading', { name: '根据此网站更新“Northwind”' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: '采用“电话”' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '应用 1 项更改' })).toBeTruthy();
  });
});
