import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TabMatches } from '../detection/tab-matches';
import type { ActiveTab } from '../detection/use-active-tab';
import { sendMessage } from '../messaging/send';
import { hasSiteAccess, requestSiteAccess, sitePattern } from '../platform/permissions';
import { siteOffer } from './core/site-offer';
import type { CaptureRequest } from './pending';

/**
 * The panel's capture gestures for the active tab: a quick note (any tab, with the page as its
 * source when it is a web page), the company website (a web page that is not webmail: create an
 * account where no client is found, update the client on its own site), and the people of an
 * open message (webmail, with a matched client). Null with no active tab.
 */
export function useCaptureActions(
  tab: ActiveTab | null,
  result: TabMatches | null,
  matchedIds: string[],
  onCapture: (request: CaptureRequest) => void,
) {
  const url = tab?.url;
  const web = sitePattern(url) !== null;
  // Known ahead of the click, so a site we may not read is asked for within the click's gesture.
  const [siteAccess, setSiteAccess] = useState<boolean | null>(null);
  useEffect(() => {
    let active = true;
    setSiteAccess(null);
    if (web) void hasSiteAccess(url).then((granted) => active && setSiteAccess(granted));
    return () => {
      active = false;
    };
  }, [url, web]);

  if (!tab) return null;
  const tabId = tab.id;
  const top = matchedIds[0] ?? null;
  const webmail = result !== null && result.source !== 'generic';
  const failed = () => onCapture({ kind: 'failed', reason: 'noAccess' });
  const captureSite = async () => {
    const reply = await sendMessage('capture/site', { tabId });
    onCapture(
      reply.status === 'ok'
        ? { kind: 'site', page: reply.page, extract: reply.extract, accountId: top }
        : { kind: 'failed', reason: reply.status },
    );
  };

  return {
    site: siteOffer(web, result?.source ?? null, result?.matches ?? []),
    people: webmail && top !== null && (result?.people.length ?? 0) > 0,
    quickNote: () =>
      browser.tabs.get(tabId).then(
        (t) => onCapture({ kind: 'quickNote', page: pageOf(t.url, t.title), accountIds: matchedIds }),
        () => onCapture({ kind: 'quickNote', page: null, accountIds: matchedIds }),
      ),
    captureSite: () => {
      const run = () => captureSite().catch(failed);
      if (siteAccess) return run();
      // The prompt needs the click's gesture: asked before anything is awaited.
      return requestSiteAccess(url).then((granted) => (granted ? run() : failed()));
    },
    addPeople: () => {
      if (top) onCapture({ kind: 'people', tabId, accountId: top });
    },
  };
}

function pageOf(url: string | undefined, title: string | undefined) {
  return url && /^https?:\/\//i.test(url) ? { url, title: title ?? '' } : null;
}
