import { lazy } from '../../components/Lazy/lazy';
import { QuickSearch } from '../../components/QuickSearch/QuickSearch';
import { useQuickNoteRequest } from '../../lib/capture/use-quick-note-request';
import { usePopupOpeners } from '../../lib/platform/use-panel-opener';
import { useQuickSearch } from '../../lib/search/use-quick-search';

/** The quick-note box, loaded when the shortcut or the "Note" button asks for it. */
export const LazyQuickNotePopup = lazy(() => import('./QuickNotePopup').then((m) => m.QuickNotePopup));

const close = () => window.close();

/**
 * The toolbar popup: quick search. Enter or a click opens the result's client file in the side
 * panel (lib/platform/use-panel-opener.ts), then the popup closes.
 */
export function PopupApp() {
  const { query, setQuery, results, status } = useQuickSearch();
  const note = useQuickNoteRequest();
  const openers = usePopupOpeners(close);

  if (note.request) return <LazyQuickNotePopup {...note.request} onClose={close} />;
  return (
    <QuickSearch
      query={query}
      onQuery={setQuery}
      results={results}
      status={status}
      onOpen={(result) => void openers.openClientFile(result.accountId)}
      onClose={close}
      onQuickNote={note.openForActiveTab}
      onOpenPanel={() => void openers.openPanel()}
    />
  );
}
