import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CaptureBar } from '../../../components/CaptureBar/CaptureBar';
import { siteOffer } from '../../../lib/capture/core/site-offer';
import type { CaptureRequest } from '../../../lib/capture/pending';
import type { TabMatches } from '../../../lib/detection/tab-matches';
import type { ActiveTab } from '../../../lib/detection/use-active-tab';
import { sendMessage } from '../../../lib/messaging/send';
import { hasSiteAccess, requestSiteAccess, sitePattern } from '../../../lib/platform/permissions';

interface CaptureActionsProps {
  tab: ActiveTab | null;
  result: TabMatches | null;
  /** The tab's clients, most relevant first. */
  matchedIds: string[];
  onCapture(request: CaptureRequest): void;
}

/**
 * The panel's capture buttons for the active tab: a quick note (any tab), the company website
 * (a web page that is not webmail: create an account where no client is found, update the client
 * on its own site), and the
 * people of an open message (webmail, with a matched client).
 */
export function CaptureActions({ tab, result, matchedIds, onCapture }: CaptureActionsProps) {
  const url = tab?.url;
  const web = sitePattern(url) !== null;
  const webmail = result !== null && result.source !== 'generic';
  const top = matchedIds[0] ?? null;
  const site = siteOffer(web, result?.source ?? null, result?.matches ?? []);
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

  const captureSite = async () => {
    const reply = await sendMessage('capture/site', { tabId });
    onCapture(
      reply.status === 'ok'
        ? { kind: 'site', page: reply.page, extract: reply.extract, accountId: top }
        : { kind: 'failed', reason: reply.status },
    );
  };

  return (
    <CaptureBar
      site={site}
      people={webmail && top !== null && (result?.people.length ?? 0) > 0}
      onQuickNote={() => {
        void browser.tabs.get(tabId).then(
          (t) => onCapture({ kind: 'quickNote', page: pageOf(t.url, t.title), accountIds: matchedIds }),
          () => onCapture({ kind: 'quickNote', page: null, accountIds: matchedIds }),
        );
      }}
      onSite={() => {
        const run = () => captureSite().catch(() => onCapture({ kind: 'failed', reason: 'noAccess' }));
        if (siteAccess) return void run();
        // The prompt needs the click's gesture: asked before anything is awaited.
        void requestSiteAccess(url).then((granted) =>
          granted ? run() : onCapture({ kind: 'failed', reason: 'noAccess' }),
        );
      }}
      onPeople={() => top && onCapture({ kind: 'people', tabId, accountId: top })}
    />
  );
}

function pageOf(url: string | undefined, title: string | undefined) {
  return url && /^https?:\/\//i.test(url) ? { url, title: title ?? '' } : null;
}
