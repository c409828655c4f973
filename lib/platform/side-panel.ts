import { browser } from 'wxt/browser';

/** The keyboard command that opens the panel (declared in wxt.config.ts). */
export const OPEN_PANEL_COMMAND = 'open-side-panel';

/**
 * The keyboard shortcut opens the panel; the toolbar button opens the quick-search popup, which
 * has its own "Open side panel" button. Chrome: the command calls `sidePanel.open`, which a
 * shortcut counts as a user gesture for (and the button no longer opens the panel by itself).
 * Firefox: the sidebar (`_execute_sidebar_action` is the built-in shortcut).
 */
export function registerPanelOpeners(): void {
  if (browser.sidePanel) {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: false });
    browser.commands.onCommand.addListener((command, tab) => {
      if (command !== OPEN_PANEL_COMMAND) return;
      const windowId = tab?.windowId;
      if (windowId !== undefined) void browser.sidePanel.open({ windowId });
    });
  }
}

/**
 * Opens the panel in a window now. Call it first thing in a gesture's handler (context menu click,
 * keyboard command): the browser refuses it once anything has been awaited.
 */
export function openPanelInGesture(windowId: number | undefined): void {
  if (browser.sidePanel) {
    if (windowId !== undefined) void browser.sidePanel.open({ windowId }).catch(() => {});
    return;
  }
  void (browser as unknown as FirefoxSidebarApi).sidebarAction?.open().catch(() => {});
}

interface FirefoxSidebarApi {
  sidebarAction?: { open(): Promise<void> };
}

/**
 * Prepares an "open the panel" action for a button in an extension page (e.g. options). The
 * window is looked up ahead of time because the browser accepts the open call only while the
 * click's user gesture is live, and an await before it would end the gesture.
 */
export async function preparePanelOpener(): Promise<() => Promise<void>> {
  if (browser.sidePanel) {
    const { id: windowId } = await browser.windows.getCurrent();
    return async () => {
      if (windowId !== undefined) await browser.sidePanel.open({ windowId });
    };
  }
  const firefox = browser as unknown as FirefoxSidebarApi;
  return async () => {
    await firefox.sidebarAction?.open();
  };
}
