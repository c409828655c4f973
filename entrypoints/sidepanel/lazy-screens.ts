import { lazy } from '../../components/Lazy/lazy';

/** Today: its own chunk, fetched as the panel starts, beside the list's read (lib/relationship). */
export const TodayScreen = lazy(() => import('./TodayScreen').then((m) => m.TodayScreen));
