import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyPricingNoteDraft, emptyTalkingPointDraft, emptyTimelineNoteDraft } from '../model/defaults';
import { docId, type OutboxEntry } from '../model/team-sync';
import { createAccount, deleteAccount, updateAccount } from './accounts';
import { markAgendaItem } from './agenda-marks';
import { createContact, createContacts, deleteContact, updateContact } from './contacts';
import type { DossierDatabase } from './database';
import { writeImport } from './import-write';
import { recordCorrection } from './match-corrections';
import { createNote, deleteNote, updateNote } from './notes';
import { createPricingNote, deletePricingNote, updatePricingNote } from './pricing-notes';
import {
  createTalkingPoint,
  deleteTalkingPoint,
  moveTalkingPoint,
  setTalkingPointPinned,
  updateTalkingPoint,
} from './talking-points';
import { changeOwner } from './team-owner';
import { accountDraft, contactDraft, openTestDatabase, teamConnection } from './test-helpers';

let db: DossierDatabase;
beforeEach(() => {
  db = openTestDatabase();
});
afterEach(async () => {
  await db.delete();
});

const CONNECTION = teamConnection();
const connect = () => db.sync.put(CONNECTION);
const entry = (key: string) => db.outbox.get(key) as Promise<OutboxEntry>;
const keys = async () => (await db.outbox.toCollection().primaryKeys()).sort();

