import { useEffect } from 'preact/hooks';
import { recordOpened } from './recent-accounts';

/** Records the client file the panel shows: the popup lists recently opened clients first. */
export function useRecordOpened(accountId: string | null): void {
  useEffect(() => {
    if (accountId) void recordOpened(accountId).catch(() => {});
  }, [accountId]);
}
