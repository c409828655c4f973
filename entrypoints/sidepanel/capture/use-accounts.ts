import { useMemo } from 'preact/hooks';
import type { PickerAccount } from '../../../components/AccountPicker/AccountPicker';
import { listAccountSummaries } from '../../../lib/db/account-lookup';
import { getClientFile } from '../../../lib/db/client-file';
import { getDatabase } from '../../../lib/db/database';
import { sortAccounts } from '../../../lib/model/derive';
import type { ClientFileData } from '../../../lib/model/types';
import { useLiveQuery } from '../../../lib/ui/use-live-query';

/** Every account for a capture's picker, the page's clients (`firstIds`) first, then by name. */
export function usePickerAccounts(firstIds: readonly string[]): PickerAccount[] | undefined {
  const db = getDatabase();
  const all = useLiveQuery(() => listAccountSummaries(db), []);
  return useMemo(() => {
    if (all.status !== 'ready') return undefined;
    const sorted = sortAccounts(all.value, 'name');
    const rank = new Map(firstIds.map((id, i) => [id, i]));
    const first = sorted.filter((a) => rank.has(a.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
    return [...first, ...sorted.filter((a) => !rank.has(a.id))];
  }, [all, firstIds.join('\n')]);
}

/** One client's file, live (null while loading or when there is no such client). */
export function useClientFile(accountId: string | null): ClientFileData | null {
  const db = getDatabase();
  const file = useLiveQuery(
    async () => (accountId ? ((await getClientFile(db, accountId)) ?? null) : null),
    [accountId],
  );
  return file.status === 'ready' ? file.value : null;
}

/** The repositories' writes, loaded on the first capture (they stay out of the first paint). */
export const writes = () => import('../../../lib/db/file-writes');
