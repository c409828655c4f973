import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LazyAccountPicker } from '../../components/AccountPicker/lazy';
import { useT } from '../../components/i18n';
import { preloadWhenIdle } from '../../components/Lazy/lazy';
import { LazyPageMatches } from '../../components/PageMatches/lazy';
import type {
  PageMatch,
  PickRequest,
  ScanOffer,
  UnknownSender,
} from '../../components/PageMatches/PageMatches';
import type { CaptureRequest } from '../../lib/capture/pending';
import { getAccountBriefs, listAccountSummaries } from '../../lib/db/account-lookup';
import { getDatabase } from '../../lib/db/database';
import type { CorrectionDraft } from '../../lib/db/match-corrections';
import { describeStorageError } from '../../lib/db/storage-error';
import { correctionKey, type FollowKey, followRoute } from '../../lib/detection/page-follow';
import { useActiveTab } from '../../lib/detection/use-active-tab';
import { useTabMatches } from '../../lib/detection/use-tab-matches';
import type { ScanStatus } from '../../lib/messaging/protocol';
import { sendMessage } from '../../lib/messaging/send';
import { emptyContactDraft } from '../../lib/model/defaults';
import { sortAccounts } from '../../lib/model/derive';
import type { Route } from '../../lib/platform/route';
import { useLiveQuery } from '../../lib/platform/use-live-query';
import { usePanelRequests } from '../../lib/platform/use-panel-requests';
import { CaptureActions } from './capture/CaptureActions';

interface Scan {
  tabId: number;
  status: ScanStatus | 'scanning' | 'failed';
  /** Asked for by the rep (shown as "Scanning…"), not the automatic scan on a tab change. */
  manual: boolean;
}

/** How long a tab that just lost its match may keep the file on screen while its page changes. */
const EMPTY_GRACE_MS = 400;

/**
 * True for a moment after the same tab's top match disappears: a single-page webmail empties its
 * reading pane between two messages, and the panel should go from client A to client B, not
 * through the account list. A switch to another tab gets no grace (nothing of A may stay there).
 */
function useEmptyGrace(tabId: number | undefined, top: string | null): boolean {
  // Tracked during render (a ref, no extra render), so the follow effect of this very render
  // already sees the grace; a timer re-renders once it is over.
  const seen = useRef<{ tabId: number | undefined; lostAt: number | null } | null>(null);
  const previous = seen.current;
  if (top !== null) seen.current = { tabId, lostAt: null };
  else if (!previous || previous.tabId !== tabId) seen.current = null;
  else previous.lostAt ??= Date.now();
  const lostAt = seen.current?.lostAt ?? null;
  const within = lostAt !== null && Date.now() - lostAt < EMPTY_GRACE_MS;
  const [, rerender] = useState(0);
  useEffect(() => {
    if (!within || lostAt === null) return;
    const timer = setTimeout(() => rerender((n) => n + 1), EMPTY_GRACE_MS - (Date.now() - lostAt));
    return () => clearTimeout(timer);
  }, [within, lostAt]);
  return within;
}

/**
 * What the bar offers about scanning: nothing while the tab is unknown or has a result;
 * "Scanning…" only for a scan the rep asked for; the access hint after the browser refused;
 * "Scan this page" when a web page has no result yet.
 */
function scanOffer(known: boolean, noResult: boolean, scan: Scan | null): ScanOffer {
  if (!known) return 'none';
  if (scan?.status === 'noAccess') return 'noAccess';
  if (scan?.status === 'scanning') return scan.manual ? 'scanning' : 'none';
  const finished = scan?.status === 'unsupported' || scan?.status === 'scanned';
  return noResult && !finished ? 'offer' : 'none';
}

/**
 * The active tab's clients above the current screen, and auto-follow: the panel opens the top
 * match's file when the tab or its top match changes, and goes back to the list when the tab
 * has none. Asks the background to scan the tab when it is shown, switched to or loaded.
 */
