import { useMemo, useState } from 'preact/hooks';
import { getClientFile } from '../db/client-file';
import type { DossierDatabase } from '../db/database';
import { saveOrFieldErrors } from '../db/errors';
import { sendMessage } from '../messaging/send';
import type { ClientFileActions } from '../model/client-file-actions';
import { useLiveQuery } from '../platform/use-live-query';
import { guardWrites } from './guard-writes';

/**
 * One client's file, live (edits from any context show at once), and what its screen may write.
 * The forms' saves resolve to their field errors; the buttons' writes (delete, move, pin) have no
 * form to show an error in, so a refused one is worded by `describe` into `failure`, cleared by
 * the next. The writes (repositories with their validation) load on the rep's first edit, not at
 * first paint.
 */
export function useClientFile(
  db: DossierDatabase,
  id: string,
  onBack: () => void,
  describe: (error: unknown) => string,
) {
  const file = useLiveQuery(() => getClientFile(db, id), [id]);
  const [failure, setFailure] = useState<string | null>(null);
  const actions = useMemo<ClientFileActions>(() => {
    const writes = () => import('../db/file-writes');
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
          // A team account goes on the server first (lib/sync/delete-account.ts).
          const { deleteFileAccount } = await import('../sync/delete-account');
          await deleteFileAccount(db, id, sendMessage);
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
      (error) => setFailure(describe(error)),
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
  }, [db, id, onBack, describe]);
  return { file, failure, actions };
}
