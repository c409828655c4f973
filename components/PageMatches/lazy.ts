import { lazy } from '../Lazy/lazy';

/**
 * The page-matches bar, fetched the first time the active tab has something to show: most of the
 * side panel's first paint is the account list or a client file, and the JS budget is tight.
 */
export const LazyPageMatches = lazy(() => import('./PageMatches').then((m) => m.PageMatches));
