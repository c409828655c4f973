import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBackup } from '../portability/import/core/backup-file';
import { createAccount, updateAccount } from './accounts';
import { exportDatabase, restoreDatabase } from './backup';
import { createContact, createContacts, updateContact } from './contacts';
import { DossierDatabase } from './database';
import { loadDemoData } from './demo';
import { SCHEMA_FIXTURES } from './fixtures/schema-fixtures';
import { accountDraft, contactDraft, openTestDatabase } from './test-helpers';

/** Schema version 5: accounts and contacts keep their ids in other systems. */
let db: DossierDatabase;
beforeEach(() => {
  db = openTestDatabase();
});
afterEach(async () => {
  await db.delete();
});

const withoutMeta = <T extends { id: string; createdAt: string; updatedAt: string }>(row: T) => {
  const { id: _i, createdAt: _c, updatedAt: _u, ...draft } = row;
  return draft;
};

describe('external ids', () => {
  it('every writer stores the list: empty for rows the rep makes, the demo data included', async () => {
    const account = await createAccount(db, accountDraft());
    const contact = await createContact(db, contactDraft(account.id));
    const [other] = await createContacts(db, [contactDraft(account.id, { name: 'Wang Fang' })]);
    expect((await db.accounts.get(account.id))?.externalIds).toEqual([]);
    expect((await db.contacts.get(contact.id))?.externalIds).toEqual([]);
    expect((await db.contacts.get(other!.id))?.externalIds).toEqual([]);

    const demo = openTestDatabase();
    await loadDemoData(demo);
    expect((await demo.accounts.toArray()).every((a) => Array.isArray(a.externalIds))).toBe(true);
    expect((await demo.contacts.toArray()).every((c) => Array.isArray(c.externalIds))).toBe(true);
    await demo.delete();
  });

  it('a form save keeps them, whether its draft carries them (from the row) or not, and never sets them', async () => {
    const account = await createAccount(db, accountDraft());
    const contact = await createContact(db, contactDraft(account.id));
    await db.accounts.update(account.id, { externalIds: ['hubspot:42'] });
    await db.contacts.update(contact.id, { externalIds: ['salesforce:0035g00000XYZabAAA'] });

    const storedAccount = (await db.accounts.get(account.id))!;
    await updateAccount(db, account.id, { ...withoutMeta(storedAccount), name: 'Acme Renamed' });
    await updateAccount(db, account.id, { ...accountDraft({ name: 'Acme Again' }) });
    await updateAccount(db, account.id, { ...accountDraft({ name: 'Acme 3' }), externalIds: ['forged:1'] });
    expect((await db.accounts.get(account.id))?.externalIds).toEqual(['hubspot:42']);

    const storedContact = (await db.contacts.get(contact.id))!;
    await updateContact(db, contact.id, { ...withoutMeta(storedContact), title: 'CIO' });
    expect(await db.contacts.get(contact.id)).toMatchObject({
      title: 'CIO',
      externalIds: ['salesforce:0035g00000XYZabAAA'],
    });
    const created = await createAccount(db, { ...accountDraft({ name: 'New' }), externalIds: ['hubspot:1'] });
    expect(created.externalIds).toEqual([]);
  });

  it('are not indexed since version 6 (the import planner matches them in memory)', async () => {
    expect(db.accounts.schema.idxByName.externalIds).toBeUndefined();
    expect(db.contacts.schema.idxByName.externalIds).toBeUndefined();
  });

  it('go into the backup and come back from it', async () => {
    const account = await createAccount(db, accountDraft());
    await db.accounts.update(account.id, { externalIds: ['hubspot:42'] });
    const text = JSON.stringify(await exportDatabase(db));
    await db.accounts.clear();
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.error.code);
    await restoreDatabase(db, parsed.backup);
    expect((await db.accounts.get(account.id))?.externalIds).toEqual(['hubspot:42']);
  });

  it('a backup from before version 5, or one without the key, reads as none; a malformed id is refused', async () => {
    const account = await createAccount(db, accountDraft());
    await createContact(db, contactDraft(account.id));
    const backup = await exportDatabase(db);
    const strip = <T extends { externalIds?: string[] }>({ externalIds: _x, ...row }: T) => row;
    const tables = {
      ...backup.tables,
      accounts: backup.tables.accounts.map(strip),
      contacts: backup.tables.contacts.map(strip),
    };
    for (const schemaVersion of [4, 5]) {
      const parsed = parseBackup(JSON.stringify({ ...backup, schemaVersion, tables }));
      if (!parsed.ok) throw new Error(parsed.error.code);
      await restoreDatabase(db, parsed.backup);
      expect((await db.accounts.toArray()).map((a) => a.externalIds)).toEqual([[]]);
      expect((await db.contacts.toArray()).map((c) => c.externalIds)).toEqual([[]]);
    }
    const bad = {
      ...backup,
      tables: { ...backup.tables, accounts: [{ ...backup.tables.accounts[0], externalIds: ['no colon'] }] },
    };
    const refused = parseBackup(JSON.stringify(bad));
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error).toEqual({
      code: 'invalidRow',
      params: ['accounts', '1', 'externalIds.0 invalidChoice'],
    });
  });

  it('a version 4 database upgrades to empty lists, and a list written then is kept', async () => {
    const name = `migration-v5-${crypto.randomUUID()}`;
    const v4 = SCHEMA_FIXTURES.find((f) => f.version === 4)!;
    const old = new Dexie(name);
    old.version(4).stores(v4.stores);
    await old.open();
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(v4.rows)) await old.table(table).bulkAdd(rows);
    });
    old.close();
    const current = new DossierDatabase(name);
    expect((await current.accounts.toArray()).map((a) => a.externalIds)).toEqual([[]]);
    expect((await current.contacts.toArray()).every((c) => c.externalIds?.length === 0)).toBe(true);
    await current.accounts.update('acc-1', { externalIds: ['hubspot:7'] });
    expect((await current.accounts.get('acc-1'))?.externalIds).toEqual(['hubspot:7']);
    await current.delete();
  });
});
