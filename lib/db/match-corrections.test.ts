import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccount, deleteAccount } from './accounts';
import type { DossierDatabase } from './database';
import { ValidationError } from './errors';
import {
  deleteCorrection,
  listCorrections,
  listCorrectionsWithNames,
  recordCorrection,
} from './match-corrections';
import { accountDraft, openTestDatabase } from './test-helpers';

let db: DossierDatabase;
beforeEach(() => {
  db = openTestDatabase();
});
afterEach(async () => {
  await db.delete();
});

describe('match corrections', () => {
  it('remembers one verdict per key and account, lower-cased', async () => {
    const acme = await createAccount(db, accountDraft());
    await recordCorrection(db, { key: ' Li.Wei@ACME.com ', accountId: acme.id, verdict: 'belongsTo' });
    await recordCorrection(db, { key: 'li.wei@acme.com', accountId: acme.id, verdict: 'notThis' });
    const rows = await listCorrections(db);
    expect(rows).toEqual([
      expect.objectContaining({ key: 'li.wei@acme.com', accountId: acme.id, verdict: 'notThis' }),
    ]);
    await deleteCorrection(db, rows[0]!.id);
    expect(await listCorrections(db)).toEqual([]);
  });

  it('refuses a correction for a missing account or an empty key', async () => {
    await expect(
      recordCorrection(db, { key: 'acme.com', accountId: 'nope', verdict: 'belongsTo' }),
    ).rejects.toBeInstanceOf(ValidationError);
    const acme = await createAccount(db, accountDraft());
    await expect(
      recordCorrection(db, { key: ' ', accountId: acme.id, verdict: 'belongsTo' }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it('goes with its account when the account is deleted', async () => {
    const acme = await createAccount(db, accountDraft());
    await recordCorrection(db, { key: 'acme.com', accountId: acme.id, verdict: 'belongsTo' });
    await deleteAccount(db, acme.id);
    expect(await db.matchCorrections.count()).toBe(0);
  });

  it('lists corrections with their client’s name, a page as a key, newest first', async () => {
    const acme = await createAccount(db, accountDraft({ name: 'Acme Logistics' }));
    await recordCorrection(db, {
      key: 'news.example.cn/2026/tender',
      accountId: acme.id,
      verdict: 'notThis',
    });
    await new Promise((r) => setTimeout(r, 5));
    await recordCorrection(db, { key: 'acme.com', accountId: acme.id, verdict: 'belongsTo' });
    expect((await listCorrectionsWithNames(db)).map((c) => [c.key, c.accountName, c.verdict])).toEqual([
      ['acme.com', 'Acme Logistics', 'belongsTo'],
      ['news.example.cn/2026/tender', 'Acme Logistics', 'notThis'],
    ]);
  });
});
