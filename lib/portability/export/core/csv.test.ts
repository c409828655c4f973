import { describe, expect, it } from 'vitest';
import { emptyAccountDraft, emptyContactDraft } from '../../../model/defaults';
import type { Account, Contact } from '../../../model/types';
import type { ExistingData, ImportPlan } from '../../import/core/plan';
import { importFile } from '../../import/import-file';
import { accountsToCsv, contactsToCsv, csvBytes, csvCell } from './csv';

const NOW = new Date('2026-01-01T00:00:00Z');

const account = (
  id: string,
  patch: Partial<Account & { externalIds: string[] }>,
): Account & { externalIds: string[] } => ({
  ...emptyAccountDraft(),
  id,
  createdAt: '2024-03-12T01:14:00.250Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  externalIds: [],
  ...patch,
});
const contact = (
  id: string,
  accountId: string,
  patch: Partial<Contact & { externalIds: string[] }>,
): Contact & { externalIds: string[] } => ({
  ...emptyContactDraft(accountId),
  id,
  createdAt: '2024-05-01T08:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  externalIds: [],
  ...patch,
});

const ACCOUNTS = [
  account('a1b2c3d4-0000-4000-8000-000000000001', {
    name: '上海云帆物流有限公司',
    aliases: ['云帆物流', 'Yunfan, Ltd.'],
    industry: 'logistics',
    tier: 'A',
    portfolioQuadrant: 'star',
    lifecycleStage: 'loyalCustomer',
    websiteDomains: ['yunfan-logistics.cn'],
    emailDomains: ['yunfan.com.cn'],
    nextContactDate: '2026-02-03',
    externalIds: ['hubspot:18234501', 'salesforce:0015g00000ABCdeAAH'],
    basic: {
      ...emptyAccountDraft().basic,
      legalName: '上海云帆物流有限公司',
      website: 'https://www.yunfan-logistics.cn',
      phone: '+86 21 6888 1234',
      email: 'info@yunfan.com.cn',
      address: '上海市浦东新区世纪大道100号\n3号楼',
      taxId: '91310000MA1K00000X',
    },
    business: {
      ...emptyAccountDraft().business,
      description: '=HYPERLINK("http://evil.example","click")',
      size: '1,200',
    },
  }),
  account('a1b2c3d4-0000-4000-8000-000000000002', {
    name: '@Risk "Quoted" Partners',
    industry: 'other',
    portfolioQuadrant: 'dog',
    lifecycleStage: 'lost',
    basic: { ...emptyAccountDraft().basic, phone: '-5 555 0100', fax: '+1 212 555 0199' },
    business: { ...emptyAccountDraft().business, description: 'Biotechnology, with commas; and semicolons' },
  }),
];
const CONTACTS = [
  contact('c1b2c3d4-0000-4000-8000-000000000001', ACCOUNTS[0]!.id, {
    name: '张伟',
    title: '总经理',
    buyingRole: 'decisionMaker',
    socialStyle: 'driver',
    emails: ['zhang.wei@yunfan-logistics.cn', 'zw@yunfan.com.cn'],
    phones: ['+86 138 0013 8000', '021-6888 1234转8001'],
    birthday: '--07-04',
    interests: ['羽毛球', 'tea, oolong'],
    notes: '喜欢打羽毛球\n周末不接电话, "真的"',
    externalIds: ['hubspot:551'],
  }),
  contact('c1b2c3d4-0000-4000-8000-000000000002', ACCOUNTS[1]!.id, {
    name: 'Tom Becker',
    title: '+Head of IT',
    emails: ['tom@risk-partners.example'],
    birthday: '1980-02-29',
    notes: '\tindented with a tab',
  }),
];

