import { browser } from 'wxt/browser';
import type { ScanStatus } from '../messaging/protocol';
import { ALL_SITES_ORIGINS, WEBMAIL_ORIGINS } from '../platform/permissions-origins';

/** The one dynamic registration of the page reader. */
export const CONTENT_SCRIPT_ID = 'dossier-scan';
/** Where WXT builds `entrypoints/content-reader.ts` (an unlisted script). */
export const CONTENT_SCRIPT_FILE = 'content-reader.js';
/** The same file as WXT types it for `executeScript` (its `PublicPath`s start at the root). */
const CONTENT_SCRIPT_PUBLIC_PATH = '/content-reader.js';
/** Every host the rep can grant: the webmail sites, then every site. */
export const WEBMAIL_AND_ALL_SITES: readonly string[] = [...WEBMAIL_ORIGINS, ...ALL_SITES_ORIGINS];

/**
 * The match patterns to register for what the rep granted — the webmail sites, every site, or
 * single sites (the panel's "Read this site", a site capture): every site covers the rest, so
 * they are dropped then (one pattern list the browser matches against, not nine redundant).
 */
export function matchesFor(granted: readonly string[]): string[] {
  const web = granted.filter((origin) => /^(https?|\*):\/\/[^/]+\//.test(origin));
  const allSites =
    granted.includes('<all_urls>') ||
    web.includes('*://*/*') ||
    ALL_SITES_ORIGINS.every((origin) => web.includes(origin));
  if (allSites) return [...ALL_SITES_ORIGINS];
  // The webmail sites first, in their order, then single sites as granted.
  const webmail = WEBMAIL_AND_ALL_SITES.filter((o) => web.includes(o));
  return [...webmail, ...web.filter((o) => !webmail.includes(o))];
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Makes the registered content script follow the granted hosts: registers it, updates its
 * matches, or unregisters it when nothing is granted. Calls run one after another (startup and a
 * permission event can overlap; two registrations of one id would fail). Resolves with the match
 * patterns now registered (empty: none).
 */
export function syncContentScripts(): Promise<string[]> {
  const run = queue.then(sync, sync);
  queue = run.catch(() => {});
  return run;
}

async function sync(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const matches = matchesFor(origins);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
    return [];
  }
  const script = {
    id: CONTENT_SCRIPT_ID,
    js: [CONTENT_SCRIPT_FILE],
    matches,
    runAt: 'document_idle' as const,
    allFrames: false,
    // Chrome and Firefox ≥ 105 (we require 140) keep it across restarts; the background still
    // re-syncs at startup, so a browser that drops it loses nothing.
    // https://bugzilla.mozilla.org/show_bug.cgi?id=1751436
    persistAcrossSessions: true,
  };
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return matches;
}

/**
 * Runs the page reader in a tab now (the side panel's "Scan this page", allowed by activeTab or a
 * granted host). `unsupported`: not an http(s) page (or the tab is gone); `noAccess`: the browser
 * refused (no permission, or a page no extension may touch, like the web store).
 */
export async function injectInto(tabId: number): Promise<ScanStatus> {
  let url: string | undefined;
  try {
    ({ url } = await browser.tabs.get(tabId));
  } catch {
    return 'unsupported';
  }
  // Without host access the URL may be hidden from us: then only the injection itself can tell.
  if (url !== undefined && !/^https?:\/\//i.test(url)) return 'unsupported';
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_PUBLIC_PATH] });
    return 'scanned';
  } catch {
    return 'noAccess';
  }
}
