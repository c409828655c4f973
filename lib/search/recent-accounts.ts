import { browser } from 'wxt/browser';

/**
 * The clients the rep opened last, for the popup's empty-box list: a few ids in `storage.local`
 * (extension pages only; ids, never names), most recent first.
 */
const KEY = 'recentAccounts';
export const RECENT_MAX = 8;

export async function getRecentAccountIds(): Promise<string[]> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
}

/** Puts `accountId` first (once), keeping the newest RECENT_MAX. */
export async function recordOpened(accountId: string): Promise<void> {
  const ids = await getRecentAccountIds();
  if (ids[0] === accountId) return;
  const next = [accountId, ...ids.filter((id) => id !== accountId)].slice(0, RECENT_MAX);
  await browser.storage.local.set({ [KEY]: next });
}
