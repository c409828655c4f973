import { useMemo, useState } from 'preact/hooks';
import type { DossierDatabase } from '../db/database';
import { ValidationError } from '../db/errors';
import { describeStorageError } from '../db/storage-error';
import type { AccountFieldChange, CompanyExtract } from '../model/capture';
import { emptyAccountDraft } from '../model/defaults';
import { errorKey } from '../model/error-codes';
import type { Translate } from '../model/messages';
import type { Account, AccountDraft } from '../model/types';
import { applyAccountChanges, companyToAccountDraft, diffAccount } from './core/account-diff';
import { useClientFile, writes } from './use-capture-data';

/**
 * A company website into the client files: with no client, an account created from what the rep
 * ticked in the preview; with one, only the changes they accepted written onto it. Nothing is
 * written before they confirm. A value the site gave that the file refuses is named (field and
 * reason) and the screen stays; `onDone` gets the account written.
 */
export function useSiteCapture(
  db: DossierDatabase,
  accountId: string | null,
  extract: CompanyExtract,
  onDone: (accountId: string) => void,
  t: Translate,
) {
  const file = useClientFile(accountId, db);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const account = file?.account;
  const changes = useMemo(() => (account ? diffAccount(draftOf(account), extract) : []), [account, extract]);

  const run = async (write: () => Promise<string>) => {
    setBusy(true);
    setError(undefined);
    try {
      onDone(await write());
    } catch (e) {
      const fields = e instanceof ValidationError ? Object.entries(e.fieldErrors) : null;
      setError(
        fields
          ? fields.map(([path, code]) => `${path}: ${t(errorKey(code))}`).join('; ')
          : describeStorageError(e, t),
      );
      setBusy(false);
    }
  };

  return {
    /** The client being updated: undefined while it loads (and for a new account). */
    account,
    changes,
    busy,
    error,
    create: (accepted: CompanyExtract) =>
      run(async () => {
        const draft = companyToAccountDraft(accepted, emptyAccountDraft());
        return (await (await writes()).createAccount(db, draft)).id;
      }),
    apply: (accepted: readonly AccountFieldChange[]) =>
      run(async () => {
        if (!account) throw new Error('The client is not loaded yet');
        const draft = applyAccountChanges(draftOf(account), accepted);
        return (await (await writes()).updateAccount(db, account.id, draft)).id;
      }),
  };
}

function draftOf(account: Account): AccountDraft {
  const { id: _id, createdAt: _c, updatedAt: _u, ...draft } = account;
  return draft;
}
