import { browser } from 'wxt/browser';

/**
 * Small per-install preferences in `storage.local` (never client data: that lives in IndexedDB).
 * Plain `storage.local` calls rather than a storage wrapper: two keys do not justify the bytes
 * in the side panel's bundle.
 */
function flag(key: string) {
  return {
    async getValue(): Promise<boolean> {
      const stored = await browser.storage.local.get(key);
      return stored[key] === true;
    },
    async setValue(value: boolean): Promise<void> {
      await browser.storage.local.set({ [key]: value });
    },
  };
}

/** Set once the rep has chosen on the first-run screen (demo data or start empty). */
export const firstRunDone = flag('firstRunDone');