export function PageMatchesBar({
  route,
  navigate,
  onCapture,
}: {
  route: Route;
  navigate(route: Route): void;
  onCapture(request: CaptureRequest): void;
}) {
  const t = useT();
  const db = getDatabase();
  const tab = useActiveTab();
  const result = useTabMatches(tab?.id);
  const [scan, setScan] = useState<Scan | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** The correction just made on this tab, for its Undo. */
  const [undo, setUndo] = useState<{ id: string; name: string; verdict: 'notThis' | 'belongsTo' } | null>(
    null,
  );
  const followed = useRef<FollowKey | null>(null);
  useEffect(() => preloadWhenIdle([LazyPageMatches]), []);

  const runScan = useCallback((tabId: number, manual: boolean) => {
    setScan({ tabId, status: 'scanning', manual });
    const settle = (status: Scan['status']) =>
      setScan((current) => (current?.tabId === tabId ? { tabId, status, manual } : current));
    sendMessage('tab/scan', { tabId }).then(
      (reply) => settle(reply.status),
      () => settle('failed'),
    );
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
  // A file the rep asked for (popup, omnibox) stays until the tab or its client changes.
  const pinned = useRef(false);
  const shown = useRef(route);
  shown.current = route;
  usePanelRequests(
    useCallback(
      (id: string) => {
        const current = shown.current;
        if (current.name === 'account' && current.id === id) return;
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
    const key = correctionKey(match.reasons, result!.url);
    matches.push({
      accountId: id,
      name,
      tier,
      portfolioQuadrant,
      reasons: match.reasons,
      correctionKey: key,
    });
  }

  const offer = scanOffer(tabId !== undefined && result !== undefined, result === null, mine);

  const attempt = (work: () => Promise<unknown>) => {
    setError(null);
    work().catch((e: unknown) =>
      setError(describeStorageError(e, t, (detail) => t('pageMatches.failed', detail))),
    );
  };
  const open = (id: string) => navigate({ name: 'account', id });
  // Corrections and filing a sender load their code on the rep's click, not at first paint.
  const correct = (draft: CorrectionDraft, name: string) =>
    attempt(async () => {
      const row = await (await import('../../lib/db/file-writes')).recordCorrection(db, draft);
      setUndo({ id: row.id, name, verdict: draft.verdict });
    });
  const nameOf = (accountId: string) => matches.find((m) => m.accountId === accountId)?.name ?? '';
  const prefill = () => import('../../lib/detection/sender-prefill');

  const captureBar = (
    <CaptureActions tab={tab} result={result ?? null} matchedIds={ids} onCapture={onCapture} />
  );
  if (!matches.length && !result?.unknownSender && offer === 'none' && !error && !undo) return captureBar;
  return (
    <>
      <LazyPageMatches
        matches={matches}
        unknownSender={result?.unknownSender ?? null}
        scan={offer}
        error={error}
        onOpen={open}
        onNotThis={(accountId, key) => correct({ key, accountId, verdict: 'notThis' }, nameOf(accountId))}
        onBelongsTo={(key, accountId) =>
          attempt(async () => {
            const [brief] = (await getAccountBriefs(db, [accountId])).values();
            correct({ key, accountId, verdict: 'belongsTo' }, brief?.name ?? '');
          })
        }
        undo={undo}
        onUndo={() =>
          undo &&
          attempt(async () => {
            await (await import('../../lib/db/file-writes')).deleteCorrection(db, undo.id);
            setUndo(null);
          })
        }
        onCreateAccount={(sender) =>
          attempt(async () =>
            navigate({ name: 'newAccount', prefill: (await prefill()).newAccountPrefill(sender) }),
          )
        }
        onAddContact={(sender: UnknownSender, accountId) =>
          attempt(async () => {
            const name = (await prefill()).contactNameOf(sender);
            const signature = result?.unknownSender;
            const { createContact } = await import('../../lib/db/file-writes');
            await createContact(db, {
              ...emptyContactDraft(accountId),
              name,
              emails: [sender.email],
              title: signature?.title ?? '',
              phones: signature?.phones.slice(0, 3) ?? [],
            });
            open(accountId);
          })
        }
        onScan={() => tabId !== undefined && runScan(tabId, true)}
        onOpenSettings={() => void browser.runtime.openOptionsPage()}
        renderPicker={(request) => <AccountPickerHost {...request} />}
      />
      {captureBar}
    </>
  );
}

/** Every account, by name, for the picker — read only while a picker is open. */
function AccountPickerHost(request: PickRequest) {
  const accounts = useLiveQuery(
    async () => sortAccounts(await listAccountSummaries(getDatabase()), 'name'),
    [],
  );
  return accounts.status === 'ready' ? <LazyAccountPicker {...request} accounts={accounts.value} /> : null;
}
