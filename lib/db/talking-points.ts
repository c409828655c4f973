import { orderTalkingPoints } from '../model/derive';
import type { TalkingPoint, TalkingPointDraft } from '../model/types';
import { validateTalkingPoint } from '../model/validate';
import { assertContactOfAccount } from './contacts';
import type { DossierDatabase } from './database';
import { NotFoundError, ValidationError } from './errors';
import { assertValid, newRowMeta, nowIso } from './rows';

/** Gap between neighbours, so a move rewrites one row, not the whole list. */
const ORDER_STEP = 1000;

const clean = (draft: TalkingPointDraft): TalkingPointDraft => ({ ...draft, text: draft.text.trim() });

/** Adds a point at the end of the account's list. */
export async function createTalkingPoint(
  db: DossierDatabase,
  draft: TalkingPointDraft,
): Promise<TalkingPoint> {
  assertValid(validateTalkingPoint(clean(draft)));
  return db.transaction('rw', db.accounts, db.contacts, db.talkingPoints, async () => {
    if (!(await db.accounts.get(draft.accountId))) throw new ValidationError({ accountId: 'invalidChoice' });
    await assertContactOfAccount(db, draft.contactId, draft.accountId);
    const last = await db.talkingPoints
      .where('[accountId+order]')
      .between([draft.accountId, -Infinity], [draft.accountId, Infinity])
      .last();
    const row: TalkingPoint = { ...newRowMeta(), ...clean(draft), order: (last?.order ?? 0) + ORDER_STEP };
    await db.talkingPoints.add(row);
    return row;
  });
}

/** Edits text, contact and pin; the position is changed only by `moveTalkingPoint`. */
export async function updateTalkingPoint(
  db: DossierDatabase,
  id: string,
  draft: TalkingPointDraft,
): Promise<TalkingPoint> {
  assertValid(validateTalkingPoint(clean(draft)));
  return db.transaction('rw', db.contacts, db.talkingPoints, async () => {
    const existing = await db.talkingPoints.get(id);
    if (!existing) throw new NotFoundError('talking point', id);
    await assertContactOfAccount(db, draft.contactId, existing.accountId);
    const row: TalkingPoint = {
      ...existing,
      text: clean(draft).text,
      contactId: draft.contactId,
      pinned: draft.pinned,
      updatedAt: nowIso(),
    };
    await db.talkingPoints.put(row);
    return row;
  });
}

export async function setTalkingPointPinned(db: DossierDatabase, id: string, pinned: boolean): Promise<void> {
  await db.talkingPoints.update(id, { pinned, updatedAt: nowIso() });
}

/**
 * Moves a point one place up (-1) or down (+1) in the order the rep sees (pinned first), by
 * swapping `order` with its neighbour within the same pinned group.
 */
export async function moveTalkingPoint(db: DossierDatabase, id: string, direction: -1 | 1): Promise<void> {
  await db.transaction('rw', db.talkingPoints, async () => {
    const point = await db.talkingPoints.get(id);
    if (!point) throw new NotFoundError('talking point', id);
    const siblings = orderTalkingPoints(
      await db.talkingPoints.where('accountId').equals(point.accountId).toArray(),
    );
    const index = siblings.findIndex((p) => p.id === id);
    const neighbour = siblings[index + direction];
    if (!neighbour || neighbour.pinned !== point.pinned) return;
    const updatedAt = nowIso();
    await db.talkingPoints.bulkPut([
      { ...point, order: neighbour.order, updatedAt },
      { ...neighbour, order: point.order, updatedAt },
    ]);
  });
}

export async function deleteTalkingPoint(db: DossierDatabase, id: string): Promise<void> {
  await db.talkingPoints.delete(id);
}
