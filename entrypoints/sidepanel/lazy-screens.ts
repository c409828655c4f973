import { lazy } from '../../components/Lazy/lazy';

/** Today: its own chunk, fetched as the panel starts, beside the list's read (lib/relationship). */
export const TodayScreen = lazy(() => import('./TodayScreen').then((m) => m.TodayScreen));
/** The new-account form: loaded on the rep's "New account", or for an unknown sender. */
export const NewAccountScreen = lazy(() => import('./NewAccountScreen').then((m) => m.NewAccountScreen));
/** The first-run screen: shown once per install, so it stays out of every later first paint. */
export const FirstRun = lazy(() => import('../../components/FirstRun/FirstRun').then((m) => m.FirstRun));
