import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExistingData, ImportPlan } from './core/plan';
import type { ImportResult } from './core/types';
import { importFile } from './import-file';

/**
 * The import fixture files (tests/fixtures/imports/, written in the shape of real exports),
 * each planned into an empty database and again on top of its own result: exact counts created,
 * updated, unchanged and skipped, or the exact error.
 */
const DIR = resolve(import.meta.dirname, '../../../tests/fixtures/imports');
const fixture = (name: string) => readFileSync(resolve(DIR, name));
const NOW = new Date('2026-01-01T00:00:00Z');
const EMPTY: ExistingData = { accounts: [], contacts: [] };

function plan(name: string, existing: ExistingData = EMPTY): ImportPlan {
  let n = 0;
  const result = importFile(fixture(name), existing, {
    now: NOW,
    newId: () => `id-${++n}-${name}`,
    fileName: name,
  });
  if (!result.ok) throw new Error(`${name}: ${result.error.code}`);
  return result.value;
}

/** The database after writing a plan's rows on top of `before`. */
function written(before: ExistingData, p: ImportPlan): ExistingData {
  const put = <T extends { id: string }>(rows: readonly T[], changed: readonly T[]) => {
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const row of changed) byId.set(row.id, row);
    return [...byId.values()];
  };
  return { accounts: put(before.accounts, p.put.accounts), contacts: put(before.contacts, p.put.contacts) };
}

const summary = (p: ImportPlan) => ({
  accounts: p.counts.accounts,
  contacts: p.counts.contacts,
  skipped: Object.fromEntries(Object.entries(p.counts.skipped).filter(([, n]) => n > 0)),
});

describe('fixtures into an empty database, then the same file again', () => {
  it.each([
    ['hubspot-companies.csv', 'hubspotCompanies', [7, 0], { noName: 1, duplicateInFile: 1 }],
    ['salesforce-accounts.csv', 'salesforceAccounts', [4, 0], { duplicateInFile: 1 }],
    ['salesforce-contacts.csv', 'salesforceContacts', [4, 4], { empty: 1 }],
    ['utf8-bom-chinese.csv', 'spreadsheet', [3, 3], { noAccount: 1 }],
    ['gbk-chinese.gbk.csv', 'spreadsheet', [2, 3], {}],
    ['semicolon.csv', 'spreadsheet', [3, 0], {}],
    ['quoted-newlines.csv', 'spreadsheet', [3, 0], {}],
    ['duplicate-headers.csv', 'spreadsheet', [1, 2], {}],
    ['contacts-v21.vcf', 'vcard', [2, 2], {}],
    ['contacts-v30.vcf', 'vcard', [2, 2], {}],
    ['contacts-v40.vcf', 'vcard', [2, 2], {}],
    ['broken.vcf', 'vcard', [1, 2], { noName: 1, invalid: 2 }],
  ] as const)(
    '%s (%s): creates %j, skips %j; a second import creates nothing',
    (name, source, [accounts, contacts], skipped) => {
      const first = plan(name);
      expect(first.source).toBe(source);
      expect(summary(first)).toEqual({
        accounts: { create: accounts, update: 0, unchanged: 0 },
        contacts: { create: contacts, update: 0, unchanged: 0 },
        skipped,
      });
      const again = plan(name, written(EMPTY, first));
      expect(again.counts.accounts).toEqual({ create: 0, update: 0, unchanged: expect.any(Number) });
      expect(again.counts.contacts).toEqual({ create: 0, update: 0, unchanged: contacts });
      expect(again.put).toEqual({ accounts: [], contacts: [] });
    },
  );

  it.each([
    ['empty.csv', 'empty'],
    ['header-only.csv', 'headerOnly'],
  ])('%s is refused: %s', (name, code) => {
    const result = importFile(fixture(name), EMPTY) as ImportResult<ImportPlan>;
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code }) });
  });
});

