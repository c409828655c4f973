import * as v from 'valibot';
import { emptyTalkingPointDraft } from '../model/defaults';
import { SHORT_TEXT_MAX } from '../model/limits';
import { agendaMarkRowSchema, dateSchema } from '../model/schemas';
import type { AgendaMark, TalkingPointDraft, TimelineNoteDraft } from '../model/types';
import { validateTimelineNote } from '../model/validate';
import { assertContactOfAccount } from './contacts';
import type { DossierDatabase } from './database';
import { ValidationError } from './errors';
import { withComplaintCourse } from './notes';
import { assertValid, newRowMeta, nowIso } from './rows';
import { refreshSignals, signalTables } from './signals';
import { createTalkingPoint } from './talking-points';

/**
 * Remembers the rep's answer to an item of *Today* or a suggested talking point: snoozed until a
 * day, or (`snoozedUntil` null) done or dismissed for good. One mark per item key: a new answer
 * replaces the last.
 */
export async function markAgendaItem(
  db: DossierDatabase,
  itemKey: string,
  accountId: string | null,
  snoozedUntil: string | null,
): Promise<AgendaMark> {
  return db.transaction('rw', db.accounts, db.agendaMarks, async () => {
    if (accountId !== null && !(await db.accounts.get(accountId)))
      throw new ValidationError({ accountId: 'invalidChoice' });
    const existing = await db.agendaMarks.where('itemKey').equals(itemKey).first();
    const row: AgendaMark = existing
      ? { ...existing, accountId, snoozedUntil, updatedAt: nowIso() }
      : { ...newRowMeta(), itemKey, accountId, snoozedUntil };
    const checked = v.safeParse(agendaMarkRowSchema, row);
    if (!checked.success) throw new ValidationError({ itemKey: 'invalidChoice' });
    await db.agendaMarks.put(row);
    return row;
  });
}

/** Forgets the rep's answer: the item shows again when it is due (an undo). */
export async function unmarkAgendaItem(db: DossierDatabase, itemKey: string): Promise<void> {
  await db.agendaMarks.where('itemKey').equals(itemKey).delete();
}

/** What a Done on *Today* writes, all or nothing. */
export interface AgendaCompletion {
  itemKey: string;
  accountId: string | null;
  /** The contact logged as a note of the account (a call, visit, meeting or email); null logs nothing. */
  note: TimelineNoteDraft | null;
  /** The account's next contact date from now on (undefined leaves it as it is). */
  nextContactDate?: string | null;
  /** A complaint this answers: its course becomes answered, with the note's text as the answer. */
  complaintId?: string | null;
}

/**
 * Done on an item of *Today*: logs the contact, moves the account's next contact date, answers the
 * complaint it was about, and marks the item done — in one transaction, so a failure leaves
 * everything as it was and the item still on *Today*.
 */
export async function completeAgendaItem(
  db: DossierDatabase,
  done: AgendaCompletion,
  now = new Date(),
): Promise<void> {
  const note = done.note ? withComplaintCourse(done.note) : null;
  if (note) assertValid(validateTimelineNote(note));
  if (done.nextContactDate && !v.is(dateSchema, done.nextContactDate))
    throw new ValidationError({ nextContactDate: 'invalidDate' });
  const at = now.toISOString();
  await db.transaction('rw', [...signalTables(db), db.agendaMarks], async () => {
    if (done.accountId !== null) {
      const account = await db.accounts.get(done.accountId);
      if (!account) throw new ValidationError({ accountId: 'invalidChoice' });
      if (done.nextContactDate !== undefined)
        await db.accounts.update(done.accountId, { nextContactDate: done.nextContactDate, updatedAt: at });
    }
    if (note) {
      if (note.accountId !== done.accountId) throw new ValidationError({ accountId: 'invalidChoice' });
      await assertContactOfAccount(db, note.contactId, note.accountId);
      await db.notes.add({ ...newRowMeta(), ...note });
    }
    if (done.complaintId) {
      const complaint = await db.notes.get(done.complaintId);
      if (complaint?.complaint?.status === 'open' && complaint.accountId === done.accountId)
        await db.notes.update(complaint.id, {
          complaint: {
            ...complaint.complaint,
            status: 'answered',
            answeredAt: at,
            response: note?.text ?? '',
          },
          updatedAt: at,
        });
    }
    await markAgendaItem(db, done.itemKey, done.accountId, null);
    if (done.accountId !== null) await refreshSignals(db, [done.accountId], now);
  });
}

/** A suggested talking point the rep keeps: it becomes theirs, and is not suggested again (one transaction). */
export async function keepHint(
  db: DossierDatabase,
  markKey: string,
  point: Pick<TalkingPointDraft, 'accountId' | 'contactId' | 'text'>,
): Promise<void> {
  const draft: TalkingPointDraft = {
    ...emptyTalkingPointDraft(point.accountId),
    contactId: point.contactId,
    text: point.text.slice(0, SHORT_TEXT_MAX),
  };
  await db.transaction('rw', db.accounts, db.contacts, db.talkingPoints, db.agendaMarks, async () => {
    await createTalkingPoint(db, draft);
    await markAgendaItem(db, markKey, draft.accountId, null);
  });
}
