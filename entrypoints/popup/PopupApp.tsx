import { QuickSearch } from '../../components/QuickSearch/QuickSearch';
import { useQuickNoteRequest } from '../../lib/capture/use-quick-note-request';
import { usePopupOpeners } from '../../lib/platform/use-panel-opener';
import { useQuickSearch } from '../../lib/search/use-quick-search';
import { QuickNotePopup } from './QuickNotePopup';

const close = () => window.close();

interface PopupAppProps {
  /** The quick-note shortcut opened this popup (its address says so): the note box is the first screen. */
  openedForNote: boolean;
}

/**
 * The toolbar popup: quick search, or the quick-note box when the shortcut opened it or the rep
 * pressed "Note" in it.
 */
export function PopupApp({ openedForNote }: PopupAppProps) {
  const note = useQuickNoteRequest(openedForNote);
  if (openedForNote || note.request) return <QuickNotePopup request={note.request} onClose={close} />;
  return <QuickSearchPopup onQuickNote={note.openForActiveTab} />;
}

/** Quick search: Enter or a click opens the result's client file in the side panel (lib/platform/use-panel-opener.ts), then the popup closes. */
function QuickSearchPopup({ onQuickNote }: { onQuickNote(): void }) {
  const { query, setQuery, results, status } = useQuickSearch();
  const openers = usePopupOpeners(close);
  return (
    <QuickSearch
      query={query}
      onQuery={setQuery}
      results={results}
      status={status}
      onOpen={(result) => void openers.openClientFile(result.accountId)}
      onClose={close}
      onQuickNote={onQuickNote}
      onOpenPanel={() => void openers.openPanel()}
    />
  );
}