describe('files made in the test', () => {
  const chinese = new TextDecoder().decode(fixture('utf8-bom-chinese.csv')).replace(/^\uFEFF/, '');

  it('UTF-16LE, tab-separated (Excel "Unicode text"): the same plan as the UTF-8 file', () => {
    const tabbed = chinese
      .split('\r\n')
      .map((line) => line.replaceAll(',', '\t'))
      .join('\r\n')
      // The quoted note keeps its comma-free text; its Chinese comma is not a delimiter.
      .replace('重点客户\t季度拜访', '重点客户，季度拜访');
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(tabbed, 'utf16le')]);
    let n = 0;
    const result = importFile(bytes, EMPTY, { now: NOW, newId: () => `id-${++n}-utf8-bom-chinese.csv` });
    expect(result.ok && result.value.put).toEqual(plan('utf8-bom-chinese.csv').put);
  });

  it('a 10 MB cell: the row imports without it, and the issue names its row and column', () => {
    const csv = `Company name,Description,Website\r\nAcme,"${'x'.repeat(10 * 1024 * 1024)}",acme.com\r\nBeta,Bank,beta.com\r\n`;
    const result = importFile(new TextEncoder().encode(csv), EMPTY, { now: NOW });
    if (!result.ok) throw new Error(result.error.code);
    expect(summary(result.value)).toEqual({
      accounts: { create: 2, update: 0, unchanged: 0 },
      contacts: { create: 0, update: 0, unchanged: 0 },
      skipped: {},
    });
    expect(result.value.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [2, 'Description', 'tooLong'],
    ]);
    expect(result.value.put.accounts[0]?.business.description).toBe('');
  });

  it('binary garbage is refused, as is a workbook saved as .csv', () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(importFile(garbage, EMPTY)).toEqual({ ok: false, error: { code: 'binary', params: {} } });
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    expect(importFile(xlsx, EMPTY, { fileName: 'clients.csv' })).toEqual({
      ok: false,
      error: { code: 'spreadsheetFile', params: {} },
    });
  });
});

describe('HubSpot exports', () => {
  it('companies: ids, domains, websites, industries, stages, dates and the rows left out', () => {
    const p = plan('hubspot-companies.csv');
    const acme = p.put.accounts[0]!;
    expect(acme).toMatchObject({
      name: 'Acme Logistics',
      externalIds: ['hubspot:18234501'],
      websiteDomains: ['acme-logistics.com'],
      industry: 'logistics',
      lifecycleStage: 'customer',
      nextContactDate: '2024-04-02',
      basic: {
        website: 'https://www.acme-logistics.com',
        phone: '+1 415 555 0100',
        address: 'San Francisco, United States',
      },
    });
    expect(acme.createdAt.slice(0, 10)).toBe('2024-03-12');
    const byName = Object.fromEntries(p.put.accounts.map((a) => [a.name, a]));
    expect(byName.华东精密制造有限公司).toMatchObject({
      industry: 'manufacturing',
      lifecycleStage: 'prospect',
      basic: { website: 'https://www.hdjm.com.cn', address: '中国上海' },
    });
    expect(byName['Greenfield Renewables']).toMatchObject({
      industry: 'other',
      business: { description: 'Renewables & Environment' },
      basic: { phone: '' },
    });
    expect(byName['Contoso Telecom']).toMatchObject({ industry: 'telecom', lifecycleStage: 'loyalCustomer' });
    expect(byName['Fabrikam Software']?.industry).toBe('ict');
    expect(p.skipped).toEqual([
      { row: 7, part: 'account', reason: 'noName', duplicateOf: null },
      { row: 10, part: 'account', reason: 'duplicateInFile', duplicateOf: 9 },
    ]);
    expect(p.issues).toEqual([
      {
        row: 6,
        column: 'Phone Number',
        field: 'account.basic.phone',
        code: 'invalidPhone',
        severity: 'warning',
        value: 'not a phone',
      },
      {
        row: 7,
        column: 'Company name',
        field: 'account.name',
        code: 'required',
        severity: 'error',
        value: '',
      },
    ]);
  });

  it('contacts link to the companies imported before, by domain, name or their email', () => {
    const companies = plan('hubspot-companies.csv');
    const db = written(EMPTY, companies);
    const p = plan('hubspot-contacts.csv', db);
    expect(summary(p)).toEqual({
      accounts: { create: 2, update: 0, unchanged: 0 },
      contacts: { create: 6, update: 0, unchanged: 0 },
      skipped: { noName: 1, duplicateInFile: 1, noAccount: 1 },
    });
    const company = (id: string) => [...db.accounts, ...p.put.accounts].find((a) => a.id === id)?.name;
    expect(
      p.put.contacts.map((c) => [c.name, company(c.accountId), c.emails.length, c.phones.length]),
    ).toEqual([
      ['Maria Gonzalez', 'Acme Logistics', 3, 2],
      ['王芳', '华东精密制造有限公司', 1, 2],
      ['Tom Becker', 'Northwind Bank', 1, 0],
      ['Ana Silva', 'Silva Consulting', 1, 1],
      ['Peter Novak', 'Acme Logistics', 0, 0],
      ['Chen Jie', 'Unknown Startup Ltd', 0, 0],
    ]);
    expect(p.accounts.filter((a) => a.action === 'create').every((a) => a.fromContact)).toBe(true);
    expect(p.skipped).toEqual([
      { row: 6, part: 'contact', reason: 'noName', duplicateOf: null },
      { row: 8, part: 'contact', reason: 'duplicateInFile', duplicateOf: 2 },
      { row: 10, part: 'contact', reason: 'noAccount', duplicateOf: null },
    ]);
    expect(p.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [6, 'First Name', 'required'],
      [7, 'Email', 'invalidEmail'],
    ]);
  });
});

