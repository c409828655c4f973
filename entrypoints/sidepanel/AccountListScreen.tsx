import { useMemo, useState } from 'preact/hooks';
import { AccountList } from '../../components/AccountList/AccountList';
import { useT } from '../../components/i18n';
import { listAccountSummaries } from '../../lib/db/accounts';
import { getDatabase } from '../../lib/db/database';
import { sortAccounts } from '../../lib/model/derive';
import type { AccountSort } from '../../lib/model/types';
import { useLiveQuery } from '../../lib/ui/use-live-query';

export function AccountListScreen({ onOpen, onCreate }: { onOpen(id: string): void; onCreate(): void }) {
  const t = useT();
  const [sort, setSort] = useState<AccountSort>('name');
  const rows = useLiveQuery(() => listAccountSummaries(getDatabase()), []);
  const sorted = useMemo(() => (rows.status === 'ready' ? sortAccounts(rows.value, sort) : []), [rows, sort]);
  if (rows.status === 'loading') return <p aria-busy="true">{t('sidepanel.loading')}</p>;
  if (rows.status === 'error') return <p role="alert">{String(rows.error)}</p>;
  return (
    <AccountList accounts={sorted} sort={sort} onSortChange={setSort} onOpen={onOpen} onCreate={onCreate} />
  );
}
