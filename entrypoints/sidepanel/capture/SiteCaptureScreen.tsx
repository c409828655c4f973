import { useMemo, useState } from 'preact/hooks';
import { useT } from '../../../components/i18n';
import { SiteCapture } from '../../../components/SiteCapture/SiteCapture';
import {
  applyAccountChanges,
  companyToAccountDraft,
  diffAccount,
} from '../../../lib/capture/core/account-diff';
import type { PageRef } from '../../../lib/capture/pending';
import { useClientFile, writes } from '../../../lib/capture/use-capture-data';
import { getDatabase } from '../../../lib/db/database';
import { ValidationError } from '../../../lib/db/errors';
import { describeStorageError } from '../../../lib/db/storage-error';
import type { CompanyExtract } from '../../../lib/model/capture';
import { emptyAccountDraft } from '../../../lib/model/defaults';
import type { Account, AccountDraft } from '../../../lib/model/types';

interface SiteCaptureScreenProps {
  page: PageRef;
  extract: CompanyExtract;
  /** The client to update, or null to create an account from the site. */
  accountId: string | null;
  /** Done: the account created or updated (null when the rep cancelled). */
  onDone(accountId: string | null): void;
}

/**
 * A company website into the client files: a preview to create an account from, or a field-by-
 * field diff against the matched client that the rep accepts or rejects. Nothing is written until
 * they confirm; only what they ticked is.
 */
export function SiteCaptureScreen({ page, extract, accountId, onDone }: SiteCaptureScreenProps) {
  const t = useT();
  const db = getDatabase();
  const file = useClientFile(accountId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const account = file?.account;
  const changes = useMemo(() => (account ? diffAccount(draftOf(account), extract) : []), [account, extract]);
  const pageLabel = page.title || page.url;

  const run = async (write: () => Promise<string>) => {
    setBusy(true);
    setError(undefined);
    try {
      onDone(await write());
    } catch (e) {
      // A value the site gave that the client file does not accept: say which, keep the screen.
      const fields = e instanceof ValidationError ? Object.entries(e.fieldErrors) : null;
      setError(
        fields
          ? fields.map(([path, code]) => `${path}: ${t(`error.${code}`)}`).join('; ')
          : describeStorageError(e, t),
      );
      setBusy(false);
    }
  };

  if (accountId === null) {
    return (
      <SiteCapture
        mode="create"
        extract={extract}
        pageLabel={pageLabel}
        busy={busy}
        error={error}
        onCancel={() => onDone(null)}
        onCreate={(accepted) =>
          void run(async () => {
            const draft = companyToAccountDraft(accepted, emptyAccountDraft());
            return (await (await writes()).createAccount(db, draft)).id;
          })
        }
      />
    );
  }
  if (!account) return null;
  return (
    <SiteCapture
      mode="update"
      accountName={account.name}
      changes={changes}
      pageLabel={pageLabel}
      busy={busy}
      error={error}
      onCancel={() => onDone(null)}
      onApply={(accepted) =>
        void run(async () => {
          const draft = applyAccountChanges(draftOf(account), accepted);
          return (await (await writes()).updateAccount(db, account.id, draft)).id;
        })
      }
    />
  );
}

function draftOf(account: Account): AccountDraft {
  const { id: _id, createdAt: _c, updatedAt: _u, ...draft } = account;
  return draft;
}
