/**
 * Opening a client file in the side panel from elsewhere (the toolbar popup, the omnibox). The
 * panel may be closed, open on another client, or not loaded yet, so the request goes through
 * `storage.session` (extension pages only, never content scripts): a panel that is open follows
 * it at once, one that opens reads it on start (lib/platform/use-panel-requests.ts).
 */
import { browser } from 'wxt/browser';
import { type PanelRequest, STORED } from '../model/storage-items';
import { setItem } from './storage';

interface FirefoxSidebar {
  sidebarAction?: { open(): Promise<void> };
}

/**
 * Opens the side panel of `windowId` on the client file of `accountId`. Call it straight from a
 * click or key handler with the window id looked up beforehand: the browser opens the panel only
 * while the user gesture lasts, and an await before the open call would end it. Resolves false
 * when the browser refused (no gesture, no side panel); the request is left for the next panel.
 */
export function openClientFileInPanel(accountId: string, windowId: number | undefined): Promise<boolean> {
  const request: PanelRequest = { accountId, at: Date.now() };
  const stored = setItem(STORED.panelRequest, request);
  let opened: Promise<void>;
  if (browser.sidePanel) {
    opened =
      windowId === undefined ? Promise.reject(new Error('no window')) : browser.sidePanel.open({ windowId });
  } else {
    const sidebar = (browser as unknown as FirefoxSidebar).sidebarAction;
    opened = sidebar ? sidebar.open() : Promise.reject(new Error('no sidebar'));
  }
  return Promise.all([stored, opened]).then(
    () => true,
    () => false,
  );
}

/** The client file as a page of its own (when no panel can be opened): sidepanel.html in a tab. */
export async function openClientFileInTab(accountId: string): Promise<void> {
  await browser.tabs.create({ url: clientFileUrl(accountId) });
}

/** `chrome-extension://…/sidepanel.html#/account/<id>`. */
export function clientFileUrl(accountId: string): string {
  return browser.runtime.getURL(`/sidepanel.html#/account/${encodeURIComponent(accountId)}`);
}
