import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PANEL_REQUEST_KEY, PANEL_REQUEST_TTL_MS, type PanelRequest } from './panel-request';

/**
 * The side panel's end of "open this client's file" from the popup or the omnibox
 * (lib/platform/open-client-file.ts): a request made in the last few seconds is taken when the
 * panel starts, later ones as they come; each is taken once (removed), so a reload does not
 * repeat it.
 */
export function usePanelRequests(open: (accountId: string) => void): void {
  useEffect(() => {
    let alive = true;
    const take = (value: unknown) => {
      const request = value as PanelRequest | undefined;
      if (!alive || !request?.accountId || Date.now() - request.at > PANEL_REQUEST_TTL_MS) return;
      void browser.storage.session.remove(PANEL_REQUEST_KEY);
      open(request.accountId);
    };
    void browser.storage.session.get(PANEL_REQUEST_KEY).then((stored) => take(stored[PANEL_REQUEST_KEY]));
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && changes[PANEL_REQUEST_KEY]) take(changes[PANEL_REQUEST_KEY].newValue);
    };
    browser.storage.onChanged.addListener(listener);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, [open]);
}
