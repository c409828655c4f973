import { describe, expect, it } from 'vitest';
import { listOrder } from '../../model/list-order';
import type { AccountSignals, AgendaMark } from '../../model/types';
import { type AgendaSources, buildAgenda, proposedNextContact } from './agenda';
import { account, contact, note, pricing } from './test-files';

const TODAY = '2026-12-04';
const acme = account({ id: 'acc-a', name: 'Acme', tier: 'A', portfolioQuadrant: 'star' });
const beta = account({ id: 'acc-b', name: 'Beta', tier: 'C', portfolioQuadrant: 'dog' });
const none: AgendaSources = {
  nextContacts: [],
  cadence: [],
  followUps: [],
  birthdays: [],
  complaints: [],
  prices: [],
  riskRises: [],
  holidays: [],
  marks: [],
};
const signals = (over: Partial<AccountSignals>): AccountSignals => ({
  id: 'acc-a',
  lastContactAt: null,
  cadenceDueAt: '2026-12-01T00:00:00.000Z',
  risk: 'low',
  riskRoseAt: null,
  greets: [],
  summary: {
    name: 'Acme',
    aliases: [],
    tier: 'A',
    portfolioQuadrant: 'star',
    industry: 'logistics',
    cadenceDays: null,
    nextContactDate: null,
    lifecycleStage: 'customer',
  },
  order: listOrder('acc-a', 'acme', { tier: 'A', nextContactDate: null }, 'low'),
  ...over,
});
const mark = (itemKey: string, snoozedUntil: string | null): AgendaMark => ({
  id: itemKey,
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
  itemKey,
  accountId: 'acc-a',
  snoozedUntil,
});
const groupsOf = (sources: Partial<AgendaSources>) => {
  const agenda = buildAgenda({ ...none, ...sources }, TODAY);
  return {
    overdue: agenda.overdue.map((i) => i.key),
    today: agenda.today.map((i) => i.key),
    week: agenda.week.map((i) => i.key),
  };
};

describe('Today', () => {
  it.each<[string, Partial<AgendaSources>, ReturnType<typeof groupsOf>]>([
    [
      'a follow-up due yesterday, today and in three days; none past the week',
      {
        followUps: [
          { note: note({ id: 'n1', followUpDate: '2026-12-03' }), account: acme },
          { note: note({ id: 'n2', followUpDate: '2026-12-04' }), account: acme },
          { note: note({ id: 'n3', followUpDate: '2026-12-07' }), account: acme },
          { note: note({ id: 'n4', followUpDate: '2026-12-20' }), account: acme },
        ],
      },
      {
        overdue: ['followUp:n1:2026-12-03'],
        today: ['followUp:n2:2026-12-04'],
        week: ['followUp:n3:2026-12-07'],
      },
    ],
    [
      'a next-contact date that has passed, and a cadence run out though the next date is later',
      {
        nextContacts: [{ ...beta, nextContactDate: '2026-11-30' }],
        cadence: [{ account: acme, signals: signals({ cadenceDueAt: '2026-12-02T03:00:00.000Z' }) }],
      },
      { overdue: ['nextContact:acc-b:2026-11-30', 'cadence:acc-a:2026-12-02'], today: [], week: [] },
    ],
    [
      'an open complaint is due the day after it came',
      {
        complaints: [
          {
            note: note({ id: 'c1', kind: 'complaint', occurredAt: '2026-12-03T10:00:00.000Z' }),
            account: acme,
          },
        ],
      },
      { overdue: [], today: ['complaint:c1'], week: [] },
    ],
    [
      'a price ending in ten days, one ended last week, one ended long ago, one far off',
      {
        prices: [
          { pricing: pricing({ id: 'p1', validUntil: '2026-12-14' }), account: acme },
          { pricing: pricing({ id: 'p2', validUntil: '2026-11-28' }), account: acme },
          { pricing: pricing({ id: 'p3', validUntil: '2026-09-01' }), account: acme },
          { pricing: pricing({ id: 'p4', validUntil: '2027-03-01' }), account: acme },
        ],
      },
      { overdue: ['price:p2:2026-11-28'], today: ['price:p1:2026-12-14'], week: [] },
    ],
    [
      'a birthday in five days, one next year on 29 February, a contact who left',
      {
        birthdays: [
          { contact: contact({ id: 'k1', birthday: '1980-12-09' }), account: acme },
          { contact: contact({ id: 'k2', birthday: '--12-05', status: 'left' }), account: acme },
        ],
      },
      { overdue: [], today: [], week: ['birthday:k1:2026-12-09'] },
    ],
    [
      'a holiday this week; a risk that rose two days ago, one a month ago',
      {
        holidays: [{ holiday: 'christmas', date: '2026-12-10' }],
        riskRises: [
          { account: acme, signals: signals({ risk: 'high', riskRoseAt: '2026-12-02T08:00:00.000Z' }) },
          {
            account: beta,
            signals: signals({ id: 'acc-b', risk: 'high', riskRoseAt: '2026-11-01T08:00:00.000Z' }),
          },
        ],
      },
      { overdue: ['risk:acc-a:2026-12-02T08:00:00.000Z'], today: [], week: ['holiday:christmas:2026-12-10'] },
    ],
  ])('%s', (_name, sources, expected) => {
    expect(groupsOf(sources)).toEqual(expected);
  });

  it('hides what the rep did, and what is snoozed until its day', () => {
    const followUps = [
      { note: note({ id: 'n1', followUpDate: '2026-12-01' }), account: acme },
      { note: note({ id: 'n2', followUpDate: '2026-12-02' }), account: acme },
      { note: note({ id: 'n3', followUpDate: '2026-12-03' }), account: acme },
    ];
    const marks = [
      mark('followUp:n1:2026-12-01', null),
      mark('followUp:n2:2026-12-02', '2026-12-05'),
      mark('followUp:n3:2026-12-03', '2026-12-04'),
    ];
    expect(groupsOf({ followUps, marks }).overdue).toEqual(['followUp:n3:2026-12-03']);
  });

  it('orders by date, then tier A first, then kind', () => {
    const keys = groupsOf({
      nextContacts: [
        { ...beta, nextContactDate: '2026-12-01' },
        { ...acme, nextContactDate: '2026-12-01' },
        { ...acme, id: 'acc-c', nextContactDate: '2026-11-20' },
      ],
    }).overdue;
    expect(keys).toEqual([
      'nextContact:acc-c:2026-11-20',
      'nextContact:acc-a:2026-12-01',
      'nextContact:acc-b:2026-12-01',
    ]);
  });

  it('says how long since the last contact and what the cadence is', () => {
    const agenda = buildAgenda(
      {
        ...none,
        cadence: [
          {
            account: acme,
            signals: signals({
              lastContactAt: '2026-11-14T09:00:00.000Z',
              cadenceDueAt: '2026-11-28T09:00:00.000Z',
            }),
          },
        ],
      },
      TODAY,
    );
    expect(agenda.overdue[0]?.params).toEqual(['20', '14']);
  });

  it('proposes the next contact from the cadence', () => {
    expect(proposedNextContact(acme, TODAY)).toBe('2026-12-18');
    expect(proposedNextContact({ ...beta, cadenceDays: 45 }, TODAY)).toBe('2027-01-18');
  });
});
