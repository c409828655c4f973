import type { Route } from '../platform/route';
import type { MatchReason } from './core/matcher';
import { pageKey } from './core/page-key';

/**
 * What auto-follow last acted on: the active tab and its top match ('' when none). The panel
 * navigates only when this changes, so the rep can browse other files without being pulled back.
 */
export type FollowKey = string;

/**
 * Where the panel should go for the active tab's top match, or null to stay. `topAccountId` is
 * null when the tab has no match (or no result yet): the list, so nothing of the previous tab's
 * client stays on screen. A new-account form is never left: the rep is typing, perhaps copying
 * details from another tab. `settling` (the same tab is loading or being scanned) holds a
 * missing result back, so a page of the same client does not flash the list in between; a
 * switch to another tab never waits.
 */
export function followRoute(
  previous: FollowKey | null,
  tabId: number,
  topAccountId: string | null,
  current: Route,
  settling = false,
): { key: FollowKey; route: Route | null } {
  if (!topAccountId && settling && previous?.startsWith(`${tabId}|`)) return { key: previous, route: null };
  const key = `${tabId}|${topAccountId ?? ''}`;
  if (key === previous || current.name === 'newAccount') return { key, route: null };
  const route: Route = topAccountId ? { name: 'account', id: topAccountId } : { name: 'list' };
  const same =
    route.name === current.name && (route.name !== 'account' || route.id === (current as { id: string }).id);
  return { key, route: same ? null : route };
}

/** Reason kinds whose value is an address, a domain or a host: something a correction can key on. */
const KEYED_KINDS: ReadonlySet<MatchReason['kind']> = new Set([
  'contactEmail',
  'emailDomain',
  'siteDomain',
  'organization',
  'domainMention',
]);

/**
 * The key a correction of this match is remembered under — what the rep saw: the strongest
 * reason's address or domain when it has one, else this page (a name mentioned in its text: the
 * client stays found on the site's other pages).
 */
export function correctionKey(reasons: readonly Pick<MatchReason, 'kind' | 'value'>[], url: string): string {
  const strongest = reasons[0];
  return strongest && KEYED_KINDS.has(strongest.kind) ? strongest.value.toLowerCase() : pageKey(url);
}
