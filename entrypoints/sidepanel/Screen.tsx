import { useRef } from 'preact/hooks';
import { useT } from '../../components/i18n';
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
import { ClientFileScreen, FirstRun, NewAccountScreen, TodayScreen } from './lazy-screens';

/** First run, then the account list, Today, a client file, or a new account. */
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
  const open = (id: string) => navigate({ name: 'account', id });
  const toList = () => navigate({ name: 'list' });

  // A file opened by its address reads at once, beside the first-run check, not after it: the
  // first run is shown only while no account is stored, and then there is no file to show anyway.
  if (firstRun.status === 'loading' && route.name !== 'account')
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
      return <TodayScreen onOpen={open} onBack={toList} />;
    case 'account':
      // Keyed: a form left open on one client's file never carries over to the next.
      return <ClientFileScreen key={route.id} id={route.id} onBack={toList} />;
    case 'newAccount':
      return (
        <NewAccountScreen key={routeHash(route)} prefill={route.prefill} onCreated={open} onCancel={toList} />
      );
    default:
      return (
        <AccountListScreen
          returnTo={lastOpened.current}
          onOpen={open}
          onCreate={() => navigate({ name: 'newAccount' })}
          onSeeToday={() => navigate({ name: 'today' })}
        />
      );
  }
}
