// @vitest-environment happy-dom
// A form whose save the browser refused for quota shows the one storage-full message.
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../tests/support/i18n';
import { Form } from './Form';
import { TextField } from './fields';

describe('Form: form-wide errors', () => {
  it.each([
    ['en', /^The browser refused to store more data.*Nothing was saved/],
    ['zh_CN', /^浏览器拒绝存储更多数据/],
  ] as const)(
    'storageFull (key "") is the message alone, without a field name (%s)',
    async (locale, message) => {
      const onSubmit = vi.fn(async () => ({ '': 'storageFull' }));
      renderWithI18n(
        <Form initial={{}} title="Note" onSubmit={onSubmit} onCancel={vi.fn()}>
          {null}
        </Form>,
        locale,
      );
      fireEvent.submit(screen.getByRole('form'));
      await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(message));
    },
  );

  it('a field error nobody shows is still named', async () => {
    renderWithI18n(
      <Form
        initial={{}}
        title="Note"
        onSubmit={async () => ({ accountId: 'invalidChoice' })}
        onCancel={vi.fn()}
      >
        {null}
      </Form>,
    );
    fireEvent.submit(screen.getByRole('form'));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('accountId: Pick one of the options.'),
    );
  });
});

describe('Form: keyboard', () => {
  function renderNameForm(onCancel = vi.fn()) {
    const opener = document.createElement('button');
    opener.textContent = 'Add contact';
    document.body.append(opener);
    opener.focus();
    const view = renderWithI18n(
      <Form initial={{ name: '' }} title="New contact" onSubmit={async () => null} onCancel={onCancel}>
        <TextField path="name" label="Name" />
      </Form>,
    );
    return { onCancel, opener, view, name: () => screen.getByRole('textbox', { name: 'Name' }) };
  }

  it('opens with the caret in its first field, and gives focus back to what opened it', () => {
    const { opener, view, name } = renderNameForm();
    expect(document.activeElement).toBe(name());
    view.unmount();
    expect(document.activeElement).toBe(opener);
    opener.remove();
  });

  it('closes on Esc when nothing was changed', () => {
    const { onCancel, name, opener } = renderNameForm();
    fireEvent.keyDown(name(), { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledOnce();
    opener.remove();
  });

  it('asks before Esc throws away what was typed: Keep editing keeps it, Discard closes', () => {
    const { onCancel, name, opener } = renderNameForm();
    fireEvent.input(name(), { target: { value: 'Wang Fang' } });
    fireEvent.keyDown(name(), { key: 'Escape' });
    expect(onCancel).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'Discard your changes?' }).textContent).toContain(
      'What you changed in “New contact” is not saved.',
    );
    // Esc in the question answers it (keep editing), and does not reach the form as a second Esc.
    fireEvent.keyDown(screen.getByRole('button', { name: 'Keep editing' }), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onCancel).not.toHaveBeenCalled();
    expect((name() as HTMLInputElement).value).toBe('Wang Fang');

    fireEvent.keyDown(name(), { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    expect(onCancel).toHaveBeenCalledOnce();
    opener.remove();
  });

  it('asks in Chinese too', () => {
    renderWithI18n(
      <Form initial={{ name: '' }} title="新联系人" onSubmit={async () => null} onCancel={vi.fn()}>
        <TextField path="name" label="姓名" />
      </Form>,
      'zh_CN',
    );
    const name = screen.getByRole('textbox', { name: '姓名' });
    fireEvent.input(name, { target: { value: '王芳' } });
    fireEvent.keyDown(name, { key: 'Escape' });
    expect(screen.getByRole('dialog', { name: '放弃所做的修改？' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '继续编辑' })).toBeTruthy();
  });
});
