// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAccount } from '../db/accounts';
import type { DossierDatabase } from '../db/database';
import { accountDraft, openTestDatabase } from '../db/test-helpers';
import { STORED } from '../model/storage-items';
import { getItem } from '../platform/storage';
import { useFirstRun } from './use-first-run';

let db: DossierDatabase;
beforeEach(() => {
  fakeBrowser.reset();
  db = openTestDatabase();
});
afterEach(async () => {
  await db.delete();
});

const describeError = async (e: unknown) => `refused: ${(e as Error).message}`;

describe('useFirstRun', () => {
  it('is shown with no client and no choice; the demo’s clients end it', async () => {
    const load = vi.fn(async () => createAccount(db, accountDraft({ name: 'Demo client' })));
    const { result } = renderHook(() => useFirstRun(db, load, describeError));
    await waitFor(() => expect(result.current.status).toBe('shown'));
    await act(() => result.current.loadDemo());
    expect(load).toHaveBeenCalledOnce();
    await waitFor(() => expect(result.current.status).toBe('done'));
  });

  it('a refused demo load is worded and the choice stays on screen', async () => {
    const { result } = renderHook(() =>
      useFirstRun(db, async () => Promise.reject(new Error('the disk is full')), describeError),
    );
    await waitFor(() => expect(result.current.status).toBe('shown'));
    await act(() => result.current.loadDemo());
    expect(result.current.error).toBe('refused: the disk is full');
    expect(result.current.busy).toBe(false);
    expect(result.current.status).toBe('shown');
  });

  it('“Start empty” is remembered: not shown again, with no client stored', async () => {
    const { result, unmount } = renderHook(() => useFirstRun(db, async () => {}, describeError));
    await waitFor(() => expect(result.current.status).toBe('shown'));
    await act(() => result.current.startEmpty());
    expect(result.current.status).toBe('done');
    expect(await getItem(STORED.firstRunDone)).toBe(true);
    unmount();
    const again = renderHook(() => useFirstRun(db, async () => {}, describeError));
    await waitFor(() => expect(again.result.current.status).toBe('done'));
  });
});
