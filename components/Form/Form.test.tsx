// @vitest-environment happy-dom
// Issue 6 (storage health): a form whose save the browser refused for quota shows the one storage-full message.
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../tests/support/i18n';
import { Form } from './Form';

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
