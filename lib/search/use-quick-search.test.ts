// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { QuickResult } from '../model/quick-search';
import type { HomeEntry } from './core/home';

const line = (id: string, reason: QuickResult['reason'], title = id): QuickResult => ({
  id,
  kind: 'account',
  accountId: id,
  title,
  titleHits: [],
  subtitle: '',
  tier: 'A',
  portfolioQuadrant: 'star',
  reason,
  fragment: null,
});
const home: HomeEntry[] = [
  { result: line('tab', 'tab', 'Acme Logistics'), keys: ['acme logistics'] },
  { result: line('recent', 'recent', '中国电信'), keys: ['中国电信', 'zhongguodianxin', 'zgdx'] },
];

const replies = new Map<string, (value: { results: QuickResult[] }) => void>();
const sendMessage = vi.fn((_type: string, payload: { query: string }) =>
  payload.query
    ? new Promise((resolve) => replies.set(payload.query, resolve))
    : Promise.resolve({ results: [] }),
);
vi.mock('../messaging/send', () => ({ sendMessage: (t: string, p: { query: string }) => sendMessage(t, p) }));
vi.mock('./home-list', () => ({ loadHomeEntries: async () => home }));

beforeEach(() => {
  replies.clear();
  sendMessage.mockClear();
});

describe('useQuickSearch', () => {
  it('lists the home lines, leads with them for one or two characters, and drops stale answers', async () => {
    const { useQuickSearch } = await import('./use-quick-search');
    const { result } = renderHook(() => useQuickSearch());
    await waitFor(() => expect(result.current.results.map((r) => r.id)).toEqual(['tab', 'recent']));
    expect(sendMessage).toHaveBeenCalledWith('search/query', { query: '' }); // warms the index

    act(() => result.current.setQuery('zg'));
    expect(result.current.status).toBe('searching');
    expect(result.current.results.map((r) => r.id)).toEqual(['recent']);
    await act(async () => replies.get('zg')!({ results: [line('recent', 'match'), line('other', 'match')] }));
    expect(result.current.status).toBe('ready');
    expect(result.current.results.map((r) => [r.id, r.reason])).toEqual([
      ['recent', 'recent'],
      ['other', 'match'],
    ]);

    act(() => result.current.setQuery('zgd'));
    act(() => result.current.setQuery('zgdx'));
    await act(async () => replies.get('zgdx')!({ results: [line('new', 'match')] }));
    await act(async () => replies.get('zgd')!({ results: [line('stale', 'match')] }));
    expect(result.current.results.map((r) => r.id)).toEqual(['new']);
    expect(result.current.status).toBe('ready');
  });
});
