import { useState } from 'preact/hooks';
import type { DossierDatabase } from '../db/database';
import { saveOrFieldErrors } from '../db/errors';
import { emptyAccountDraft, emptyContactDraft } from '../model/defaults';
import type { AccountDraft, FieldErrors } from '../model/types';
import type { NewAccountPrefill } from '../platform/route';

/** The form's first draft: empty, or the unknown sender's company and domain. */
export function initialAccountDraft(prefill: NewAccountPrefill | undefined): AccountDraft {
  const draft = emptyAccountDraft();
  const domains = prefill?.domain ? [prefill.domain] : [];
  return { ...draft, name: prefill?.name ?? '', websiteDomains: domains, emailDomains: domains };
}

/**
 * A new account: its first draft, and the save. From an unknown sender the form comes prefilled
 * and the sender becomes the account's first contact once the account is saved — the account is
 * kept even when the sender's details are refused (a warning, not a lost account).
 */
export function useNewAccount(
  db: DossierDatabase,
  prefill: NewAccountPrefill | undefined,
  onCreated: (id: string) => void,
) {
  const [initial] = useState(() => initialAccountDraft(prefill));
  const submit = async (draft: AccountDraft): Promise<FieldErrors | null> => {
    // Loaded on submit: the writes and their validation stay out of the panel's first paint.
    const { createAccount, createContact } = await import('../db/file-writes');
    let id = '';
    const errors = await saveOrFieldErrors(async () => {
      id = (await createAccount(db, draft)).id;
    });
    if (errors) return errors;
    const email = prefill?.contactEmail;
    if (email) {
      const contact = {
        ...emptyContactDraft(id),
        name: prefill.contactName || email.split('@')[0] || email,
        title: prefill.contactTitle ?? '',
        emails: [email],
        phones: prefill.contactPhone ? [prefill.contactPhone] : [],
      };
      await createContact(db, contact).catch((e: unknown) =>
        console.warn('Could not add the sender as a contact', e),
      );
    }
    onCreated(id);
    return null;
  };
  return { initial, submit };
}
