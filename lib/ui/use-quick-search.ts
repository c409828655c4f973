import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { sendMessage } from '../messaging/send';
import type { QuickResult } from '../model/quick-search';
import { filterHome, type HomeEntry } from '../search/home';
import { loadHomeEntries } from './home-list';

/** Below this many characters the home list leads (a search would match half the book). */
export const SEARCH_FROM = 3;

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
  const [query, setQuery] = useState('');
  const [home, setHome] = useState<HomeEntry[]>([]);
  const [found, setFound] = useState<{ query: string; results: QuickResult[] } | null>(null);
  const [status, setStatus] = useState<QuickSearchState['status']>('ready');
  const latest = useRef(0);

  useEffect(() => {
    void loadHomeEntries().then(setHome, () => setHome([]));
    // Wakes the background and loads its index while the rep starts typing.
    void sendMessage('search/query', { query: '' }).catch(() => {});
  }, []);

  useEffect(() => {
    const text = query.trim();
    const ticket = ++latest.current;
    if (!text) {
      setStatus('ready');
      return;
    }
    setStatus('searching');
    sendMessage('search/query', { query: text, limit: 20 }).then(
      ({ results }) => {
        if (ticket !== latest.current) return;
        setFound({ query: text, results });
        setStatus('ready');
      },
      () => ticket === latest.current && setStatus('error'),
    );
  }, [query]);

  const results = useMemo(() => {
    const text = query.trim();
    if (text.length >= SEARCH_FROM) return found?.results ?? [];
    const lead = filterHome(home, text);
    if (!text) return lead;
    const listed = new Set(lead.map((r) => r.accountId));
    const more = found?.query === text ? found.results.filter((r) => !listed.has(r.accountId)) : [];
    return [...lead, ...more];
  }, [query, home, found]);

  return { query, setQuery, results, status };
}
