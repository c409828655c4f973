import type { AccountSummary } from '../model/types';
import type { DossierDatabase } from './database';

/** What the page-matches bar shows of an account it names. */
export type AccountBrief = Pick<AccountSummary, 'id' | 'name' | 'tier' | 'portfolioQuadrant'>;

/**
 * The accounts with these ids, by id; ids of deleted accounts are left out. Reads only those
 * rows, so a live query on it stays cheap with tens of thousands of accounts.
 */
export async function getAccountBriefs(
  db: DossierDatabase,
  ids: readonly string[],
): Promise<Map<string, AccountBrief>> {
  const rows = await db.accounts.bulkGet([...ids]);
  const out = new Map<string, AccountBrief>();
  for (const row of rows) {
    if (row)
      out.set(row.id, {
        id: row.id,
        name: row.name,
        tier: row.tier,
        portfolioQuadrant: row.portfolioQuadrant,
      });
  }
  return out;
}
