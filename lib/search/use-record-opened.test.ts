// @vitest-environment happy-dom
import { renderHook, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getRecentAccountIds, RECENT_MAX, recordOpened } from './recent-accounts';
import { useRecordOpened } from './use-record-opened';

beforeEach(() => fakeBrowser.reset());

describe('recently opened clients', () => {
  it('the file the panel shows goes first, once; the list keeps the newest few', async () => {
    const { rerender } = renderHook(({ id }: { id: string | null }) => useRecordOpened(id), {
      initialProps: { id: 'acme' as string | null },
    });
    await waitFor(async () => expect(await getRecentAccountIds()).toEqual(['acme']));
    rerender({ id: null });
    rerender({ id: 'northwind' });
    await waitFor(async () => expect(await getRecentAccountIds()).toEqual(['northwind', 'acme']));
    await recordOpened('acme');
    expect(await getRecentAccountIds()).toEqual(['acme', 'northwind']);
    for (let i = 0; i < RECENT_MAX + 2; i++) await recordOpened(`c${i}`);
    const ids = await getRecentAccountIds();
    expect(ids).toHaveLength(RECENT_MAX);
    expect(ids[0]).toBe(`c${RECENT_MAX + 1}`);
  });

  it('ignores what is stored in the wrong shape', async () => {
    await fakeBrowser.storage.local.set({ recentAccounts: ['acme', 7, null] });
    expect(await getRecentAccountIds()).toEqual(['acme']);
    await fakeBrowser.storage.local.set({ recentAccounts: 'acme' });
    expect(await getRecentAccountIds()).toEqual([]);
  });
});
