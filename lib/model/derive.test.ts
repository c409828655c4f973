import { describe, expect, it } from 'vitest';
import { emptyTimelineNoteDraft } from './defaults';
import {
  cadenceDays,
  daysSinceLastContact,
  loyaltySegment,
  orderTalkingPoints,
  sortAccounts,
} from './derive';
import type { AccountSummary, TalkingPoint, TimelineNote } from './types';

const now = new Date('2026-11-22T12:00:00Z');
const note = (kind: TimelineNote['kind'], daysAgo: number): TimelineNote => ({
  ...emptyTimelineNoteDraft('a', new Date(now.getTime() - daysAgo * 86_400_000)),
  kind,
  text: 'x',
  id: `${kind}-${daysAgo}`,
  createdAt: '',
  updatedAt: '',
});

describe('loyaltySegment', () => {
  it.each([
    [5, 5, 'apostle'],
    [4, 2, 'mercenary'],
    [2, 4, 'hostage'],
    [3, 3, 'saboteur'],
    [null, 5, null],
  ] as const)('satisfaction %s × loyalty %s → %s', (s, l, segment) => {
    expect(loyaltySegment(s, l)).toBe(segment);
  });
});

describe('follow-up risk', () => {
  it('uses the quadrant cadence unless one is set by hand', () => {
    expect(cadenceDays({ cadenceDays: null, portfolioQuadrant: 'dog' })).toBe(90);
    expect(cadenceDays({ cadenceDays: 7, portfolioQuadrant: 'dog' })).toBe(7);
  });
  it('counts days since the last real contact, ignoring clips', () => {
    expect(daysSinceLastContact([note('visit', 10), note('clip', 1), note('call', 4)], now)).toBe(4);
    expect(daysSinceLastContact([note('clip', 1)], now)).toBeNull();
  });
  it('counts only contact with the client: a call, visit, meeting or email — not a note, a complaint or a clip', () => {
    // An internal "ask the pricing desk" note yesterday leaves the account 40 days since its last meeting.
    expect(daysSinceLastContact([note('meeting', 40), note('note', 1)], now)).toBe(40);
    expect(daysSinceLastContact([note('complaint', 2), note('email', 9)], now)).toBe(9);
    expect(daysSinceLastContact([note('note', 1), note('complaint', 3), note('clip', 0)], now)).toBeNull();
    for (const kind of ['call', 'visit', 'meeting', 'email'] as const)
      expect(daysSinceLastContact([note(kind, 6)], now), kind).toBe(6);
  });
});

describe('ordering', () => {
  it('puts pinned talking points first, then by order', () => {
    const p = (id: string, order: number, pinned = false) => ({ id, order, pinned }) as TalkingPoint;
    expect(orderTalkingPoints([p('a', 1), p('b', 2, true), p('c', 0)]).map((x) => x.id)).toEqual([
      'b',
      'c',
      'a',
    ]);
  });
  it('sorts accounts by name (Chinese by pinyin, then Latin), tier, and next contact with empty dates last', () => {
    const row = (name: string, tier: 'A' | 'B' | 'C', next: string | null) =>
      ({ id: name, name, tier, nextContactDate: next }) as AccountSummary;
    const rows = [
      row('中国电信', 'B', null),
      row('Acme', 'C', '2026-12-01'),
      row('北京银行', 'A', '2026-11-25'),
    ];
    expect(sortAccounts(rows, 'name').map((r) => r.name)).toEqual(['北京银行', '中国电信', 'Acme']);
    expect(sortAccounts(rows, 'tier').map((r) => r.tier)).toEqual(['A', 'B', 'C']);
    expect(sortAccounts(rows, 'nextContact').map((r) => r.name)).toEqual(['北京银行', 'Acme', '中国电信']);
  });
  it('sorts by churn risk, highest first, accounts not yet assessed last', () => {
    const row = (name: string, risk: 'low' | 'medium' | 'high' | null) =>
      ({ id: name, name, tier: 'A', nextContactDate: null, risk }) as AccountSummary;
    const rows = [
      row('Acme', 'low'),
      row('Beta', null),
      row('Crest', 'high'),
      row('Delta', 'medium'),
      row('Echo', 'high'),
    ];
    expect(sortAccounts(rows, 'risk').map((r) => r.name)).toEqual(['Crest', 'Echo', 'Delta', 'Acme', 'Beta']);
  });
});
