import { useT } from '../../components/i18n';
import { AccountForm } from '../../components/Lazy/forms';
import { createAccount } from '../../lib/db/accounts';
import { getDatabase } from '../../lib/db/database';
import { saveOrFieldErrors } from '../../lib/db/errors';
import { emptyAccountDraft } from '../../lib/model/defaults';

export function NewAccountScreen({ onCreated, onCancel }: { onCreated(id: string): void; onCancel(): void }) {
  const t = useT();
  return (
    <AccountForm
      title={t('account.newTitle')}
      initial={emptyAccountDraft()}
      onCancel={onCancel}
      onSubmit={async (draft) => {
        let id = '';
        const errors = await saveOrFieldErrors(async () => {
          id = (await createAccount(getDatabase(), draft)).id;
        });
        if (!errors) onCreated(id);
        return errors;
      }}
    />
  );
}
