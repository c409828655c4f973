import * as v from 'valibot';
import { agendaMarkRowSchema } from '../model/schemas';
import type { AgendaMark } from '../model/types';
import type { DossierDatabase } from './database';
import { ValidationError } from './errors';
import { newRowMeta, nowIso } from './rows';

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
