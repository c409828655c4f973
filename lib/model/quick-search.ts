import type { PortfolioQuadrant, Tier } from './vocabulary';

/** Highlighted spans of a text: [start, end) code-unit offsets, sorted, not overlapping. */
export type Hits = [number, number][];

/**
 * Why a line is in the toolbar popup: it matched what the rep typed, or (empty box, one or two
 * characters) it is the client the current tab is about, recently opened, or due for a follow-up.
 */
export type QuickReason = 'match' | 'tab' | 'recent' | 'due';

/** One line of the toolbar popup (and of the omnibox): a record whose client file it opens. */
export interface QuickResult {
  /** The record's id (an account, contact or note). */
  id: string;
  kind: 'account' | 'contact' | 'note';
  /** The client file Enter opens. */
  accountId: string;
  title: string;
  /** Where `title` matched what was typed. */
  titleHits: Hits;
  subtitle: string;
  /** The account's tier and portfolio quadrant; null when unknown. */
  tier: Tier | null;
  portfolioQuadrant: PortfolioQuadrant | null;
  reason: QuickReason;
  /** What matched when it is not the title: an alias, address, phone, pinyin or a note's words. */
  fragment: { text: string; hits: Hits } | null;
  /** `YYYY-MM-DD` of a due follow-up (reason `due`). */
  dueDate?: string;
}
