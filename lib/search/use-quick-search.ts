import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { sendMessage } from '../messaging/send';
import type { QuickResult } from '../model/quick-search';
import { filterHome, type HomeEntry } from './core/home';
import { loadHomeEntries } from './home-list';

/** Below this many characters the home list leads (a search would match half the book). */
export const SEARCH_FROM = 3;

let preloaded: Promise<HomeEntry[]> | null = null;

/**
 * Starts the popup's work before its first render: the home list's reads, and a message that
 * wakes the background and loads its index while the rep starts typing. Called by the entrypoint
 * at load; the hook picks the list up.
 */
export function preloadQuickSearch(): Promise<HomeEntry[]> {
  if (!preloaded) {
    // Marks on the page's timeline, for the popup benchmark.
    performance.mark('dossier:home-start');
    preloaded = loadHomeEntries().finally(() => performance.mark('dossier:home-end'));
    // After the list's reads: a woken worker's own reads (its stored index, tens of MB at 50,000
    // accounts) slow them down. Sent at once instead, the worker's load took 153 ms instead of 83
    // beside the popup's, and the first query was no sooner (bench/popup.mjs).
    const warm = () => void sendMessage('search/query', { query: '' }).catch(() => {});
    preloaded.then(warm, warm);
  }
  return preloaded;
}

export interface QuickSearchState {
  query: string;
  setQuery(query: string): void;
  results: QuickResult[];
  status: 'ready' | 'searching' | 'error';
}

/**
 * The popup's state: the home list (painted from cheap reads as soon as the popup opens), and the
 * background's ranked results for what is typed. With one or two characters, the home lines that
 * start with them come first, then the search's. Answers to older keystrokes are dropped.
 */
export function useQuickSearch(): QuickSearchState {
  const [query, setText] = useState('');
  const [home, setHome] = useState<HomeEntry[]>([]);
  const [found, setFound] = useState<{ query: string; results: QuickResult[] } | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    void preloadQuickSearch().then(setHome, () => setHome([]));
  }, []);

  // The message leaves in the keystroke's own event, not in an effect a frame later.
  const setQuery = useCallback((next: string) => {
    setText(next);
    const text = next.trim();
    const ticket = ++latest.current;
    if (!text) return;
    sendMessage('search/query', { query: text, limit: 20 }).then(
      ({ results }) => ticket === latest.current && setFound({ query: text, results }),
      () => ticket === latest.current && setFailed(text),
    );
  }, []);

  const text = query.trim();
  // Derived in the same render as the query: "searching" from the keystroke until its answer.
  const status = !text ? 'ready' : found?.query === text ? 'ready' : failed === text ? 'error' : 'searching';
  const results = useMemo(() => {
    if (text.length >= SEARCH_FROM) return found?.results ?? [];
    const lead = filterHome(home, text);
    if (!text) return lead;
    const listed = new Set(lead.map((r) => r.accountId));
    const more = found?.query === text ? found.results.filter((r) => !listed.has(r.accountId)) : [];
    return [...lead, ...more];
  }, [text, home, found]);

  // After the frame that first shows results (effects run after paint): the popup benchmark's mark.
  const hasResults = results.length > 0;
  useEffect(() => {
    if (hasResults && !performance.getEntriesByName('dossier:first-results').length) {
      performance.mark('dossier:first-results');
    }
  }, [hasResults]);

  return { query, setQuery, results, status };
}
