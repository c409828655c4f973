import { useMemo, useState } from 'preact/hooks';
import { AccountList } from '../../components/AccountList/AccountList';
import { useT } from '../../components/i18n';
import { ScreenMessage } from '../../components/ScreenMessage/ScreenMessage';
import { listAccountSummaries } from '../../lib/db/account-lookup';
import { getDatabase } from '../../lib/db/database';
import { sortAccounts } from '../../lib/model/derive';
import type { AccountSort } from '../../lib/model/types';
import { useLiveQuery } from '../../lib/platform/use-live-query';

interface AccountListScreenProps {
  onOpen(id: string): void;
  onCreate(): void;
  returnTo: string | null;
}

export function AccountListScreen({ onOpen, onCreate, returnTo }: AccountListScreenProps) {
  const t = useT();
  const [sort, setSort] = useState<AccountSort>('name');
  const rows = useLiveQuery(() => listAccountSummaries(getDatabase()), []);
  const sorted = useMemo(() => (rows.status === 'ready' ? sortAccounts(rows.value, sort) : []), [rows, sort]);
  if (rows.status === 'loading')
    return <ScreenMessage kind="loading">{t('sidepanel.loading')}</ScreenMessage>;
  if (rows.status === 'error') return <ScreenMessage kind="error">{String(rows.error)}</ScreenMessage>;
  return (
    <AccountList
      accounts={sorted}
      sort={sort}
      onSortChange={setSort}
      onOpen={onOpen}
      onCreate={onCreate}
      returnTo={returnTo}
    />
  );
}
