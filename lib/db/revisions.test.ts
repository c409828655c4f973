import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccount, deleteAccount, updateAccount } from './accounts';
import { createContact } from './contacts';
import type { DossierDatabase } from './database';
import { REVISED_TABLES, readRevisions, sameRevisions } from './revisions';
import { accountDraft, contactDraft, openTestDatabase } from './test-helpers';

let db: DossierDatabase;
beforeEach(() => {
  db = openTestDatabase();
});
afterEach(async () => {
  await db.delete();
});

const all = () => readRevisions(db, REVISED_TABLES);
/** The tables whose revision differs between two readings. */
const changed = (before: Record<string, string>, after: Record<string, string>) =>
  REVISED_TABLES.filter((t) => before[t] !== after[t]);

describe('table revisions', () => {
  it('a new database has one for every table', async () => {
    expect(Object.keys((await all())!).sort()).toEqual([...REVISED_TABLES].sort());
  });

  it('every write changes the revision of the tables it wrote, and no other', async () => {
    let before = (await all())!;
    const account = await createAccount(db, accountDraft());
    let after = (await all())!;
    expect(changed(before, after)).toEqual(['accounts', 'accountSignals']);

    before = after;
    await createContact(db, contactDraft(account.id));
    after = (await all())!;
    expect(changed(before, after)).toEqual(['contacts', 'accountSignals']);

    before = after;
    await updateAccount(db, account.id, accountDraft({ name: 'Acme Renamed' }));
    after = (await all())!;
    expect(changed(before, after)).toContain('accounts');
    expect(changed(before, after)).not.toContain('contacts');

    // A cascade in one transaction: the account, its contacts and its signals.
    before = after;
    await deleteAccount(db, account.id);
    after = (await all())!;
    expect(changed(before, after)).toEqual(
      expect.arrayContaining(['accounts', 'contacts', 'accountSignals']),
    );
  });

  it('a write that fails leaves the revision as it was (the same transaction)', async () => {
    const row = { ...(await createAccount(db, accountDraft({ name: 'Scratch' }))), id: 'x' };
    const before = (await all())!;
    await expect(
      db.transaction('rw', db.accounts, async () => {
        await db.accounts.put(row);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await all()).toEqual(before);
    expect(await db.accounts.get('x')).toBeUndefined();
  });

  it('reads as none when a table has no revision (written outside Dexie), and compares', async () => {
    await db.revisions.delete('contacts');
    expect(await readRevisions(db, ['accounts', 'contacts'])).toBeNull();
    expect(await readRevisions(db, ['accounts'])).toEqual({ accounts: expect.any(String) });
    expect(sameRevisions({ a: '1', b: '2' }, { b: '2', a: '1' })).toBe(true);
    expect(sameRevisions({ a: '1' }, { a: '2' })).toBe(false);
    expect(sameRevisions({ a: '1' }, { a: '1', b: '2' })).toBe(false);
    expect(sameRevisions(undefined, { a: '1' })).toBe(false);
  });
});
