import { useT } from '../../components/i18n';
import { AccountForm } from '../../components/Lazy/forms';
import { useNewAccount } from '../../lib/client-file/use-new-account';
import { getDatabase } from '../../lib/db/database';
import type { NewAccountPrefill } from '../../lib/platform/route';

/** A new account, prefilled from an unknown sender (lib/client-file/use-new-account.ts saves it). */
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
  const account = useNewAccount(getDatabase(), prefill, onCreated);
  return (
    <AccountForm
      title={t('account.newTitle')}
      initial={account.initial}
      onCancel={onCancel}
      onSubmit={account.submit}
    />
  );
}
