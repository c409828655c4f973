/**
 * Rows → search records, in the background. Rows carry their pinyin readings (lib/db writes
 * them); a row without them (written before they existed, or by a path that skipped them) gets
 * them computed here, so the index never misses a Chinese name.
 */
import type { Account, Contact, TimelineNote } from '../../model/types';
import { accountDoc, contactDoc, noteDoc, type SearchDoc } from './fields';
import { accountReadings, contactReadings } from './pinyin';

export function docOfAccount(account: Account): SearchDoc {
  return accountDoc(account, account.pinyin ?? accountReadings(account));
}

export function docOfContact(contact: Contact, owner: Account | undefined): SearchDoc {
  return contactDoc(contact, owner?.name ?? '', contact.pinyin ?? contactReadings(contact), owner);
}

export function docOfNote(note: TimelineNote, owner: Account | undefined): SearchDoc {
  return noteDoc(note, owner?.name ?? '', owner);
}

/** Every record of a whole database read. */
export function allDocs(rows: {
  accounts: Account[];
  contacts: Contact[];
  notes: TimelineNote[];
}): SearchDoc[] {
  const owners = new Map(rows.accounts.map((a) => [a.id, a]));
  return [
    ...rows.accounts.map(docOfAccount),
    ...rows.contacts.map((c) => docOfContact(c, owners.get(c.accountId))),
    ...rows.notes.map((n) => docOfNote(n, owners.get(n.accountId))),
  ];
}
