// @vitest-environment happy-dom
import { act, cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAccount } from '../db/accounts';
import { createContact } from '../db/contacts';
import { getDatabase } from '../db/database';
import { accountDraft, contactDraft } from '../db/test-helpers';
import { useQuickNote } from './use-quick-note';
import type { QuickNoteRequest } from './use-quick-note-request';

// The hook reads and writes the extension's one database, as the popup does.
const db = getDatabase();
let acme: string;
let beta: string;
const page = { url: 'https://www.beta-foods.cn/news', title: 'Beta Foods news' };

beforeEach(async () => {
  acme = (await createAccount(db, accountDraft({ name: 'Acme Logistics' }))).id;
  beta = (await createAccount(db, accountDraft({ name: 'Beta Foods' }))).id;
  await createContact(db, contactDraft(beta, { name: 'Zhang Min' }));
});
afterEach(async () => {
  // Unmounted before the environment goes: an effect left scheduled would run without a window.
  cleanup();
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('useQuickNote', () => {
  it('is usable before the request is read: the client follows, with its contacts and the picker', async () => {
    const onSaved = vi.fn();
    const { result, rerender } = renderHook(
      ({ request }: { request: QuickNoteRequest | null }) => useQuickNote(request, onSaved),
      { initialProps: { request: null as QuickNoteRequest | null } },
    );
    expect(result.current.accountId).toBeUndefined();
    expect(result.current.contacts).toEqual([]);

    rerender({ request: { page, accountIds: [beta] } });
    expect(result.current.accountId).toBe(beta);
    await waitFor(() => expect(result.current.accountName).toBe('Beta Foods'));
    expect(result.current.contacts.map((c) => c.name)).toEqual(['Zhang Min']);
    // The picker: the page's client first, then by name.
    await waitFor(() => expect(result.current.accounts?.map((a) => a.id)).toEqual([beta, acme]));
    expect(result.current.page).toEqual(page);
  });

  it('asks for the client when the page names several, and follows the pick', async () => {
    const { result } = renderHook(() => useQuickNote({ page: null, accountIds: [acme, beta] }, vi.fn()));
    expect(result.current.accountId).toBeNull();
    act(() => result.current.onAccountChange(acme));
    expect(result.current.accountId).toBe(acme);
    await waitFor(() => expect(result.current.accountName).toBe('Acme Logistics'));
    expect(result.current.contacts).toEqual([]);
  });

  it('saves into IndexedDB before it reports the note saved', async () => {
    const onSaved = vi.fn();
    const { result } = renderHook(() => useQuickNote({ page, accountIds: [beta] }, onSaved));
    const draft = {
      accountId: beta,
      contactId: null,
      kind: 'call' as const,
      occurredAt: '2026-12-05T08:00:00.000Z',
      text: 'Asked for the Q3 price list',
      source: null,
      followUpDate: null,
      complaint: null,
    };
    await act(async () => expect(await result.current.onSave(draft)).toBeNull());
    expect(onSaved).toHaveBeenCalledWith(beta);
    expect((await db.notes.where('accountId').equals(beta).toArray()).map((n) => n.text)).toEqual([
      'Asked for the Q3 price list',
    ]);
    // A bad draft: the errors by field, nothing stored, not reported saved.
    await act(async () =>
      expect(await result.current.onSave({ ...draft, text: '' })).toMatchObject({ text: expect.any(String) }),
    );
    expect(onSaved).toHaveBeenCalledOnce();
    expect(await db.notes.count()).toBe(1);
  });
});
