/** What the new-account form starts with when it comes from an unknown sender (all optional). */
export interface NewAccountPrefill {
  name?: string;
  domain?: string;
  contactName?: string;
  contactEmail?: string;
  /** From the sender's email signature. */
  contactTitle?: string;
  contactPhone?: string;
}

const PREFILL_KEYS = [
  'name',
  'domain',
  'contactName',
  'contactEmail',
  'contactTitle',
  'contactPhone',
] as const;

/** Where the side panel is; kept in the URL hash so a reload stays on the same client (or form). */
export type Route =
  | { name: 'list' }
  | { name: 'today' }
  | { name: 'account'; id: string }
  | { name: 'newAccount'; prefill?: NewAccountPrefill };

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?', 2);
  const account = /^\/account\/([^/]+)$/.exec(path);
  if (account?.[1]) return { name: 'account', id: decodeURIComponent(account[1]) };
  if (path === '/today') return { name: 'today' };
  if (path === '/new') {
    const params = new URLSearchParams(query);
    const prefill: NewAccountPrefill = {};
    for (const key of PREFILL_KEYS) {
      const value = params.get(key);
      if (value) prefill[key] = value;
    }
    return Object.keys(prefill).length ? { name: 'newAccount', prefill } : { name: 'newAccount' };
  }
  return { name: 'list' };
}

export function routeHash(route: Route): string {
  switch (route.name) {
    case 'account':
      return `#/account/${encodeURIComponent(route.id)}`;
    case 'today':
      return '#/today';
    case 'newAccount': {
      const params = new URLSearchParams();
      for (const key of PREFILL_KEYS) if (route.prefill?.[key]) params.set(key, route.prefill[key]);
      const query = params.toString();
      return query ? `#/new?${query}` : '#/new';
    }
    default:
      return '#/';
  }
}
