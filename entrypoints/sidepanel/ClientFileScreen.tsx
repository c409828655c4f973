import { useMemo, useState } from 'preact/hooks';
import type { ClientFileActions } from '../../components/ClientFile/actions';
import { ClientFile } from '../../components/ClientFile/ClientFile';
import { useT } from '../../components/i18n';
import { ScreenMessage } from '../../components/ScreenMessage/ScreenMessage';
import { guardWrites } from '../../lib/client-file/guard-writes';
import { getClientFile } from '../../lib/db/client-file';
import { getDatabase } from '../../lib/db/database';
import { saveOrFieldErrors } from '../../lib/db/errors';
import { describeStorageError } from '../../lib/db/storage-error';
import { useLiveQuery } from '../../lib/platform/use-live-query';

/** One client's file, live: edits from any context show at once. */
export function ClientFileScreen({ id, onBack }: { id: string; onBack(): void }) {
  const t = useT();
  const db = getDatabase();
  const file = useLiveQuery(() => getClientFile(db, id), [id]);
  /** A delete, move or pin the browser refused (the forms show their own errors). */
  const [failure, setFailure] = useState<string | null>(null);
  // The writes (repositories with their validation) load on the rep's first edit, not at first paint.
  const actions = useMemo<ClientFileActions>(() => {
    const writes = () => import('../../lib/db/file-writes');
    // The buttons' writes: no form to show their errors in, so a refusal shows above the file.
    const buttons = guardWrites<
      Pick<
        ClientFileActions,
        | 'deleteAccount'
        | 'deleteContact'
        | 'moveTalkingPoint'
        | 'setTalkingPointPinned'
        | 'deleteTalkingPoint'
        | 'deletePricingNote'
        | 'deleteNote'
      >
    >(
      {
        deleteAccount: async () => {
          await (await writes()).deleteAccount(db, id);
          onBack();
        },
        deleteContact: async (contactId) => (await writes()).deleteContact(db, contactId),
        moveTalkingPoint: async (pointId, direction) =>
          (await writes()).moveTalkingPoint(db, pointId, direction),
        setTalkingPointPinned: async (pointId, pinned) =>
          (await writes()).setTalkingPointPinned(db, pointId, pinned),
        deleteTalkingPoint: async (pointId) => (await writes()).deleteTalkingPoint(db, pointId),
        deletePricingNote: async (noteId) => (await writes()).deletePricingNote(db, noteId),
        deleteNote: async (noteId) => (await writes()).deleteNote(db, noteId),
      },
      (error) => setFailure(describeStorageError(error, t, (detail) => t('sidepanel.writeFailed', [detail]))),
      () => setFailure(null),
    );
    return {
      ...buttons,
      saveAccount: (draft) => saveOrFieldErrors(async () => (await writes()).updateAccount(db, id, draft)),
      saveContact: (contactId, draft) =>
        saveOrFieldErrors(async () => {
          const w = await writes();
          return contactId ? w.updateContact(db, contactId, draft) : w.createContact(db, draft);
        }),
      saveTalkingPoint: (pointId, draft) =>
        saveOrFieldErrors(async () => {
          const w = await writes();
          return pointId ? w.updateTalkingPoint(db, pointId, draft) : w.createTalkingPoint(db, draft);
        }),
      savePricingNote: (noteId, draft) =>
        saveOrFieldErrors(async () => {
          const w = await writes();
          return noteId ? w.updatePricingNote(db, noteId, draft) : w.createPricingNote(db, draft);
        }),
      saveNote: (noteId, draft) =>
        saveOrFieldErrors(async () => {
          const w = await writes();
          return noteId ? w.updateNote(db, noteId, draft) : w.createNote(db, draft);
        }),
    };
  }, [db, id, onBack, t]);

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
  return (
    <>
      {failure && <ScreenMessage kind="error">{failure}</ScreenMessage>}
      <ClientFile file={file.value} now={new Date()} actions={actions} onBack={onBack} />
    </>
  );
}
