import { browser } from 'wxt/browser';

interface PopupAction {
  openPopup?(options?: { windowId?: number }): Promise<void>;
  setPopup(details: { popup: string }): Promise<void>;
}

/** The fragment of the popup's address when the quick-note shortcut opened it. */
const QUICK_NOTE_FRAGMENT = '#note';

const popupAction = () =>
  (browser.action ?? (browser as unknown as { browserAction?: PopupAction }).browserAction) as
    | PopupAction
    | undefined;

/** The popup's page as the manifest names it: what the toolbar button opens. */
function defaultPopup(): string {
  const manifest = browser.runtime.getManifest();
  return (manifest.action ?? manifest.browser_action)?.default_popup ?? 'popup.html';
}

/** Whether this popup was opened by the quick-note shortcut: its first screen is then the note box. */
export const openedForQuickNote = (location: Pick<Location, 'hash'>): boolean =>
  location.hash === QUICK_NOTE_FRAGMENT;

/**
 * The toolbar button opens the plain popup again. Also at the worker's start: a worker stopped
 * between opening the quick note and this must not leave the button opening note boxes.
 */
export function restoreDefaultPopup(): void {
  void popupAction()
    ?.setPopup({ popup: defaultPopup() })
    .catch(() => {});
}

/**
 * Opens the toolbar popup now, in a gesture's handler (before anything is awaited). A popup takes
 * the keyboard from the page at once, which an already open side panel does not. `forQuickNote`
 * opens it at an address that says so, so its first screen is the note box — without waiting to
 * read the request. Returns false when this browser cannot open it from an extension (the caller
 * falls back to the panel).
 */
export function openPopupInGesture(
  windowId: number | undefined,
  onFailed: () => void,
  forQuickNote = false,
): boolean {
  const action = popupAction();
  if (!action?.openPopup) return false;
  // Not awaited (the gesture would end): the browser runs an extension's calls in order.
  if (forQuickNote) void action.setPopup({ popup: defaultPopup() + QUICK_NOTE_FRAGMENT }).catch(() => {});
  // Chrome takes the window; Firefox opens it in the current one.
  const opened =
    browser.sidePanel && windowId !== undefined ? action.openPopup({ windowId }) : action.openPopup();
  void opened.catch(onFailed).finally(() => forQuickNote && restoreDefaultPopup());
  return true;
}
