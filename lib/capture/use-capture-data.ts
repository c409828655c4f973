import { getClientFile } from '../db/client-file';
import { getDatabase } from '../db/database';
import type { ClientFileData } from '../model/types';
import { useLiveQuery } from '../platform/use-live-query';

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
