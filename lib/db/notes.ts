import type { TimelineNote, TimelineNoteDraft } from '../model/types';
import { validateTimelineNote } from '../model/validate';
import { assertContactOfAccount } from './contacts';
import type { DossierDatabase } from './database';
import { NotFoundError, ValidationError } from './errors';
import { assertValid, newRowMeta, nowIso } from './rows';

/** Adds an entry to a client's timeline. Resolves once it is in IndexedDB. */
export async function createNote(db: DossierDatabase, draft: TimelineNoteDraft): Promise<TimelineNote> {
  assertValid(validateTimelineNote(draft));
  const row: TimelineNote = { ...newRowMeta(), ...draft };
  await db.transaction('rw', db.accounts, db.contacts, db.notes, async () => {
    if (!(await db.accounts.get(draft.accountId))) throw new ValidationError({ accountId: 'invalidChoice' });
    await assertContactOfAccount(db, draft.contactId, draft.accountId);
    await db.notes.add(row);
  });
  return row;
}

export async function updateNote(
  db: DossierDatabase,
  id: string,
  draft: TimelineNoteDraft,
): Promise<TimelineNote> {
  assertValid(validateTimelineNote(draft));
  return db.transaction('rw', db.contacts, db.notes, async () => {
    const existing = await db.notes.get(id);
    if (!existing) throw new NotFoundError('note', id);
    await assertContactOfAccount(db, draft.contactId, existing.accountId);
    const row: TimelineNote = {
      ...draft,
      accountId: existing.accountId,
      id,
      createdAt: existing.createdAt,
      updatedAt: nowIso(),
    };
    await db.notes.put(row);
    return row;
  });
}

export async function deleteNote(db: DossierDatabase, id: string): Promise<void> {
  await db.notes.delete(id);
}
