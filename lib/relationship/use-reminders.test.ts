// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { STORED } from '../model/storage-items';
import { getItem } from '../platform/storage';
import { useReminders } from './use-reminders';

beforeEach(() => {
  fakeBrowser.reset();
  const event = () => ({ addListener: vi.fn(), removeListener: vi.fn(), hasListener: () => false });
  Object.assign(fakeBrowser.permissions, { onAdded: event(), onRemoved: event() });
});

describe('useReminders', () => {
  it('switches on only once notifications are allowed, and keeps the time', async () => {
    let granted = false;
    const permission = { has: async () => granted, request: vi.fn(async () => (granted = true)) };
    const { result, unmount } = renderHook(() => useReminders(permission));
    await waitFor(() => expect(result.current.settings).toEqual({ enabled: false, time: '08:30' }));
    act(() => result.current.toggle(true));
    expect(permission.request).toHaveBeenCalled();
    await waitFor(() => expect(result.current.settings).toEqual({ enabled: true, time: '08:30' }));
    act(() => result.current.setTime('07:05'));
    await waitFor(() => expect(result.current.settings?.time).toBe('07:05'));
    act(() => result.current.toggle(false));
    await waitFor(() => expect(result.current.settings?.enabled).toBe(false));
    expect(await getItem(STORED.reminders)).toEqual({ enabled: false, time: '07:05' });
    act(() => unmount());
  });

  it('stays off and says so when the rep declines', async () => {
    const permission = { has: async () => false, request: vi.fn(async () => false) };
    const { result, unmount } = renderHook(() => useReminders(permission));
    await waitFor(() => expect(result.current.settings).not.toBeNull());
    act(() => result.current.toggle(true));
    await waitFor(() => expect(result.current.declined).toBe(true));
    expect((await getItem(STORED.reminders)).enabled).toBe(false);
    act(() => unmount());
  });
});
