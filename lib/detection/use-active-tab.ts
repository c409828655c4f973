import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/** The tab the rep is looking at in the panel's window. `url` only where the browser lets us see it. */
export interface ActiveTab {
  id: number;
  url: string | undefined;
  status: string | undefined;
}

const same = (a: ActiveTab | null, b: ActiveTab | null) =>
  a?.id === b?.id && a?.url === b?.url && a?.status === b?.status;

/**
 * The active tab of the side panel's own window (a side panel belongs to one window), kept
 * current as the rep switches tabs, a tab navigates or finishes loading, or the window regains
 * focus. Null until the first query answers, or when the window has no active tab — or when the
 * active tab is the panel itself (sidepanel.html opened in a tab): there is no page to follow then.
 */
export function useActiveTab(): ActiveTab | null {
  const [tab, setTab] = useState<ActiveTab | null>(null);
  useEffect(() => {
    let windowId: number | undefined;
    let ownTabId: number | undefined;
    let currentId: number | undefined;
    let alive = true;
    const show = (next: ActiveTab | null) => {
      currentId = next?.id;
      setTab((previous) => (same(previous, next) ? previous : next));
    };
    const refresh = async () => {
      const [active] = await browser.tabs.query(
        windowId === undefined ? { active: true, currentWindow: true } : { active: true, windowId },
      );
      if (!alive) return;
      const followable = active?.id !== undefined && active.id !== ownTabId;
      show(followable ? { id: active.id!, url: active.url, status: active.status } : null);
    };
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (info.windowId === windowId) void refresh();
    };
    const onUpdated = (
      tabId: number,
      change: { status?: string; url?: string },
      updated: { url?: string; status?: string },
    ) => {
      if (tabId !== currentId || (change.status === undefined && change.url === undefined)) return;
      show({ id: tabId, url: updated.url, status: updated.status });
    };
    const onFocusChanged = (focused: number) => {
      if (focused === windowId) void refresh();
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.windows.onFocusChanged.addListener(onFocusChanged);
    void Promise.all([browser.windows.getCurrent(), browser.tabs.getCurrent()])
      .then(([current, own]) => {
        windowId = current.id;
        ownTabId = own?.id; // undefined in a real side panel
      })
      .catch(() => {})
      .then(refresh);
    return () => {
      alive = false;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.windows.onFocusChanged.removeListener(onFocusChanged);
    };
  }, []);
  return tab;
}
