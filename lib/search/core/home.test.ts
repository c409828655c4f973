import { describe, expect, it } from 'vitest';
import { emptyAccountDraft, emptyTimelineNoteDraft } from '../../model/defaults';
import type { Account, TimelineNote } from '../../model/types';
import { filterHome, homeEntries } from './home';

const at = '2026-11-22T08:00:00.000Z';
const account = (id: string, name: string, extra: Partial<Account> = {}): Account => ({
  ...emptyAccountDraft(),
  id,
  createdAt: at,
  updatedAt: at,
  name,
  ...extra,
});
const note = (id: string, accountId: string, text: string, followUpDate: string): TimelineNote => ({
  ...emptyTimelineNoteDraft(accountId, new Date(at)),
  id,
  createdAt: at,
  updatedAt: at,
  text,
  followUpDate,
});

const ct = account('ct', '中国电信江苏分公司', {
  aliases: ['江苏电信'],
  tier: 'A',
  pinyin: [{ full: 'zhongguodianxinjiangsufengongsi', initials: 'zgdxjsfgs', syllables: [] }],
});
const acme = account('acme', 'Acme Logistics', { nextContactDate: '2026-11-20' });
const bank = account('bank', 'Meridian Bank', { nextContactDate: '2026-11-21' });

describe('the empty-box list', () => {
  const entries = homeEntries({
    tabAccounts: [ct],
    recentAccounts: [acme, ct],
    dueAccounts: [acme, bank],
    dueNotes: [{ note: note('n1', 'ct', 'Call back about the SLA\nsecond line', '2026-11-22'), account: ct }],
  });

  it('lists the tab’s client, then recently opened, then follow-ups due (latest first), each client once', () => {
    expect(entries.map((e) => [e.result.reason, e.result.id])).toEqual([
      ['tab', 'ct'],
      ['recent', 'acme'],
      ['due', 'n1'],
      ['due', 'bank'],
    ]);
    const due = entries[2]!.result;
    expect(due).toMatchObject({
      kind: 'note',
      title: 'Call back about the SLA',
      subtitle: ct.name,
      tier: 'A',
    });
    expect(due.dueDate).toBe('2026-11-22');
    expect(entries[3]!.result.dueDate).toBe('2026-11-21');
  });

  it('lists an account past its cadence even when its next contact date is later', () => {
    const later = account('later', 'Lakeside Hotels', { nextContactDate: '2027-01-10' });
    const lines = homeEntries({
      tabAccounts: [],
      recentAccounts: [],
      dueAccounts: [bank],
      cadenceAccounts: [{ account: later, date: '2026-11-19' }],
      dueNotes: [],
    }).map((e) => [e.result.title, e.result.dueDate]);
    expect(lines).toEqual([
      ['Meridian Bank', '2026-11-21'],
      ['Lakeside Hotels', '2026-11-19'],
    ]);
  });

  it('keeps, for one or two characters, the lines a name, alias, pinyin or initials starts with', () => {
    expect(filterHome(entries, '').map((r) => r.id)).toEqual(['ct', 'acme', 'n1', 'bank']);
    expect(filterHome(entries, 'zg').map((r) => r.id)).toEqual(['ct', 'n1']);
    expect(filterHome(entries, '江苏').map((r) => r.id)).toEqual(['ct', 'n1']);
    const [latin] = filterHome(entries, 'ＬＯ'); // full-width folds
    expect(latin).toMatchObject({ id: 'acme', titleHits: [[5, 7]] });
    expect(filterHome(entries, 'me').map((r) => r.id)).toEqual(['bank']);
  });
});
