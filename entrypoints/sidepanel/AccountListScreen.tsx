import { useEffect, useState } from 'preact/hooks';
import { AccountList } from '../../components/AccountList/AccountList';
import { useT } from '../../components/i18n';
import { preloadWhenIdle } from '../../components/Lazy/lazy';
import { ScreenMessage } from '../../components/ScreenMessage/ScreenMessage';
import { getDatabase } from '../../lib/db/database';
import type { AccountSort } from '../../lib/model/types';
import { useAccountList } from '../../lib/search/use-account-list';
import { ClientFileScreen, TodayScreen } from './lazy-screens';

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
  const { state, showRange } = useAccountList(getDatabase(), sort, returnTo);
  // A row's file opens from its own chunk: fetch it once the list has painted.
  const painted = state.status === 'ready';
  useEffect(() => (painted ? preloadWhenIdle([ClientFileScreen]) : undefined), [painted]);
  if (state.status === 'loading')
    return <ScreenMessage kind="loading">{t('sidepanel.loading')}</ScreenMessage>;
  if (state.status === 'error') return <ScreenMessage kind="error">{String(state.error)}</ScreenMessage>;
  return (
    <>
      <TodayScreen limit={TODAY_ON_HOME} onOpen={onOpen} onSeeAll={onSeeToday} />
      <AccountList
        total={state.total}
        counted={state.counted}
        rowAt={state.rowAt}
        onWindowChange={showRange}
        sort={sort}
        onSortChange={setSort}
        onOpen={onOpen}
        onCreate={onCreate}
        returnIndex={state.returnIndex}
      />
    </>
  );
}
