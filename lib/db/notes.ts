import { openComplaint } from '../model/defaults';
import type { TimelineNote, TimelineNoteDraft } from '../model/types';
import { validateTimelineNote } from '../model/validate';
import { assertContactOfAccount } from './contacts';
import type { DossierDatabase } from './database';
import { NotFoundError, ValidationError } from './errors';
import { assertValid, newRowMeta, nowIso } from './rows';
import { refreshSignals, signalTables } from './signals';

/**
 * A complaint always has its course and nothing else has one: a quick note or a form that
 * only picked the kind "complaint" starts it open; a note changed to another kind drops it; a
 * status moved to answered or closed is dated now.
 */
export function withComplaintCourse(draft: TimelineNoteDraft, now = new Date()): TimelineNoteDraft {
  if (draft.kind !== 'complaint') return draft.complaint === null ? draft : { ...draft, complaint: null };
  const course = draft.complaint ?? openComplaint();
  // A form moves the status; when it was answered or settled is the moment it says so.
  const at = now.toISOString();
  const answeredAt = course.status === 'open' ? course.answeredAt : (course.answeredAt ?? at);
  const closedAt = course.status === 'closed' ? (course.closedAt ?? at) : null;
  if (draft.complaint && answeredAt === course.answeredAt && closedAt === course.closedAt) return draft;
  return { ...draft, complaint: { ...course, answeredAt, closedAt } };
}

/** Adds an entry to a client's timeline. Resolves once it is in IndexedDB. */
export async function createNote(db: DossierDatabase, input: TimelineNoteDraft): Promise<TimelineNote> {
  const draft = withComplaintCourse(input);
  assertValid(validateTimelineNote(draft));
  const row: TimelineNote = { ...newRowMeta(), ...draft };
  await db.transaction('rw', signalTables(db), async () => {
    if (!(await db.accounts.get(draft.accountId))) throw new ValidationError({ accountId: 'invalidChoice' });
    await assertContactOfAccount(db, draft.contactId, draft.accountId);
    await db.notes.add(row);
    await refreshSignals(db, [row.accountId]);
  });
  return row;
}

export async function updateNote(
  db: DossierDatabase,
  id: string,
  input: TimelineNoteDraft,
): Promise<TimelineNote> {
  const draft = withComplaintCourse(input);
  assertValid(validateTimelineNote(draft));
  return db.transaction('rw', signalTables(db), async () => {
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
    await refreshSignals(db, [row.accountId]);
    return row;
  });
}

export async function deleteNote(db: DossierDatabase, id: string): Promise<void> {
  await db.transaction('rw', signalTables(db), async () => {
    const existing = await db.notes.get(id);
    if (!existing) return;
    await db.notes.delete(id);
    await refreshSignals(db, [existing.accountId]);
  });
}
