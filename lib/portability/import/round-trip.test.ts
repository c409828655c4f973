import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hashDatabase } from '../../../tests/support/db-hash';
import type { DossierDatabase } from '../../db/database';
import { openTestDatabase } from '../../db/test-helpers';
import { accountsToCsv, contactsToCsv } from '../export/core/csv';
import { connectImportWorker } from './test-channel';

const FIXTURES = resolve(import.meta.dirname, '../../../tests/fixtures/imports');
const fixture = (name: string) => new File([readFileSync(resolve(FIXTURES, name))], name);

/** Reads, plans and writes `files` through the import worker's session, as the options page does. */
function importer(db: DossierDatabase) {
  const client = connectImportWorker(db);
  return async (files: File[]) => {
    const read = await client.run('read', { files }).result;
    const review = await client.run('plan', { mappings: read.map((f) => (f.ok ? f.mapping : [])) }).result;
    const written = await client.run('write', { ownDomains: [] }).result;
    return { review, written };
  };
}

/**
 * Stored rows without what every write derives or stamps anew, and without their ids (a file's
 * Dossier IDs only find the rows they name; elsewhere rows get ids of their own): a contact's
 * account is named by the account's name.
 */
async function rows(db: DossierDatabase) {
  const strip = <T extends { id: string; updatedAt: string; pinyin?: unknown }>({
    id: _i,
    updatedAt: _u,
    pinyin: _p,
    ...row
  }: T) => row;
  const accounts = await db.accounts.toArray();
  const nameOf = new Map(accounts.map((a) => [a.id, a.name]));
  const byContent = (a: object, b: object) => JSON.stringify(a).localeCompare(JSON.stringify(b));
  return {
    accounts: accounts.map(strip).sort(byContent),
    contacts: (await db.contacts.toArray())
      .map(({ accountId, ...contact }) => ({
        ...strip(contact as typeof contact & { id: string }),
        account: nameOf.get(accountId),
      }))
      .sort(byContent),
  };
}

const dbs: DossierDatabase[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});
const database = () => {
  const db = openTestDatabase();
  dbs.push(db);
  return db;
};

describe('export CSV → import', () => {
  it.each(['en', 'zh'] as const)(
    'gives back the same accounts and contacts (labels in %s), and importing them again changes nothing',
    async (language) => {
      const first = database();
      await importer(first)([fixture('hubspot-companies.csv'), fixture('hubspot-contacts.csv')]);
      const stored = await db2csv(first, language);

      const second = database();
      const { review } = await importer(second)([
        new File([stored.accounts], 'dossier-accounts.csv'),
        new File([stored.contacts], 'dossier-contacts.csv'),
      ]);
      expect(review.files.map((f) => f.source)).toEqual(['dossier', 'dossier']);
      expect(review.accounts).toEqual({ create: 9, update: 0, unchanged: 0 });
      expect(review.contacts).toEqual({ create: 6, update: 0, unchanged: 0 });
      // The first database's ids name nothing here: each is left out, with a warning.
      const unknownIds = review.files.flatMap((f) => f.issues).filter((i) => i.code === 'unknownDossierId');
      expect(unknownIds.length).toBeGreaterThanOrEqual(9 + 6);
      expect(await rows(second)).toEqual(await rows(first));
      const ids = new Set((await first.accounts.toArray()).map((a) => a.id));
      expect((await second.accounts.toArray()).some((a) => ids.has(a.id))).toBe(false);

      // The original's own export imported into it again: every row found by its Dossier ID.
      const before = await hashDatabase(first.name);
      const { review: same } = await importer(first)([
        new File([stored.accounts], 'a.csv'),
        new File([stored.contacts], 'c.csv'),
      ]);
      expect(same.writes).toBe(0);
      expect(same.files.flatMap((f) => f.issues).filter((i) => i.code === 'unknownDossierId')).toEqual([]);
      expect(await hashDatabase(first.name)).toEqual(before);

      // The export of the copy imported into the original: found by their CRM ids instead.
      const again = await db2csv(second, language);
      const { review: copied } = await importer(first)([
        new File([again.accounts], 'a.csv'),
        new File([again.contacts], 'c.csv'),
      ]);
      expect(copied.writes).toBe(0);
      expect(await hashDatabase(first.name)).toEqual(before);
    },
  );
});

async function db2csv(db: DossierDatabase, language: 'en' | 'zh') {
  const accounts = await db.accounts.toArray();
  return {
    accounts: accountsToCsv(accounts, { language }),
    contacts: contactsToCsv(await db.contacts.toArray(), accounts, { language }),
  };
}
