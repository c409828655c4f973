import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyPricingNoteDraft, emptyTalkingPointDraft, emptyTimelineNoteDraft } from '../model/defaults';
import { linkProvenance } from '../model/provenance';
import { listAccountSummaries } from './account-lookup';
import { createAccount, deleteAccount, updateAccount } from './accounts';
import { markAgendaItem } from './agenda-marks';
import { getClientFile } from './client-file';
import { createContact, createContacts, deleteContact, updateContact } from './contacts';
import type { DossierDatabase } from './database';
import { ValidationError } from './errors';
import { recordCorrection } from './match-corrections';
import { createNote, updateNote } from './notes';
import { createPricingNote, updatePricingNote } from './pricing-notes';
import { createTalkingPoint, moveTalkingPoint, setTalkingPointPinned } from './talking-points';
import { accountDraft, contactDraft, openTestDatabase } from './test-helpers';

let db: DossierDatabase;
beforeEach(() => {
  db = openTestDatabase();
});
afterEach(async () => {
  await db.delete();
});

async function fieldErrorsOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors;
}

describe('pinyin readings', () => {
  it('are stored with accounts (company rules) and contacts (surname rules), and follow renames', async () => {
    const account = await createAccount(db, accountDraft({ name: '重庆物流', aliases: ['CQ', '渝流'] }));
    expect(account.pinyin?.map((r) => r.full)).toEqual(['chongqingwuliu', 'yuliu']);
    expect((await db.accounts.get(account.id))?.pinyin).toEqual(account.pinyin);
    const contact = await createContact(db, contactDraft(account.id, { name: '曾丽' }));
    expect((await db.contacts.get(contact.id))?.pinyin?.[0]?.full).toBe('zengli');

    // A form's draft is the stored row minus its bookkeeping: readings included, and accepted.
    const { id: _a, createdAt: _b, updatedAt: _c, ...draft } = (await db.accounts.get(account.id))!;
    const renamed = await updateAccount(db, account.id, { ...draft, name: '单氏物流', aliases: [] });
    expect(renamed.pinyin?.map((r) => r.initials)).toEqual(['dswl']);
    const { id: _d, createdAt: _e, updatedAt: _f, ...contactRow } = (await db.contacts.get(contact.id))!;
    const person = await updateContact(db, contact.id, { ...contactRow, name: '单伟' });
    expect(person.pinyin?.[0]?.syllables).toEqual(['shan', 'wei']);
    expect((await createContact(db, contactDraft(account.id, { name: 'Marcus Grant' }))).pinyin).toEqual([]);
    const [fromEmail] = await createContacts(db, [contactDraft(account.id, { name: '单芳' })]);
    expect((await db.contacts.get(fromEmail!.id))?.pinyin?.[0]?.full).toBe('shanfang');
  });
});

