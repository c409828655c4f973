import { useState } from 'preact/hooks';
import { useT } from '../../components/i18n';
import { AccountForm } from '../../components/Lazy/forms';
import { getDatabase } from '../../lib/db/database';
import { saveOrFieldErrors } from '../../lib/db/errors';
import { emptyAccountDraft, emptyContactDraft } from '../../lib/model/defaults';
import type { AccountDraft } from '../../lib/model/types';
import type { NewAccountPrefill } from '../../lib/platform/route';

/** The form's first draft: empty, or the unknown sender's company and domain. */
function initialDraft(prefill: NewAccountPrefill | undefined): AccountDraft {
  const draft = emptyAccountDraft();
  const domains = prefill?.domain ? [prefill.domain] : [];
  return { ...draft, name: prefill?.name ?? '', websiteDomains: domains, emailDomains: domains };
}

/**
 * A new account; from an unknown sender, the form comes prefilled and the sender becomes the
 * account's first contact once it is saved.
 */
export function NewAccountScreen({
  prefill,
  onCreated,
  onCancel,
}: {
  prefill?: NewAccountPrefill;
  onCreated(id: string): void;
  onCancel(): void;
}) {
  const t = useT();
  const [initial] = useState(() => initialDraft(prefill));
  return (
    <AccountForm
      title={t('account.newTitle')}
      initial={initial}
      onCancel={onCancel}
      onSubmit={async (draft) => {
        const db = getDatabase();
        // Loaded on submit: the writes and their validation stay out of the panel's first paint.
        const { createAccount, createContact } = await import('../../lib/db/file-writes');
        let id = '';
        const errors = await saveOrFieldErrors(async () => {
          id = (await createAccount(db, draft)).id;
        });
        if (errors) return errors;
        const email = prefill?.contactEmail;
        if (email) {
          const name = prefill.contactName || email.split('@')[0] || email;
          // The account is saved either way; a sender address the form would refuse is not worth losing it over.
          const contact = {
            ...emptyContactDraft(id),
            name,
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
      }}
    />
  );
}
