// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAccount } from '../db/accounts';
import type { DossierDatabase } from '../db/database';
import { accountDraft, contactDraft, openTestDatabase } from '../db/test-helpers';
import { useClientFile } from './use-client-file';

let db: DossierDatabase;
let id: string;
beforeEach(async () => {
  fakeBrowser.reset();
  db = openTestDatabase();
  id = (await createAccount(db, accountDraft({ name: 'Acme Logistics' }))).id;
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const describeError = (error: unknown) => `could not: ${(error as Error).message}`;

describe('useClientFile', () => {
  it('shows the file live, saves a contact, and answers a bad one with its field errors', async () => {
    const onBack = vi.fn();
    const { result } = renderHook(() => useClientFile(db, id, onBack, describeError));
    await waitFor(() => expect(result.current.file.status).toBe('ready'));
    const { actions } = result.current;

    expect(
      await actions.saveContact(null, contactDraft(id, { name: 'Li Wei', emails: ['li.wei@acme.com'] })),
    ).toBeNull();
    await waitFor(() =>
      expect(
        result.current.file.status === 'ready' && result.current.file.value?.contacts.map((c) => c.name),
      ).toEqual(['Li Wei']),
    );
    expect(
      await actions.saveContact(null, contactDraft(id, { name: 'Wu', emails: ['not an address'] })),
    ).toEqual({
      'emails.0': 'invalidEmail',
    });
  });

  it('a delete the browser refuses is worded above the file, and the next action clears it', async () => {
    const onBack = vi.fn();
    const { result } = renderHook(() => useClientFile(db, id, onBack, describeError));
    await waitFor(() => expect(result.current.file.status).toBe('ready'));
    const remove = vi.spyOn(db.accounts, 'delete').mockRejectedValueOnce(new Error('the disk is full'));
    await act(() => result.current.actions.deleteAccount());
    expect(result.current.failure).toBe('could not: the disk is full');
    expect(onBack).not.toHaveBeenCalled();
    remove.mockRestore();

    await act(() => result.current.actions.deleteAccount());
    expect(result.current.failure).toBeNull();
    expect(onBack).toHaveBeenCalledOnce();
    expect(await db.accounts.get(id)).toBeUndefined();
  });
});
