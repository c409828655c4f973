import { lazy } from '../../components/Lazy/lazy';
import { getDatabase } from '../../lib/db/database';
import { parseRoute } from '../../lib/platform/route';
import { warmAccountList } from '../../lib/search/use-account-list';

/**
 * A client file: its own chunk, started as the panel's script runs when it opens on a file, and
 * preloaded once the home's list has painted, so a click on a row finds it loaded.
 */
export const ClientFileScreen = lazy(() => import('./ClientFileScreen').then((m) => m.ClientFileScreen));

/** Today: its own chunk (lib/relationship). */
export const TodayScreen = lazy(() => import('./TodayScreen').then((m) => m.TodayScreen));

/**
 * The home and Today both open on the rep's day: for them, Today's chunk and its read — and on the
 * home, the account list's first page — start as the panel's script runs, beside the first render
 * and the first-run check, not after them.
 */
export function startReadsEarly(hash: string): void {
  const route = parseRoute(hash).name;
  if (route === 'account') void ClientFileScreen.preload();
  if (route !== 'list' && route !== 'today') return;
  if (route === 'list') warmAccountList(getDatabase());
  void import('./TodayScreen').then((m) => m.warmTodayScreen());
}
/** The new-account form: loaded on the rep's "New account", or for an unknown sender. */
export const NewAccountScreen = lazy(() => import('./NewAccountScreen').then((m) => m.NewAccountScreen));
/** The first-run screen: shown once per install, so it stays out of every later first paint. */
export const FirstRun = lazy(() => import('../../components/FirstRun/FirstRun').then((m) => m.FirstRun));