describe('accounts', () => {
  it('stores a sync-ready row with normalised domains', async () => {
    const account = await createAccount(
      db,
      accountDraft({
        name: '  中国电信江苏分公司 ',
        aliases: ['江苏电信', ' ', '江苏电信'],
        websiteDomains: ['https://www.JS-Telecom.cn/about'],
        emailDomains: ['@js-telecom.cn'],
      }),
    );
    expect(account.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(account.createdAt).toBe(account.updatedAt);
    expect(account.name).toBe('中国电信江苏分公司');
    expect(account.aliases).toEqual(['江苏电信']);
    expect(account.websiteDomains).toEqual(['js-telecom.cn']);
    expect(account.emailDomains).toEqual(['js-telecom.cn']);
    expect(await db.accounts.get(account.id)).toMatchObject({
      aliases: ['江苏电信'],
      emailDomains: ['js-telecom.cn'],
    });
  });

  it('refuses an invalid account with field errors and writes nothing', async () => {
    const errors = await fieldErrorsOf(
      createAccount(
        db,
        accountDraft({ name: ' ', emailDomains: ['not a domain'], nextContactDate: '2026-02-30' }),
      ),
    );
    expect(errors).toMatchObject({
      name: 'required',
      'emailDomains.0': 'invalidDomain',
      nextContactDate: 'invalidDate',
    });
    expect(await db.accounts.count()).toBe(0);
  });

  it('updates keep id and createdAt and move updatedAt', async () => {
    const account = await createAccount(db, accountDraft());
    await new Promise((r) => setTimeout(r, 5));
    const { id, createdAt, updatedAt, ...draft } = account;
    const updated = await updateAccount(db, id, { ...draft, tier: 'A' });
    expect(updated).toMatchObject({ id, createdAt, tier: 'A' });
    expect(updated.updatedAt > updatedAt).toBe(true);
  });

  it('deleting an account removes its whole file and nothing else', async () => {
    const keep = await createAccount(db, accountDraft({ name: 'Keep' }));
    const gone = await createAccount(db, accountDraft({ name: 'Gone' }));
    for (const account of [keep, gone]) {
      const contact = await createContact(db, contactDraft(account.id));
      await createTalkingPoint(db, {
        ...emptyTalkingPointDraft(account.id),
        text: 'Ask about SLA',
        contactId: contact.id,
      });
      await createPricingNote(db, {
        ...emptyPricingNoteDraft(account.id),
        product: 'SD-WAN',
        listPrice: 100,
      });
      await createNote(db, {
        ...emptyTimelineNoteDraft(account.id, new Date()),
        text: 'Visited',
        contactId: contact.id,
      });
      await recordCorrection(db, {
        key: `${account.name.toLowerCase()}.example`,
        accountId: account.id,
        verdict: 'notThis',
      });
      await markAgendaItem(db, `nextContact:${account.id}:2026-12-04`, account.id, '2026-12-07');
    }
    await deleteAccount(db, gone.id);
    for (const table of db.allTables) {
      const rows = await table.toArray();
      expect(rows.length).toBe(1);
    }
    expect(await getClientFile(db, gone.id)).toBeUndefined();
    expect((await getClientFile(db, keep.id))?.notes).toHaveLength(1);
  });

  it('lists summaries for the account list', async () => {
    await createAccount(db, accountDraft({ name: 'B', tier: 'C' }));
    const rows = await listAccountSummaries(db);
    expect(rows).toEqual([
      expect.objectContaining({
        name: 'B',
        tier: 'C',
        portfolioQuadrant: 'questionMark',
        nextContactDate: null,
        // No decision maker recorded yet: a reason, so medium.
        risk: 'medium',
      }),
    ]);
    expect(Object.keys(rows[0] ?? {})).not.toContain('basic');
  });
});

describe('contacts', () => {
  it('validates emails and phones field by field', async () => {
    const account = await createAccount(db, accountDraft());
    const errors = await fieldErrorsOf(
      createContact(
        db,
        contactDraft(account.id, { emails: ['li.wei@acme.com', 'li.wei@'], phones: ['abc'] }),
      ),
    );
    expect(errors).toEqual({ 'emails.1': 'invalidEmail', 'phones.0': 'invalidPhone' });
  });

  it('lower-cases emails, stores them so, and needs an existing account', async () => {
    const account = await createAccount(db, accountDraft());
    const contact = await createContact(db, contactDraft(account.id, { emails: [' Li.Wei@ACME.com '] }));
    expect(contact.emails).toEqual(['li.wei@acme.com']);
    expect((await db.contacts.get(contact.id))?.emails).toEqual(['li.wei@acme.com']);
    expect(await fieldErrorsOf(createContact(db, contactDraft('missing')))).toEqual({
      accountId: 'invalidChoice',
    });
    const { id, createdAt, updatedAt, ...draft } = contact;
    expect((await updateContact(db, id, { ...draft, buyingRole: 'decisionMaker' })).buyingRole).toBe(
      'decisionMaker',
    );
  });

  it('adds the people of an email all or none, naming the first invalid one by index', async () => {
    const account = await createAccount(db, accountDraft());
    const people = [
      contactDraft(account.id, { name: 'Li Wei', emails: ['Li.Wei@Acme.com'] }),
      contactDraft(account.id, { name: 'Wang Fang', emails: ['not-an-address'] }),
    ];
    expect(await fieldErrorsOf(createContacts(db, people))).toEqual({ '1.emails.0': 'invalidEmail' });
    expect(await db.contacts.count()).toBe(0);
    const added = await createContacts(db, [people[0]!]);
    expect(added.map((c) => c.emails)).toEqual([['li.wei@acme.com']]);
  });

  it('deleting a contact keeps their notes, unlinked', async () => {
    const account = await createAccount(db, accountDraft());
    const contact = await createContact(db, contactDraft(account.id));
    const note = await createNote(db, {
      ...emptyTimelineNoteDraft(account.id, new Date()),
      text: 'Call',
      kind: 'call',
      contactId: contact.id,
    });
    await deleteContact(db, contact.id);
    expect((await db.notes.get(note.id))?.contactId).toBeNull();
  });
});

describe('pricing notes', () => {
  it('refuses a floor price above the list price', async () => {
    const account = await createAccount(db, accountDraft());
    const draft = {
      ...emptyPricingNoteDraft(account.id),
      product: '专线 100M',
      listPrice: 8000,
      floorPrice: 9000,
    };
    expect(await fieldErrorsOf(createPricingNote(db, draft))).toEqual({ floorPrice: 'floorAboveList' });
    const note = await createPricingNote(db, { ...draft, floorPrice: 6500, approvedDiscountPct: 15 });
    expect(
      await fieldErrorsOf(updatePricingNote(db, note.id, { ...draft, approvedDiscountPct: 120 })),
    ).toEqual({
      floorPrice: 'floorAboveList',
      approvedDiscountPct: 'discountOutOfRange',
    });
    expect(
      await fieldErrorsOf(
        updatePricingNote(db, note.id, { ...draft, floorPrice: null, approvedDiscountPct: 120 }),
      ),
    ).toEqual({ approvedDiscountPct: 'discountOutOfRange' });
  });
});

describe('talking points', () => {
  it('appends in order, pins first, and moves within its group', async () => {
    const account = await createAccount(db, accountDraft());
    const points = [];
    for (const text of ['one', 'two', 'three']) {
      points.push(await createTalkingPoint(db, { ...emptyTalkingPointDraft(account.id), text }));
    }
    const texts = async () => (await getClientFile(db, account.id))?.talkingPoints.map((p) => p.text);
    expect(await texts()).toEqual(['one', 'two', 'three']);
    await moveTalkingPoint(db, points[2]!.id, -1);
    expect(await texts()).toEqual(['one', 'three', 'two']);
    await setTalkingPointPinned(db, points[1]!.id, true);
    expect(await texts()).toEqual(['two', 'one', 'three']);
    await moveTalkingPoint(db, points[0]!.id, -1); // cannot jump above a pinned point
    expect(await texts()).toEqual(['two', 'one', 'three']);
  });

  it('refuses a contact from another account', async () => {
    const one = await createAccount(db, accountDraft({ name: 'One' }));
    const two = await createAccount(db, accountDraft({ name: 'Two' }));
    const stranger = await createContact(db, contactDraft(two.id));
    const draft = { ...emptyTalkingPointDraft(one.id), text: 'x', contactId: stranger.id };
    expect(await fieldErrorsOf(createTalkingPoint(db, draft))).toEqual({ contactId: 'invalidChoice' });
  });
});

describe('timeline notes', () => {
  it('orders the timeline newest first and keeps source links', async () => {
    const account = await createAccount(db, accountDraft());
    const base = emptyTimelineNoteDraft(account.id, new Date('2026-01-01T00:00:00Z'));
    await createNote(db, { ...base, text: 'old', occurredAt: '2026-01-01T09:00:00.000Z' });
    const newest = await createNote(db, {
      ...base,
      kind: 'clip',
      text: 'new',
      occurredAt: '2026-03-01T09:00:00.000Z',
      source: linkProvenance('https://news.example.cn/a', 'News'),
    });
    await createNote(db, { ...base, text: 'middle', occurredAt: '2026-02-01T09:00:00.000Z' });
    const file = await getClientFile(db, account.id);
    expect(file?.notes.map((n) => n.text)).toEqual(['new', 'middle', 'old']);
    expect(file?.notes[0]?.source?.url).toBe('https://news.example.cn/a');
    const { id, createdAt, updatedAt, ...draft } = newest;
    expect(
      await fieldErrorsOf(
        updateNote(db, id, { ...draft, source: linkProvenance('javascript:alert(1)', '') }),
      ),
    ).toEqual({
      'source.url': 'invalidUrl',
    });
  });

  it('refuses empty text and bad kinds', async () => {
    const account = await createAccount(db, accountDraft());
    const base = emptyTimelineNoteDraft(account.id, new Date());
    expect(await fieldErrorsOf(createNote(db, { ...base, text: '  ' }))).toEqual({ text: 'required' });
    // @ts-expect-error — a kind the model does not know
    expect(await fieldErrorsOf(createNote(db, { ...base, text: 'x', kind: 'gossip' }))).toEqual({
      kind: 'invalidChoice',
    });
  });
});
