import { lazy } from '../../components/Lazy/lazy';
import { parseRoute } from '../../lib/platform/route';

/** Today: its own chunk (lib/relationship). */
export const TodayScreen = lazy(() => import('./TodayScreen').then((m) => m.TodayScreen));

/**
 * The home and Today both open on the rep's day: for them, Today's chunk and its read start as the
 * panel's script runs, beside the first render and the first-run check, not after them.
 */
export function startTodayEarly(hash: string): void {
  const route = parseRoute(hash).name;
  if (route !== 'list' && route !== 'today') return;
  void import('./TodayScreen').then((m) => m.warmTodayScreen());
}
/** The new-account form: loaded on the rep's "New account", or for an unknown sender. */
export const NewAccountScreen = lazy(() => import('./NewAccountScreen').then((m) => m.NewAccountScreen));
/** The first-run screen: shown once per install, so it stays out of every later first paint. */
export const FirstRun = lazy(() => import('../../components/FirstRun/FirstRun').then((m) => m.FirstRun));
