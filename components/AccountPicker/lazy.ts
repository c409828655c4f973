import { lazy } from '../Lazy/lazy';

/** The account picker, fetched when the rep first corrects a match or files a sender. */
export const LazyAccountPicker = lazy(() => import('./AccountPicker').then((m) => m.AccountPicker));
