import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { sortAccounts } from '../model/derive';
import { ACCOUNT_SORTS } from '../model/types';
import { CURRENT_ROW_VERSION } from '../model/upgrade-rows';
import { listAccountSummaries } from './account-lookup';
import { DossierDatabase } from './database';
import { SCHEMA_FIXTURES } from './fixtures/schema-fixtures';
import { REVISED_TABLES, readRevisions } from './revisions';
import { CURRENT_SCHEMA_VERSION } from './schema';

/**
 * Migration harness: for every schema version ever shipped, write a fixture database exactly as
 * that version's code did (its own frozen `stores` definition, its own row shapes), close it,
 * open it with today's code, and check every row arrives as the migrated expectation says and
 * the indexes answer. A new `version(n)` adds its fixture to `SCHEMA_FIXTURES`.
 */
const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

describe('schema migrations', () => {
  it('has a fixture for every version up to the current one', () => {
    expect(SCHEMA_FIXTURES.map((f) => f.version)).toEqual(
      Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, i) => i + 1),
    );
  });

  it('the backup reader upgrades rows to the same version the database has', () => {
    expect(CURRENT_ROW_VERSION).toBe(CURRENT_SCHEMA_VERSION);
  });

  it.each(SCHEMA_FIXTURES)(
    'a version $version database opens with current code, data preserved',
    async (fixture) => {
      const name = `migration-v${fixture.version}-${crypto.randomUUID()}`;
      names.push(name);
      const old = new Dexie(name);
      old.version(fixture.version).stores(fixture.stores);
      await old.open();
      await old.transaction('rw', old.tables, async () => {
        for (const [table, rows] of Object.entries(fixture.rows)) await old.table(table).bulkAdd(rows);
      });
      old.close();

      const current = new DossierDatabase(name);
      await current.open();
      expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
      for (const [table, rows] of Object.entries(fixture.expected)) {
        const byId = (a: Record<string, unknown>, b: Record<string, unknown>) =>
          String(a.id).localeCompare(String(b.id));
        const stored: Record<string, unknown>[] = await current.table(table).toArray();
        expect(stored.sort(byId)).toEqual([...rows].sort(byId));
      }
      for (const probe of fixture.probes) {
        const table = current.table(probe.table);
        if (table.schema.idxByName[probe.index]) {
          expect(await table.where(probe.index).equals(probe.value).count()).toBe(probe.count);
        } else {
          const holding = (await table.toArray()).filter((row) =>
            [row[probe.index]].flat().includes(probe.value),
          );
          expect(holding).toHaveLength(probe.count);
        }
      }
      current.close();
    },
  );
});

/** A database written by version `version`'s code (its frozen stores), open for rows; removed after the test. */
async function olderDatabase(version: number) {
  const name = `migration-v${version}-${crypto.randomUUID()}`;
  names.push(name);
  const fixture = SCHEMA_FIXTURES.find((f) => f.version === version)!;
  const old = new Dexie(name);
  old.version(version).stores(fixture.stores);
  await old.open();
  return { name, old, fixture };
}

describe('schema version 4', () => {
  it('computes the readings of existing accounts (company rules) and contacts (surname rules)', async () => {
    const { name, old, fixture: v3 } = await olderDatabase(3);
    const [account] = v3.rows.accounts!;
    const [contact] = v3.rows.contacts!;
    await old
      .table('accounts')
      .add({ ...account, id: 'acc-cq', name: '重庆物流', aliases: ['CQ Logistics'] });
    await old.table('contacts').add({ ...contact, id: 'con-zeng', name: ' 单丽 ', emails: [] });
    old.close();

    const current = new DossierDatabase(name);
    const upgraded = await current.accounts.get('acc-cq');
    expect(upgraded?.pinyin?.map((r) => r.full)).toEqual(['chongqingwuliu']);
    expect((await current.contacts.get('con-zeng'))?.pinyin).toEqual([
      { full: 'shanli', initials: 'sl', syllables: ['shan', 'li'] },
    ]);
    current.close();
  });
});

describe('schema version 6', () => {
  it('keeps only the indexes a query uses on accounts and contacts', async () => {
    const { name, old, fixture: v5 } = await olderDatabase(5);
    await old.table('accounts').bulkAdd(v5.rows.accounts!);
    old.close();

    const current = new DossierDatabase(name);
    await current.open();
    // What the browser itself has now, not Dexie's idea of it.
    const raw = current.backendDB();
    const indexes = (table: string) => [...raw.transaction(table).objectStore(table).indexNames].sort();
    expect(indexes('accounts')).toEqual(['nextContactDate', 'updatedAt']);
    // Version 7 adds the birthday look-up back; nothing else.
    expect(indexes('contacts')).toEqual(['accountId', 'birthMonthDay', 'updatedAt']);
    expect(indexes('notes')).toContain('[accountId+occurredAt]');
    current.close();
  });
});