function importBytes(bytes: Uint8Array, existing: ExistingData): ImportPlan {
  const result = importFile(bytes, existing, { now: NOW });
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

/** Without the ids a database gives its rows: a file's Dossier IDs only find rows stored already. */
const withoutIds = <T extends { id: string; updatedAt: string; accountId?: string }>(rows: T[]) =>
  rows.map(({ id: _i, updatedAt: _u, accountId: _a, ...rest }) => rest);
const unknownIds = (plan: ImportPlan) => plan.issues.filter((i) => i.code === 'unknownDossierId').length;

describe('CSV export', () => {
  it('is UTF-8 with a BOM and CRLF line ends', () => {
    const bytes = csvBytes(accountsToCsv(ACCOUNTS));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\r\n')[0]).toBe(
      'Dossier ID,Name,Short names,Legal name,Website,Website domains,Email domains,Email,Phone,Fax,Address,Industry,Tier,Portfolio quadrant,Lifecycle stage,Next contact,Description,Company size,Tax ID,External IDs,Created',
    );
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+86 138', "'+86 138"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    // Full-width forms, which spreadsheets in Chinese locales also run.
    ['＝1+1', "'＝1+1"],
    ['＋86 138', "'＋86 138"],
    ['－5', "'－5"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['中文', '中文'],
    ['', ''],
  ])('cell %j → %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('labels choices in Chinese when asked', () => {
    const text = accountsToCsv(ACCOUNTS, { language: 'zh' });
    expect(text).toContain('交通运输仓储业');
    expect(text).toContain('明星类');
    expect(contactsToCsv(CONTACTS, ACCOUNTS, { language: 'zh' })).toContain('决策者');
  });

  it.each(['en', 'zh'] as const)(
    'round trip (%s labels): export → import into an empty database → the same rows',
    (language) => {
      const accounts = importBytes(csvBytes(accountsToCsv(ACCOUNTS, { language })), {
        accounts: [],
        contacts: [],
      });
      expect(accounts.source).toBe('dossier');
      // The ids name no row here: each left out with a warning, the rows get ids of their own.
      expect(accounts.issues.map((i) => i.code)).toEqual(['unknownDossierId', 'unknownDossierId']);
      expect(withoutIds(accounts.put.accounts)).toEqual(withoutIds(ACCOUNTS));
      expect(accounts.put.accounts.some((a) => ACCOUNTS.some((b) => b.id === a.id))).toBe(false);
      const contacts = importBytes(csvBytes(contactsToCsv(CONTACTS, ACCOUNTS, { language })), {
        accounts: accounts.put.accounts,
        contacts: [],
      });
      // Each contact's own id and its company's: unknown here; the company is found by its name.
      expect(unknownIds(contacts)).toBe(4);
      expect(contacts.counts.accounts).toEqual({ create: 0, update: 0, unchanged: 0 });
      expect(withoutIds(contacts.put.contacts)).toEqual(withoutIds(CONTACTS));
      expect(contacts.put.contacts.map((c) => c.accountId)).toEqual(accounts.put.accounts.map((a) => a.id));
    },
  );

  it('round trip into the database it came from: nothing to write', () => {
    const existing = { accounts: ACCOUNTS, contacts: CONTACTS };
    const accounts = importBytes(csvBytes(accountsToCsv(ACCOUNTS)), existing);
    expect(accounts.counts.accounts).toEqual({ create: 0, update: 0, unchanged: 2 });
    expect(accounts.accounts.map((a) => a.matchedBy)).toEqual(['dossierId', 'dossierId']);
    const contacts = importBytes(csvBytes(contactsToCsv(CONTACTS, ACCOUNTS)), existing);
    expect(contacts.counts.contacts).toEqual({ create: 0, update: 0, unchanged: 2 });
    expect(contacts.put).toEqual({ accounts: [], contacts: [] });
  });

  it('contacts exported alone recreate their companies, linked, under ids of their own', () => {
    const plan = importBytes(csvBytes(contactsToCsv(CONTACTS, ACCOUNTS)), { accounts: [], contacts: [] });
    expect(plan.put.accounts.map((a) => a.name)).toEqual(ACCOUNTS.map((a) => a.name));
    expect(plan.put.contacts.map((c) => c.accountId)).toEqual(plan.put.accounts.map((a) => a.id));
    expect(plan.put.accounts.some((a) => ACCOUNTS.some((b) => b.id === a.id))).toBe(false);
  });
});
