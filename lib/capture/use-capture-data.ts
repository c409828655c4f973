import { useEffect, useMemo, useState } from 'preact/hooks';
import { getClientFile } from '../db/client-file';
import { getDatabase } from '../db/database';
import type { AccountSummary, ClientFileData } from '../model/types';
import { useLiveQuery } from '../platform/use-live-query';
import { clientsFirst, listAccountsByName } from './quick-note-store';

/**
 * Every account for a capture's picker, the page's clients (`firstIds`) first, then by name. Read
 * once, a moment after the screen is up: with 50,000 clients it is a large read, and a box that
 * already knows its client must not wait for it (nor re-read it after every save).
 */
export function usePickerAccounts(firstIds: readonly string[]): AccountSummary[] | undefined {
  const [all, setAll] = useState<AccountSummary[] | undefined>(undefined);
  useEffect(() => {
    let active = true;
    const timer = setTimeout(() => {
      void listAccountsByName().then((rows) => active && setAll(rows));
    }, 50);
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, []);
  return useMemo(() => all && clientsFirst(all, firstIds), [all, firstIds.join('\n')]);
}

/** One client's file, live (null while loading or when there is no such client). */
export function useClientFile(accountId: string | null, db = getDatabase()): ClientFileData | null {
  const file = useLiveQuery(
    async () => (accountId ? ((await getClientFile(db, accountId)) ?? null) : null),
    [accountId],
  );
  return file.status === 'ready' ? file.value : null;
}

/** The repositories' writes, loaded on the first capture (they stay out of the first paint). */
export const writes = () => import('../db/file-writes');
