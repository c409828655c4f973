import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { getAccountBriefs } from '../db/account-lookup';
import type { DossierDatabase } from '../db/database';
import type { CorrectionDraft } from '../db/match-corrections';
import type { ScanStatus } from '../messaging/protocol';
import { emptyContactDraft } from '../model/defaults';
import type { PageMatch, ScanOffer, UnknownSender } from '../model/page-matches';
import type { Route } from '../platform/route';
import { useLiveQuery } from '../platform/use-live-query';
import { usePanelRequests } from '../platform/use-panel-requests';
import { correctionKey, type FollowKey, followRoute } from './page-follow';
import type { UnknownSenderDetails } from './tab-matches';
import { type ActiveTab, useActiveTab } from './use-active-tab';
import { useTabMatches } from './use-tab-matches';

/** A scan of a tab and how it went. */
export interface Scan {
  tabId: number;
  status: ScanStatus | 'scanning' | 'failed';
  /** Asked for by the rep (shown as "Scanning…"), not the automatic scan on a tab change. */
  manual: boolean;
}

/** How long a tab that just lost its match may keep the file on screen while its page changes. */
export const EMPTY_GRACE_MS = 400;

/**
 * What the bar offers about scanning: nothing while the tab is unknown or has a result;
 * "Scanning…" only for a scan the rep asked for; the access hint after the browser refused;
 * "Scan this page" when a web page has no result yet.
 */
export function scanOffer(known: boolean, noResult: boolean, scan: Scan | null): ScanOffer {
  if (!known) return 'none';
  if (scan?.status === 'noAccess') return 'noAccess';
  if (scan?.status === 'scanning') return scan.manual ? 'scanning' : 'none';
  const finished = scan?.status === 'unsupported' || scan?.status === 'scanned';
  return noResult && !finished ? 'offer' : 'none';
}

/**
 * True for a moment after the same tab's top match disappears: a single-page webmail empties its
 * reading pane between two messages, and the panel should go from client A to client B, not
 * through the account list. A switch to another tab gets no grace (nothing of A may stay there).
 */
export function useEmptyGrace(tabId: number | undefined, top: string | null, now = Date.now): boolean {
  // Tracked during render (a ref, no extra render), so the follow effect of this very render
  // already sees the grace; a timer re-renders once it is over.
  const seen = useRef<{ tabId: number | undefined; lostAt: number | null } | null>(null);
  const previous = seen.current;
  if (top !== null) seen.current = { tabId, lostAt: null };
  else if (!previous || previous.tabId !== tabId) seen.current = null;
  else previous.lostAt ??= now();
  const lostAt = seen.current?.lostAt ?? null;
  const within = lostAt !== null && now() - lostAt < EMPTY_GRACE_MS;
  const [, rerender] = useState(0);
  useEffect(() => {
    if (!within || lostAt === null) return;
    const timer = setTimeout(() => rerender((n) => n + 1), EMPTY_GRACE_MS - (now() - lostAt));
    return () => clearTimeout(timer);
  }, [within, lostAt]);
  return within;
}

/** What the controller reads and writes through; tests pass their own. */
export interface PageMatchesIo {
  db: DossierDatabase;
  useActiveTab(): ActiveTab | null;
  scan(tabId: number): Promise<ScanStatus>;
  /** Loaded on the rep's click, not at first paint. */
  writes(): Promise<typeof import('../db/file-writes')>;
  prefill(): Promise<typeof import('./sender-prefill')>;
}

/**
 * The side panel's page-matches controller: the active tab's clients, and auto-follow — the panel
 * opens the top match's file when the tab or its top match changes, and goes back to the list when
 * the tab has none; a file the rep asked for (popup, omnibox) stays until the tab or its client
 * changes. Asks the background to scan the tab when it is shown, switched to or loaded. The rep's
 * corrections (with Undo) and an unknown sender filed as a contact or a new account go through it.
 * `describe` words a failed write.
 */
