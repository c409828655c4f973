import { LazyQuickNote } from '../../../components/Capture/lazy';
import type { PageRef } from '../../../lib/capture/pending';
import { useQuickNote } from '../../../lib/capture/use-quick-note';

interface QuickNoteScreenProps {
  page: PageRef | null;
  /** The page's clients, most relevant first: one preselects it; none or several ask. */
  accountIds: string[];
  onSaved(accountId: string): void;
  onClose(): void;
}

/** The quick-note box in the side panel (its "Note" button), attached to the page's client. */
export function QuickNoteScreen({ page, accountIds, onSaved, onClose }: QuickNoteScreenProps) {
  return <LazyQuickNote {...useQuickNote({ page, accountIds }, onSaved)} onClose={onClose} />;
}
