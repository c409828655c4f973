import { describe, expect, it } from 'vitest';
import { emptyTimelineNoteDraft } from './defaults';
import {
  cadenceDays,
  daysSinceLastContact,
  loyaltySegment,
  orderTalkingPoints,
  sortAccounts,
} from './derive';
import { listOrder, nameKey } from './list-order';
import type { AccountSort, AccountSummary, TalkingPoint, TimelineNote } from './types';
import type { RiskLevel } from './vocabulary';

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
  it('sorts accounts as the list index does: names by sound (pinyin and Latin interleaved), tier, next contact with empty dates last, highest risk first', () => {
    const syllables: Record<string, string[]> = {
      中国电信: ['zhong', 'guo', 'dian', 'xin'],
      北京银行: ['bei', 'jing', 'yin', 'hang'],
    };
    const row = (name: string, tier: 'A' | 'B' | 'C', next: string | null, risk: RiskLevel) =>
      ({
        id: name,
        name,
        tier,
        nextContactDate: next,
        risk,
        order: listOrder(
          name,
          nameKey(name, { syllables: syllables[name] ?? [] }),
          { tier, nextContactDate: next },
          risk,
        ),
      }) as AccountSummary;
    const rows = [
      row('中国电信', 'B', null, 'medium'),
      row('Crest', 'C', '2026-12-01', 'high'),
      row('北京银行', 'A', '2026-11-25', 'low'),
      row('Acme', 'A', null, 'high'),
    ];
    const names = (sort: AccountSort) => sortAccounts(rows, sort).map((r) => r.name);
    expect(names('name')).toEqual(['Acme', '北京银行', 'Crest', '中国电信']);
    expect(names('tier')).toEqual(['Acme', '北京银行', '中国电信', 'Crest']);
    expect(names('nextContact')).toEqual(['北京银行', 'Crest', 'Acme', '中国电信']);
    expect(names('risk')).toEqual(['Acme', 'Crest', '中国电信', '北京银行']);
  });
});
