import { describe, expect, it } from 'vitest';
import { emptyAccountDraft, emptyContactDraft } from '../../../model/defaults';
import type { Account, Contact } from '../../../model/types';
import { importFile, prepareImport, runImport } from '../import-file';
import type { ExistingData, ImportPlan, PlanOptions } from './plan';

const NOW = new Date('2026-01-01T00:00:00Z');
const AT = '2025-01-01T00:00:00.000Z';

type Row<T> = T & { externalIds?: string[] };
const account = (id: string, patch: Partial<Row<Account>>): Row<Account> => ({
  ...emptyAccountDraft(),
  id,
  createdAt: AT,
  updatedAt: AT,
  ...patch,
});
const contact = (id: string, accountId: string, patch: Partial<Row<Contact>>): Row<Contact> => ({
  ...emptyContactDraft(accountId),
  id,
  createdAt: AT,
  updatedAt: AT,
  ...patch,
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function plan(csv: string, existing: ExistingData, options: PlanOptions = {}): ImportPlan {
  let n = 0;
  const result = importFile(new TextEncoder().encode(csv), deepFreeze(existing), {
    now: NOW,
    newId: () => `new-${++n}`,
    ...options,
  });
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

const ACME = account('acme', {
  name: 'Acme Logistics',
  websiteDomains: ['acme-logistics.com'],
  externalIds: ['hubspot:1'],
  industry: 'logistics',
  basic: { ...emptyAccountDraft().basic, phone: '+1 415 555 0100', address: '500 Harbor Blvd' },
  business: { ...emptyAccountDraft().business, description: 'Freight forwarding on the West Coast' },
});
const BETA = account('beta', { name: 'Beta Bank', websiteDomains: ['beta-bank.com'] });
const HDJM = account('hdjm', { name: '华东精密', aliases: ['华东'] });

describe('matching accounts', () => {
  it('by CRM id first, even when the domain points at another account', () => {
    const p = plan('Record ID,Company name,Company Domain Name\n1,Acme Logistics,beta-bank.com\n', {
      accounts: [ACME, BETA],
      contacts: [],
    });
    expect(p.accounts).toMatchObject([{ id: 'acme', action: 'update', matchedBy: 'externalId' }]);
    expect(p.put.accounts[0]?.websiteDomains).toEqual(['acme-logistics.com', 'beta-bank.com']);
  });

  it('by website or email domain, gaining the CRM id for next time', () => {
    const p = plan(
      'Company name,Website,Email\nBeta,https://www.Beta-Bank.com/en,\nX,,info@acme-logistics.com\n',
      {
        accounts: [{ ...ACME, externalIds: [] }, BETA],
        contacts: [],
      },
    );
    expect(p.accounts.map((a) => [a.id, a.matchedBy])).toEqual([
      ['beta', 'domain'],
      ['acme', 'domain'],
    ]);
  });

  it('not by a domain when the account carries another id of the same CRM', () => {
    const p = plan('Record ID,Company name,Company Domain Name\n2,Acme Freight,acme-logistics.com\n', {
      accounts: [ACME],
      contacts: [],
    });
    expect(p.accounts).toMatchObject([{ id: 'new-1', action: 'create' }]);
  });

  it('by exact name or short name as a last resort — width, case and spaces aside — and says so', () => {
    const p = plan('Company name,Industry\nＡＣＭＥ  logistics,Logistics\n华东,MACHINERY\n华东精密制造,\n', {
      accounts: [{ ...ACME, externalIds: [] }, HDJM],
      contacts: [],
    });
    expect(p.accounts.map((a) => [a.id, a.action, a.matchedBy])).toEqual([
      ['acme', 'unchanged', 'name'],
      ['hdjm', 'update', 'name'],
      ['new-1', 'create', null],
    ]);
    expect(p.counts.matchedByName).toBe(2);
  });
});

describe('Dossier IDs in a spreadsheet', () => {
  const STORED = account('5f0c8f4e-93a1-4c1e-9a7b-3c2d1e0f9a8b', { name: 'Stored Client' });
  const csv = (id: string, name = 'From the sheet') => `Dossier ID,Company name\n${id},${name}\n`;

  it('find the stored client they name — an update the review shows — and nothing else', () => {
    const p = plan(csv(STORED.id.toUpperCase(), 'Renamed Client'), { accounts: [STORED], contacts: [] });
    expect(p.accounts).toMatchObject([{ id: STORED.id, action: 'update', matchedBy: 'dossierId' }]);
    expect(p.put.accounts[0]?.name).toBe('Renamed Client');
    expect(p.issues).toEqual([]);
  });

  it('never choose the id of a new row: one that names no stored client is left out with a warning', () => {
    const stranger = '0e6f8a1b-2c3d-4e5f-8a9b-0c1d2e3f4a5b';
    const p = plan(csv(stranger), { accounts: [STORED], contacts: [] });
    expect(p.accounts).toMatchObject([{ id: 'new-1', action: 'create' }]);
    expect(p.put.accounts[0]?.externalIds).toEqual([]);
    expect(p.issues).toMatchObject([
      { row: 2, field: 'dossierId', code: 'unknownDossierId', severity: 'warning', value: stranger },
    ]);
  });

  it.each(['__proto__', 'constructor', 'prototype', 'toString', 'acme', 'x'.repeat(40)])(
    'refuse %s (not a UUID): a new row with an id of its own, nothing stored touched',
    (id) => {
      const p = plan(csv(id), { accounts: [STORED], contacts: [] });
      expect(p.accounts).toMatchObject([{ id: 'new-1', action: 'create' }]);
      expect(p.put.accounts.map((a) => a.id)).toEqual(['new-1']);
      expect(p.issues).toMatchObject([{ code: 'invalidId', value: id }]);
    },
  );
});

describe('invisible characters in a file', () => {
  it('leave names and values: no direction override, no zero-width space or joiner in a name', () => {
    const p = plan(
      'Company name,Short names,Company Domain Name,Description\n' +
        '\u202EAcme\u202C Logi\u200Bstics,"\u2067Ac\u200Dme\u2069",acme.com,Rates \u202Eroirepus\u202C 👨\u200D👩\u200D👧\n',
      { accounts: [], contacts: [] },
    );
    const row = p.put.accounts[0]!;
    expect(row.name).toBe('Acme Logistics');
    expect(row.aliases).toEqual(['Acme']);
    // Other text keeps the joiners an emoji sequence is made of.
    expect(row.business.description).toBe('Rates roirepus 👨\u200D👩\u200D👧');
  });
});

describe('updating an account', () => {
  it('takes the file’s values, keeps the old name as a short name, appends long text, unites lists, never blanks', () => {
    const csv = [
      'Record ID,Company name,Phone Number,Street Address,Industry,Description,Company Domain Name',
      '1,Acme Logistics Inc.,+1 415 555 0199,,Renewables & Environment,Now also rail,acme.com',
    ].join('\n');
    const p = plan(csv, { accounts: [ACME], contacts: [] });
    expect(p.accounts[0]).toMatchObject({ action: 'update', matchedBy: 'externalId' });
    expect(p.accounts[0]?.changes.sort()).toEqual(
      ['aliases', 'basic.phone', 'business.description', 'name', 'websiteDomains'].sort(),
    );
    expect(p.put.accounts[0]).toMatchObject({
      id: 'acme',
      createdAt: AT,
      updatedAt: NOW.toISOString(),
      name: 'Acme Logistics Inc.',
      aliases: ['Acme Logistics'],
      industry: 'logistics',
      websiteDomains: ['acme-logistics.com', 'acme.com'],
      basic: { phone: '+1 415 555 0199', address: '500 Harbor Blvd' },
      business: {
        description: 'Freight forwarding on the West Coast\nNow also rail\nRenewables & Environment',
      },
    });
  });

  it('a later row about the same company only fills what is still empty', () => {
    const csv =
      'Company name,Contact,Phone,Address,Website\nNew Co,A,+1 555 0100,,newco.com\nNew Co,B,+1 555 0101,1 Main St,\n';
    const p = plan(csv, { accounts: [], contacts: [] });
    expect(p.counts.accounts.create).toBe(1);
    expect(p.put.accounts[0]).toMatchObject({ name: 'New Co', basic: { address: '1 Main St' } });
    expect(p.put.contacts.map((c) => [c.name, c.accountId])).toEqual([
      ['A', 'new-1'],
      ['B', 'new-1'],
    ]);
  });

  it('a row describing a company already described is a duplicate; its later mention by a person is not', () => {
    const p = plan('Company name,Website\nAcme,acme.com\nAcme,acme.com\n', { accounts: [], contacts: [] });
    expect(p.skipped).toEqual([{ row: 3, part: 'account', reason: 'duplicateInFile', duplicateOf: 2 }]);
  });

  it('works on stored rows from before `externalIds` existed, and never changes them in place', () => {
    const old = account('old', { name: 'Old Co', websiteDomains: ['old.com'] });
    delete (old as { externalIds?: string[] }).externalIds;
    const p = plan('Record ID,Company name,Company Domain Name\n9,Old Co,old.com\n', {
      accounts: [old],
      contacts: [],
    });
    expect(p.put.accounts[0]?.externalIds).toEqual(['hubspot:9']);
    expect(old).not.toHaveProperty('externalIds');
  });
});

describe('matching and linking contacts', () => {
  const MARIA = contact('maria', 'acme', {
    name: 'Maria Gonzalez',
    emails: ['maria@acme-logistics.com'],
    phones: ['+1 415 555 0101'],
    notes: 'Prefers mornings',
  });
  const existing = () => ({ accounts: [ACME, BETA], contacts: [MARIA] });

  it('by email: phones united, notes appended, her account kept', () => {
    const p = plan(
      'Name,Company,Email,Phone,Notes\nMaria G.,Beta Bank,MARIA@acme-logistics.com,+1 415 555 0177,Leads the tender\n',
      existing(),
    );
    expect(p.contacts).toMatchObject([
      { id: 'maria', action: 'update', matchedBy: 'email', accountId: 'acme' },
    ]);
    expect(p.put.contacts[0]).toMatchObject({
      name: 'Maria G.',
      phones: ['+1 415 555 0101', '+1 415 555 0177'],
      notes: 'Prefers mornings\nLeads the tender',
    });
  });

  it('by name within the account when one side has no email; two namesakes with other emails are two people', () => {
    const p = plan(
      'Name,Company,Email,Title\nMaria Gonzalez,Acme Logistics,,COO\nMaria Gonzalez,Acme Logistics,other.maria@acme-logistics.com,Driver\n',
      existing(),
    );
    expect(p.contacts.map((c) => [c.id, c.action, c.matchedBy])).toEqual([
      ['maria', 'update', 'name'],
      ['new-1', 'create', null],
    ]);
  });

  it('a person repeated in the file is a duplicate', () => {
    const p = plan(
      'Name,Company,Email\nAna,Beta Bank,ana@beta-bank.com\nAna S.,Beta Bank,ana@beta-bank.com\n',
      existing(),
    );
    expect(p.skipped).toEqual([{ row: 3, part: 'contact', reason: 'duplicateInFile', duplicateOf: 2 }]);
  });

  it('without a company: by the email’s domain, else the default account, else skipped', () => {
    const csv = 'First Name,Last Name,Email\nTom,Becker,tom@beta-bank.com\nAna,Silva,ana@gmail.com\n';
    expect(plan(csv, existing()).put.contacts.map((c) => c.accountId)).toEqual(['beta']);
    expect(plan(csv, existing()).skipped).toEqual([
      { row: 3, part: 'contact', reason: 'noAccount', duplicateOf: null },
    ]);
    expect(plan(csv, existing(), { defaultAccountId: 'acme' }).put.contacts.map((c) => c.accountId)).toEqual([
      'beta',
      'acme',
    ]);
  });

  it('an unknown company becomes an account unless the caller says not to', () => {
    const csv = 'Name,Company,Email\nLi Wei,Gamma Ltd,li.wei@gamma.cn\n';
    expect(plan(csv, existing()).put.accounts).toMatchObject([
      { id: 'new-1', name: 'Gamma Ltd', emailDomains: ['gamma.cn'] },
    ]);
    expect(plan(csv, existing()).accounts[0]?.fromContact).toBe(true);
    expect(plan(csv, existing(), { createMissingAccounts: false }).counts.skipped.noAccount).toBe(1);
  });
});

describe('the plan', () => {
  it('is plain data: a structured clone and a JSON round trip give it back whole', () => {
    const p = plan('Name,Company,Email,Phone\nLi Wei,Gamma Ltd,li.wei@gamma.cn,bad phone\n,,,\nWang,,,\n', {
      accounts: [ACME],
      contacts: [],
    });
    expect(structuredClone(p)).toEqual(p);
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
  });

  it('counts rows, skips and issues; issues are ordered by row', () => {
    const p = plan(
      'Name,Company,Email,Phone\nLi Wei,Gamma Ltd,li.wei@gamma.cn,bad phone\nWang,,,\nZhao,Gamma Ltd,zhao@,\n',
      {
        accounts: [],
        contacts: [],
      },
    );
    expect(p.counts).toEqual({
      rows: 3,
      accounts: { create: 1, update: 0, unchanged: 0 },
      contacts: { create: 2, update: 0, unchanged: 0 },
      skipped: { noName: 0, invalid: 0, duplicateInFile: 0, noAccount: 1, empty: 0 },
      matchedByName: 0,
      errors: 0,
      warnings: 2,
      footerRows: 0,
    });
    expect(p.issues.map((i) => [i.row, i.column, i.field, i.code])).toEqual([
      [2, 'Phone', 'contact.phones', 'invalidPhone'],
      [4, 'Email', 'contact.emails', 'invalidEmail'],
    ]);
  });
});

describe('assembled rows (checked in the planner’s own fields only when written)', () => {
  const names = (p: ImportPlan, kind: 'accounts' | 'contacts') =>
    p.put[kind].filter((r) => p.assembled[kind].includes(r.id)).map((r) => r.name);

  it('are the new rows built from drafts that passed the schema as they were, and nothing merged into', () => {
    const p = plan(
      [
        'Company,Website,Name,Email,Phone',
        'Acme,acme.com,Ann,ann@acme.com,+1 415 555 0100',
        'Acme,acme.com,Bob,bob@acme.com,', // merges into Acme: no longer assembled
        'Beta,beta.com,Cy,cy@beta.com,bad phone', // Cy's phone dropped: checked whole
        'Gamma,,Dee,,', // Gamma by name alone: checked whole
      ].join('\n'),
      { accounts: [], contacts: [] },
    );
    expect(p.put.accounts.map((a) => a.name)).toEqual(['Acme', 'Beta', 'Gamma']);
    expect(names(p, 'accounts')).toEqual(['Beta']);
    expect(names(p, 'contacts')).toEqual(['Ann', 'Bob', 'Dee']);
  });

  it('never include a stored row, changed or not', () => {
    const p = plan(
      'Company,Website,Phone\nAcme Logistics,acme-logistics.com,+1 415 555 0199\nNew Co,new.co,\n',
      {
        accounts: [ACME],
        contacts: [],
      },
    );
    expect(p.counts.accounts).toEqual({ create: 1, update: 1, unchanged: 0 });
    expect(names(p, 'accounts')).toEqual(['New Co']);
  });
});

describe('a large database', () => {
  it('is indexed in slices before the file is read, progress never going back, and every match found', () => {
    const stored = Array.from({ length: 12_000 }, (_, i) =>
      account(`acc-${i}`, { name: `Stored ${i}`, websiteDomains: [`stored-${i}.com`] }),
    );
    const csv = 'Company name,Website\nStored Again,https://stored-11999.com\nNew One,new-one.com\n';
    const prepared = prepareImport(new TextEncoder().encode(csv), { fileName: 'accounts.csv' });
    if (!prepared.ok) throw new Error(prepared.error.code);
    const steps = runImport(
      prepared.value,
      prepared.value.mapping,
      { accounts: stored, contacts: [] },
      { now: NOW },
    );
    const seen: { done: number; total: number; rows: number }[] = [];
    let step = steps.next();
    for (; !step.done; step = steps.next()) seen.push(step.value);
    const indexing = seen.filter((p) => p.rows === 0);
    expect(indexing.length).toBeGreaterThanOrEqual(3); // 12,000 rows, 5,000 at a time
    expect(seen.map((p) => p.done)).toEqual(seen.map((p) => p.done).sort((a, b) => a - b));
    expect(new Set(seen.map((p) => p.total)).size).toBe(1);
    expect(seen.at(-1)!.done).toBe(seen.at(-1)!.total);
    expect(step.value.accounts.map((a) => [a.id.startsWith('acc-') ? a.id : 'new', a.action])).toEqual([
      ['acc-11999', 'update'],
      ['new', 'create'],
    ]);
  });
});
