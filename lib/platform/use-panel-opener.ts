import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { openClientFileInPanel, openClientFileInTab } from './open-client-file';
import { preparePanelOpener } from './side-panel';

/**
 * "Open side panel" for a button in an extension page: null until the page's window is known
 * (the browser opens the panel only within the click's gesture, so nothing may be awaited then).
 */
export function usePanelOpener(): (() => Promise<void>) | null {
  const [open, setOpen] = useState<(() => Promise<void>) | null>(null);
  useEffect(() => {
    let active = true;
    void preparePanelOpener().then((opener) => active && setOpen(() => opener));
    return () => {
      active = false;
    };
  }, []);
  return open;
}

/**
 * The popup's ways out: a client file in the side panel of the popup's window (in a tab of its
 * own when no panel can open), or the panel itself; `done` (closing the popup) follows either.
 * The window is looked up at once: the panel opens only within the key press's gesture.
 */
export function usePopupOpeners(done: () => void) {
  const windowId = useRef<number | undefined>(undefined);
  const openPanel = usePanelOpener();
  useEffect(() => {
    void browser.windows.getCurrent().then((w) => {
      windowId.current = w.id;
    });
  }, []);
  return {
    openClientFile: (accountId: string) =>
      openClientFileInPanel(accountId, windowId.current).then(async (opened) => {
        if (!opened) await openClientFileInTab(accountId);
        done();
      }),
    openPanel: () => openPanel?.().then(done),
  };
}
