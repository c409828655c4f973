// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAccount } from '../db/accounts';
import type { DossierDatabase } from '../db/database';
import { accountDraft, openTestDatabase } from '../db/test-helpers';
import { LINGER_MS, sharedLiveQuery, useSharedLiveQuery } from './shared-live-query';

let db: DossierDatabase;
beforeEach(() => {
  db = openTestDatabase();
});
afterEach(async () => {
  await db.delete();
});

const names = () =>
  db.accounts
    .orderBy('id')
    .toArray()
    .then((rows) => rows.map((a) => a.name));
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('a live query shared by its readers', () => {
  it('is read once warmed, before any reader: the first reader renders the value at once', async () => {
    await createAccount(db, accountDraft({ name: 'Acme' }));
    const query = vi.fn(names);
    const shared = sharedLiveQuery(query);
    shared.warm(10_000);
    await waitFor(() => expect(shared.current()).toEqual({ status: 'ready', value: ['Acme'] }));

    const { result } = renderHook(() => useSharedLiveQuery(shared));
    // The first render already has it: no loading state, no second read.
    expect(result.current).toEqual({ status: 'ready', value: ['Acme'] });
    expect(query).toHaveBeenCalledTimes(1);
  });

  it('follows writes for every reader with one subscription', async () => {
    const query = vi.fn(names);
    const shared = sharedLiveQuery(query);
    const first = renderHook(() => useSharedLiveQuery(shared));
    const second = renderHook(() => useSharedLiveQuery(shared));
    await waitFor(() => expect(first.result.current).toEqual({ status: 'ready', value: [] }));
    const reads = query.mock.calls.length;

    await act(async () => {
      await createAccount(db, accountDraft({ name: 'Beta' }));
    });
    await waitFor(() => expect(second.result.current).toEqual({ status: 'ready', value: ['Beta'] }));
    expect(first.result.current).toEqual({ status: 'ready', value: ['Beta'] });
    // One read per change, not one per reader.
    expect(query.mock.calls.length).toBe(reads + 1);
  });

  it('hands over from one screen to the next, then stops and forgets once nobody reads it', async () => {
    const query = vi.fn(names);
    const shared = sharedLiveQuery(query);
    const home = renderHook(() => useSharedLiveQuery(shared));
    await waitFor(() => expect(home.result.current.status).toBe('ready'));
    await settle();
    const reads = query.mock.calls.length;
    home.unmount();
    // The next screen mounts within the linger: it renders the value, and nothing is read again.
    const today = renderHook(() => useSharedLiveQuery(shared));
    expect(today.result.current.status).toBe('ready');
    await settle();
    expect(query).toHaveBeenCalledTimes(reads);

    today.unmount();
    await new Promise((resolve) => setTimeout(resolve, LINGER_MS + 50));
    // Unwatched, a value would go stale: it is dropped, and a write no longer reads anything.
    expect(shared.current()).toEqual({ status: 'loading' });
    await createAccount(db, accountDraft({ name: 'Gamma' }));
    await settle();
    expect(query).toHaveBeenCalledTimes(reads);
  });

  it('lets a warm-up lapse when no reader comes', async () => {
    const query = vi.fn(names);
    const shared = sharedLiveQuery(query);
    shared.warm(100);
    await waitFor(() => expect(query).toHaveBeenCalled());
    // Timers fire in order of their deadlines, so the hold has ended by now however slow the
    // read was (whether it was ready by then depends on the machine, so that is not asserted).
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(shared.current()).toEqual({ status: 'loading' });
    const reads = query.mock.calls.length;
    await createAccount(db, accountDraft({ name: 'Delta' }));
    await settle();
    expect(query).toHaveBeenCalledTimes(reads);
  });

  it('passes a failed read on to its readers', async () => {
    const shared = sharedLiveQuery(() => Promise.reject(new Error('QuotaExceededError')));
    const { result } = renderHook(() => useSharedLiveQuery(shared));
    await waitFor(() => expect(result.current.status).toBe('error'));
  });
});
