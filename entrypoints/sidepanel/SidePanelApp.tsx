import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Shell } from '../../components/App/Shell';
import { FirstRun } from '../../components/FirstRun/FirstRun';
import { useT } from '../../components/i18n';
import { ScreenMessage } from '../../components/ScreenMessage/ScreenMessage';
import { countAccounts } from '../../lib/db/accounts';
import { getDatabase } from '../../lib/db/database';
import { sendMessage } from '../../lib/messaging/send';
import { firstRunDone } from '../../lib/settings';
import { useHashRoute } from '../../lib/ui/use-hash-route';
import { useLiveQuery } from '../../lib/ui/use-live-query';
import { AccountListScreen } from './AccountListScreen';
import { ClientFileScreen } from './ClientFileScreen';
import { NewAccountScreen } from './NewAccountScreen';

/** Side panel wiring: the frame with its link to backup & settings, around the current screen. */
export function SidePanelApp() {
  return (
    <Shell onOpenSettings={() => void browser.runtime.openOptionsPage()}>
      <Screen />
    </Shell>
  );
}

/** First run, then the account list, a client file, or a new account. */
function Screen() {
  const t = useT();
  const db = getDatabase();
  const [route, navigate] = useHashRoute();
  const state = useLiveQuery(
    async () => ({ accounts: await countAccounts(db), done: await firstRunDone.getValue() }),
    [],
  );
  const [chosen, setChosen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (state.status === 'loading')
    return <ScreenMessage kind="loading">{t('sidepanel.loading')}</ScreenMessage>;
  if (state.status === 'error') return <ScreenMessage kind="error">{String(state.error)}</ScreenMessage>;

  if (state.value.accounts === 0 && !state.value.done && !chosen) {
    return (
      <FirstRun
        busy={busy}
        error={error}
        onLoadDemo={async () => {
          setBusy(true);
          setError(null);
          try {
            await sendMessage('demo/load', {});
          } catch (e) {
            setError(e instanceof Error ? e.message : String(e));
          } finally {
            setBusy(false);
          }
        }}
        onStartEmpty={async () => {
          setChosen(true);
          await firstRunDone.setValue(true);
        }}
      />
    );
  }

  switch (route.name) {
    case 'account':
      return <ClientFileScreen id={route.id} onBack={() => navigate({ name: 'list' })} />;
    case 'newAccount':
      return (
        <NewAccountScreen
          onCreated={(id) => navigate({ name: 'account', id })}
          onCancel={() => navigate({ name: 'list' })}
        />
      );
    default:
      return (
        <AccountListScreen
          onOpen={(id) => navigate({ name: 'account', id })}
          onCreate={() => navigate({ name: 'newAccount' })}
        />
      );
  }
}
