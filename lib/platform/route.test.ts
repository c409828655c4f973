import { describe, expect, it } from 'vitest';
import { parseRoute, type Route, routeHash } from './route';

describe('side panel routes', () => {
  it.each<[string, Route]>([
    ['', { name: 'list' }],
    ['#/', { name: 'list' }],
    ['#/account/abc-123', { name: 'account', id: 'abc-123' }],
    ['#/new', { name: 'newAccount' }],
    ['#/new?', { name: 'newAccount' }],
    [
      '#/new?name=Newco&domain=newco.com',
      { name: 'newAccount', prefill: { name: 'Newco', domain: 'newco.com' } },
    ],
    [
      '#/new?contactEmail=li.wei%40newco.com&bogus=1',
      { name: 'newAccount', prefill: { contactEmail: 'li.wei@newco.com' } },
    ],
    ['#/nonsense/x', { name: 'list' }],
  ])('%s → %o', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('round-trips', () => {
    for (const route of [
      { name: 'list' },
      { name: 'account', id: 'a/b ü' },
      { name: 'newAccount' },
      {
        name: 'newAccount',
        prefill: {
          name: '中国电信 & Co',
          domain: 'newco.com',
          contactName: 'Li Wei',
          contactEmail: 'li.wei+x@newco.com',
        },
      },
    ] as Route[]) {
      expect(parseRoute(routeHash(route))).toEqual(route);
    }
  });

  it('leaves empty prefill fields out of the hash', () => {
    expect(routeHash({ name: 'newAccount', prefill: { name: '', domain: 'newco.com' } })).toBe(
      '#/new?domain=newco.com',
    );
    expect(routeHash({ name: 'newAccount', prefill: {} })).toBe('#/new');
  });
});
