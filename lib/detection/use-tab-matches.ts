import { useEffect, useState } from 'preact/hooks';
import { getTabMatches, type TabMatches, watchTabMatches } from './tab-matches';

/**
 * What the background found on a tab, live: `undefined` while the stored result loads, `null`
 * when the tab has none (not scanned yet). Never another tab's result, even for one render
 * after a tab switch — nothing of one client may linger beside another page.
 */
export function useTabMatches(tabId: number | null | undefined): TabMatches | null | undefined {
  const [state, setState] = useState<{ tabId: number; result: TabMatches | null } | null>(null);
  useEffect(() => {
    if (tabId == null) return;
    let changed = false;
    let active = true;
    const stop = watchTabMatches((id, result) => {
      if (id !== tabId || !active) return;
      changed = true;
      setState({ tabId, result });
    });
    getTabMatches(tabId).then(
      // A change that arrived while reading is newer than what was read.
      (result) => active && !changed && setState({ tabId, result }),
      () => active && !changed && setState({ tabId, result: null }),
    );
    return () => {
      active = false;
      stop();
    };
  }, [tabId]);
  if (tabId == null) return null;
  return state?.tabId === tabId ? state.result : undefined;
}
