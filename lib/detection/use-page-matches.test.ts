// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAccount } from '../db/accounts';
import type { DossierDatabase } from '../db/database';
import { listCorrections } from '../db/match-corrections';
import { accountDraft, openTestDatabase } from '../db/test-helpers';
import type { ScanStatus } from '../messaging/protocol';
import type { Route } from '../platform/route';
import { saveTabMatches, type TabMatches } from './tab-matches';
import type { ActiveTab } from './use-active-tab';
import {
  EMPTY_GRACE_MS,
  type PageMatchesIo,
  scanOffer,
  useEmptyGrace,
  usePageMatches,
} from './use-page-matches';

let db: DossierDatabase;
let acme: string;
let beta: string;
beforeEach(async () => {
  fakeBrowser.reset();
  db = openTestDatabase();
  acme = (await createAccount(db, accountDraft({ name: 'Acme Logistics', emailDomains: ['acme.com'] }))).id;
  beta = (await createAccount(db, accountDraft({ name: 'Beta Foods', emailDomains: ['beta.cn'] }))).id;
});
afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

const TAB: ActiveTab = { id: 7, url: 'https://mail.google.com/mail/u/0/#inbox/x', status: 'complete' };

function matchesOn(accountId: string | null, extra: Partial<TabMatches> = {}): TabMatches {
  return {
    tabId: TAB.id,
    url: TAB.url!,
    host: 'mail.google.com',
    title: 'Inbox',
    source: 'gmail',
    scannedAt: '2026-12-04T09:00:00.000Z',
    matches: accountId
      ? [{ accountId, score: 20_000, reasons: [{ kind: 'emailDomain', value: 'acme.com', count: 1 }] }]
      : [],
    unknownSender: null,
    subject: 'Renewal',
    people: [],
    ...extra,
  };
}

/** The controller on TAB, with the scans it asked for and where it sent the panel. */
function setup(route: Route = { name: 'list' }) {
  const scans: number[] = [];
  let finishScan: (status: ScanStatus) => void = () => {};
  const io: PageMatchesIo = {
    db,
    useActiveTab: () => TAB,
    scan: (tabId) => {
      scans.push(tabId);
      return new Promise((done) => {
        finishScan = done;
      });
    },
    writes: () => import('../db/file-writes'),
    prefill: () => import('./sender-prefill'),
  };
  const navigate = vi.fn<(route: Route) => void>();
  const hook = renderHook(
    ({ at }: { at: Route }) => usePageMatches(at, navigate, (e) => `failed: ${String(e)}`, io),
    { initialProps: { at: route } },
  );
  const finish = (status: ScanStatus) =>
    act(async () => {
      finishScan(status);
    });
  return { hook, navigate, scans, finish };
}

describe('scanOffer', () => {
  it('offers a scan where a web page has none, says so while the rep’s scan runs, and names no access', () => {
    expect(scanOffer(false, true, null)).toBe('none');
    expect(scanOffer(true, true, null)).toBe('offer');
    expect(scanOffer(true, true, { tabId: 1, status: 'scanning', manual: false })).toBe('none');
    expect(scanOffer(true, true, { tabId: 1, status: 'scanning', manual: true })).toBe('scanning');
    expect(scanOffer(true, true, { tabId: 1, status: 'noAccess', manual: true })).toBe('noAccess');
    expect(scanOffer(true, true, { tabId: 1, status: 'scanned', manual: false })).toBe('none');
    expect(scanOffer(true, false, null)).toBe('none');
  });
});

