import { useRef } from 'preact/hooks';
import { useT } from '../../components/i18n';
import { lazy } from '../../components/Lazy/lazy';
import { ScreenMessage } from '../../components/ScreenMessage/ScreenMessage';
import { getDatabase } from '../../lib/db/database';
import { describeStorageError } from '../../lib/db/storage-error';
import { useFirstRun } from '../../lib/demo/use-first-run';
import { ReplyError, sendMessage } from '../../lib/messaging/send';
import { requestAccess } from '../../lib/platform/permissions';
import type { Route } from '../../lib/platform/route';
import { routeHash } from '../../lib/platform/route';
import { useAccess } from '../../lib/platform/use-access';
import { AccountListScreen } from './AccountListScreen';
import { ClientFileScreen } from './ClientFileScreen';
import { TodayScreen } from './lazy-screens';

/** The new-account form: loaded on the rep's "New account", or for an unknown sender. */
const NewAccountScreen = lazy(() => import('./NewAccountScreen').then((m) => m.NewAccountScreen));
/** The first-run screen: shown once per install, so it stays out of every later first paint. */
const FirstRun = lazy(() => import('../../components/FirstRun/FirstRun').then((m) => m.FirstRun));

/** First run, then the account list, a client file, or a new account. */
export function Screen({ route, navigate }: { route: Route; navigate(route: Route): void }) {
  const t = useT();
  const firstRun = useFirstRun(
    getDatabase(),
    () => sendMessage('demo/load', {}),
    async (e) => {
      const failure = e instanceof ReplyError ? e.failure : undefined;
      if (!failure) return describeStorageError(e, t);
      // Its wording is loaded only then: the panel's first paint has a tight budget.
      const words = await import('../../components/Recovery/failure-text');
      return words.bulkFailureText(t, failure, 'firstRun.demoFailed');
    },
  );
  // The file the rep last had open: Back to the list focuses its row.
  const lastOpened = useRef<string | null>(null);
  if (route.name === 'account') lastOpened.current = route.id;
  const webmailGranted = useAccess('webmail') === true;

  if (firstRun.status === 'loading')
    return <ScreenMessage kind="loading">{t('sidepanel.loading')}</ScreenMessage>;
  if (firstRun.status === 'error')
    return <ScreenMessage kind="error">{String(firstRun.readError)}</ScreenMessage>;
  if (firstRun.status === 'shown') {
    return (
      <FirstRun
        busy={firstRun.busy}
        error={firstRun.error}
        webmailGranted={webmailGranted}
        // The prompt needs the click's user gesture: request before anything is awaited.
        onGrantWebmail={() => void requestAccess('webmail')}
        onLoadDemo={firstRun.loadDemo}
        onStartEmpty={firstRun.startEmpty}
      />
    );
  }

  switch (route.name) {
    case 'today':
      return (
        <TodayScreen
          onOpen={(id) => navigate({ name: 'account', id })}
          onBack={() => navigate({ name: 'list' })}
        />
      );
    case 'account':
      // Keyed: a form left open on one client's file never carries over to the next.
      return <ClientFileScreen key={route.id} id={route.id} onBack={() => navigate({ name: 'list' })} />;
    case 'newAccount':
      return (
        <NewAccountScreen
          key={routeHash(route)}
          prefill={route.prefill}
          onCreated={(id) => navigate({ name: 'account', id })}
          onCancel={() => navigate({ name: 'list' })}
        />
      );
    default:
      return (
        <AccountListScreen
          returnTo={lastOpened.current}
          onOpen={(id) => navigate({ name: 'account', id })}
          onCreate={() => navigate({ name: 'newAccount' })}
          onSeeToday={() => navigate({ name: 'today' })}
        />
      );
  }
}
