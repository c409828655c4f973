import * as v from 'valibot';
import { matchCorrectionDraftSchema } from '../model/schemas';
import type { MatchCorrection } from '../model/types';
import { toFieldErrors } from '../model/validate';
import type { DossierDatabase } from './database';
import { ValidationError } from './errors';
import { assertValid, newRowMeta, nowIso } from './rows';

export type CorrectionDraft = Pick<MatchCorrection, 'key' | 'accountId' | 'verdict'>;

/**
 * Remembers a rep's correction. One verdict per key and account: saying "not this client" after
 * "belongs to" (or the reverse) replaces the earlier one.
 */
export async function recordCorrection(
  db: DossierDatabase,
  draft: CorrectionDraft,
): Promise<MatchCorrection> {
  const clean = { ...draft, key: draft.key.trim().toLowerCase() };
  const result = v.safeParse(matchCorrectionDraftSchema, clean);
  assertValid(result.success ? {} : toFieldErrors(result.issues));
  return db.transaction('rw', db.accounts, db.matchCorrections, async () => {
    if (!(await db.accounts.get(clean.accountId))) throw new ValidationError({ accountId: 'invalidChoice' });
    const existing = await db.matchCorrections
      .where('key')
      .equals(clean.key)
      .filter((c) => c.accountId === clean.accountId)
      .first();
    const row: MatchCorrection = existing
      ? { ...existing, verdict: clean.verdict, updatedAt: nowIso() }
      : { ...newRowMeta(), ...clean };
    await db.matchCorrections.put(row);
    return row;
  });
}

export function listCorrections(db: DossierDatabase): Promise<MatchCorrection[]> {
  return db.matchCorrections.toArray();
}

export async function deleteCorrection(db: DossierDatabase, id: string): Promise<void> {
  await db.matchCorrections.delete(id);
}

/** Every correction with its client's name ('' for a client deleted since), newest first. */
export async function listCorrectionsWithNames(
  db: DossierDatabase,
): Promise<(MatchCorrection & { accountName: string })[]> {
  return db.transaction('r', db.matchCorrections, db.accounts, async () => {
    const corrections = await db.matchCorrections.toArray();
    const accounts = await db.accounts.bulkGet([...new Set(corrections.map((c) => c.accountId))]);
    const names = new Map(accounts.flatMap((a) => (a ? [[a.id, a.name] as const] : [])));
    return corrections
      .map((c) => ({ ...c, accountName: names.get(c.accountId) ?? '' }))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  });
}
