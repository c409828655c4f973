import type { Account, AccountSort, AccountSummary, TalkingPoint, TimelineNote } from './types';
import { CLIENT_CONTACT_KINDS, type LoyaltySegment, type PortfolioQuadrant, type Score } from './vocabulary';

/** A score of 4 or 5 counts as high. */
const HIGH: Score = 4;

/**
 * Satisfaction × loyalty (DOMAIN.md §3): apostle 传道者 (both high), mercenary 图利者 (satisfied,
 * not loyal), hostage 囚禁者 (loyal, not satisfied), saboteur 破坏者 (neither). Null until both
 * scores are known.
 */
export function loyaltySegment(satisfaction: Score | null, loyalty: Score | null): LoyaltySegment | null {
  if (satisfaction === null || loyalty === null) return null;
  const satisfied = satisfaction >= HIGH;
  const loyal = loyalty >= HIGH;
  if (satisfied) return loyal ? 'apostle' : 'mercenary';
  return loyal ? 'hostage' : 'saboteur';
}

/** Visit cadence each portfolio quadrant prescribes, in days (DOMAIN.md §3). */
export const QUADRANT_CADENCE_DAYS: Record<PortfolioQuadrant, number> = {
  star: 14,
  questionMark: 14,
  cashCow: 30,
  dog: 90,
};

export function cadenceDays(account: Pick<Account, 'cadenceDays' | 'portfolioQuadrant'>): number {
  return account.cadenceDays ?? QUADRANT_CADENCE_DAYS[account.portfolioQuadrant];
}

const DAY_MS = 86_400_000;

/** Whole days from the newest call, visit, meeting or email with the client to `now`; null when there is none. */
export function daysSinceLastContact(notes: readonly TimelineNote[], now: Date): number | null {
  let newest = Number.NEGATIVE_INFINITY;
  for (const note of notes) {
    if (!CLIENT_CONTACT_KINDS.includes(note.kind)) continue;
    const at = Date.parse(note.occurredAt);
    if (at > newest) newest = at;
  }
  if (!Number.isFinite(newest)) return null;
  return Math.max(0, Math.floor((now.getTime() - newest) / DAY_MS));
}

/** Pinned points first, then the rep's order. */
export function orderTalkingPoints(points: readonly TalkingPoint[]): TalkingPoint[] {
  return [...points].sort((a, b) => Number(b.pinned) - Number(a.pinned) || a.order - b.order);
}

/** Chinese names by pinyin, Latin names alphabetically, numbers numerically. */
const nameCollator = new Intl.Collator(['zh-Hans-CN', 'en'], { sensitivity: 'base', numeric: true });

export function compareNames(a: string, b: string): number {
  return nameCollator.compare(a, b);
}

/**
 * Orders account-list rows as the list's index reads do (by `order`, see list-order.ts): names by
 * sound, pinyin and Latin interleaved; accounts with no next-contact date last; highest risk first.
 */
export function sortAccounts(rows: readonly AccountSummary[], sort: AccountSort): AccountSummary[] {
  return [...rows].sort((a, b) =>
    a.order[sort] < b.order[sort] ? -1 : a.order[sort] > b.order[sort] ? 1 : 0,
  );
}
