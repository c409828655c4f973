import { browser } from 'wxt/browser';
import type { DossierDatabase } from '../db/database';
import { openSearchCache } from '../db/search-cache';
import { SEARCH_TABLES, type SearchTable } from '../db/search-sources';
import { joinChanges, onRowsChanged, type RowChanges } from '../db/watch';
import { afterBurst, inBurst } from '../db/write-bursts';
import type { Handlers } from '../messaging/router';
import { openClientFileInPanel, openClientFileInTab } from '../platform/open-client-file';
import { translate } from '../platform/translate';
import { registerOmnibox } from './omnibox';
import { createSearchService } from './search-service';

type QuickSearchHandlers = Pick<Handlers, 'search/query'>;

/**
 * The quick search in the background: the warm index (loaded at worker start, kept in step with
 * every committed change of accounts, contacts and notes), the omnibox keyword, and the popup's
 * `search/query` handler.
 */
export function startQuickSearch(db: DossierDatabase): QuickSearchHandlers {
  const service = createSearchService({ db, cache: openSearchCache() });
  // Timings only (no client data), for the popup benchmark to read from the worker.
  (globalThis as { dossierSearchStats?: unknown }).dossierSearchStats = service.stats;
  // In a burst of writes (a team's first sync) the changes are gathered and applied once, after.
  let gathered: RowChanges<SearchTable> | null = null;
  onRowsChanged(db, SEARCH_TABLES, (changes) => {
    if (inBurst()) gathered = joinChanges(gathered, changes);
    else void service.apply(changes).catch(() => {});
  });
  afterBurst(() => {
    if (!gathered) return;
    const changes = gathered;
    gathered = null;
    void service.apply(changes).catch(() => {});
  });
  // Not loaded at worker start: the worker wakes for many reasons (a tab loading, a page's
  // signals), and tens of MB of stored index would compete with what woke it. The popup asks for
  // it once its first list is painted, the omnibox when the rep types `ds`.

  // The window the rep types in, known before Enter: the panel opens only within the gesture, and
  // looking the window up after it (an await) would be too late.
  let windowId: number | undefined;
  const trackWindow = () =>
    void browser.windows.getLastFocused().then(
      (w) => {
        windowId = w.id;
      },
      () => {},
    );
  trackWindow();
  browser.windows.onFocusChanged.addListener((id) => {
    if (id !== browser.windows.WINDOW_ID_NONE) windowId = id;
  });

  registerOmnibox({
    query: (text, limit) => service.query(text, limit),
    warm: () => {
      trackWindow();
      void service.warm().catch(() => {});
    },
    markup: !navigator.userAgent.includes('Firefox'),
    translate,
    open: async (accountId) => {
      if (!(await openClientFileInPanel(accountId, windowId))) await openClientFileInTab(accountId);
    },
  });

  return {
    'search/query': async ({ query, limit }) => ({ results: await service.query(query, limit) }),
  };
}