describe('useEmptyGrace', () => {
  it('holds a lost match on the same tab for a moment, never across tabs', () => {
    vi.useFakeTimers();
    let now = 1_000;
    const clock = () => now;
    const hook = renderHook(
      ({ tab, top }: { tab: number; top: string | null }) => useEmptyGrace(tab, top, clock),
      { initialProps: { tab: 1, top: 'acme' as string | null } },
    );
    expect(hook.result.current).toBe(false);
    hook.rerender({ tab: 1, top: null });
    expect(hook.result.current).toBe(true);
    now += EMPTY_GRACE_MS;
    act(() => {
      vi.advanceTimersByTime(EMPTY_GRACE_MS);
    });
    expect(hook.result.current).toBe(false);
    hook.rerender({ tab: 1, top: 'acme' });
    hook.rerender({ tab: 2, top: null });
    expect(hook.result.current).toBe(false);
  });
});

describe('usePageMatches', () => {
  it('scans the tab it is shown on, and follows its top match from client to client', async () => {
    const { hook, navigate, scans, finish } = setup();
    expect(scans).toEqual([TAB.id]);
    await saveTabMatches(matchesOn(acme));
    await finish('scanned');
    await waitFor(() => expect(navigate).toHaveBeenLastCalledWith({ name: 'account', id: acme }));
    hook.rerender({ at: { name: 'account', id: acme } });
    await waitFor(() => expect(hook.result.current.matches.map((m) => m.name)).toEqual(['Acme Logistics']));

    await act(() => saveTabMatches(matchesOn(beta)));
    await waitFor(() => expect(navigate).toHaveBeenLastCalledWith({ name: 'account', id: beta }));
  });

  it('“Not this client” is remembered with an Undo that takes it back', async () => {
    const { hook, finish } = setup({ name: 'account', id: acme });
    await saveTabMatches(matchesOn(acme));
    await finish('scanned');
    await waitFor(() => expect(hook.result.current.matches).toHaveLength(1));
    expect(hook.result.current.quiet).toBe(false);
    const [match] = hook.result.current.matches;
    act(() => hook.result.current.notThis(acme, match!.correctionKey));
    await waitFor(() => expect(hook.result.current.undo).toMatchObject({ name: 'Acme Logistics' }));
    expect((await listCorrections(db)).map((c) => [c.key, c.verdict])).toEqual([['acme.com', 'notThis']]);

    act(() => void hook.result.current.undoCorrection());
    await waitFor(() => expect(hook.result.current.undo).toBeNull());
    expect(await listCorrections(db)).toEqual([]);
  });

  it('files an unknown sender as a contact with what their signature says, then opens the file', async () => {
    const { hook, navigate, finish } = setup();
    const sender = {
      email: 'wu.lei@acme.com',
      name: 'Wu Lei',
      title: 'Buyer',
      company: '',
      phones: ['+86 21 5555 0101'],
    };
    await saveTabMatches(matchesOn(null, { unknownSender: sender }));
    await finish('scanned');
    await waitFor(() => expect(hook.result.current.unknownSender).toEqual(sender));
    act(() => hook.result.current.addContact(sender, acme));
    await waitFor(() => expect(navigate).toHaveBeenLastCalledWith({ name: 'account', id: acme }));
    const [contact] = await db.contacts.where('accountId').equals(acme).toArray();
    expect(contact).toMatchObject({
      name: 'Wu Lei',
      emails: ['wu.lei@acme.com'],
      title: 'Buyer',
      phones: ['+86 21 5555 0101'],
    });
  });

  it('a scan the rep asks for shows as under way until it answers', async () => {
    const { hook, scans, finish } = setup();
    await finish('scanned');
    await act(() => saveTabMatches(matchesOn(null)));
    await waitFor(() => expect(hook.result.current.scan).toBe('none'));
    // Nothing about this page: the panel shows only its capture buttons.
    expect(hook.result.current.quiet).toBe(true);
    act(() => void hook.result.current.rescan());
    expect(scans).toEqual([TAB.id, TAB.id]);
    expect(hook.result.current.scan).toBe('scanning');
    expect(hook.result.current.quiet).toBe(false);
    await finish('noAccess');
    expect(hook.result.current.scan).toBe('noAccess');
  });
});
