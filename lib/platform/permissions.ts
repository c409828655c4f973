import { browser } from 'wxt/browser';

import { ALL_SITES_ORIGINS, WEBMAIL_ORIGINS } from './permissions-origins';

export { ALL_SITES_ORIGINS, WEBMAIL_ORIGINS };

export type AccessScope = 'webmail' | 'allSites';

const ORIGINS: Record<AccessScope, readonly string[]> = {
  webmail: WEBMAIL_ORIGINS,
  allSites: ALL_SITES_ORIGINS,
};

type Permissions = Parameters<typeof browser.permissions.request>[0];

/**
 * Asks for `permissions` (a prompt), called straight from the rep's click. Firefox refuses a
 * request it does not see as coming from user input even for what is granted already: then what
 * is granted counts, and anything else is the refusal it was.
 */
function request(permissions: Permissions): Promise<boolean> {
  return browser.permissions.request(permissions).catch(async (error: unknown) => {
    if (await browser.permissions.contains(permissions)) return true;
    throw error;
  });
}

export async function hasAccess(scope: AccessScope): Promise<boolean> {
  return browser.permissions.contains({ origins: [...ORIGINS[scope]] });
}

/** Asks the browser (a prompt): call it straight from the rep's click, before any await. */
export function requestAccess(scope: AccessScope): Promise<boolean> {
  return request({ origins: [...ORIGINS[scope]] });
}

export async function revokeAccess(scope: AccessScope): Promise<boolean> {
  return browser.permissions.remove({ origins: [...ORIGINS[scope]] });
}

/**
 * Calls back whenever the rep grants or revokes any permission — in a prompt, in the browser's
 * own settings, or from another extension page; returns the stop.
 */
export function watchPermissions(onChange: () => void): () => void {
  browser.permissions.onAdded.addListener(onChange);
  browser.permissions.onRemoved.addListener(onChange);
  return () => {
    browser.permissions.onAdded.removeListener(onChange);
    browser.permissions.onRemoved.removeListener(onChange);
  };
}

/** The match pattern of one site's origin (`https://www.acme.com/*`), or null for a non-web URL. */
export function sitePattern(url: string | undefined): string | null {
  try {
    const { protocol, host } = new URL(url ?? '');
    return protocol === 'http:' || protocol === 'https:' ? `${protocol}//${host}/*` : null;
  } catch {
    return null;
  }
}

/** Whether the rep granted reading this site (itself, or all sites). */
export async function hasSiteAccess(url: string | undefined): Promise<boolean> {
  const pattern = sitePattern(url);
  return pattern !== null && browser.permissions.contains({ origins: [pattern] });
}

/** Asks to read one site (a prompt): call it straight from the rep's click, before any await. */
export function requestSiteAccess(url: string | undefined): Promise<boolean> {
  const pattern = sitePattern(url);
  return pattern ? request({ origins: [pattern] }) : Promise.resolve(false);
}

/** The host permission of a team server (its origin, `https://couch.example.com`). */
export const serverPermission = (origin: string) => ({ origins: [`${origin}/*`] });

/** Whether the rep granted reaching the team server at `origin`. */
export function hasServerAccess(origin: string): Promise<boolean> {
  return browser.permissions.contains(serverPermission(origin));
}

/** Asks to reach the team server (a prompt): call it straight from the rep's click, before any await. */
export function requestServerAccess(origin: string): Promise<boolean> {
  return request(serverPermission(origin));
}
