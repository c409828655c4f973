import { emptyAccountDraft, emptyContactDraft } from '../model/defaults';
import type { AccountDraft, ContactDraft } from '../model/types';
import { DossierDatabase } from './database';

/** A fresh, uniquely named database on fake-indexeddb. */
export function openTestDatabase(): DossierDatabase {
  return new DossierDatabase(`test-${crypto.randomUUID()}`);
}

export function accountDraft(overrides: Partial<AccountDraft> = {}): AccountDraft {
  return { ...emptyAccountDraft(), name: 'Acme Logistics', ...overrides };
}

export function contactDraft(accountId: string, overrides: Partial<ContactDraft> = {}): ContactDraft {
  return { ...emptyContactDraft(accountId), name: '李伟', ...overrides };
}
