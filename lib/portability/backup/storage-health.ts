// Whether the browser keeps Dossier's data, and how much it uses, for the options page.
import { browser } from 'wxt/browser';

export interface StorageHealth {
  /** Whether the browser keeps the data under storage pressure; null when it cannot say. */
  persisted: boolean | null;
  /** Bytes this extension's origin uses and may use (`navigator.storage.estimate()`); null if unknown. */
  usage: number | null;
  quota: number | null;
  /** Whether `unlimitedStorage` is granted (the manifest asks for it). */
  unlimited: boolean;
}

/** Reads what the browser says about our storage; a missing API gives nulls, never an error. */
export async function readStorageHealth(
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): Promise<StorageHealth> {
  const [persisted, estimate, unlimited] = await Promise.all([
    storage?.persisted?.().catch(() => null) ?? null,
    storage?.estimate?.().catch(() => null) ?? null,
    browser.permissions.contains({ permissions: ['unlimitedStorage'] }).catch(() => false),
  ]);
  return {
    persisted,
    usage: estimate?.usage ?? null,
    quota: estimate?.quota ?? null,
    unlimited,
  };
}

/** Asks the browser to keep our data ("Keep my data"); resolves whether it now does. */
export async function requestPersistence(
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): Promise<boolean> {
  return (await storage?.persist?.().catch(() => false)) ?? false;
}
