import { describe, expect, it } from 'vitest';
import { parseRoute, type Route, routeHash } from './route';

describe('side panel routes', () => {
  it.each<[string, Route]>([
    ['', { name: 'list' }],
    ['#/', { name: 'list' }],
    ['#/account/abc-123', { name: 'account', id: 'abc-123' }],
    ['#/new', { name: 'newAccount' }],
    ['#/nonsense/x', { name: 'list' }],
  ])('%s → %o', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('round-trips', () => {
    for (const route of [
      { name: 'list' },
      { name: 'account', id: 'a/b ü' },
      { name: 'newAccount' },
    ] as Route[]) {
      expect(parseRoute(routeHash(route))).toEqual(route);
    }
  });
});
