import { useState } from 'preact/hooks';
import { LazyQuickNote } from '../../../components/Capture/lazy';
import type { PageRef } from '../../../lib/clipping/pending';
import { getDatabase } from '../../../lib/db/database';
import { saveOrFieldErrors } from '../../../lib/db/errors';
import { useClientFile, usePickerAccounts, writes } from './use-accounts';

interface QuickNoteScreenProps {
  page: PageRef | null;
  /** The page's clients, most relevant first: one preselects it; none or several ask. */
  accountIds: string[];
  onSaved(accountId: string): void;
  onClose(): void;
}

/** The quick-note box, attached to the page's client; the note is in IndexedDB before "Saved". */
export function QuickNoteScreen({ page, accountIds, onSaved, onClose }: QuickNoteScreenProps) {
  const db = getDatabase();
  const [accountId, setAccountId] = useState<string | null>(accountIds.length === 1 ? accountIds[0]! : null);
  const accounts = usePickerAccounts(accountIds);
  const file = useClientFile(accountId);
  return (
    <LazyQuickNote
      accounts={accounts ?? []}
      accountId={accountId}
      accountName={file?.account.name}
      contacts={file?.contacts ?? []}
      page={page && { url: page.url, title: page.title.slice(0, 500) }}
      now={new Date()}
      onAccountChange={setAccountId}
      onSave={async (draft) => {
        const errors = await saveOrFieldErrors(async () => (await writes()).createNote(db, draft));
        if (errors === null) onSaved(draft.accountId);
        return errors;
      }}
      onClose={onClose}
    />
  );
}