describe('Salesforce reports', () => {
  it('drops the footer, reads 15- and 18-character ids as one, quoted newlines in the street', () => {
    const p = plan('salesforce-accounts.csv');
    expect(p.counts.footerRows).toBe(3);
    expect(p.counts.rows).toBe(5);
    expect(
      p.put.accounts.map((a) => [a.name, a.externalIds[0], a.tier, a.lifecycleStage, a.industry]),
    ).toEqual([
      ['Acme Logistics', 'salesforce:0015g00000ABCdeAAH', 'A', 'customer', 'logistics'],
      ['青岛港集团', 'salesforce:0015g00000QrStUAAV', 'B', 'customer', 'logistics'],
      ['Northwind Bank', 'salesforce:0015g00000xYz12AAC', 'C', 'prospect', 'finance'],
      ['Meridian Health Partners', 'salesforce:0015g00000MnOpQAAV', 'B', 'lost', 'education'],
    ]);
    expect(p.put.accounts[1]?.basic.address).toBe('中国山东青岛港极路7号, 综合楼3层 266011');
    expect(p.put.accounts[0]?.createdAt.slice(0, 10)).toBe('2024-03-15');
  });

  it('contacts find their accounts by the 15-character Account ID of the accounts report', () => {
    const db = written(EMPTY, plan('salesforce-accounts.csv'));
    const p = plan('salesforce-contacts.csv', db);
    expect(summary(p)).toEqual({
      accounts: { create: 1, update: 0, unchanged: 0 },
      contacts: { create: 4, update: 0, unchanged: 0 },
      skipped: { empty: 1 },
    });
    expect(p.put.accounts[0]).toMatchObject({
      name: 'Brand New Co',
      externalIds: ['salesforce:0015g00000ZzZzZAAV'],
    });
    const li = p.put.contacts[1]!;
    expect(li).toMatchObject({
      name: '李娜',
      birthday: '1985-05-04',
      phones: ['0532-8298 2012', '139 6420 1234'],
    });
    expect(db.accounts.find((a) => a.id === li.accountId)?.name).toBe('青岛港集团');
    expect(p.put.contacts[3]?.birthday).toBe('1990-12-31');
  });

  it('on top of HubSpot: the same companies are updated with their Salesforce ids, matched by domain', () => {
    const db = written(EMPTY, plan('hubspot-companies.csv'));
    const p = plan('salesforce-accounts.csv', db);
    expect(summary(p)).toEqual({
      accounts: { create: 2, update: 2, unchanged: 0 },
      contacts: { create: 0, update: 0, unchanged: 0 },
      skipped: { duplicateInFile: 1 },
    });
    const acme = p.accounts.find((a) => a.name === 'Acme Logistics')!;
    expect(acme).toMatchObject({ action: 'update', matchedBy: 'domain' });
    expect(acme.changes).toEqual(
      expect.arrayContaining(['externalIds', 'tier', 'basic.address', 'basic.phone']),
    );
    expect(p.put.accounts.find((a) => a.name === 'Acme Logistics')?.externalIds).toEqual([
      'hubspot:18234501',
      'salesforce:0015g00000ABCdeAAH',
    ]);
  });
});

