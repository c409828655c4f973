import type { MatchReasonKind, PortfolioQuadrant, Tier } from './vocabulary';

/*
 * What the side panel's page-matches bar shows, shared by its controller
 * (lib/detection/use-page-matches.ts) and its component (components/PageMatches).
 */

/** Why a client matched the page, strongest kind first (the matcher's confidence order). */
export interface PageReason {
  kind: MatchReasonKind;
  /** The address, domain, host or name that matched. */
  value: string;
  count: number;
  role?: 'from' | 'to' | 'cc' | 'mailto' | 'text';
}

/** A client the page is about, with what the bar shows of it. */
export interface PageMatch {
  accountId: string;
  name: string;
  tier: Tier;
  portfolioQuadrant: PortfolioQuadrant;
  /** Strongest first. */
  reasons: PageReason[];
  /** What a correction of this match is remembered under (an address, domain, host or page). */
  correctionKey: string;
}

/** The sender of the open message when no client file knows them. */
export interface UnknownSender {
  name: string;
  email: string;
}

/** What the bar offers about scanning: nothing, a scan button, a scan under way, or no access. */
export type ScanOffer = 'none' | 'offer' | 'scanning' | 'noAccess';
