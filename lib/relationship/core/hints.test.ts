import { describe, expect, it } from 'vitest';
import type { AgendaMark } from '../../model/types';
import { type HintKind, hintMarkKey, talkingPointHints } from './hints';
import { account, contact, file, note, pricing } from './test-files';

const NOW = new Date('2026-12-04T09:00:00Z');
const kinds = (f: ReturnType<typeof file>, marks: AgendaMark[] = []) =>
  talkingPointHints(f, [{ holiday: 'christmas', date: '2026-12-25' }], marks, NOW).map((h) => h.kind);

describe('talking-point hints', () => {
  it.each<[string, Parameters<typeof file>[0], HintKind[]]>([
    ['only the quadrant when nothing else is known', { contacts: [] }, ['quadrant']],
    [
      'how to talk to a person with a style or a role',
      { contacts: [contact({ socialStyle: 'analytical', buyingRole: 'user' })] },
      ['contact', 'quadrant'],
    ],
    [
      'an open complaint first, then the rest',
      { contacts: [], notes: [note({ kind: 'complaint', occurredAt: '2026-12-02T00:00:00.000Z' })] },
      ['complaintFirst', 'quadrant'],
    ],
    [
      'a price ending within two weeks',
      {
        contacts: [],
        pricingNotes: [pricing({ validUntil: '2026-12-10' }), pricing({ validUntil: '2027-06-01' })],
      },
      ['priceExpiring', 'quadrant'],
    ],
    [
      'a birthday this week; a person who left gets none, but a departed decision maker is raised',
      {
        contacts: [
          contact({ birthday: '--12-06' }),
          contact({ birthday: '--12-07', status: 'left', buyingRole: 'decisionMaker' }),
        ],
      },
      ['decisionMakerLeft', 'birthday', 'quadrant'],
    ],
    [
      'what a new buy means',
      { contacts: [], account: account({ needs: { ...account().needs, purchaseType: 'newBuy' } }) },
      ['purchaseType', 'quadrant'],
    ],
    [
      'a clip of the client’s news this month',
      { contacts: [], notes: [note({ kind: 'clip', occurredAt: '2026-11-20T00:00:00.000Z' })] },
      ['recentClip', 'quadrant'],
    ],
  ])('%s', (_name, parts, expected) => {
    expect(kinds(file(parts))).toEqual(expected);
  });

  it('suggests a holiday greeting only to those who celebrate it', () => {
    const at = new Date('2026-12-20T09:00:00Z');
    const holidays = [{ holiday: 'christmas' as const, date: '2026-12-25' }];
    const western = file({ contacts: [contact({ name: 'Nancy Davolio' }), contact({ name: '王伟' })] });
    const hint = talkingPointHints(western, holidays, [], at).find((h) => h.kind === 'holiday');
    expect(hint).toMatchObject({ names: ['Nancy Davolio'] });
    const chinese = file({ contacts: [contact({ name: '王伟' })] });
    expect(talkingPointHints(chinese, holidays, [], at).some((h) => h.kind === 'holiday')).toBe(false);
  });

  it('leaves out a hint the rep kept or dismissed for this account', () => {
    const f = file({ contacts: [] });
    const [quadrant] = talkingPointHints(f, [], [], NOW);
    const dismissed: AgendaMark = {
      id: 'm',
      createdAt: '2026-12-01T00:00:00.000Z',
      updatedAt: '2026-12-01T00:00:00.000Z',
      itemKey: hintMarkKey(f.account.id, quadrant!),
      accountId: f.account.id,
      snoozedUntil: null,
    };
    expect(kinds(f, [dismissed])).toEqual([]);
    expect(kinds(f, [{ ...dismissed, accountId: 'other' }])).toEqual(['quadrant']);
  });
});
