import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { lazy } from '../../components/Lazy/lazy';
import { QuickSearch } from '../../components/QuickSearch/QuickSearch';
import { useQuickNoteRequest } from '../../lib/capture/use-quick-note-request';
import { openClientFileInPanel, openClientFileInTab } from '../../lib/platform/open-client-file';
import { preparePanelOpener } from '../../lib/platform/side-panel';
import { useQuickSearch } from '../../lib/search/use-quick-search';

/** The quick-note box, loaded when the shortcut or the "Note" button asks for it. */
export const LazyQuickNotePopup = lazy(() => import('./QuickNotePopup').then((m) => m.QuickNotePopup));

/**
 * The toolbar popup: quick search. Enter or a click opens the result's client file in the side
 * panel (a tab when no panel can open), then the popup closes.
 */
export function PopupApp() {
  const { query, setQuery, results, status } = useQuickSearch();
  const note = useQuickNoteRequest();
  // Looked up at once: the panel opens only within the key press's user gesture, before any await.
  const windowId = useRef<number | undefined>(undefined);
  const openPanel = useRef<(() => Promise<void>) | null>(null);
  useEffect(() => {
    void browser.windows.getCurrent().then((w) => {
      windowId.current = w.id;
    });
    void preparePanelOpener().then((open) => {
      openPanel.current = open;
    });
  }, []);

  if (note.request) {
    return <LazyQuickNotePopup {...note.request} onClose={() => window.close()} />;
  }
  return (
    <QuickSearch
      query={query}
      onQuery={setQuery}
      results={results}
      status={status}
      onOpen={(result) => {
        void openClientFileInPanel(result.accountId, windowId.current).then(async (opened) => {
          if (!opened) await openClientFileInTab(result.accountId);
          window.close();
        });
      }}
      onClose={() => window.close()}
      onQuickNote={note.openForActiveTab}
      onOpenPanel={() => {
        void openPanel.current?.().then(() => window.close());
      }}
    />
  );
}
