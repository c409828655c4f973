import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getAccountBriefs } from './account-lookup';
import { createAccount, deleteAccount } from './accounts';
import type { DossierDatabase } from './database';
import { accountDraft, openTestDatabase } from './test-helpers';

let db: DossierDatabase;
beforeEach(() => {
  db = openTestDatabase();
});
afterEach(async () => {
  await db.delete();
});

describe('getAccountBriefs', () => {
  it('returns the named accounts by id, leaving out missing ones', async () => {
    const acme = await createAccount(db, accountDraft({ tier: 'A', portfolioQuadrant: 'star' }));
    const gone = await createAccount(db, accountDraft({ name: 'Gone' }));
    await deleteAccount(db, gone.id);
    const briefs = await getAccountBriefs(db, [acme.id, gone.id, 'nope']);
    expect([...briefs.values()]).toEqual([
      { id: acme.id, name: 'Acme Logistics', tier: 'A', portfolioQuadrant: 'star' },
    ]);
  });
});
