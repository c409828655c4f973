import { describe, expect, it } from 'vitest';
import type { ClientFileData } from '../../model/types';
import { churnRisk, levelOf, type RiskReasonCode } from './risk';
import { account, contact, file, note, pricing } from './test-files';

const NOW = new Date('2026-12-04T09:00:00Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString();
/** Contact with the client yesterday: the cadence stays out of the cases that are not about it. */
const fresh = note({ kind: 'call', occurredAt: daysAgo(1) });

const cases: [string, Partial<ClientFileData>, RiskReasonCode[], 'low' | 'medium' | 'high'][] = [
  ['a file in order', { notes: [fresh] }, [], 'low'],
  [
    'no contact with the client past the 14-day cadence of a star',
    {
      account: account({ portfolioQuadrant: 'star' }),
      notes: [note({ kind: 'call', occurredAt: daysAgo(20) })],
    },
    ['contactOverdue'],
    'medium',
  ],
  [
    'twice the cadence without contact',
    {
      account: account({ portfolioQuadrant: 'star' }),
      notes: [note({ kind: 'visit', occurredAt: daysAgo(29) })],
    },
    ['contactOverdue'],
    'high',
  ],
  [
    'an internal note does not count as contact',
    {
      account: account({ portfolioQuadrant: 'star' }),
      notes: [
        note({ kind: 'note', occurredAt: daysAgo(1) }),
        note({ kind: 'call', occurredAt: daysAgo(20) }),
      ],
    },
    ['contactOverdue'],
    'medium',
  ],
  [
    'a complaint open since yesterday',
    { notes: [fresh, note({ kind: 'complaint', occurredAt: daysAgo(1) })] },
    ['openComplaint'],
    'medium',
  ],
  [
    'a complaint open for ten days',
    { notes: [fresh, note({ kind: 'complaint', occurredAt: daysAgo(10) })] },
    ['openComplaint'],
    'high',
  ],
  [
    'one answered complaint this quarter',
    {
      notes: [
        fresh,
        note({
          kind: 'complaint',
          occurredAt: daysAgo(30),
          complaint: { status: 'answered', answeredAt: daysAgo(29), response: '', closedAt: null },
        }),
      ],
    },
    ['recentComplaint'],
    'low',
  ],
  [
    'a competitor named in a clip',
    {
      account: account({ needs: { ...account().needs, competitors: ['Huawei Cloud'] } }),
      notes: [
        fresh,
        note({ kind: 'clip', occurredAt: daysAgo(5), text: 'Signed a pilot with huawei cloud' }),
      ],
    },
    ['competitorMentioned'],
    'medium',
  ],
  [
    'a competitor named half a year ago is old news',
    {
      account: account({ needs: { ...account().needs, competitors: ['Huawei Cloud'] } }),
      notes: [fresh, note({ kind: 'note', occurredAt: daysAgo(180), text: 'Huawei Cloud pitched' })],
    },
    [],
    'low',
  ],
  [
    'the decision maker left the company',
    { notes: [fresh], contacts: [contact({ buyingRole: 'decisionMaker', status: 'left' })] },
    ['decisionMakerLeft', 'noDecisionMaker'],
    'high',
  ],
  [
    'the decision maker changed role, another decides now',
    {
      notes: [fresh],
      contacts: [
        contact({ buyingRole: 'decisionMaker', status: 'changedRole' }),
        contact({ buyingRole: 'decisionMaker' }),
      ],
    },
    ['decisionMakerMoved'],
    'medium',
  ],
  [
    'no decision maker recorded',
    { notes: [fresh], contacts: [contact({ buyingRole: 'user' })] },
    ['noDecisionMaker'],
    'medium',
  ],
  [
    'a saboteur (neither satisfied nor loyal)',
    { notes: [fresh], account: account({ satisfaction: 2, loyalty: 2 }) },
    ['loyalty'],
    'high',
  ],
  [
    'a mercenary (satisfied, not loyal)',
    { notes: [fresh], account: account({ satisfaction: 5, loyalty: 2 }) },
    ['loyalty'],
    'medium',
  ],
  [
    'price-sensitive with a competitor below our list price',
    {
      notes: [fresh],
      pricingNotes: [
        pricing({ priceSensitivity: 'high', listPrice: 100, competitorPrice: 90, competitor: 'X' }),
      ],
    },
    ['priceUndercut'],
    'medium',
  ],
  [
    'price-sensitive but the competitor is dearer',
    {
      notes: [fresh],
      pricingNotes: [pricing({ priceSensitivity: 'high', listPrice: 100, competitorPrice: 120 })],
    },
    [],
    'low',
  ],
];

describe('churn risk', () => {
  it.each(cases)('%s', (_name, parts, codes, level) => {
    const risk = churnRisk(file(parts), NOW);
    expect(risk.reasons.map((r) => r.reason.code).sort()).toEqual([...codes].sort());
    expect(risk.level).toBe(level);
  });

  it('lists the heaviest reason first', () => {
    const risk = churnRisk(
      file({
        notes: [fresh],
        account: account({ satisfaction: 5, loyalty: 2 }),
        contacts: [contact({ buyingRole: 'decisionMaker', status: 'left' })],
      }),
      NOW,
    );
    expect(risk.reasons[0]?.reason).toEqual({ code: 'decisionMakerLeft', name: '王伟' });
    expect(risk.reasons.map((r) => r.weight)).toEqual([4, 2, 2]);
  });

  it.each([
    [0, 'low'],
    [1, 'low'],
    [2, 'medium'],
    [3, 'medium'],
    [4, 'high'],
  ] as const)('%i points are %s', (points, level) => {
    expect(levelOf(points)).toBe(level);
  });
});
