/** Where the side panel is; kept in the URL hash so a reload stays on the same client. */
export type Route = { name: 'list' } | { name: 'account'; id: string } | { name: 'newAccount' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  const account = /^\/account\/([^/]+)$/.exec(path);
  if (account?.[1]) return { name: 'account', id: decodeURIComponent(account[1]) };
  if (path === '/new') return { name: 'newAccount' };
  return { name: 'list' };
}

export function routeHash(route: Route): string {
  switch (route.name) {
    case 'account':
      return `#/account/${encodeURIComponent(route.id)}`;
    case 'newAccount':
      return '#/new';
    default:
      return '#/';
  }
}
