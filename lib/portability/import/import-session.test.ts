import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashDatabase } from '../../../tests/support/db-hash';
import { createAccount } from '../../db/accounts';
import type { DossierDatabase } from '../../db/database';
import { accountDraft, openTestDatabase } from '../../db/test-helpers';
import { type ImportClient, JobFailed } from './import-client';
import type { FileReading, JobProgress } from './protocol';
import { connectImportWorker } from './test-channel';

const FIXTURES = resolve(import.meta.dirname, '../../../tests/fixtures/imports');
const file = (name: string) => new File([readFileSync(resolve(FIXTURES, name))], name);

let db: DossierDatabase;
let client: ImportClient;
beforeEach(async () => {
  db = openTestDatabase();
  await createAccount(db, accountDraft({ name: 'Already here' }));
  client = connectImportWorker(db);
});
afterEach(async () => {
  await db.delete();
});

const mappings = (files: FileReading[]) => files.map((f) => (f.ok ? f.mapping : []));

function bigCompanies(n: number): File {
  const lines = ['Record ID,Company name,Company Domain Name'];
  for (let i = 0; i < n; i++) lines.push(`${9000 + i},Company ${i},company-${i}.com`);
  return new File([`${lines.join('\r\n')}\r\n`], 'companies.csv');
}

describe('the import worker', () => {
  it('reads a HubSpot pair (contacts chosen first), plans companies before people, writes both at once', async () => {
    const read = await client.run('read', {
      files: [file('hubspot-contacts.csv'), file('hubspot-companies.csv')],
    }).result;
    expect(read.map((f) => f.ok && [f.name, f.source, f.encoding, f.headers.length])).toEqual([
      ['hubspot-contacts.csv', 'hubspotContacts', 'utf-8', 12],
      ['hubspot-companies.csv', 'hubspotCompanies', 'utf-8', 13],
    ]);
    expect(read[1]?.ok && read[1].preview[0]?.[1]).toBe('Acme Logistics');

    const progress: JobProgress[] = [];
    const review = await client.run('plan', { mappings: mappings(read) }, (p) => progress.push(p)).result;
    expect(review.accounts).toEqual({ create: 9, update: 0, unchanged: 0 });
    expect(review.contacts).toEqual({ create: 6, update: 0, unchanged: 0 });
    expect(review.writes).toBe(15);
    // The size of what will be written, for the page's space check: 15 rows of JSON.
    expect(review.writeBytes).toBeGreaterThan(15 * 200);
    expect(review.writeBytes).toBeLessThan(15 * 3_000);
    expect(review.files.map((f) => [f.name, f.counts.rows, f.counts.skipped.duplicateInFile])).toEqual([
      ['hubspot-contacts.csv', 9, 1],
      ['hubspot-companies.csv', 9, 1],
    ]);
    expect(review.files[0]?.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [6, 'First Name', 'required'],
      [7, 'Email', 'invalidEmail'],
    ]);
    expect(review.sample[0]).toMatchObject({
      file: 1,
      row: 2,
      kind: 'account',
      name: 'Acme Logistics',
      action: 'create',
    });
    expect(progress[0]?.phase).toBe('read');

    const written = await client.run('write', { ownDomains: [] }).result;
    expect(written).toEqual({ accounts: 9, contacts: 6 });
    expect(await db.accounts.count()).toBe(10);
    expect(await db.contacts.count()).toBe(6);

    // The same pair again: everything matches what the first import made.
    const before = await hashDatabase(db.name);
    const again = await client.run('plan', { mappings: mappings(read) }).result;
    expect(
      again.accounts.create + again.accounts.update + again.contacts.create + again.contacts.update,
    ).toBe(0);
    expect(again.writes).toBe(0);
    expect(await client.run('write', { ownDomains: [] }).result).toEqual({ accounts: 0, contacts: 0 });
    expect(await hashDatabase(db.name)).toEqual(before);
  });

  it('says why a file cannot be read, and reads it again in the encoding the rep picks', async () => {
    const garbage = new File([new Uint8Array(4096).map((_, i) => (i * 7919) % 256)], 'garbage.csv');
    const [bad, gbk] = await client.run('read', { files: [garbage, file('gbk-chinese.gbk.csv')] }).result;
    expect(bad).toMatchObject({ ok: false, name: 'garbage.csv', error: { code: 'binary' } });
    expect(gbk).toMatchObject({ ok: true, encoding: 'gb18030' });
    const latin = await client.run('reencode', { file: 1, encoding: 'windows-1252' }).result;
    expect(latin.ok && latin.encoding).toBe('windows-1252');
    expect(latin.ok && gbk?.ok && latin.headers).not.toEqual(gbk?.ok && gbk.headers);
  });

  it('a cancelled plan leaves nothing to write', async () => {
    const [read] = await client.run('read', { files: [bigCompanies(20_000)] }).result;
    const job = client.run('plan', { mappings: mappings([read!]) }, (p) => {
      if (p.phase === 'plan') job.cancel();
    });
    await expect(job.result).rejects.toMatchObject({ error: { code: 'cancelled' } });
    await expect(client.run('write', { ownDomains: [] }).result).rejects.toBeInstanceOf(JobFailed);
  });

  it('a write cancelled half-way leaves the database exactly as before', async () => {
    const [read] = await client.run('read', { files: [bigCompanies(3_000)] }).result;
    await client.run('plan', { mappings: mappings([read!]) }).result;
    const before = await hashDatabase(db.name);
    const job = client.run('write', { ownDomains: [] }, (p) => {
      if (p.phase === 'write' && p.done > 0) job.cancel();
    });
    await expect(job.result).rejects.toMatchObject({ error: { code: 'cancelled' } });
    expect(await hashDatabase(db.name)).toEqual(before);
    // A plan is written once at most: after a cancel the rep plans again.
    await expect(client.run('write', { ownDomains: [] }).result).rejects.toMatchObject({
      error: { code: 'noPlan' },
    });
  });
});