describe('schema version 7', () => {
  it("builds every account's signals from its file: last contact, cadence due, risk", async () => {
    const { name, old, fixture: v6 } = await olderDatabase(6);
    const account = { ...v6.rows.accounts![0]!, id: 'acc-due', createdAt: '2026-01-01T00:00:00.000Z' };
    await old.table('accounts').add({ ...account, portfolioQuadrant: 'star', cadenceDays: null });
    await old.table('notes').add({
      ...v6.rows.notes![0]!,
      id: 'note-call',
      accountId: 'acc-due',
      contactId: null,
      kind: 'call',
      occurredAt: '2026-11-01T08:00:00.000Z',
    });
    old.close();

    const current = new DossierDatabase(name);
    const signals = await current.accountSignals.get('acc-due');
    expect(signals).toMatchObject({
      lastContactAt: '2026-11-01T08:00:00.000Z',
      cadenceDueAt: '2026-11-15T08:00:00.000Z',
      riskRoseAt: null,
    });
    expect(await current.accountSignals.where('cadenceDueAt').below('2026-11-16').primaryKeys()).toContain(
      'acc-due',
    );
    current.close();
  });
});

/** An account's signals as an older version wrote them: no list places, a summary or none. */
function olderSignals(account: Record<string, unknown>, withSummary: boolean) {
  return {
    id: account.id,
    lastContactAt: null,
    cadenceDueAt: '2026-12-01T00:00:00.000Z',
    risk: 'low',
    riskRoseAt: null,
    greets: [],
    ...(withSummary ? { summary: { name: account.name, tier: account.tier } } : {}),
  };
}

describe('schema versions 8 and 9', () => {
  it.each([7, 8])(
    "rebuild version %i's signals with each account's summary, which Today and the list read instead of the account",
    async (version) => {
      const { name, old, fixture } = await olderDatabase(version);
      await old.table('accounts').bulkAdd(fixture.rows.accounts!);
      const account = fixture.rows.accounts![0]!;
      // A signals row as version 7 wrote it (no summary), or as version 8 did (a narrower one).
      await old.table('accountSignals').add(olderSignals(account, version === 8));
      old.close();

      const current = new DossierDatabase(name);
      const signals = await current.accountSignals.get(String(account.id));
      expect(signals?.summary).toEqual({
        name: account.name,
        aliases: account.aliases,
        tier: account.tier,
        portfolioQuadrant: account.portfolioQuadrant,
        industry: account.industry,
        cadenceDays: account.cadenceDays,
        nextContactDate: account.nextContactDate,
        lifecycleStage: account.lifecycleStage,
      });
      expect(await current.accountSignals.count()).toBe(fixture.rows.accounts!.length);
      current.close();
    },
  );
});

describe('schema version 10', () => {
  it.each([8, 9])(
    "gives version %i's signals each account's place in the list, indexed under every sort",
    async (version) => {
      const { name, old, fixture } = await olderDatabase(version);
      const accounts = fixture.rows.accounts!;
      await old.table('accounts').bulkAdd(accounts);
      // The signals as versions 8 and 9 wrote them: a summary, no list places.
      await old.table('accountSignals').bulkAdd(accounts.map((account) => olderSignals(account, true)));
      old.close();

      const current = new DossierDatabase(name);
      const byName = await current.accountSignals.orderBy('order.name').toArray();
      expect(byName).toHaveLength(accounts.length);
      expect(byName.map((s) => s.summary.name)).toEqual(
        sortAccounts(await listAccountSummaries(current), 'name').map((a) => a.name),
      );
      for (const sort of ACCOUNT_SORTS)
        expect(await current.accountSignals.orderBy(`order.${sort}`).count()).toBe(accounts.length);
      current.close();
    },
  );
});

describe('schema version 11', () => {
  it('gives every table of a version 10 database a revision, which the next write changes', async () => {
    const { name, old, fixture } = await olderDatabase(10);
    await old.table('accounts').bulkAdd(fixture.rows.accounts!);
    old.close();

    const current = new DossierDatabase(name);
    const first = await readRevisions(current, REVISED_TABLES);
    expect(first && Object.keys(first).sort()).toEqual([...REVISED_TABLES].sort());
    await current.notes.put({ ...fixture.expected.notes![0]!, id: 'new-note' } as never);
    const next = await readRevisions(current, REVISED_TABLES);
    expect(next?.notes).not.toBe(first?.notes);
    expect(next?.accounts).toBe(first?.accounts);
    current.close();
  });
});
