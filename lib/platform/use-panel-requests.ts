import { useEffect } from 'preact/hooks';
import { type PanelRequest, STORED } from '../model/storage-items';
import { PANEL_REQUEST_TTL_MS } from './panel-request';
import { getItem, removeItem, watchItem } from './storage';

/**
 * The side panel's end of "open this client's file" from the popup or the omnibox
 * (lib/platform/open-client-file.ts): a request made in the last few seconds is taken when the
 * panel starts, later ones as they come; each is taken once (removed), so a reload does not
 * repeat it.
 */
export function usePanelRequests(open: (accountId: string) => void): void {
  useEffect(() => {
    let alive = true;
    const take = (request: PanelRequest | null) => {
      if (!alive || !request || Date.now() - request.at > PANEL_REQUEST_TTL_MS) return;
      void removeItem(STORED.panelRequest);
      open(request.accountId);
    };
    void getItem(STORED.panelRequest).then(take);
    const stop = watchItem(STORED.panelRequest, take);
    return () => {
      alive = false;
      stop();
    };
  }, [open]);
}
