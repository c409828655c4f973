// @vitest-environment happy-dom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { FieldErrors, TimelineNoteDraft } from '../../lib/model/types';
import { createTestTranslate, renderWithI18n } from '../../tests/support/i18n';
import type { PickerAccount } from '../AccountPicker/AccountPicker';
import { I18nContext } from '../i18n';
import { buildClientFile, FIXTURE_NOW } from '../test-fixtures';
import { QUICK_NOTE_KINDS, QuickNote, type QuickNoteProps } from './QuickNote';

const accounts: PickerAccount[] = [
  { id: 'acc-1', name: 'Acme Logistics', aliases: ['艾克姆物流'], tier: 'A' },
  { id: 'acc-2', name: 'Beta Foods', aliases: [], tier: 'B' },
];
const { contacts } = buildClientFile();
const page = { url: 'https://news.example.com/acme', title: 'Acme expands' };

/** A promise the test settles by hand, to look at the box while a save is under way. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

function setup(overrides: Partial<QuickNoteProps> = {}, locale: 'en' | 'zh_CN' = 'en') {
  const props: QuickNoteProps = {
    accounts,
    accountId: 'acc-1',
    contacts,
    page,
    now: FIXTURE_NOW,
    onAccountChange: vi.fn(),
    onSave: vi.fn(async (): Promise<FieldErrors | null> => null),
    onClose: vi.fn(),
    ...overrides,
  };
  const view = renderWithI18n(<QuickNote {...props} />, locale);
  const text = () =>
    screen.queryByRole('textbox', { name: locale === 'en' ? 'Note' : '内容' }) as HTMLTextAreaElement;
  const type = (value: string) => fireEvent.input(text(), { target: { value } });
  const enter = (init: KeyboardEventInit = {}) => fireEvent.keyDown(text(), { key: 'Enter', ...init });
  const rerender = (changes: Partial<QuickNoteProps>) =>
    view.rerender(
      <I18nContext.Provider value={createTestTranslate(locale)}>
        <QuickNote {...props} {...changes} />
      </I18nContext.Provider>,
    );
  return { props, view, rerender, text, type, enter };
}

describe('QuickNote', () => {
  it('says which kinds count as contact with the client, in Chinese too', () => {
    setup({}, 'zh_CN');
    const kinds = screen.getByRole('combobox', { name: '类型' });
    expect(kinds.getAttribute('aria-describedby')).toContain(
      screen.getByText(/电话、拜访、会议和邮件计为与客户的联系/).id,
    );
  });

  it('is ready to type the moment it renders, for the preselected client and page', () => {
    const { text } = setup();
    // No wait: the text area has focus as soon as render() returns.
    expect(document.activeElement).toBe(text());
    expect(screen.getByRole('heading', { name: 'Quick note' })).toBeTruthy();
    expect(screen.getByText('For Acme Logistics')).toBeTruthy();
    expect(screen.getByText('From Acme expands')).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: /Which client/ })).toBeNull();
  });

  it('offers every kind but a clip, and the client’s contacts', () => {
    setup();
    const kinds = screen.getByRole('combobox', { name: 'Kind' }) as HTMLSelectElement;
    expect([...kinds.options].map((o) => o.value)).toEqual([
      'note',
      'call',
      'visit',
      'meeting',
      'email',
      'complaint',
    ]);
    expect(QUICK_NOTE_KINDS).not.toContain('clip');
    // The kind says whether the note was contact with the client: the rep is told which count.
    expect(kinds.getAttribute('aria-describedby')).toBe(
      screen.getByText(/Calls, visits, meetings and emails count as contact with the client/).id,
    );
    const people = screen.getByRole('combobox', { name: 'Contact' }) as HTMLSelectElement;
    expect([...people.options].map((o) => o.textContent)).toEqual(['—', ...contacts.map((c) => c.name)]);
  });

  it('saves on Enter with the page as its source, then clears the text for the next note', async () => {
    const { props, text, type, enter } = setup();
    fireEvent.change(screen.getByRole('combobox', { name: 'Kind' }), { target: { value: 'call' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Contact' }), {
      target: { value: contacts[0]!.id },
    });
    fireEvent.input(screen.getByLabelText('Follow up on'), { target: { value: '2025-06-20' } });
    type('Called about the IoT pilot');
    enter();
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe("Saved to Acme Logistics's file."),
    );
    expect(props.onSave).toHaveBeenCalledOnce();
    expect(props.onSave).toHaveBeenCalledWith({
      accountId: 'acc-1',
      contactId: contacts[0]!.id,
      kind: 'call',
      occurredAt: FIXTURE_NOW.toISOString(),
      text: 'Called about the IoT pilot',
      source: {
        url: page.url,
        title: page.title,
        capturedAt: FIXTURE_NOW.toISOString(),
        selection: '',
        heading: '',
        email: null,
      },
      followUpDate: '2025-06-20',
      complaint: null,
    } satisfies TimelineNoteDraft);
    expect(text().value).toBe('');
    expect(document.activeElement).toBe(text());
    expect((screen.getByLabelText('Follow up on') as HTMLInputElement).value).toBe('');
    // The client and the kind stay for the next note.
    expect(screen.getByText('For Acme Logistics')).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Kind' }) as HTMLSelectElement).value).toBe('call');
    type('x');
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('says "Saved" only once the save resolved', async () => {
    const save = deferred<FieldErrors | null>();
    const { type, enter, text } = setup({ onSave: vi.fn(() => save.promise) });
    type('Visit went well');
    enter();
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.getByRole('button', { name: 'Saving…' })).toHaveProperty('disabled', true);
    enter();
    await act(async () => save.resolve(null));
    expect(screen.getByRole('status').textContent).toMatch(/^Saved/);
    expect(text().value).toBe('');
  });

  it('Shift+Enter is a new line, and Enter while an IME composes does not save', () => {
    const { props, type, enter } = setup();
    type('line one');
    expect(enter({ shiftKey: true })).toBe(true);
    expect(enter({ isComposing: true })).toBe(true);
    expect(props.onSave).not.toHaveBeenCalled();
  });

  it('does not save an empty note', () => {
    const { props, type, enter, text } = setup();
    type('   \n ');
    enter();
    expect(props.onSave).not.toHaveBeenCalled();
    expect(screen.getByText('This field is required.')).toBeTruthy();
    expect(text().getAttribute('aria-invalid')).toBe('true');
    expect(text().getAttribute('aria-describedby')).toMatch(/text-error/);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('shows the errors a save returns and keeps the text', async () => {
    const onSave = vi.fn(
      async (): Promise<FieldErrors | null> => ({ followUpDate: 'invalidDate', 'source.url': 'invalidUrl' }),
    );
    const { type, enter, text } = setup({ onSave });
    type('Keep me');
    enter();
    await waitFor(() => expect(screen.getByText('Enter a valid date.')).toBeTruthy());
    expect(screen.getByLabelText('Follow up on').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe(
      'source.url: Enter a full web address starting with http:// or https://.',
    );
    expect(text().value).toBe('Keep me');
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('keeps no source when there is no page, or the page is not http(s)', async () => {
    const onSave = vi.fn(async (_draft: TimelineNoteDraft): Promise<FieldErrors | null> => null);
    const first = setup({ page: null, onSave });
    expect(screen.queryByText(/^From /)).toBeNull();
    first.type('a');
    first.enter();
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]![0].source).toBeNull();
    first.view.unmount();
    const second = setup({ page: { url: 'chrome://newtab/', title: 'New Tab' }, onSave });
    second.type('b');
    second.enter();
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(2));
    expect(onSave.mock.calls[1]![0].source).toBeNull();
  });

  it('asks for the client first when none is preselected', () => {
    const { props, text } = setup({ accountId: null });
    expect(text()).toBeNull();
    const search = screen.getByRole('combobox', { name: 'Which client is this note about?' });
    expect(document.activeElement).toBe(search);
    fireEvent.input(search, { target: { value: 'beta' } });
    fireEvent.keyDown(search, { key: 'Enter' });
    expect(props.onAccountChange).toHaveBeenCalledWith('acc-2');
  });

  it('takes the text before the client is known, and keeps it while the rep picks one', () => {
    const { props, rerender, text, type, enter } = setup({ accountId: undefined, accounts: undefined });
    // Up and focused in the first frame, before the popup knows the page's clients.
    expect(document.activeElement).toBe(text());
    expect(screen.getByText('For …')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Change client' })).toBeNull();
    type('Wants the Q3 price list');
    enter();
    expect(props.onSave).not.toHaveBeenCalled();
    // The page has several clients: the picker asks, and the text is still there after the pick.
    rerender({ accountId: null, accounts });
    fireEvent.click(screen.getByRole('option', { name: /Beta Foods/ }));
    expect(props.onAccountChange).toHaveBeenCalledWith('acc-2');
    rerender({ accountId: 'acc-2', accounts });
    expect(text().value).toBe('Wants the Q3 price list');
    expect(document.activeElement).toBe(text());
    enter();
    expect(props.onSave).toHaveBeenCalledWith(
      expect.objectContaining({ accountId: 'acc-2', text: 'Wants the Q3 price list' }),
    );
  });

  it('asks before Esc in the picker throws away text typed before the client was known', () => {
    const { props, rerender, type } = setup({ accountId: undefined });
    type('Call back Monday');
    rerender({ accountId: null });
    fireEvent.keyDown(screen.getByRole('combobox', { name: /Which client/ }), { key: 'Escape' });
    expect(props.onClose).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'Discard this note?' }).textContent).toContain(
      'What you typed is not saved.',
    );
  });

  it('changes the client and goes back to the text', () => {
    const { props, rerender, text } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Change client' }));
    const search = screen.getByRole('combobox', { name: 'Which client is this note about?' });
    fireEvent.click(screen.getByRole('option', { name: /Beta Foods/ }));
    expect(props.onAccountChange).toHaveBeenCalledWith('acc-2');
    rerender({ accountId: 'acc-2', contacts: [] });
    expect(search.isConnected).toBe(false);
    expect(document.activeElement).toBe(text());
    expect(screen.getByText('For Beta Foods')).toBeTruthy();
    // Esc in the picker only leaves the picker when a client is already chosen.
    fireEvent.click(screen.getByRole('button', { name: 'Change client' }));
    fireEvent.keyDown(screen.getByRole('combobox', { name: /Which client/ }), { key: 'Escape' });
    expect(props.onClose).not.toHaveBeenCalled();
    expect(text()).toBeTruthy();
  });

  it('closes on Esc and on the close button', () => {
    const { props, text } = setup();
    fireEvent.keyDown(text(), { key: 'Escape' });
    expect(props.onClose).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(props.onClose).toHaveBeenCalledTimes(2);
  });

  it('asks before Esc or Close throws away typed text', () => {
    const { props, text, type } = setup();
    type('Asked about the Q3 price list');
    fireEvent.keyDown(text(), { key: 'Escape' });
    expect(props.onClose).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'Discard this note?' }).textContent).toContain(
      'What you typed about Acme Logistics is not saved.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Keep writing' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(text().value).toBe('Asked about the Q3 price list');
    expect(document.activeElement).toBe(text());

    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    expect(props.onClose).toHaveBeenCalledOnce();
  });

  it('closes on Esc in the picker when no client is chosen', () => {
    const { props } = setup({ accountId: null });
    fireEvent.keyDown(screen.getByRole('combobox', { name: /Which client/ }), { key: 'Escape' });
    expect(props.onClose).toHaveBeenCalledOnce();
  });

  it('speaks Chinese', async () => {
    const { type, enter } = setup({}, 'zh_CN');
    expect(screen.getByRole('heading', { name: '快速记录' })).toBeTruthy();
    expect(screen.getByText('客户：Acme Logistics')).toBeTruthy();
    expect(screen.getByText('Enter 保存 · Shift+Enter 换行 · Esc 关闭')).toBeTruthy();
    type('拜访顺利');
    enter();
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('已保存到“Acme Logistics”的档案。'),
    );
  });

  it('offers every contact of a client with fifty (the time to a focused box: bench/gestures.mjs)', () => {
    const many = Array.from({ length: 50 }, (_, i) => ({
      ...contacts[0]!,
      id: `c${i}`,
      name: `Contact ${i}`,
    }));
    const { text } = setup({ contacts: many });
    expect(document.activeElement).toBe(text());
    const picker = screen.getByRole('combobox', { name: 'Contact' });
    expect(within(picker).getAllByRole('option')).toHaveLength(51); // "None" and the fifty
  });
});
