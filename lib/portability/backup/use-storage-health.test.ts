// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useStorageHealth } from './use-storage-health';

beforeEach(() => {
  fakeBrowser.reset();
  Object.assign(fakeBrowser.permissions, { contains: async () => false });
});

function manager(grant: boolean) {
  let persisted = false;
  return {
    persisted: async () => persisted,
    persist: async () => {
      persisted = grant;
      return grant;
    },
    estimate: async () => ({ usage: 1_000, quota: 2_000 }),
  } as unknown as StorageManager;
}

describe('useStorageHealth', () => {
  it('reads the health, and “Keep my data” shows the browser now keeps it', async () => {
    const { result } = renderHook(() => useStorageHealth(undefined, manager(true)));
    await waitFor(() => expect(result.current.health).toMatchObject({ persisted: false, usage: 1_000 }));
    await act(() => result.current.keep());
    expect(result.current.health?.persisted).toBe(true);
    expect(result.current.declined).toBe(false);
  });

  it('says when the browser declined to keep it', async () => {
    const { result } = renderHook(() => useStorageHealth(undefined, manager(false)));
    await waitFor(() => expect(result.current.health).not.toBeNull());
    await act(() => result.current.keep());
    expect(result.current.declined).toBe(true);
    expect(result.current.health?.persisted).toBe(false);
  });

  it('reads again when the refresh key changes', async () => {
    let usage = 1_000;
    const storage = { estimate: async () => ({ usage, quota: 2_000 }) } as unknown as StorageManager;
    const { result, rerender } = renderHook(({ key }: { key: number }) => useStorageHealth(key, storage), {
      initialProps: { key: 1 },
    });
    await waitFor(() => expect(result.current.health?.usage).toBe(1_000));
    usage = 5_000;
    rerender({ key: 2 });
    await waitFor(() => expect(result.current.health?.usage).toBe(5_000));
  });
});
