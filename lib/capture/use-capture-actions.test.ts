// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabMatches } from '../detection/tab-matches';
import { useCaptureActions } from './use-capture-actions';

const sent = vi.hoisted(() => ({ sendMessage: vi.fn() }));
const access = vi.hoisted(() => ({ granted: false, request: vi.fn<(url?: string) => Promise<boolean>>() }));
vi.mock('../messaging/send', () => sent);
vi.mock('../platform/permissions', async (original) => ({
  ...(await original<typeof import('../platform/permissions')>()),
  hasSiteAccess: async () => access.granted,
  requestSiteAccess: access.request,
}));

const SITE = 'https://www.acme-logistics.com/about';
const extract = { name: { value: 'Acme', source: 'jsonLd' } };
beforeEach(() => {
  fakeBrowser.reset();
  sent.sendMessage
    .mockReset()
    .mockResolvedValue({ status: 'ok', page: { url: SITE, title: 'About' }, extract });
  access.granted = false;
  access.request.mockReset().mockResolvedValue(false);
});

function matches(overrides: Partial<TabMatches>): TabMatches {
  return {
    tabId: 1,
    url: SITE,
    host: 'www.acme-logistics.com',
    title: 'About',
    source: 'generic',
    scannedAt: '2026-12-04T09:00:00.000Z',
    matches: [],
    unknownSender: null,
    subject: '',
    people: [],
    ...overrides,
  };
}
const onSite = matches({
  matches: [{ accountId: 'acme', reasons: [{ kind: 'siteDomain' }] } as unknown as TabMatches['matches'][0]],
});

describe('useCaptureActions', () => {
  it('offers nothing without an active tab', () => {
    const { result } = renderHook(() => useCaptureActions(null, null, [], vi.fn()));
    expect(result.current).toBeNull();
  });

  it('a quick note carries the web page it was taken on, and no page for a browser page', async () => {
    const tab = await fakeBrowser.tabs.create({ url: SITE });
    // fakeBrowser keeps no titles: the tab as the browser reports it.
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async (id) =>
      id === tab.id ? { ...tab, title: 'About Acme' } : Promise.reject(new Error('No tab')),
    );
    const onCapture = vi.fn();
    const { result } = renderHook(() =>
      useCaptureActions({ id: tab.id!, url: SITE, status: 'complete' }, null, ['acme'], onCapture),
    );
    await act(() => result.current!.quickNote());
    expect(onCapture).toHaveBeenLastCalledWith({
      kind: 'quickNote',
      page: { url: SITE, title: 'About Acme' },
      accountIds: ['acme'],
    });
    const closed = renderHook(() =>
      useCaptureActions({ id: 99, url: 'chrome://settings', status: 'complete' }, null, [], onCapture),
    );
    await act(() => closed.result.current!.quickNote());
    expect(onCapture).toHaveBeenLastCalledWith({ kind: 'quickNote', page: null, accountIds: [] });
    const settings = await fakeBrowser.tabs.create({ url: 'chrome://settings' });
    vi.mocked(fakeBrowser.tabs.get).mockResolvedValue({ ...settings, title: 'Settings' });
    onCapture.mockClear();
    const other = renderHook(() =>
      useCaptureActions(
        { id: settings.id!, url: 'chrome://settings', status: 'complete' },
        null,
        [],
        onCapture,
      ),
    );
    await act(() => other.result.current!.quickNote());
    expect(onCapture).toHaveBeenLastCalledWith({ kind: 'quickNote', page: null, accountIds: [] });
  });

  it('on the client’s own site with access granted, reads the site for its top client without asking', async () => {
    access.granted = true;
    const onCapture = vi.fn();
    const { result } = renderHook(() =>
      useCaptureActions({ id: 1, url: SITE, status: 'complete' }, onSite, ['acme'], onCapture),
    );
    expect(result.current!.site).toBe('update');
    // The access is looked up when the tab shows, before the rep can click.
    await act(async () => {});
    await act(() => result.current!.captureSite());
    expect(access.request).not.toHaveBeenCalled();
    expect(sent.sendMessage).toHaveBeenCalledWith('capture/site', { tabId: 1 });
    expect(onCapture).toHaveBeenCalledWith({
      kind: 'site',
      page: { url: SITE, title: 'About' },
      extract,
      accountId: 'acme',
    });
  });

  it('asks for the site first; a refusal says so and reads nothing', async () => {
    access.request.mockResolvedValue(false);
    const onCapture = vi.fn();
    const { result } = renderHook(() =>
      useCaptureActions({ id: 1, url: SITE, status: 'complete' }, matches({}), [], onCapture),
    );
    expect(result.current!.site).toBe('create');
    await act(() => result.current!.captureSite());
    expect(access.request).toHaveBeenCalledWith(SITE);
    expect(sent.sendMessage).not.toHaveBeenCalled();
    expect(onCapture).toHaveBeenCalledWith({ kind: 'failed', reason: 'noAccess' });
  });

  it('offers the people of an open message only in webmail with a matched client', () => {
    const mail = matches({ source: 'gmail', people: [{ role: 'from', email: 'li@acme.com', name: 'Li' }] });
    const tab = { id: 4, url: 'https://mail.google.com/mail/u/0/', status: 'complete' };
    const onCapture = vi.fn();
    const withClient = renderHook(() => useCaptureActions(tab, mail, ['acme'], onCapture));
    expect(withClient.result.current!.people).toBe(true);
    expect(withClient.result.current!.site).toBe('none');
    withClient.result.current!.addPeople();
    expect(onCapture).toHaveBeenCalledWith({ kind: 'people', tabId: 4, accountId: 'acme' });
    const noClient = renderHook(() => useCaptureActions(tab, mail, [], onCapture));
    expect(noClient.result.current!.people).toBe(false);
    const generic = renderHook(() =>
      useCaptureActions({ ...tab, url: SITE }, { ...mail, source: 'generic' }, ['acme'], onCapture),
    );
    expect(generic.result.current!.people).toBe(false);
  });
});
