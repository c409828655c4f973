import type { MatchReasonKind } from '../../model/vocabulary';

/** What the panel offers about the company website on a tab. */
export type SiteOffer = 'none' | 'create' | 'update';

/**
 * Create an account from a web page that names no client; update a client only on the client's
 * own site (its top match is the site itself). A page that merely mentions clients — news, a
 * portal — is nobody's to take company details from; webmail and non-web tabs never are. (The
 * right-click menu still captures a site on the rep's explicit request.) Pure.
 */
export function siteOffer(
  web: boolean,
  source: string | null,
  matches: readonly { reasons: readonly { kind: MatchReasonKind }[] }[],
): SiteOffer {
  if (!web || (source !== null && source !== 'generic')) return 'none';
  const [top] = matches;
  if (!top) return 'create';
  return top.reasons.some((r) => r.kind === 'siteDomain') ? 'update' : 'none';
}
