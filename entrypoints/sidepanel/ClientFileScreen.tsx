import { useMemo } from 'preact/hooks';
import type { ClientFileActions } from '../../components/ClientFile/actions';
import { ClientFile } from '../../components/ClientFile/ClientFile';
import { useT } from '../../components/i18n';
import { ScreenMessage } from '../../components/ScreenMessage/ScreenMessage';
import { deleteAccount, updateAccount } from '../../lib/db/accounts';
import { getClientFile } from '../../lib/db/client-file';
import { createContact, deleteContact, updateContact } from '../../lib/db/contacts';
import { getDatabase } from '../../lib/db/database';
import { saveOrFieldErrors } from '../../lib/db/errors';
import { createNote, deleteNote, updateNote } from '../../lib/db/notes';
import { createPricingNote, deletePricingNote, updatePricingNote } from '../../lib/db/pricing-notes';
import {
  createTalkingPoint,
  deleteTalkingPoint,
  moveTalkingPoint,
  setTalkingPointPinned,
  updateTalkingPoint,
} from '../../lib/db/talking-points';
import { useLiveQuery } from '../../lib/ui/use-live-query';

/** One client's file, live: edits from any context show at once. */
export function ClientFileScreen({ id, onBack }: { id: string; onBack(): void }) {
  const t = useT();
  const db = getDatabase();
  const file = useLiveQuery(() => getClientFile(db, id), [id]);
  const actions = useMemo<ClientFileActions>(
    () => ({
      saveAccount: (draft) => saveOrFieldErrors(() => updateAccount(db, id, draft)),
      deleteAccount: async () => {
        await deleteAccount(db, id);
        onBack();
      },
      saveContact: (contactId, draft) =>
        saveOrFieldErrors(() => (contactId ? updateContact(db, contactId, draft) : createContact(db, draft))),
      deleteContact: (contactId) => deleteContact(db, contactId),
      saveTalkingPoint: (pointId, draft) =>
        saveOrFieldErrors(() =>
          pointId ? updateTalkingPoint(db, pointId, draft) : createTalkingPoint(db, draft),
        ),
      moveTalkingPoint: (pointId, direction) => moveTalkingPoint(db, pointId, direction),
      setTalkingPointPinned: (pointId, pinned) => setTalkingPointPinned(db, pointId, pinned),
      deleteTalkingPoint: (pointId) => deleteTalkingPoint(db, pointId),
      savePricingNote: (noteId, draft) =>
        saveOrFieldErrors(() =>
          noteId ? updatePricingNote(db, noteId, draft) : createPricingNote(db, draft),
        ),
      deletePricingNote: (noteId) => deletePricingNote(db, noteId),
      saveNote: (noteId, draft) =>
        saveOrFieldErrors(() => (noteId ? updateNote(db, noteId, draft) : createNote(db, draft))),
      deleteNote: (noteId) => deleteNote(db, noteId),
    }),
    [db, id, onBack],
  );

  if (file.status === 'loading')
    return <ScreenMessage kind="loading">{t('sidepanel.loading')}</ScreenMessage>;
  if (file.status === 'error') return <ScreenMessage kind="error">{String(file.error)}</ScreenMessage>;
  if (!file.value) {
    return (
      <ScreenMessage kind="info">
        {t('sidepanel.accountGone')}{' '}
        <button type="button" onClick={onBack}>
          {t('common.back')}
        </button>
      </ScreenMessage>
    );
  }
  return <ClientFile file={file.value} now={new Date()} actions={actions} onBack={onBack} />;
}
