// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { STORED } from '../model/storage-items';
import { getItem } from './storage';
import { usePanelOpener, usePopupOpeners } from './use-panel-opener';

const sidePanel = { open: vi.fn<(options: { windowId: number }) => Promise<void>>() };
beforeEach(() => {
  fakeBrowser.reset();
  sidePanel.open.mockReset().mockResolvedValue(undefined);
  // fakeBrowser has neither sidePanel nor windows.getCurrent: the popup is in window 3.
  Object.assign(fakeBrowser, { sidePanel });
  vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: 3 } as never);
});

/** The window lookups resolve: the state a rep's first click meets. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

describe('usePanelOpener', () => {
  it('is ready once the page’s window is known, and opens the panel there', async () => {
    const { result } = renderHook(() => usePanelOpener());
    await waitFor(() => expect(result.current).not.toBeNull());
    await act(() => result.current!());
    expect(sidePanel.open).toHaveBeenCalledWith({ windowId: 3 });
  });
});

describe('usePopupOpeners', () => {
  it('opens a client file in the panel of the popup’s window, then closes the popup', async () => {
    const done = vi.fn();
    const { result } = renderHook(() => usePopupOpeners(done));
    await settle();
    await act(() => result.current.openClientFile('acme'));
    expect(sidePanel.open).toHaveBeenCalledWith({ windowId: 3 });
    expect(await getItem(STORED.panelRequest)).toMatchObject({ accountId: 'acme' });
    expect(done).toHaveBeenCalledOnce();
    const urls = (await fakeBrowser.tabs.query({})).map((t) => t.url);
    expect(urls).not.toContain(fakeBrowser.runtime.getURL('/sidepanel.html#/account/acme'));
  });

  it('opens the file in a tab of its own when the browser refuses the panel', async () => {
    sidePanel.open.mockRejectedValue(new Error('no user gesture'));
    const done = vi.fn();
    const { result } = renderHook(() => usePopupOpeners(done));
    await settle();
    await act(() => result.current.openClientFile('acme'));
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(fakeBrowser.runtime.getURL('/sidepanel.html#/account/acme'));
    expect(done).toHaveBeenCalledOnce();
  });

  it('“Open side panel” opens it and closes the popup', async () => {
    const done = vi.fn();
    const { result } = renderHook(() => usePopupOpeners(done));
    await settle();
    await act(async () => {
      await result.current.openPanel();
    });
    expect(sidePanel.open).toHaveBeenCalledWith({ windowId: 3 });
    expect(done).toHaveBeenCalledOnce();
  });
});
