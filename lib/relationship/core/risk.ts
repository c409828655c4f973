/**
 * Churn risk (跳槽, DOMAIN.md §4) by pure, documented rules: every signal the seeds name becomes a
 * reason with a weight, and the level is read off the sum. No unexplained score: the rep sees
 * each reason in words. The rules:
 *
 * | reason | when | weight |
 * |---|---|---|
 * | contactOverdue | no call, visit, meeting or email within the cadence | 2; 4 once twice the cadence |
 * | openComplaint | a complaint not yet answered | 2; 4 when two, or one open over 7 days |
 * | recentComplaint | complaints answered in the last 90 days | 1; 2 when two or more |
 * | competitorMentioned | a competitor of the account named in a note or clip of the last 90 days | 2 |
 * | decisionMakerLeft | a decision maker marked as having left the company | 4 |
 * | decisionMakerMoved | a decision maker who changed role | 2 |
 * | noDecisionMaker | no active decision maker recorded at all | 2 |
 * | loyalty | satisfaction × loyalty: saboteur 4, mercenary 2 | 4 / 2 |
 * | priceUndercut | high price sensitivity and a competitor price below our list price | 2 |
 *
 * Level: high from 4, medium from 2, low below. One worry makes an account medium; two, or one
 * grave one, make it high.
 */

import { cadenceDays, loyaltySegment } from '../../model/derive';
import { localDay } from '../../model/local-day';
import type { ChurnRisk, RiskReason, RiskReasonCode } from '../../model/relationship';
import type { Account, ClientFileData, TimelineNote } from '../../model/types';
import type { RiskLevel } from '../../model/vocabulary';
import { CLIENT_CONTACT_KINDS } from '../../model/vocabulary';

const DAY_MS = 86_400_000;
const RECENT_DAYS = 90;
/** A complaint still open after this many days weighs as much as a departed decision maker. */
const COMPLAINT_STALE_DAYS = 7;

export const RISK_LEVEL_RANK: Record<RiskLevel, number> = { low: 0, medium: 1, high: 2 };

export function levelOf(points: number): RiskLevel {
  return points >= 4 ? 'high' : points >= 2 ? 'medium' : 'low';
}

/** The newest call, visit, meeting or email with the client; null when there is none. */
export function lastClientContact(notes: readonly TimelineNote[]): string | null {
  let newest: string | null = null;
  let newestMs = Number.NEGATIVE_INFINITY;
  for (const note of notes) {
    if (!CLIENT_CONTACT_KINDS.includes(note.kind)) continue;
    const at = Date.parse(note.occurredAt);
    if (at > newestMs) {
      newestMs = at;
      newest = note.occurredAt;
    }
  }
  return newest;
}

/** When the cadence runs out: from the last contact with the client, or from the account's creation. */
export function cadenceDueAt(account: Account, lastContactAt: string | null): string {
  const from = Date.parse(lastContactAt ?? account.createdAt);
  return new Date(from + cadenceDays(account) * DAY_MS).toISOString();
}

function mentions(note: TimelineNote, competitor: string): boolean {
  const needle = competitor.toLocaleLowerCase();
  const haystacks = [note.text, note.source?.title ?? '', note.source?.selection ?? ''];
  return haystacks.some((h) => h.toLocaleLowerCase().includes(needle));
}

/** The account's churn risk and its reasons at `now`. */
export function churnRisk(file: Omit<ClientFileData, 'talkingPoints'>, now: Date): ChurnRisk {
  const { account, contacts, notes, pricingNotes } = file;
  const reasons: { reason: RiskReason; weight: number }[] = [];
  const add = (reason: RiskReason, weight: number) => reasons.push({ reason, weight });
  const nowMs = now.getTime();
  const recent = (iso: string) => nowMs - Date.parse(iso) <= RECENT_DAYS * DAY_MS;

  const cadence = cadenceDays(account);
  const since = lastClientContact(notes) ?? account.createdAt;
  const overdue = Math.floor((nowMs - Date.parse(since)) / DAY_MS) - cadence;
  if (overdue > 0) add({ code: 'contactOverdue', days: overdue, cadence }, overdue >= cadence ? 4 : 2);

  const open = notes.filter((n) => n.complaint?.status === 'open');
  if (open.length > 0) {
    const oldestDays = Math.max(...open.map((n) => Math.floor((nowMs - Date.parse(n.occurredAt)) / DAY_MS)));
    add(
      { code: 'openComplaint', count: open.length, oldestDays },
      open.length >= 2 || oldestDays > COMPLAINT_STALE_DAYS ? 4 : 2,
    );
  }
  const settled = notes.filter((n) => n.complaint && n.complaint.status !== 'open' && recent(n.occurredAt));
  if (settled.length > 0)
    add({ code: 'recentComplaint', count: settled.length }, settled.length >= 2 ? 2 : 1);

  const competitors = account.needs.competitors.filter((c) => c.trim().length > 1);
  const mention = competitors.length
    ? notes
        .filter((n) => recent(n.occurredAt))
        .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt))
        .flatMap((n) => competitors.filter((c) => mentions(n, c)).map((c) => ({ c, at: n.occurredAt })))[0]
    : undefined;
  if (mention) add({ code: 'competitorMentioned', competitor: mention.c, at: mention.at }, 2);

  const deciders = contacts.filter((c) => c.buyingRole === 'decisionMaker');
  for (const c of deciders.filter((d) => d.status === 'left'))
    add({ code: 'decisionMakerLeft', name: c.name }, 4);
  for (const c of deciders.filter((d) => d.status === 'changedRole'))
    add({ code: 'decisionMakerMoved', name: c.name }, 2);
  if (!deciders.some((d) => d.status === 'active')) add({ code: 'noDecisionMaker' }, 2);

  const segment = loyaltySegment(account.satisfaction, account.loyalty);
  if (segment === 'saboteur') add({ code: 'loyalty', segment }, 4);
  if (segment === 'mercenary') add({ code: 'loyalty', segment }, 2);

  const today = localDay(now);
  const undercut = pricingNotes.find(
    (p) =>
      p.priceSensitivity === 'high' &&
      p.listPrice !== null &&
      p.competitorPrice !== null &&
      p.competitorPrice < p.listPrice &&
      (p.validUntil === null || p.validUntil >= today),
  );
  if (undercut) add({ code: 'priceUndercut', product: undercut.product, competitor: undercut.competitor }, 2);

  reasons.sort((a, b) => b.weight - a.weight);
  return { level: levelOf(reasons.reduce((sum, r) => sum + r.weight, 0)), reasons };
}

export type { ChurnRisk, RiskReason, RiskReasonCode };
