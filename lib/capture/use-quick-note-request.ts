import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getTabMatches } from '../detection/tab-matches';
import { type PageRef, takePendingCapture, watchPendingCaptures } from './pending';

export interface QuickNoteRequest {
  page: PageRef | null;
  accountIds: string[];
}

type Found = { kind: string } & Partial<QuickNoteRequest>;
const asNote = (r: Found): QuickNoteRequest | null =>
  r.kind === 'quickNote' ? { page: r.page ?? null, accountIds: r.accountIds ?? [] } : null;

let windowId: Promise<number | undefined> | null = null;
let waiting: Promise<QuickNoteRequest | null> | null = null;

/**
 * Starts reading whether the quick-note shortcut opened this popup, at the popup's first moment
 * (main.tsx), so the box's code can start loading before the first render.
 */
export function readQuickNoteRequest(): Promise<QuickNoteRequest | null> {
  windowId ??= browser.windows.getCurrent().then(
    (w) => w.id,
    () => undefined,
  );
  waiting ??= windowId.then(async (id) => {
    if (id === undefined) return null;
    const pending = await takePendingCapture(id, 'popup');
    return pending ? asNote(pending.request) : null;
  });
  return waiting;
}

/**
 * Whether the popup shows the quick-note box: the quick-note shortcut opened it (the background
 * left the request in session storage, perhaps a moment after the popup started), or the rep
 * pressed "Note" in it (for the active tab's page and its clients). A popup `openedForNote` that
 * finds no request (another popup took it) writes the note for the active tab's page, as "Note" does.
 */
export function useQuickNoteRequest(openedForNote = false): {
  request: QuickNoteRequest | null;
  openForActiveTab(): void;
} {
  const [request, setRequest] = useState<QuickNoteRequest | null>(null);
  useEffect(() => {
    let stop = () => {};
    let active = true;
    const show = (r: QuickNoteRequest | null) => active && r && setRequest(r);
    void readQuickNoteRequest().then((found) => {
      if (found || !openedForNote) show(found);
      else if (active) forActiveTab();
    });
    void windowId?.then((id) => {
      if (!active || id === undefined) return;
      stop = watchPendingCaptures(id, (pending) => show(asNote(pending.request)), 'popup');
    });
    return () => {
      active = false;
      stop();
    };
  }, []);
  const openForActiveTab = useCallback(() => forActiveTab(), []);
  return { request, openForActiveTab };

  function forActiveTab() {
    void browser.tabs.query({ active: true, currentWindow: true }).then(async ([tab]) => {
      const url = tab?.url;
      const page = url && /^https?:\/\//i.test(url) ? { url, title: tab?.title ?? '' } : null;
      const matches = tab?.id !== undefined ? await getTabMatches(tab.id) : null;
      setRequest({ page, accountIds: matches?.matches.map((m) => m.accountId) ?? [] });
    });
  }
}
