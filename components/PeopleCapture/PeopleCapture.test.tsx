// @vitest-environment happy-dom
import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { FieldErrors } from '../../lib/model/types';
import { renderWithI18n } from '../../tests/support/i18n';
import { type EmailPerson, PeopleCapture, type PeopleCaptureProps } from './PeopleCapture';

const people: EmailPerson[] = [
  { email: 'li.wei@acme.com', name: 'Li Wei', role: 'from', known: true },
  { email: 'wang.fang@acme.com', name: '', role: 'to', known: false },
  { email: 'zhao.min@acme.com', name: '"赵敏"', role: 'cc', known: false },
  { email: 'ops@acme.com', name: 'ops@acme.com', role: 'cc', known: false },
];

function setup(overrides: Partial<PeopleCaptureProps> = {}, locale: 'en' | 'zh_CN' = 'en') {
  const props: PeopleCaptureProps = {
    accountName: 'Acme Logistics',
    people,
    onAdd: vi.fn(async (): Promise<FieldErrors | null> => null),
    onCancel: vi.fn(),
    ...overrides,
  };
  renderWithI18n(<PeopleCapture {...props} />, locale);
  const box = (email: string) => screen.getByRole('checkbox', { name: `Add ${email}` }) as HTMLInputElement;
  const name = (email: string) =>
    screen.getByRole('textbox', { name: `Name for ${email}` }) as HTMLInputElement;
  return { props, box, name };
}

describe('PeopleCapture', () => {
  it('lists everyone with their role, checks the new ones and prefills readable names', () => {
    const { box, name } = setup();
    expect(
      screen.getByRole('heading', { name: 'Add sender and recipients as contacts of Acme Logistics' }),
    ).toBeTruthy();
    expect(box('li.wei@acme.com').checked).toBe(false);
    expect(box('li.wei@acme.com').disabled).toBe(true);
    expect(screen.getByText('already a contact')).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Name for li.wei@acme.com' })).toBeNull();
    expect(box('wang.fang@acme.com').checked).toBe(true);
    expect(name('wang.fang@acme.com').value).toBe('Wang Fang');
    expect(name('zhao.min@acme.com').value).toBe('赵敏');
    expect(name('ops@acme.com').value).toBe('Ops');
    expect(screen.getAllByText(/^(From|To|Cc)$/).map((el) => el.textContent)).toEqual([
      'From',
      'To',
      'Cc',
      'Cc',
    ]);
    expect(screen.getByRole('button', { name: 'Add 3 contacts' })).toBeTruthy();
  });

  it('adds the checked people under the names as edited', async () => {
    const { props, box, name } = setup();
    fireEvent.click(box('ops@acme.com'));
    expect(name('ops@acme.com').disabled).toBe(true);
    fireEvent.input(name('wang.fang@acme.com'), { target: { value: '  王芳 ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add 2 contacts' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Added.'));
    expect(props.onAdd).toHaveBeenCalledWith([
      { email: 'wang.fang@acme.com', name: '王芳' },
      { email: 'zhao.min@acme.com', name: '赵敏' },
    ]);
    // Done: nothing can be added twice.
    expect(screen.getByRole('button', { name: 'Add 2 contacts' })).toHaveProperty('disabled', true);
  });

  it('counts one contact in the singular, and none disables the button', () => {
    const { box } = setup();
    fireEvent.click(box('ops@acme.com'));
    fireEvent.click(box('zhao.min@acme.com'));
    expect(screen.getByRole('button', { name: 'Add 1 contact' })).toBeTruthy();
    fireEvent.click(box('wang.fang@acme.com'));
    expect(screen.getByRole('button', { name: 'Add 0 contacts' })).toHaveProperty('disabled', true);
  });

  it('asks for a name rather than adding a nameless contact', () => {
    const { props, name } = setup();
    fireEvent.input(name('zhao.min@acme.com'), { target: { value: ' ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add 3 contacts' }));
    expect(props.onAdd).not.toHaveBeenCalled();
    expect(name('zhao.min@acme.com').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('This field is required.').id).toBe(
      name('zhao.min@acme.com').getAttribute('aria-describedby'),
    );
  });

  it('shows the errors the host returns beside the right person', async () => {
    let finish!: (errors: FieldErrors | null) => void;
    const onAdd = vi.fn(() => new Promise<FieldErrors | null>((resolve) => (finish = resolve)));
    const { box, name } = setup({ onAdd });
    fireEvent.click(box('wang.fang@acme.com'));
    fireEvent.click(screen.getByRole('button', { name: 'Add 2 contacts' }));
    expect(screen.getByRole('button', { name: 'Saving…' })).toHaveProperty('disabled', true);
    // Index 1 of what was passed is ops@acme.com (the fourth row on screen).
    await act(async () => finish({ '1.name': 'tooLong', account: 'unknown' }));
    expect(name('ops@acme.com').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('This is too long.')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('account: This value is not valid.');
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.getByRole('button', { name: 'Add 2 contacts' })).toHaveProperty('disabled', false);
  });

  it('says so when everyone is already a contact', () => {
    setup({ people: [people[0]!] });
    expect(screen.getByText('Everyone on this message is already a contact.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add 0 contacts' })).toHaveProperty('disabled', true);
  });

  it('cancels', () => {
    const { props } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(props.onCancel).toHaveBeenCalledOnce();
  });

  it('speaks Chinese', () => {
    setup({}, 'zh_CN');
    expect(
      screen.getByRole('heading', { name: '把发件人和收件人添加为“Acme Logistics”的联系人' }),
    ).toBeTruthy();
    expect(screen.getByText('已是联系人')).toBeTruthy();
    expect(screen.getByText('发件人')).toBeTruthy();
    expect(screen.getByRole('button', { name: '添加 3 位联系人' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'wang.fang@acme.com 的姓名' })).toBeTruthy();
  });
});
