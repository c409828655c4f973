import { QuickNote } from '../../components/QuickNote/QuickNote';
import { useQuickNote } from '../../lib/capture/use-quick-note';
import type { QuickNoteRequest } from '../../lib/capture/use-quick-note-request';

/** How long "Saved" shows before the popup goes away and the rep is back on their page. */
const CLOSE_AFTER_SAVE_MS = 700;

interface QuickNotePopupProps {
  /** The page and its clients; null while the popup is still reading what the shortcut asked. */
  request: QuickNoteRequest | null;
  onClose(): void;
}

/**
 * The quick note in the toolbar popup (the shortcut opens it here: a popup takes the keyboard from
 * the page at once). In the popup's first chunk, so the box has the focus in the first frame; its
 * data and write follow. Saved is saved: the popup closes a moment after the note is in IndexedDB.
 */
export function QuickNotePopup({ request, onClose }: QuickNotePopupProps) {
  const props = useQuickNote(request, () => setTimeout(onClose, CLOSE_AFTER_SAVE_MS));
  return <QuickNote {...props} onClose={onClose} />;
}