describe('spreadsheets', () => {
  it('Chinese Excel (UTF-8 with BOM): short names, company per contact row, multi-line notes', () => {
    const p = plan('utf8-bom-chinese.csv');
    expect(p.put.accounts[0]).toMatchObject({
      name: '上海云帆物流有限公司',
      aliases: ['云帆物流', '云帆'],
      industry: 'logistics',
    });
    expect(p.put.contacts.map((c) => [c.name, c.title, c.phones])).toEqual([
      ['张伟', '总经理', ['13800138000']],
      ['刘洋', '采购经理', ['13900139000', '021-6888 1234']],
      ['陈静', '技术总监', ['13700137000']],
    ]);
    expect(p.put.contacts[2]?.notes).toBe('喜欢打羽毛球\n周末不接电话');
    expect(p.skipped).toEqual([{ row: 6, part: 'contact', reason: 'noAccount', duplicateOf: null }]);
  });

  it('GBK (Chinese Excel "CSV") reads the same as its UTF-8 source', () => {
    const gbk = plan('gbk-chinese.gbk.csv');
    const utf8 = plan('gbk-chinese.utf8.csv');
    expect(gbk.put).toEqual(
      JSON.parse(JSON.stringify(utf8.put).replaceAll('gbk-chinese.utf8.csv', 'gbk-chinese.gbk.csv')),
    );
    expect(gbk.put.accounts.map((a) => [a.name, a.industry])).toEqual([
      ['杭州西湖银行股份有限公司', 'finance'],
      ['浙江省人民医院', 'education'],
    ]);
  });

  it('semicolons (European Excel) and a quoted semicolon in a name', () => {
    expect(plan('semicolon.csv').put.accounts.map((a) => a.name)).toEqual([
      'Müller Maschinenbau GmbH',
      'Dupont & Fils SARL',
      'Van der Berg; Logistiek B.V.',
    ]);
  });

  it('quoted newlines, escaped quotes', () => {
    const p = plan('quoted-newlines.csv');
    expect(p.put.accounts.map((a) => [a.name, a.business.description])).toEqual([
      ['Harbor Freight Partners', 'First line\nsecond line, with a comma\n"quoted" third line'],
      ['Lakeside Foods', 'single line'],
      ['Summit Energy', 'multi\nline'],
    ]);
  });

  it('duplicate headers: both Email columns and both Phone columns are kept', () => {
    const p = plan('duplicate-headers.csv');
    expect(p.put.contacts[0]).toMatchObject({
      emails: ['olivia@redwood-analytics.com', 'o.chen@redwood-analytics.com'],
      phones: ['+1 408 555 0110', '+1 408 555 0111'],
    });
  });
});

describe('vCards', () => {
  it('2.1: QUOTED-PRINTABLE in UTF-8 and GB2312, soft line breaks, bare TYPE parameters', () => {
    const p = plan('contacts-v21.vcf');
    expect(p.put.contacts.map((c) => [c.name, c.title, c.phones, c.birthday, c.notes])).toEqual([
      ['王芳', '采购经理', ['+86 138 0013 8000', '021-5555 1235'], '1985-03-15', '喜欢茶道\n周一上午开会'],
      ['李娜', '', ['0532-8298 2012'], null, ''],
    ]);
    expect(p.put.accounts.map((a) => a.name)).toEqual(['华东精密制造有限公司', 'Qingdao Port Group']);
  });

  it('3.0: item1. groups, escapes, folded lines', () => {
    const p = plan('contacts-v30.vcf');
    expect(p.put.contacts[0]).toMatchObject({
      name: 'Maria Gonzalez',
      emails: ['maria.gonzalez@acme-logistics.com', 'm.gonzalez@acme-logistics.com'],
      notes: 'Prefers calls before 10am, not Fridays.\nAsk about the Q3 freight tender; she leads it.',
      birthday: '1979-08-21',
    });
    expect(p.put.contacts[1]).toMatchObject({
      name: 'Jonathan Alexander Fitzgerald-Montgomery the Third of the Very Long Folded Name Line',
      emails: ['jonathan.fitzgerald@northwind-bank.com'],
    });
  });

  it('4.0: tel: URIs, quoted parameters, birthdays without a year', () => {
    const p = plan('contacts-v40.vcf');
    expect(p.put.contacts[0]).toMatchObject({ phones: ['+44-20-7946-0960'], birthday: '--07-04' });
    expect(p.put.contacts[1]?.name).toBe('陈静');
  });

  it('broken cards: missing END, no name, a bad email, a stray END — each reported by line', () => {
    const p = plan('broken.vcf');
    expect(p.issues.map((i) => [i.row, i.column, i.code, i.severity])).toEqual([
      [7, '', 'missingEnd', 'error'],
      [12, 'FN', 'required', 'error'],
      [17, 'EMAIL', 'invalidEmail', 'warning'],
      [23, '', 'missingBegin', 'error'],
      [24, '', 'missingEnd', 'error'],
    ]);
    expect(p.put.contacts.map((c) => c.name)).toEqual(['Complete Card', 'Bad Email']);
  });
});
