import { normalizeEmail, normalizeList } from '../model/normalize';
import type { Contact, ContactDraft } from '../model/types';
import { validateContact } from '../model/validate';
import type { DossierDatabase } from './database';
import { NotFoundError, ValidationError } from './errors';
import { withContactReadings, withoutKeptFields } from './readings';
import { assertValid, newRowMeta, nowIso } from './rows';
import { refreshSignals, signalTables } from './signals';

export function normalizeContactDraft(draft: ContactDraft): ContactDraft {
  return {
    ...withoutKeptFields(draft),
    name: draft.name.trim(),
    title: draft.title.trim(),
    emails: normalizeList(draft.emails, normalizeEmail),
    phones: normalizeList(draft.phones),
    interests: normalizeList(draft.interests),
  };
}

async function assertAccountExists(db: DossierDatabase, accountId: string) {
  if (!(await db.accounts.get(accountId))) throw new ValidationError({ accountId: 'invalidChoice' });
}

export async function createContact(db: DossierDatabase, draft: ContactDraft): Promise<Contact> {
  const clean = normalizeContactDraft(draft);
  assertValid(validateContact(clean));
  // Before the transaction: awaiting anything but the database inside it would end it.
  const [readings] = await withContactReadings([clean]);
  return db.transaction('rw', signalTables(db), async () => {
    await assertAccountExists(db, clean.accountId);
    const row: Contact = { ...newRowMeta(), ...readings!, externalIds: [] };
    await db.contacts.add(row);
    await refreshSignals(db, [row.accountId]);
    return row;
  });
}

/**
 * Adds several contacts at once (the people of an email): all or none. Every draft is validated
 * first; the first invalid one is reported with its index (`<index>.<field>`), nothing written.
 */
export async function createContacts(db: DossierDatabase, drafts: ContactDraft[]): Promise<Contact[]> {
  const clean = drafts.map(normalizeContactDraft);
  for (const [index, draft] of clean.entries()) {
    const errors = validateContact(draft);
    if (Object.keys(errors).length > 0)
      throw new ValidationError(
        Object.fromEntries(Object.entries(errors).map(([k, v]) => [`${index}.${k}`, v])),
      );
  }
  // Before the transaction: awaiting anything but the database inside it would end it.
  const withPinyin = await withContactReadings(clean);
  return db.transaction('rw', signalTables(db), async () => {
    for (const accountId of new Set(clean.map((d) => d.accountId))) await assertAccountExists(db, accountId);
    const rows: Contact[] = withPinyin.map((draft) => ({ ...newRowMeta(), ...draft, externalIds: [] }));
    await db.contacts.bulkAdd(rows);
    await refreshSignals(
      db,
      rows.map((r) => r.accountId),
    );
    return rows;
  });
}

export async function updateContact(db: DossierDatabase, id: string, draft: ContactDraft): Promise<Contact> {
  const clean = normalizeContactDraft(draft);
  assertValid(validateContact(clean));
  const [readings] = await withContactReadings([clean]);
  return db.transaction('rw', signalTables(db), async () => {
    const existing = await db.contacts.get(id);
    if (!existing) throw new NotFoundError('contact', id);
    await assertAccountExists(db, clean.accountId);
    const row: Contact = {
      ...readings!,
      id,
      createdAt: existing.createdAt,
      updatedAt: nowIso(),
      externalIds: existing.externalIds ?? [],
    };
    await db.contacts.put(row);
    await refreshSignals(db, [existing.accountId, row.accountId]);
    return row;
  });
}

/** Removes a contact; notes and talking points about them stay, no longer linked. */
export async function deleteContact(db: DossierDatabase, id: string): Promise<void> {
  await db.transaction('rw', [...signalTables(db), db.talkingPoints], async () => {
    const contact = await db.contacts.get(id);
    if (!contact) return;
    const updatedAt = nowIso();
    await db.notes.where('contactId').equals(id).modify({ contactId: null, updatedAt });
    await db.talkingPoints
      .where('accountId')
      .equals(contact.accountId)
      .filter((p) => p.contactId === id)
      .modify({ contactId: null, updatedAt });
    await db.contacts.delete(id);
    await refreshSignals(db, [contact.accountId]);
  });
}

/** Checks a row's optional contact link points at a contact of the same account. */
export async function assertContactOfAccount(
  db: DossierDatabase,
  contactId: string | null,
  accountId: string,
) {
  if (contactId === null) return;
  const contact = await db.contacts.get(contactId);
  if (!contact || contact.accountId !== accountId) throw new ValidationError({ contactId: 'invalidChoice' });
}
