import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { countListed, listPosition, readAccountWindow } from '../db/account-lookup';
import type { DossierDatabase } from '../db/database';
import type { AccountSort, AccountSummary } from '../model/types';
import { type SharedLiveQuery, sharedLiveQuery, useSharedLiveQuery } from '../platform/shared-live-query';

/** Rows read at a time: a few screens, so scrolling reads again only every few screens. */
export const LIST_PAGE = 100;

export interface ListRange {
  start: number;
  end: number;
}

export type AccountListState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | {
      status: 'ready';
      /** How many accounts the list holds; until `counted`, as many as are read. */
      total: number;
      counted: boolean;
      /** The row at a position, when its window has been read. */
      rowAt(index: number): AccountSummary | undefined;
      /** Where the client `returnTo` stands under this sort, once found (null until then or if gone). */
      returnIndex: number | null;
    };

interface Page {
  sort: AccountSort;
  from: number;
  rows: AccountSummary[];
}

/**
 * The reads shared by every list of a database: each sort's first page, which a panel can start
 * before the list mounts (`warmAccountList`), and the count. Later pages are each list's own.
 */
let early: {
  db: DossierDatabase;
  pages: Map<AccountSort, SharedLiveQuery<Page>>;
  count: SharedLiveQuery<number>;
} | null = null;

function earlyReads(db: DossierDatabase) {
  if (early?.db !== db) early = { db, pages: new Map(), count: sharedLiveQuery(() => countListed(db)) };
  return early;
}

function pageFeed(db: DossierDatabase, sort: AccountSort, from: number, to: number): SharedLiveQuery<Page> {
  const read = () => readAccountWindow(db, sort, from, to - from).then((rows) => ({ sort, from, rows }));
  if (from !== 0 || to !== LIST_PAGE) return sharedLiveQuery(read);
  const { pages } = earlyReads(db);
  let feed = pages.get(sort);
  if (!feed) {
    feed = sharedLiveQuery(read);
    pages.set(sort, feed);
  }
  return feed;
}

/** How long a warmed-up read waits for the list before it stops (a panel that opens elsewhere). */
const WARM_MS = 10_000;

/**
 * Starts the list's first page as the panel's script runs, beside the first render and the
 * first-run check, so the list that mounts after them finds its rows read or on the way.
 * Returns the read, to see when it is done.
 */
export function warmAccountList(db: DossierDatabase): SharedLiveQuery<Page> {
  const feed = pageFeed(db, 'name', 0, LIST_PAGE);
  feed.warm(WARM_MS);
  return feed;
}

/**
 * The side panel's account list as windows of its index (see `readAccountWindow`): the rows on
 * screen plus the pages around them, read live, so 50,000 accounts open as fast as 50. The list
 * reports the rows it shows (`showRange`); the total comes from a count started once the first
 * rows are in, and the client the rep is coming back from is found by its position, not by
 * loading all.
 */
export function useAccountList(
  db: DossierDatabase,
  sort: AccountSort,
  returnTo: string | null,
): { state: AccountListState; showRange(range: ListRange): void } {
  // The pages that cover what the list shows, not the rows themselves: a scroll within them
  // changes nothing here, so the screen (and Today above the list) does not render per frame.
  const [{ from, to }, setPages] = useState({ from: 0, to: LIST_PAGE });
  const page = useSharedLiveQuery(useMemo(() => pageFeed(db, sort, from, to), [db, sort, from, to]));
  // While the window the rep scrolled to is read, the list keeps the page it has: it stays on
  // screen (a loading message would unmount it and lose the scroll), its rows where they were.
  const last = useRef<Page | null>(null);
  if (page.status === 'ready') last.current = page.value;
  const shown = last.current;
  // The count walks the whole index (Chromium counts entry by entry): it starts once the first
  // rows are in, never before them; until then the list is as long as what it has read.
  const total = useSharedLiveQuery(shown ? earlyReads(db).count : null);
  const [returnIndex, setReturnIndex] = useState<number | null>(null);
  useEffect(() => {
    setReturnIndex(null);
    if (!returnTo) return;
    let current = true;
    void listPosition(db, sort, returnTo).then((index) => current && setReturnIndex(index));
    return () => {
      current = false;
    };
  }, [db, sort, returnTo]);

  const showRange = ({ start, end }: ListRange) => {
    const pageStart = Math.floor(start / LIST_PAGE) * LIST_PAGE;
    const pageEnd = Math.max(pageStart + LIST_PAGE, Math.ceil(end / LIST_PAGE) * LIST_PAGE);
    setPages((prev) =>
      prev.from === pageStart && prev.to === pageEnd ? prev : { from: pageStart, to: pageEnd },
    );
  };

  if (page.status === 'error') return { state: page, showRange };
  if (total.status === 'error') return { state: total, showRange };
  if (!shown) return { state: { status: 'loading' }, showRange };
  // A page read under another sort, while this one's is on its way, shows nothing.
  const loaded = shown.sort === sort ? shown : { from: 0, rows: [] };
  const rowAt = (index: number) => loaded.rows[index - loaded.from];
  return {
    state: {
      status: 'ready',
      total: total.status === 'ready' ? total.value : loaded.from + loaded.rows.length,
      counted: total.status === 'ready',
      rowAt,
      returnIndex,
    },
    showRange,
  };
}
