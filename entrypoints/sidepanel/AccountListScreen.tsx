import { useMemo, useState } from 'preact/hooks';
import { AccountList } from '../../components/AccountList/AccountList';
import { useT } from '../../components/i18n';
import { ScreenMessage } from '../../components/ScreenMessage/ScreenMessage';
import { listAccountSummaries } from '../../lib/db/account-lookup';
import { getDatabase } from '../../lib/db/database';
import { sortAccounts } from '../../lib/model/derive';
import type { AccountSort } from '../../lib/model/types';
import { useLiveQuery } from '../../lib/platform/use-live-query';
import { TodayScreen } from './lazy-screens';

interface AccountListScreenProps {
  onOpen(id: string): void;
  onCreate(): void;
  onSeeToday(): void;
  returnTo: string | null;
}

/** How many of *Today*'s items the home shows above the list. */
const TODAY_ON_HOME = 3;

export function AccountListScreen({ onOpen, onCreate, onSeeToday, returnTo }: AccountListScreenProps) {
  const t = useT();
  const [sort, setSort] = useState<AccountSort>('name');
  const rows = useLiveQuery(() => listAccountSummaries(getDatabase()), []);
  const sorted = useMemo(() => (rows.status === 'ready' ? sortAccounts(rows.value, sort) : []), [rows, sort]);
  if (rows.status === 'loading')
    return <ScreenMessage kind="loading">{t('sidepanel.loading')}</ScreenMessage>;
  if (rows.status === 'error') return <ScreenMessage kind="error">{String(rows.error)}</ScreenMessage>;
  return (
    <>
      <TodayScreen limit={TODAY_ON_HOME} onOpen={onOpen} onSeeAll={onSeeToday} />
      <AccountList
        accounts={sorted}
        sort={sort}
        onSortChange={setSort}
        onOpen={onOpen}
        onCreate={onCreate}
        returnTo={returnTo}
      />
    </>
  );
}
