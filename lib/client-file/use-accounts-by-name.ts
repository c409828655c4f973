import { listAccountSummaries } from '../db/account-lookup';
import type { DossierDatabase } from '../db/database';
import { sortAccounts } from '../model/derive';
import type { AccountSummary } from '../model/types';
import { useLiveQuery } from '../platform/use-live-query';

/** Every account by name, live (undefined while it loads): for a picker, read only while it is open. */
export function useAccountsByName(db: DossierDatabase): AccountSummary[] | undefined {
  const accounts = useLiveQuery(async () => sortAccounts(await listAccountSummaries(db), 'name'), [db]);
  return accounts.status === 'ready' ? accounts.value : undefined;
}
