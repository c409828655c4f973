import { browser } from 'wxt/browser';

import { ALL_SITES_ORIGINS, WEBMAIL_ORIGINS } from './permissions-origins';

export { ALL_SITES_ORIGINS, WEBMAIL_ORIGINS };

export type AccessScope = 'webmail' | 'allSites';

const ORIGINS: Record<AccessScope, readonly string[]> = {
  webmail: WEBMAIL_ORIGINS,
  allSites: ALL_SITES_ORIGINS,
};

export async function hasAccess(scope: AccessScope): Promise<boolean> {
  return browser.permissions.contains({ origins: [...ORIGINS[scope]] });
}

/** Asks the browser (a prompt): call it straight from the rep's click, before any await. */
export function requestAccess(scope: AccessScope): Promise<boolean> {
  return browser.permissions.request({ origins: [...ORIGINS[scope]] });
}

export async function revokeAccess(scope: AccessScope): Promise<boolean> {
  return browser.permissions.remove({ origins: [...ORIGINS[scope]] });
}

/** The origins among `candidates` the rep has granted. */
export async function grantedOrigins(candidates: readonly string[]): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const all = origins.some((o) => o === '<all_urls>' || o === 'https://*/*' || o === '*://*/*');
  return candidates.filter((c) => all || origins.includes(c));
}
