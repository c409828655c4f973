// @vitest-environment happy-dom
import { renderHook, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { publishCapture } from './pending';
import { useQuickNoteRequest } from './use-quick-note-request';

beforeEach(() => fakeBrowser.reset());

describe('useQuickNoteRequest', () => {
  it('shows the box for the request the shortcut left for this window, even a moment after the popup started', async () => {
    // fakeBrowser has no windows.getCurrent: the popup's window is window 3.
    vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: 3 } as never);
    const { result } = renderHook(() => useQuickNoteRequest());
    expect(result.current.request).toBeNull();
    const page = { url: 'https://www.acme-logistics.com/about', title: 'About Acme' };
    await publishCapture(3, { kind: 'quickNote', page, accountIds: ['acme'] }, 'popup');
    await waitFor(() => expect(result.current.request).toEqual({ page, accountIds: ['acme'] }));
  });

  it('opened by the shortcut and finding no request (another popup took it): the active tab’s page and clients', async () => {
    // A fresh module: the popup reads its request once, at its start.
    vi.resetModules();
    const fresh = await import('./use-quick-note-request');
    const { saveTabMatches } = await import('../detection/tab-matches');
    vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: 3 } as never);
    const tab = { id: 5, url: 'https://www.acme-logistics.com/', title: 'Acme' };
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab] as never);
    await saveTabMatches({
      tabId: tab.id,
      url: 'https://www.acme-logistics.com/',
      host: 'www.acme-logistics.com',
      title: 'Acme',
      source: 'site',
      scannedAt: '2026-12-05T09:00:00.000Z',
      matches: [{ accountId: 'acme' }],
      unknownSender: null,
      subject: null,
      people: [],
    } as never);
    const { result } = renderHook(() => fresh.useQuickNoteRequest(true));
    await waitFor(() =>
      expect(result.current.request).toEqual({
        page: { url: 'https://www.acme-logistics.com/', title: 'Acme' },
        accountIds: ['acme'],
      }),
    );
  });
});
