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

/**
 * The rep's own addresses and company domains: never a client. Colleagues at the own domains are
 * ignored too ("internal colleagues").
 */
export interface OwnAddresses {
  emails: string[];
  domains: string[];
}

const OWN_ADDRESSES_KEY = 'ownAddresses';

export const ownAddresses = {
  async getValue(): Promise<OwnAddresses> {
    const stored = (await browser.storage.local.get(OWN_ADDRESSES_KEY))[OWN_ADDRESSES_KEY] as
      | Partial<OwnAddresses>
      | undefined;
    return { emails: stored?.emails ?? [], domains: stored?.domains ?? [] };
  },
  async setValue(value: OwnAddresses): Promise<void> {
    await browser.storage.local.set({ [OWN_ADDRESSES_KEY]: value });
  },
  /** Calls back with the new value whenever it changes (from the options page, say). */
  watch(onChange: (value: OwnAddresses) => void): () => void {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !(OWN_ADDRESSES_KEY in changes)) return;
      const next = changes[OWN_ADDRESSES_KEY]?.newValue as Partial<OwnAddresses> | undefined;
      onChange({ emails: next?.emails ?? [], domains: next?.domains ?? [] });
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};
