import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyPricingNoteDraft, emptyTimelineNoteDraft } from '../model/defaults';
import { createAccount, deleteAccount, updateAccount } from './accounts';
import { exportDatabase, restoreDatabase } from './backup';
import { createContact, deleteContact, updateContact } from './contacts';
import type { DossierDatabase } from './database';
import { writeImport } from './import-write';
import { createNote, deleteNote, updateNote } from './notes';
import { createPricingNote, deletePricingNote } from './pricing-notes';
import { accountDraft, contactDraft, openTestDatabase } from './test-helpers';

let db: DossierDatabase;
beforeEach(() => {
  db = openTestDatabase();
});
afterEach(async () => {
  await db.delete();
});

const draftOf = <T extends { id: string; createdAt: string; updatedAt: string }>(row: T) => {
  const { id: _id, createdAt: _c, updatedAt: _u, ...draft } = row;
  return draft;
};
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

describe('account signals kept by every write of a file', () => {
  it('follow the account, its contacts, notes and prices, and go with it', async () => {
    const account = await createAccount(db, accountDraft({ portfolioQuadrant: 'star' }));
    const signals = () => db.accountSignals.get(account.id);
    // No decision maker yet: medium from the start, no rise (nothing to rise from).
    expect(await signals()).toMatchObject({ lastContactAt: null, risk: 'medium', riskRoseAt: null });

    const boss = await createContact(db, contactDraft(account.id, { buyingRole: 'decisionMaker' }));
    expect(await signals()).toMatchObject({ risk: 'low', riskRoseAt: null });

    const call = await createNote(db, {
      ...emptyTimelineNoteDraft(account.id, new Date()),
      kind: 'call',
      occurredAt: daysAgo(2),
      text: 'Called',
    });
    expect((await signals())?.lastContactAt).toBe(call.occurredAt);
    expect((await signals())?.cadenceDueAt).toBe(
      new Date(Date.parse(call.occurredAt) + 14 * 86_400_000).toISOString(),
    );

    // The call was in fact an internal note: the clock goes back to the account's creation.
    await updateNote(db, call.id, { ...draftOf(call), kind: 'note' });
    expect((await signals())?.lastContactAt).toBeNull();
    await updateNote(db, call.id, draftOf(call));
    await updateAccount(db, account.id, {
      ...accountDraft({ name: 'Acme Cold Chain', portfolioQuadrant: 'dog', nextContactDate: '2027-01-04' }),
    });
    expect((await signals())?.cadenceDueAt).toBe(
      new Date(Date.parse(call.occurredAt) + 90 * 86_400_000).toISOString(),
    );
    // What Today shows of the account follows it too.
    expect((await signals())?.summary).toMatchObject({
      name: 'Acme Cold Chain',
      portfolioQuadrant: 'dog',
      nextContactDate: '2027-01-04',
    });

    await updateContact(db, boss.id, {
      ...contactDraft(account.id, { buyingRole: 'decisionMaker' }),
      status: 'left',
    });
    const rose = await signals();
    expect(rose).toMatchObject({ risk: 'high' });
    expect(rose?.riskRoseAt).not.toBeNull();

    await deleteContact(db, boss.id);
    expect(await signals()).toMatchObject({ risk: 'medium', riskRoseAt: null });

    const price = await createPricingNote(db, {
      ...emptyPricingNoteDraft(account.id),
      product: 'SD-WAN',
      listPrice: 100,
      competitorPrice: 80,
      priceSensitivity: 'high',
    });
    expect((await signals())?.risk).toBe('high');
    await deletePricingNote(db, price.id);
    expect((await signals())?.risk).toBe('medium');
    await deleteNote(db, call.id);
    expect((await signals())?.lastContactAt).toBeNull();

    await deleteAccount(db, account.id);
    expect(await signals()).toBeUndefined();
  });

  it('are rebuilt by a restore, and never carried by a backup', async () => {
    const account = await createAccount(db, accountDraft());
    await createContact(db, contactDraft(account.id, { birthday: '1980-02-29' }));
    const backup = await exportDatabase(db);
    expect(Object.keys(backup.tables)).not.toContain('accountSignals');
    expect(backup.tables.contacts[0]).not.toHaveProperty('birthMonthDay');

    await db.accountSignals.clear();
    await restoreDatabase(db, backup);
    expect(await db.accountSignals.get(account.id)).toMatchObject({ risk: 'medium' });
    expect(await db.contacts.where('birthMonthDay').equals('02-29').count()).toBe(1);
  });

  it('are computed for the accounts an import writes, in its transaction', async () => {
    const at = new Date().toISOString();
    const meta = () => ({ id: crypto.randomUUID(), createdAt: at, updatedAt: at, externalIds: [] });
    const account = { ...meta(), ...accountDraft({ name: 'Imported' }) };
    const contact = { ...meta(), ...contactDraft(account.id, { buyingRole: 'decisionMaker' as const }) };
    await writeImport(db, { accounts: [account], contacts: [contact] });
    expect(await db.accountSignals.get(account.id)).toMatchObject({ risk: 'low', lastContactAt: null });
  });
});

describe('the birthday month-day index', () => {
  it('follows the birthday on every write, and is never part of a draft', async () => {
    const account = await createAccount(db, accountDraft());
    const c = await createContact(db, contactDraft(account.id, { birthday: '--12-06' }));
    expect(await db.contacts.where('birthMonthDay').equals('12-06').primaryKeys()).toEqual([c.id]);
    await updateContact(db, c.id, { ...contactDraft(account.id), birthday: null });
    expect(await db.contacts.where('birthMonthDay').equals('12-06').count()).toBe(0);
    expect(await db.contacts.get(c.id)).not.toHaveProperty('birthMonthDay');
  });
});
