import { useState } from 'preact/hooks';
import { hasAccounts } from '../db/account-lookup';
import type { DossierDatabase } from '../db/database';
import { STORED } from '../model/storage-items';
import { getItem, setItem } from '../platform/storage';
import { useLiveQuery } from '../platform/use-live-query';

/**
 * The first-run choice: shown while no client is stored and the rep has not chosen yet; "Load demo
 * data" asks the background (`loadDemo`) and words a refusal with `describe`; "Start empty" is
 * remembered. Once clients exist (the demo, an import, a restore) it is never shown again.
 */
export function useFirstRun(
  db: DossierDatabase,
  loadDemo: () => Promise<unknown>,
  describe: (error: unknown) => Promise<string>,
) {
  const state = useLiveQuery(
    async () => ({ any: await hasAccounts(db), done: await getItem(STORED.firstRunDone) }),
    [],
  );
  const [chosen, setChosen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const shown = state.status === 'ready' && !state.value.any && !state.value.done && !chosen;
  return {
    /** 'loading' until the count is read, 'error' when it could not be, then whether to show it. */
    status: state.status === 'ready' ? (shown ? ('shown' as const) : ('done' as const)) : state.status,
    readError: state.status === 'error' ? state.error : null,
    busy,
    error,
    async loadDemo() {
      setBusy(true);
      setError(null);
      try {
        await loadDemo();
      } catch (e) {
        setError(await describe(e));
      } finally {
        setBusy(false);
      }
    },
    async startEmpty() {
      setChosen(true);
      await setItem(STORED.firstRunDone, true);
    },
  };
}