export function usePageMatches(
  route: Route,
  navigate: (route: Route) => void,
  describe: (error: unknown) => string,
  io: PageMatchesIo,
) {
  const { db } = io;
  // The latest io, read when a scan starts: a caller's new object each render starts no new scan.
  const current = useRef(io);
  current.current = io;
  const tab = io.useActiveTab();
  const result = useTabMatches(tab?.id);
  const [scan, setScan] = useState<Scan | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** The correction just made on this tab, for its Undo. */
  const [undo, setUndo] = useState<{ id: string; name: string; verdict: 'notThis' | 'belongsTo' } | null>(
    null,
  );
  const followed = useRef<FollowKey | null>(null);

  const runScan = useCallback((tabId: number, manual: boolean) => {
    setScan({ tabId, status: 'scanning', manual });
    const settle = (status: Scan['status']) =>
      setScan((current) => (current?.tabId === tabId ? { tabId, status, manual } : current));
    current.current.scan(tabId).then(settle, () => settle('failed'));
  }, []);

  const tabId = tab?.id;
  const loading = tab?.status === 'loading';
  // A new tab or a finished load is a new page to scan. In-page navigation (a webmail's next
  // message) is the content script's to notice: scanning at the URL change would read the old
  // message, which the page often swaps only after changing the URL.
  useEffect(() => {
    setError(null);
    if (tabId !== undefined && !loading) runScan(tabId, false);
  }, [tabId, loading, runScan]);
  useEffect(() => setUndo(null), [tabId]);

  const mine = scan && scan.tabId === tabId ? scan : null;
  const top = result ? (result.matches[0]?.accountId ?? null) : null;
  const emptyGrace = useEmptyGrace(tabId, top);
  const settling = loading || mine?.status === 'scanning' || emptyGrace;
  const pinned = useRef(false);
  const shown = useRef(route);
  shown.current = route;
  usePanelRequests(
    useCallback(
      (id: string) => {
        const on = shown.current;
        if (on.name === 'account' && on.id === id) return;
        pinned.current = true;
        navigate({ name: 'account', id });
      },
      [navigate],
    ),
  );
  useEffect(() => {
    if (tabId === undefined || result === undefined) return;
    const { key, route: next } = followRoute(followed.current, tabId, top, route, settling);
    followed.current = key;
    if (pinned.current) pinned.current = false;
    else if (next) navigate(next);
  }, [tabId, top, result === undefined, settling, route, navigate]);

  const ids = result?.matches.map((m) => m.accountId) ?? [];
  const briefs = useLiveQuery(() => getAccountBriefs(db, ids), [ids.join('\n')]);
  const matches: PageMatch[] = [];
  for (const match of result?.matches ?? []) {
    const account = briefs.status === 'ready' ? briefs.value.get(match.accountId) : undefined;
    if (!account) continue;
    const { id, name, tier, portfolioQuadrant } = account;
    matches.push({
      accountId: id,
      name,
      tier,
      portfolioQuadrant,
      reasons: match.reasons,
      correctionKey: correctionKey(match.reasons, result!.url),
    });
  }

  const attempt = (work: () => Promise<unknown>) => {
    setError(null);
    work().catch((e: unknown) => setError(describe(e)));
  };
  const open = (id: string) => navigate({ name: 'account', id });
  const correct = (draft: CorrectionDraft, name: string) =>
    attempt(async () => {
      const row = await (await io.writes()).recordCorrection(db, draft);
      setUndo({ id: row.id, name, verdict: draft.verdict });
    });
  const nameOf = (accountId: string) => matches.find((m) => m.accountId === accountId)?.name ?? '';

  const offer = scanOffer(tabId !== undefined && result !== undefined, result === null, mine);
  const unknownSender = result?.unknownSender ?? null;
  return {
    tab: tab ?? null,
    result: result ?? null,
    matchedIds: ids,
    matches,
    unknownSender,
    scan: offer,
    /** Nothing to show about the page (no client, no sender, nothing to scan, no error or undo). */
    quiet: !matches.length && !unknownSender && offer === 'none' && !error && !undo,
    error,
    undo,
    open,
    notThis: (accountId: string, key: string) =>
      correct({ key, accountId, verdict: 'notThis' }, nameOf(accountId)),
    belongsTo: (key: string, accountId: string) =>
      attempt(async () => {
        const [brief] = (await getAccountBriefs(db, [accountId])).values();
        correct({ key, accountId, verdict: 'belongsTo' }, brief?.name ?? '');
      }),
    undoCorrection: () =>
      undo &&
      attempt(async () => {
        await (await io.writes()).deleteCorrection(db, undo.id);
        setUndo(null);
      }),
    createAccount: (sender: UnknownSender) =>
      attempt(async () =>
        navigate({ name: 'newAccount', prefill: (await io.prefill()).newAccountPrefill(sender) }),
      ),
    addContact: (sender: UnknownSender, accountId: string) =>
      attempt(async () => {
        const name = (await io.prefill()).contactNameOf(sender);
        const signature: UnknownSenderDetails | null = result?.unknownSender ?? null;
        await (await io.writes()).createContact(db, {
          ...emptyContactDraft(accountId),
          name,
          emails: [sender.email],
          title: signature?.title ?? '',
          phones: signature?.phones.slice(0, 3) ?? [],
        });
        open(accountId);
      }),
    rescan: () => tabId !== undefined && runScan(tabId, true),
  };
}

/** The real panel's reads and writes. */
export function panelPageMatchesIo(db: DossierDatabase, scan: PageMatchesIo['scan']): PageMatchesIo {
  return {
    db,
    useActiveTab,
    scan,
    writes: () => import('../db/file-writes'),
    prefill: () => import('./sender-prefill'),
  };
}