describe('the outbox, while not connected to a team', () => {
  it('records nothing: local-only works as before', async () => {
    const account = await createAccount(db, accountDraft());
    await createContact(db, contactDraft(account.id));
    await deleteAccount(db, account.id);
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('the outbox, while connected', () => {
  beforeEach(connect);

  it('records a new account as new here: no base, its fields all as new as the row', async () => {
    const account = await createAccount(db, accountDraft({ name: 'Acme', aliases: ['ACM'] }));
    const recorded = await entry(docId('accounts', account.id));
    expect(recorded).toMatchObject({
      table: 'accounts',
      id: account.id,
      accountId: account.id,
      deleted: false,
      base: null,
      fields: {},
    });
  });

  it('keeps the row as it was before the first unsent change, and stamps only the fields changed', async () => {
    await db.sync.delete('connection');
    const account = await createAccount(db, accountDraft({ name: 'Acme' }));
    await connect();
    const { id: _id, createdAt: _c, updatedAt: _u, pinyin: _p, externalIds: _e, ...draft } = account;
    await updateAccount(db, account.id, { ...draft, basic: { ...draft.basic, phone: '0755-1' } });
    const first = await entry(docId('accounts', account.id));
    expect(first.base).toEqual(account);
    expect(Object.keys(first.fields)).toEqual(['basic.phone']);

    await updateAccount(db, account.id, {
      ...draft,
      basic: { ...draft.basic, phone: '0755-1' },
      name: 'Acme Ltd',
    });
    const second = await entry(docId('accounts', account.id));
    expect(second.base).toEqual(account);
    expect(Object.keys(second.fields).sort()).toEqual(['basic.phone', 'name']);
    expect(second.fields['basic.phone']).toBe(first.fields['basic.phone']);
    expect(second.change).not.toBe(first.change);
  });

  it('records nothing for a write that changes no field of a shared row', async () => {
    await db.sync.delete('connection');
    const account = await createAccount(db, accountDraft());
    await connect();
    await db.accounts.put({ ...account, updatedAt: new Date().toISOString() });
    expect(await db.outbox.count()).toBe(0);
  });

  it('records every repository write of a file, each under its document id and account', async () => {
    const account = await createAccount(db, accountDraft());
    const contact = await createContact(db, contactDraft(account.id));
    const [second] = await createContacts(db, [contactDraft(account.id, { name: '王芳' })]);
    await updateContact(db, contact.id, { ...contactDraft(account.id), title: 'CFO' });
    const point = await createTalkingPoint(db, {
      ...emptyTalkingPointDraft(account.id),
      text: 'Ask about Q3',
    });
    const other = await createTalkingPoint(db, { ...emptyTalkingPointDraft(account.id), text: 'Second' });
    await updateTalkingPoint(db, point.id, { ...emptyTalkingPointDraft(account.id), text: 'Ask about Q4' });
    // Moved while both are unpinned (a move stays within its pinned group), then pinned.
    await moveTalkingPoint(db, other.id, -1);
    await setTalkingPointPinned(db, point.id, true);
    const price = await createPricingNote(db, { ...emptyPricingNoteDraft(account.id), product: 'X1' });
    await updatePricingNote(db, price.id, { ...emptyPricingNoteDraft(account.id), product: 'X2' });
    const note = await createNote(db, { ...emptyTimelineNoteDraft(account.id, new Date()), text: 'Visit' });
    await updateNote(db, note.id, {
      ...emptyTimelineNoteDraft(account.id, new Date()),
      text: 'Visit, signed',
    });

    expect(await keys()).toEqual(
      [
        docId('accounts', account.id),
        docId('contacts', contact.id),
        docId('contacts', second!.id),
        docId('talkingPoints', point.id),
        docId('talkingPoints', other.id),
        docId('pricingNotes', price.id),
        docId('notes', note.id),
      ].sort(),
    );
    const all = await db.outbox.toArray();
    expect(all.every((e) => e.accountId === account.id && !e.deleted)).toBe(true);
    expect((await entry(docId('talkingPoints', point.id))).fields).toHaveProperty('pinned');
    // The move swaps the two points' order.
    expect((await entry(docId('talkingPoints', point.id))).fields).toHaveProperty('order');
    expect((await entry(docId('talkingPoints', other.id))).fields).toHaveProperty('order');

    await deleteContact(db, second!.id);
    await deleteTalkingPoint(db, other.id);
    await deletePricingNote(db, price.id);
    await deleteNote(db, note.id);
    for (const key of [
      docId('contacts', second!.id),
      docId('talkingPoints', other.id),
      docId('pricingNotes', price.id),
      docId('notes', note.id),
    ]) {
      expect(await entry(key), key).toMatchObject({ deleted: true, accountId: account.id });
    }
  });

  it('records a delete cascade: the account and everything in its file', async () => {
    await db.sync.delete('connection');
    const account = await createAccount(db, accountDraft());
    const contact = await createContact(db, contactDraft(account.id));
    const point = await createTalkingPoint(db, { ...emptyTalkingPointDraft(account.id), text: 'Point' });
    const note = await createNote(db, { ...emptyTimelineNoteDraft(account.id, new Date()), text: 'Visit' });
    await connect();
    await deleteAccount(db, account.id);
    const all = await db.outbox.toArray();
    expect(all.map((e) => e.key).sort()).toEqual(
      [
        docId('accounts', account.id),
        docId('contacts', contact.id),
        docId('talkingPoints', point.id),
        docId('notes', note.id),
      ].sort(),
    );
    for (const e of all) {
      expect(e).toMatchObject({ deleted: true, accountId: account.id });
      // What the server had: the merge and the push need it.
      expect(e.base).toMatchObject({ id: e.id });
    }
  });

  it('records an import in its own transaction, and nothing of one that fails', async () => {
    const now = new Date().toISOString();
    const row = (id: string) => ({
      ...accountDraft({ name: `Imported ${id}` }),
      id,
      createdAt: now,
      updatedAt: now,
      externalIds: [],
    });
    await writeImport(db, { accounts: [row('i1'), row('i2')], contacts: [] });
    expect(await keys()).toEqual([docId('accounts', 'i1'), docId('accounts', 'i2')]);

    // A contact of an account that does not exist fails the whole write: no row, no entry.
    const orphan = {
      ...contactDraft('missing'),
      id: 'c-orphan',
      createdAt: now,
      updatedAt: now,
      externalIds: [],
    };
    await expect(writeImport(db, { accounts: [row('i3')], contacts: [orphan] })).rejects.toThrow();
    expect(await keys()).toEqual([docId('accounts', 'i1'), docId('accounts', 'i2')]);
  });

  it('records a range delete and a clear row by row', async () => {
    const account = await createAccount(db, accountDraft());
    await createContact(db, contactDraft(account.id));
    await createContact(db, contactDraft(account.id, { name: '王芳' }));
    await db.outbox.clear();
    await db.contacts.clear();
    const all = await db.outbox.toArray();
    expect(all).toHaveLength(2);
    expect(all.every((e) => e.deleted && e.table === 'contacts' && e.accountId === account.id)).toBe(true);
  });

  it('leaves the rep’s own tables out: corrections and what was done on Today', async () => {
    const account = await createAccount(db, accountDraft());
    await db.outbox.clear();
    await recordCorrection(db, { key: 'acme.com', accountId: account.id, verdict: 'notThis' });
    await markAgendaItem(db, `cadence:${account.id}`, account.id, null);
    expect(await db.outbox.count()).toBe(0);
  });

  it('does not record what the sync applies from the server (a transaction covering the server revisions)', async () => {
    const account = await createAccount(db, accountDraft());
    await db.outbox.clear();
    await db.transaction('rw', [db.accounts, db.syncRevisions], async () => {
      await db.accounts.put({ ...account, name: 'Renamed by a teammate' });
      await db.syncRevisions.put({
        key: docId('accounts', account.id),
        accountId: account.id,
        rev: '2-x',
        edits: {},
      });
    });
    expect(await db.outbox.count()).toBe(0);
    expect((await db.accounts.get(account.id))?.name).toBe('Renamed by a teammate');
  });
});

describe('a new owner given by a manager', () => {
  it('waits in the account’s entry, and a later edit of the account keeps it', async () => {
    await db.sync.put(teamConnection({ role: 'manager' }));
    const account = await createAccount(db, accountDraft({ name: 'Acme Steel' }));
    await db.outbox.clear(); // sent
    expect(await changeOwner(db, account.id, 'carol')).toEqual({ ok: true });
    expect(await entry(docId('accounts', account.id))).toMatchObject({ owner: 'carol', fields: {} });
    const { id: _i, createdAt: _c, updatedAt: _u, pinyin: _p, externalIds: _e, ...draft } = account;
    await updateAccount(db, account.id, { ...draft, name: 'Acme Steel Group' });
    expect(await entry(docId('accounts', account.id))).toMatchObject({
      owner: 'carol',
      fields: { name: expect.any(String) },
    });
  });
});
