import { describe, expect, it } from 'vitest';
import { signalsOf } from './signals';
import { account, contact, file, note } from './test-files';

const NOW = new Date('2026-12-04T09:00:00Z');

describe('account signals', () => {
  it('counts the cadence from the last contact with the client, or from the account’s creation', () => {
    const star = account({ portfolioQuadrant: 'star', createdAt: '2026-11-01T00:00:00.000Z' });
    expect(signalsOf(file({ account: star }), undefined, NOW).cadenceDueAt).toBe('2026-11-15T00:00:00.000Z');
    const called = file({
      account: star,
      notes: [note({ kind: 'call', occurredAt: '2026-12-01T10:00:00.000Z' })],
    });
    expect(signalsOf(called, undefined, NOW)).toMatchObject({
      lastContactAt: '2026-12-01T10:00:00.000Z',
      cadenceDueAt: '2026-12-15T10:00:00.000Z',
    });
    const ownCadence = file({ account: { ...star, cadenceDays: 3 }, notes: called.notes });
    expect(signalsOf(ownCadence, undefined, NOW).cadenceDueAt).toBe('2026-12-04T10:00:00.000Z');
  });

  it('says when a write raised the risk, keeps it while it stays, clears it when it falls', () => {
    const calm = file({ notes: [note({ kind: 'call', occurredAt: '2026-12-03T00:00:00.000Z' })] });
    const first = signalsOf(calm, undefined, NOW);
    expect(first).toMatchObject({ risk: 'low', riskRoseAt: null });

    const left = file({ ...calm, contacts: [contact({ buyingRole: 'decisionMaker', status: 'left' })] });
    const rose = signalsOf(left, first, NOW);
    expect(rose).toMatchObject({ risk: 'high', riskRoseAt: NOW.toISOString() });

    const later = new Date('2026-12-05T09:00:00Z');
    expect(signalsOf(left, rose, later).riskRoseAt).toBe(NOW.toISOString());
    expect(signalsOf(calm, rose, later)).toMatchObject({ risk: 'low', riskRoseAt: null });
  });
});
