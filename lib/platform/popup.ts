import { browser } from 'wxt/browser';

interface PopupAction {
  openPopup?(options?: { windowId?: number }): Promise<void>;
}

/**
 * Opens the toolbar popup now, in a gesture's handler (before anything is awaited). A popup takes
 * the keyboard from the page at once, which an already open side panel does not. Returns false
 * when this browser cannot open it from an extension (the caller falls back to the panel).
 */
export function openPopupInGesture(windowId: number | undefined, onFailed: () => void): boolean {
  const action = (browser.action ?? (browser as unknown as { browserAction?: PopupAction }).browserAction) as
    | PopupAction
    | undefined;
  if (!action?.openPopup) return false;
  // Chrome takes the window; Firefox opens it in the current one.
  const opened =
    browser.sidePanel && windowId !== undefined ? action.openPopup({ windowId }) : action.openPopup();
  void opened.catch(onFailed);
  return true;
}
