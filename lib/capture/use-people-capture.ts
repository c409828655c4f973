import type { DossierDatabase } from '../db/database';
import { saveOrFieldErrors } from '../db/errors';
import { useTabMatches } from '../detection/use-tab-matches';
import { emptyContactDraft } from '../model/defaults';
import type { FieldErrors } from '../model/types';
import { useClientFile, writes } from './use-capture-data';

/**
 * The people of the tab's open message, each marked when the client already has them as a
 * contact, and "Add" making the chosen ones contacts of the client — all or none (errors come
 * back keyed by row). Null until both the client and the message are read.
 */
export function usePeopleCapture(db: DossierDatabase, tabId: number, accountId: string, onDone: () => void) {
  const result = useTabMatches(tabId);
  const file = useClientFile(accountId, db);
  if (!file || !result) return null;
  const known = new Set(file.contacts.flatMap((c) => c.emails));
  return {
    accountName: file.account.name,
    people: result.people.map((p) => ({ ...p, known: known.has(p.email.toLowerCase()) })),
    add: async (chosen: readonly { email: string; name: string }[]): Promise<FieldErrors | null> => {
      const drafts = chosen.map((person) => ({
        ...emptyContactDraft(accountId),
        name: person.name,
        emails: [person.email],
      }));
      const errors = await saveOrFieldErrors(async () => (await writes()).createContacts(db, drafts));
      if (errors) return renamed(errors);
      onDone();
      return null;
    },
  };
}

/** `2.emails.0` → `2.email`: the screen has one address field per person. */
function renamed(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors).map(([path, code]) => [path.replace(/^(\d+)\.emails\.\d+$/, '$1.email'), code]),
  );
}
