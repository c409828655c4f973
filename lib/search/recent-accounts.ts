import { STORED } from '../model/storage-items';
import { getItem, setItem } from '../platform/storage';

/** How many recently opened clients the popup's empty box lists. */
export const RECENT_MAX = 8;

/** The clients the rep opened last (ids, never names), most recent first. */
export function getRecentAccountIds(): Promise<string[]> {
  return getItem(STORED.recentAccounts);
}

/** Puts `accountId` first (once), keeping the newest RECENT_MAX. */
export async function recordOpened(accountId: string): Promise<void> {
  const ids = await getRecentAccountIds();
  if (ids[0] === accountId) return;
  await setItem(
    STORED.recentAccounts,
    [accountId, ...ids.filter((id) => id !== accountId)].slice(0, RECENT_MAX),
  );
}
