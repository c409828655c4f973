import { browser } from 'wxt/browser';
import type { DossierDatabase } from '../db/database';
import { openMatchCache } from '../db/match-cache';
import { listCorrections } from '../db/match-corrections';
import { onCorrectionsChanged, onMatchSourcesChanged } from '../db/watch';
import { afterBurst, inBurst } from '../db/write-bursts';
import type { ScanStatus } from '../messaging/protocol';
import type { Handlers } from '../messaging/router';
import { STORED } from '../model/storage-items';
import { hasSiteAccess } from '../platform/permissions';
import { OPEN_PANEL_COMMAND } from '../platform/side-panel';
import { getItem, watchItem } from '../platform/storage';
import { injectInto, syncContentScripts } from './content-scripts';
import { createMatchService } from './match-service';
import { clearTabMatches, saveTabMatches, type TabMatches } from './tab-matches';

type DetectionHandlers = Pick<Handlers, 'page/signals' | 'tab/scan'>;

/**
 * Page detection in the background: the warm matcher, its re-matching when the client files,
 * corrections or the rep's addresses change, the badge, the per-tab results, and the content
 * script's registration for the hosts the rep granted. Returns the message handlers.
 */
/** How long after the worker starts the match index is loaded if no page asked for it first. */
const WARM_DELAY_MS = 1500;

export function startDetection(db: DossierDatabase): DetectionHandlers {
  const service = createMatchService({
    db,
    cache: openMatchCache(),
    ownAddresses: () => getItem(STORED.ownAddresses),
    corrections: () => listCorrections(db),
    publish: async (result: TabMatches) => {
      await saveTabMatches(result);
      await setBadge(result.tabId, result.matches.length);
    },
  });
  /** Tabs the rep asked to scan (activeTab): their origin, until the tab leaves it. */
  const scannedOnRequest = new Map<number, string>();

  // Warmed a moment after the worker starts, not at once: a page's signals load the index on
  // demand anyway, and whatever else woke the worker (the popup's search, the side panel) reads
  // its own tens of MB first instead of sharing the disk with this one.
  setTimeout(() => void service.warm().catch(() => {}), WARM_DELAY_MS); // a failure is retried on the first page
  void syncContentScripts();
  watchChanges(db, service);

  const forget = async (tabId: number) => {
    service.forgetTab(tabId);
    scannedOnRequest.delete(tabId);
    await clearTabMatches(tabId);
    await setBadge(tabId, 0);
  };
  browser.tabs.onRemoved.addListener((tabId) => void forget(tabId));
  // A real navigation: the old page's result must not outlive it (SPA route changes don't load).
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) void forget(tabId);
  });
  const onPermissionsChanged = async () => {
    await syncContentScripts();
    // Revoking stops scanning at once: results of tabs we may no longer read are dropped.
    for (const tab of await browser.tabs.query({})) {
      if (tab.id !== undefined && !(await mayRead(tab.id, tab.url ?? ''))) await forget(tab.id);
    }
  };
  browser.permissions.onAdded.addListener(() => void onPermissionsChanged());
  browser.permissions.onRemoved.addListener(() => void onPermissionsChanged());

  async function mayRead(tabId: number, url: string): Promise<boolean> {
    const origin = originOf(url);
    if (!origin) return false;
    if (scannedOnRequest.get(tabId) === origin) return true;
    // Webmail, every site, or this one site (granted from the panel's "Read this site").
    return hasSiteAccess(url);
  }

  /**
   * Reads a tab now, as the rep asked (the panel, or its shortcut's activeTab). The tab counts as
   * asked for before the script runs: the script sends the page's signals at once, and they must
   * not be refused for arriving before the injection returns.
   */
  async function scan(tabId: number): Promise<ScanStatus> {
    let url: string | undefined;
    try {
      ({ url } = await browser.tabs.get(tabId));
    } catch {
      return 'unsupported';
    }
    const origin = originOf(url ?? '');
    if (origin) scannedOnRequest.set(tabId, origin);
    const status = await injectInto(tabId);
    if (status !== 'scanned' && scannedOnRequest.get(tabId) === origin) scannedOnRequest.delete(tabId);
    return status;
  }

  // The shortcut that opens the panel grants activeTab on the page the rep is on: read it now,
  // whether the panel was closed (it opens and asks too) or already open on another page.
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === OPEN_PANEL_COMMAND && tab?.id !== undefined) void scan(tab.id);
  });

  return {
    'page/signals': async (signals, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || !(await mayRead(tabId, sender.tab?.url ?? sender.url ?? '')))
        return { matched: 0 };
      return { matched: await service.handleSignals(tabId, signals) };
    },
    'tab/scan': async ({ tabId }) => ({ status: await scan(tabId) }),
  };
}

/**
 * How long accounts and contacts stay unchanged before the index is rebuilt ahead of any page. A
 * team's first sync, or an import, commits batch after batch: rebuilt after each, 10,000 accounts
 * cost the worker O(n²). Meanwhile the index is stale: a page that arrives builds a current one.
 */
export const REBUILD_AFTER_QUIET_MS = 400;

/** Rebuild when accounts or contacts change; re-match when corrections or the rep's addresses do. */
function watchChanges(db: DossierDatabase, service: ReturnType<typeof createMatchService>) {
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let changedInBurst = false;
  const rebuildSoon = () => {
    clearTimeout(quiet);
    quiet = setTimeout(() => void service.invalidateIndex(), REBUILD_AFTER_QUIET_MS);
  };
  onMatchSourcesChanged(db, () => {
    service.markStale();
    // In a burst (a team's first sync) the rebuild waits for its end.
    if (inBurst()) changedInBurst = true;
    else rebuildSoon();
  });
  afterBurst(() => {
    if (!changedInBurst) return;
    changedInBurst = false;
    rebuildSoon();
  });
  onCorrectionsChanged(db, () => void service.rematchAll());
  watchItem(STORED.ownAddresses, () => void service.invalidateIndex());
}

async function setBadge(tabId: number, count: number) {
  const action =
    browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  try {
    await action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  } catch {
    // the tab closed meanwhile
  }
}

function originOf(url: string): string | null {
  try {
    const { protocol, host } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? `${protocol}//${host}` : null;
  } catch {
    return null;
  }
}

/** Whether a match pattern like `https://mail.google.com/*` or `https://*\/*` covers the URL. */
export function matchesOrigin(pattern: string, url: string): boolean {
  const parsed = /^(https?|\*):\/\/([^/]+)\//.exec(pattern);
  const target = /^(https?):\/\/([^/:]+)/.exec(url);
  if (!parsed || !target) return false;
  const [, scheme, host] = parsed;
  if (scheme !== '*' && scheme !== target[1]) return false;
  if (host === '*') return true;
  if (host!.startsWith('*.')) return target[2] === host!.slice(2) || target[2]!.endsWith(host!.slice(1));
  return target[2] === host;
}
