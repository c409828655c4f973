// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccount, deleteAccount } from '../db/accounts';
import type { DossierDatabase } from '../db/database';
import { accountDraft, openTestDatabase } from '../db/test-helpers';
import { listOrder, nameKey } from '../model/list-order';
import type { AccountSignals, AccountSort } from '../model/types';
import { LIST_PAGE, useAccountList, warmAccountList } from './use-account-list';

let db: DossierDatabase;
beforeEach(() => {
  db = openTestDatabase();
});
afterEach(async () => {
  await db.delete();
});

/** `count` accounts' list rows, `Account 00000`…, as the signals store them. */
async function seedList(count: number) {
  const rows: AccountSignals[] = Array.from({ length: count }, (_, i) => {
    const name = `Account ${String(i).padStart(5, '0')}`;
    const summary = {
      name,
      aliases: [],
      tier: (['A', 'B', 'C'] as const)[i % 3]!,
      portfolioQuadrant: 'star' as const,
      industry: 'finance' as const,
      cadenceDays: null,
      nextContactDate: null,
      lifecycleStage: 'customer' as const,
    };
    return {
      id: `acc-${i}`,
      lastContactAt: null,
      cadenceDueAt: '2026-12-01T00:00:00.000Z',
      risk: 'low',
      riskRoseAt: null,
      greets: [],
      summary,
      order: listOrder(`acc-${i}`, nameKey(name), summary, 'low'),
    };
  });
  await db.accountSignals.bulkPut(rows);
}

const render = (sort: AccountSort, returnTo: string | null = null) =>
  renderHook(({ sort, returnTo }) => useAccountList(db, sort, returnTo), {
    initialProps: { sort, returnTo },
  });

const ready = (state: ReturnType<typeof useAccountList>['state']) => {
  if (state.status !== 'ready') throw new Error(`not ready: ${state.status}`);
  return state;
};

describe('useAccountList', () => {
  it('reads the first page only, and counts the rest', async () => {
    await seedList(1000);
    const { result } = render('name');
    await waitFor(() => expect(ready(result.current.state).total).toBe(1000));
    const state = ready(result.current.state);
    expect(state.rowAt(0)?.name).toBe('Account 00000');
    expect(state.rowAt(LIST_PAGE - 1)?.name).toBe('Account 00099');
    expect(state.rowAt(LIST_PAGE)).toBeUndefined();
  });

  it('reads the window the list shows as the rep scrolls', async () => {
    await seedList(1000);
    const { result } = render('name');
    await waitFor(() => expect(ready(result.current.state).total).toBe(1000));
    act(() => result.current.showRange({ start: 640, end: 700 }));
    // While that window is read, the list keeps what it has: still ready, still 1,000 long.
    expect(ready(result.current.state).total).toBe(1000);
    await waitFor(() => expect(ready(result.current.state).rowAt(650)?.name).toBe('Account 00650'));
    expect(ready(result.current.state).rowAt(0)).toBeUndefined();
  });

  it('reorders under another sort', async () => {
    await seedList(300);
    const { result, rerender } = render('name');
    await waitFor(() => expect(ready(result.current.state).rowAt(1)?.name).toBe('Account 00001'));
    rerender({ sort: 'tier', returnTo: null });
    // Tier A is every third account.
    await waitFor(() => expect(ready(result.current.state).rowAt(1)?.name).toBe('Account 00003'));
  });

  it('finds where the client the rep is coming back to stands', async () => {
    await seedList(1000);
    const { result } = render('tier', 'acc-7');
    // acc-7 is tier B, after the 334 of tier A: 00001, 00004 then 00007.
    await waitFor(() => expect(ready(result.current.state).returnIndex).toBe(334 + 2));
  });

  it('follows writes from anywhere: a new account appears in its place, a deleted one goes', async () => {
    const acme = await createAccount(db, accountDraft({ name: 'Acme' }));
    await createAccount(db, accountDraft({ name: '中国电信' }));
    const { result } = render('name');
    await waitFor(() => expect(ready(result.current.state).total).toBe(2));
    await createAccount(db, accountDraft({ name: '北京银行' }));
    await waitFor(() => expect(ready(result.current.state).rowAt(1)?.name).toBe('北京银行'));
    await deleteAccount(db, acme.id);
    await waitFor(() => expect(ready(result.current.state).total).toBe(2));
    expect(ready(result.current.state).rowAt(0)?.name).toBe('北京银行');
  });

  it('finds its first page read already when the panel warmed it as it started', async () => {
    await seedList(300);
    const warmed = warmAccountList(db);
    await waitFor(() => expect(warmed.current().status).toBe('ready'));
    const { result } = render('name');
    // The very first render has rows: nothing was read after the list mounted.
    expect(ready(result.current.state).rowAt(0)?.name).toBe('Account 00000');
  });

  it('does not render again while the rep scrolls within the pages it has read', async () => {
    await seedList(1000);
    let renders = 0;
    const { result } = renderHook(() => {
      renders++;
      return useAccountList(db, 'name', null);
    });
    await waitFor(() => expect(ready(result.current.state).total).toBe(1000));
    const before = renders;
    act(() => result.current.showRange({ start: 10, end: 48 }));
    act(() => result.current.showRange({ start: 40, end: 78 }));
    expect(renders).toBe(before);
  });
});
