import { LazyPeopleCapture } from '../../../components/Capture/lazy';
import { useClientFile, writes } from '../../../lib/capture/use-capture-data';
import { getDatabase } from '../../../lib/db/database';
import { saveOrFieldErrors } from '../../../lib/db/errors';
import { useTabMatches } from '../../../lib/detection/use-tab-matches';
import { emptyContactDraft } from '../../../lib/model/defaults';
import type { FieldErrors } from '../../../lib/model/types';

interface PeopleScreenProps {
  tabId: number;
  accountId: string;
  onDone(): void;
}

/** "Add sender/recipients as contacts of <client>", from the people of the tab's open message. */
export function PeopleScreen({ tabId, accountId, onDone }: PeopleScreenProps) {
  const db = getDatabase();
  const result = useTabMatches(tabId);
  const file = useClientFile(accountId);
  if (!file || !result) return null;
  const known = new Set(file.contacts.flatMap((c) => c.emails));
  const people = result.people.map((p) => ({ ...p, known: known.has(p.email.toLowerCase()) }));
  return (
    <LazyPeopleCapture
      accountName={file.account.name}
      people={people}
      onAdd={async (chosen) => {
        const drafts = chosen.map((person) => ({
          ...emptyContactDraft(accountId),
          name: person.name,
          emails: [person.email],
        }));
        // All or none: errors come back keyed `<index>.<field>`.
        const errors = await saveOrFieldErrors(async () => (await writes()).createContacts(db, drafts));
        if (errors) return renamed(errors);
        onDone();
        return null;
      }}
      onCancel={onDone}
    />
  );
}

/** `2.emails.0` → `2.email`: the screen has one address field per person. */
function renamed(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors).map(([path, code]) => [path.replace(/^(\d+)\.emails\.\d+$/, '$1.email'), code]),
  );
}
