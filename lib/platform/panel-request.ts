/**
 * "Open this client's file" handed to the side panel through `storage.session` (STORED.panelRequest):
 * written by the popup and the omnibox (open-client-file.ts), taken by the panel
 * (use-panel-requests.ts). Apart from the opening code, so the panel's first paint carries only this.
 */
/** A request older than this is stale: the panel that starts later was not opened for it. */
export const PANEL_REQUEST_TTL_MS = 10_000;
