import { describe, expect, it } from 'vitest';
import type { Route } from '../platform/route';
import { correctionKey, followRoute } from './page-follow';

const list: Route = { name: 'list' };
const fileOf = (id: string): Route => ({ name: 'account', id });

describe('followRoute', () => {
  it.each<[string, string | null, number, string | null, Route, Route | null]>([
    ['panel opens on a matched tab', null, 1, 'a', list, fileOf('a')],
    ['panel opens on an unmatched tab', null, 1, null, list, null],
    ['same tab, same top match: stays (the rep browsed elsewhere)', '1|a', 1, 'a', fileOf('b'), null],
    ['same tab, same top match: stays on the list', '1|a', 1, 'a', list, null],
    ['new message about another client', '1|a', 1, 'b', fileOf('a'), fileOf('b')],
    ['tab switch to an unmatched tab clears the file', '1|a', 2, null, fileOf('a'), list],
    ['tab switch to a tab about the same client', '1|a', 2, 'a', fileOf('a'), null],
    ['match gone on the same tab (not this client)', '1|a', 1, null, fileOf('a'), list],
    ['never leaves the new-account form', '1|a', 2, 'b', { name: 'newAccount' }, null],
  ])('%s', (_, previous, tabId, top, current, expected) => {
    const { key, route } = followRoute(previous, tabId, top, current);
    expect(route).toEqual(expected);
    expect(key).toBe(`${tabId}|${top ?? ''}`);
  });

  it('holds a missing result back while the same tab loads or is scanned', () => {
    expect(followRoute('1|a', 1, null, fileOf('a'), true)).toEqual({ key: '1|a', route: null });
    // The new page turns out to be about the same client: no flash of the list, no navigation.
    expect(followRoute('1|a', 1, 'a', fileOf('a'), false)).toEqual({ key: '1|a', route: null });
    // ... or about no client once settled.
    expect(followRoute('1|a', 1, null, fileOf('a'), false)).toEqual({ key: '1|', route: list });
  });

  it('never waits on a tab switch', () => {
    expect(followRoute('1|a', 2, null, fileOf('a'), true)).toEqual({ key: '2|', route: list });
  });
});

describe('correctionKey', () => {
  it.each<[string, { kind: string; value: string }[], string]>([
    ['contact address', [{ kind: 'contactEmail', value: 'Li.Wei@acme.com' }], 'li.wei@acme.com'],
    ['email domain', [{ kind: 'emailDomain', value: 'acme.com' }], 'acme.com'],
    ['site', [{ kind: 'siteDomain', value: 'www.acme-logistics.com' }], 'www.acme-logistics.com'],
    ['organization', [{ kind: 'organization', value: 'acme.com' }], 'acme.com'],
    ['domain mention', [{ kind: 'domainMention', value: 'acme.com' }], 'acme.com'],
    // What the rep saw was this page: the client stays found on the site's other pages.
    ['name mention → this page', [{ kind: 'nameMention', value: '中国电信' }], 'news.example.cn/2026/tender'],
    ['correction → this page', [{ kind: 'correction', value: 'x.com' }], 'news.example.cn/2026/tender'],
    ['no reasons → this page', [], 'news.example.cn/2026/tender'],
  ])('%s', (_, reasons, key) => {
    const url = 'https://News.Example.cn/2026/Tender/?utm=x#top';
    expect(correctionKey(reasons as Parameters<typeof correctionKey>[0], url)).toBe(key);
  });

  it('uses the strongest (first) reason only', () => {
    expect(
      correctionKey(
        [
          { kind: 'nameMention', value: 'Acme' },
          { kind: 'domainMention', value: 'acme.com' },
        ],
        'https://host.cn/a',
      ),
    ).toBe('host.cn/a');
  });
});
