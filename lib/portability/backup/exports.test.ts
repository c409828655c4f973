// The CSV and JSON files the options page saves, read from the database.
import { describe, expect, it } from 'vitest';
import { createAccount } from '../../db/accounts';
import { createContact } from '../../db/contacts';
import { accountDraft, contactDraft, openTestDatabase } from '../../db/test-helpers';
import { accountsCsvFile, backupFile, contactsCsvFile } from './exports';

const NOW = new Date(2026, 2, 20, 7, 30); // 07:30 local: the file is named with the local day
const text = (bytes: Uint8Array | string) =>
  typeof bytes === 'string' ? bytes : new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

async function seeded() {
  const db = openTestDatabase();
  const yungang = await createAccount(
    db,
    accountDraft({ name: '云港市水务集团有限公司', industry: 'logistics' }),
  );
  const formula = await createAccount(db, accountDraft({ name: "=cmd|' /C calc'!A0" }));
  await createContact(db, contactDraft(yungang.id, { name: '钱卫东', emails: ['qian@yungang.cn'] }));
  await createContact(db, contactDraft(formula.id, { name: '@SUM(A1)', title: '+1 buyer' }));
  return db;
}

describe('export files', () => {
  it('accounts: UTF-8 with a BOM, by name, labels in the language asked, formulas neutralised', async () => {
    const db = await seeded();
    const file = await accountsCsvFile(db, 'zh', NOW);
    expect(file).toMatchObject({
      name: 'dossier-accounts-2026-03-20.csv',
      type: 'text/csv;charset=utf-8',
      count: 2,
    });
    const bytes = file.bytes as Uint8Array;
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = text(bytes);
    expect(csv).toContain('云港市水务集团有限公司');
    expect(csv).toContain(`,'=cmd|' /C calc'!A0,`);
    expect(csv).not.toMatch(/(^|,)=cmd/m);
    expect(csv.indexOf("'=cmd")).toBeLessThan(csv.indexOf('云港市'));
  });

  it('contacts: with their account’s name, formulas neutralised', async () => {
    const db = await seeded();
    const file = await contactsCsvFile(db, 'en', NOW);
    expect(file).toMatchObject({ name: 'dossier-contacts-2026-03-20.csv', count: 2 });
    const csv = text(file.bytes);
    expect(csv.startsWith('\uFEFFDossier ID,Name,Title,Company')).toBe(true);
    expect(csv).toMatch(/钱卫东,,云港市水务集团有限公司,/);
    expect(csv).toContain("'@SUM(A1),'+1 buyer,");
  });

  it('an empty database gives header-only files', async () => {
    const db = openTestDatabase();
    const file = await accountsCsvFile(db, 'en', NOW);
    expect(file.count).toBe(0);
    expect(text(file.bytes).split('\r\n').filter(Boolean)).toHaveLength(1);
  });

  it('the JSON backup holds every account', async () => {
    const db = await seeded();
    const file = await backupFile(db, NOW);
    expect(file).toMatchObject({
      name: 'dossier-backup-2026-03-20.json',
      type: 'application/json',
      count: 2,
    });
    expect(JSON.parse(text(file.bytes)).tables.contacts).toHaveLength(2);
  });
});
