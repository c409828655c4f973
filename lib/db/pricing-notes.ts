import type { PricingNote, PricingNoteDraft } from '../model/types';
import { validatePricingNote } from '../model/validate';
import type { DossierDatabase } from './database';
import { NotFoundError, ValidationError } from './errors';
import { assertValid, newRowMeta, nowIso } from './rows';
import { refreshSignals, signalTables } from './signals';

const clean = (draft: PricingNoteDraft): PricingNoteDraft => ({
  ...draft,
  product: draft.product.trim(),
  approver: draft.approver.trim(),
  competitor: draft.competitor.trim(),
});

export async function createPricingNote(db: DossierDatabase, draft: PricingNoteDraft): Promise<PricingNote> {
  const row: PricingNote = { ...newRowMeta(), ...clean(draft) };
  assertValid(validatePricingNote(clean(draft)));
  await db.transaction('rw', signalTables(db), async () => {
    if (!(await db.accounts.get(draft.accountId))) throw new ValidationError({ accountId: 'invalidChoice' });
    await db.pricingNotes.add(row);
    await refreshSignals(db, [row.accountId]);
  });
  return row;
}

export async function updatePricingNote(
  db: DossierDatabase,
  id: string,
  draft: PricingNoteDraft,
): Promise<PricingNote> {
  assertValid(validatePricingNote(clean(draft)));
  return db.transaction('rw', signalTables(db), async () => {
    const existing = await db.pricingNotes.get(id);
    if (!existing) throw new NotFoundError('pricing note', id);
    const row: PricingNote = {
      ...clean(draft),
      accountId: existing.accountId,
      id,
      createdAt: existing.createdAt,
      updatedAt: nowIso(),
    };
    await db.pricingNotes.put(row);
    await refreshSignals(db, [row.accountId]);
    return row;
  });
}

export async function deletePricingNote(db: DossierDatabase, id: string): Promise<void> {
  await db.transaction('rw', signalTables(db), async () => {
    const existing = await db.pricingNotes.get(id);
    if (!existing) return;
    await db.pricingNotes.delete(id);
    await refreshSignals(db, [existing.accountId]);
  });
}
