import { normalizeDomain, normalizeList, normalizeWebsite } from '../model/normalize';
import type { Account, AccountDraft } from '../model/types';
import { validateAccount } from '../model/validate';
import type { DossierDatabase } from './database';
import { NotFoundError } from './errors';
import { withAccountReadings, withoutKeptFields } from './readings';
import { assertValid, newRowMeta, nowIso } from './rows';
import { refreshSignals, signalTables } from './signals';

/**
 * Canonical spelling of what the rep typed: domains lower-case and bare, lists de-duplicated.
 * Derived and kept fields of a stored row (readings, external ids) are not the form's to write.
 */
export function normalizeAccountDraft(draft: AccountDraft): AccountDraft {
  return {
    ...withoutKeptFields(draft),
    name: draft.name.trim(),
    aliases: normalizeList(draft.aliases),
    websiteDomains: normalizeList(draft.websiteDomains, normalizeDomain),
    emailDomains: normalizeList(draft.emailDomains, normalizeDomain),
    basic: { ...draft.basic, website: normalizeWebsite(draft.basic.website) },
    needs: {
      ...draft.needs,
      keyBuyingFactors: normalizeList(draft.needs.keyBuyingFactors),
      competitors: normalizeList(draft.needs.competitors),
    },
  };
}

/** Validates and stores a new account; throws `ValidationError` with field errors. */
export async function createAccount(db: DossierDatabase, draft: AccountDraft): Promise<Account> {
  const clean = normalizeAccountDraft(draft);
  assertValid(validateAccount(clean));
  const [row] = await withAccountReadings([{ ...newRowMeta(), ...clean, externalIds: [] } as Account]);
  await db.transaction('rw', signalTables(db), async () => {
    await db.accounts.add(row!);
    await refreshSignals(db, [row!.id]);
  });
  return row!;
}

/** Replaces an account's fields, keeping its id, createdAt and external ids. */
export async function updateAccount(db: DossierDatabase, id: string, draft: AccountDraft): Promise<Account> {
  const clean = normalizeAccountDraft(draft);
  assertValid(validateAccount(clean));
  // Before the transaction: awaiting anything but the database inside it would end it.
  const [readings] = await withAccountReadings([clean]);
  return db.transaction('rw', signalTables(db), async () => {
    const existing = await db.accounts.get(id);
    if (!existing) throw new NotFoundError('account', id);
    const row: Account = {
      ...readings!,
      id,
      createdAt: existing.createdAt,
      updatedAt: nowIso(),
      externalIds: existing.externalIds ?? [],
    };
    await db.accounts.put(row);
    await refreshSignals(db, [id]);
    return row;
  });
}

/**
 * Removes an account and everything in its file — contacts, points, prices, notes, corrections,
 * what the rep did on *Today* about it, its signals — atomically.
 */
export async function deleteAccount(db: DossierDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.allTables, async () => {
    await Promise.all([
      db.contacts.where('accountId').equals(id).delete(),
      db.talkingPoints.where('accountId').equals(id).delete(),
      db.pricingNotes.where('accountId').equals(id).delete(),
      db.notes.where('accountId').equals(id).delete(),
      db.matchCorrections.where('accountId').equals(id).delete(),
      db.agendaMarks.where('accountId').equals(id).delete(),
      db.accountSignals.delete(id),
    ]);
    await db.accounts.delete(id);
  });
}
