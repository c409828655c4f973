import { lazy } from '../Lazy/lazy';

/*
 * The capture screens, loaded on first use and preloaded when the side panel is idle: a shortcut
 * must find the quick-note box ready, but none of them belongs to the panel's first paint.
 */

export const LazyQuickNote = lazy(() => import('../QuickNote/QuickNote').then((m) => m.QuickNote));
export const LazyPeopleCapture = lazy(() =>
  import('../PeopleCapture/PeopleCapture').then((m) => m.PeopleCapture),
);
export const LazyCaptureToast = lazy(() =>
  import('../CaptureToast/CaptureToast').then((m) => m.CaptureToast),
);

/** Every capture screen the shortcuts and menus can open at once. */
export const CAPTURE_SCREENS = [LazyQuickNote, LazyPeopleCapture, LazyCaptureToast];
