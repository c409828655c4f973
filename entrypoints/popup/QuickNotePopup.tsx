import { QuickNote } from '../../components/QuickNote/QuickNote';
import type { PageRef } from '../../lib/capture/pending';
import { useQuickNote } from '../../lib/capture/use-capture-data';

/** How long "Saved" shows before the popup goes away and the rep is back on their page. */
const CLOSE_AFTER_SAVE_MS = 700;

interface QuickNotePopupProps {
  page: PageRef | null;
  accountIds: string[];
  onClose(): void;
}

/**
 * The quick note in the toolbar popup (the shortcut opens it here: a popup takes the keyboard from
 * the page at once). Saved is saved: the popup closes a moment after the note is in IndexedDB.
 */
export function QuickNotePopup({ page, accountIds, onClose }: QuickNotePopupProps) {
  const props = useQuickNote(page, accountIds, () => setTimeout(onClose, CLOSE_AFTER_SAVE_MS));
  return <QuickNote {...props} onClose={onClose} />;
}
