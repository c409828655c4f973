import { storage } from 'wxt/utils/storage';

/**
 * Small per-install preferences in `storage.local` (never client data: that lives in IndexedDB).
 */

/** Set once the rep has chosen on the first-run screen (demo data or start empty). */
export const firstRunDone = storage.defineItem<boolean>('local:firstRunDone', { fallback: false });
