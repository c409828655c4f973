import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type PageRef, takePendingCapture, watchPendingCaptures } from '../../lib/clipping/pending';
import { getTabMatches } from '../../lib/detection/tab-matches';

export interface QuickNoteRequest {
  page: PageRef | null;
  accountIds: string[];
}

/**
 * Whether the popup shows the quick-note box: the quick-note shortcut opened it (the background
 * left the request in session storage, perhaps a moment after the popup started), or the rep
 * pressed "Note" in it (for the active tab's page and its clients).
 */
export function useQuickNoteRequest(): {
  request: QuickNoteRequest | null;
  openForActiveTab(): void;
} {
  const [request, setRequest] = useState<QuickNoteRequest | null>(null);
  useEffect(() => {
    let stop = () => {};
    let active = true;
    void browser.windows.getCurrent().then(async ({ id: windowId }) => {
      if (!active || windowId === undefined) return;
      const show = ({ request: r }: { request: { kind: string } }) => {
        if (r.kind === 'quickNote') setRequest(r as QuickNoteRequest & { kind: 'quickNote' });
      };
      stop = watchPendingCaptures(windowId, show, 'popup');
      const waiting = await takePendingCapture(windowId, 'popup');
      if (active && waiting) show(waiting);
    });
    return () => {
      active = false;
      stop();
    };
  }, []);
  const openForActiveTab = useCallback(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(async ([tab]) => {
      const url = tab?.url;
      const page = url && /^https?:\/\//i.test(url) ? { url, title: tab?.title ?? '' } : null;
      const matches = tab?.id !== undefined ? await getTabMatches(tab.id) : null;
      setRequest({ page, accountIds: matches?.matches.map((m) => m.accountId) ?? [] });
    });
  }, []);
  return { request, openForActiveTab };
}
