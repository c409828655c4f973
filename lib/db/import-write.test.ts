import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DBCore, Middleware } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hashDatabase } from '../../tests/support/db-hash';
import { emptyTimelineNoteDraft } from '../model/defaults';
import type { ImportPlan } from '../portability/import/core/plan';
import { importFile } from '../portability/import/import-file';
import { createAccount } from './accounts';
import { createContact } from './contacts';
import type { DossierDatabase } from './database';
import { isQuotaError } from './errors';
import {
  ImportWriteError,
  type ImportWriteProgress,
  prepareImportRows,
  readExistingForImport,
  writeImport,
} from './import-write';
import { createNote } from './notes';
import { putInChunks } from './put-in-chunks';
import { refreshSignals, signalTables } from './signals';
import { accountDraft, contactDraft, openTestDatabase } from './test-helpers';

const FIXTURES = resolve(import.meta.dirname, '../../tests/fixtures/imports');

let db: DossierDatabase;
beforeEach(async () => {
  db = openTestDatabase();
  // Something of the rep's own that no import may disturb.
  const account = await createAccount(
    db,
    accountDraft({ name: '中国电信江苏分公司', emailDomains: ['js-telecom.cn'] }),
  );
  await createContact(db, contactDraft(account.id, { emails: ['wang.fang@js-telecom.cn'] }));
  await createNote(db, { ...emptyTimelineNoteDraft(account.id, new Date()), text: '拜访' });
});
afterEach(async () => {
  await db.delete();
});

/** The file planned against what the database holds now, as the options page's worker does. */
async function plan(
  bytes: Uint8Array,
  fileName = 'import.csv',
): Promise<{ plan: ImportPlan; basis: Awaited<ReturnType<typeof readExistingForImport>>['basis'] }> {
  const existing = await readExistingForImport(db);
  const result = importFile(bytes, existing, { fileName });
  if (!result.ok) throw new Error(result.error.code);
  return { plan: result.value, basis: existing.basis };
}

const fixture = (name: string) => new Uint8Array(readFileSync(resolve(FIXTURES, name)));

/** A HubSpot companies export of `n` rows, every one valid. */
function companies(n: number): Uint8Array {
  const lines = ['Record ID,Company name,Company Domain Name,Phone Number,Industry'];
  for (let i = 0; i < n; i++) {
    const name = i % 3 === 0 ? `华东精密制造有限公司${i}` : `Acme Logistics ${i}`;
    lines.push(
      `${1000 + i},${name},company-${i}.com,+1 415 555 ${String(i % 10000).padStart(4, '0')},Banking`,
    );
  }
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}

const hash = () => hashDatabase(db.name);

describe('writing an import plan', () => {
  it('writes the HubSpot pair: accounts with readings and external ids, contacts linked; again → nothing new', async () => {
    const first = await plan(fixture('hubspot-companies.csv'), 'hubspot-companies.csv');
    expect(await writeImport(db, first.plan.put, { basis: first.basis })).toEqual({
      accounts: 7,
      contacts: 0,
    });
    const second = await plan(fixture('hubspot-contacts.csv'), 'hubspot-contacts.csv');
    expect(await writeImport(db, second.plan.put, { basis: second.basis })).toEqual({
      accounts: 2,
      contacts: 6,
    });
    expect(await db.accounts.count()).toBe(1 + 7 + 2);
    expect(await db.contacts.count()).toBe(1 + 6);

    const accounts = await db.accounts.toArray();
    const acme = accounts.find((a) => a.externalIds?.includes('hubspot:18234501'));
    expect(acme?.name).toBe('Acme Logistics');
    const hdjm = accounts.find((a) => a.websiteDomains.includes('hdjm.com.cn'));
    expect(hdjm?.pinyin?.[0]?.initials).toBe('hdjmzzyxgs');
    const wang = (await db.contacts.toArray()).find((c) => c.emails.includes('wang.fang@hdjm.com.cn'));
    expect(wang).toMatchObject({ name: '王芳', accountId: hdjm?.id, externalIds: ['hubspot:552'] });
    expect(wang?.pinyin?.[0]?.full).toBe('wangfang');

    const before = await hash();
    for (const name of ['hubspot-companies.csv', 'hubspot-contacts.csv']) {
      const again = await plan(fixture(name), name);
      expect(again.plan.put).toEqual({ accounts: [], contacts: [] });
      expect(await writeImport(db, again.plan.put, { basis: again.basis })).toEqual({
        accounts: 0,
        contacts: 0,
      });
    }
    expect(await hash()).toEqual(before);
  });

  it('reports progress often, up to the total, then the commit', async () => {
    const { plan: p, basis } = await plan(companies(3000));
    const seen: ImportWriteProgress[] = [];
    await writeImport(db, p.put, { basis, sliceMs: 1, onProgress: (x) => seen.push(x) });
    expect(seen.at(-1)).toEqual({ phase: 'commit', done: 3000, total: 3000 });
    const done = seen.filter((x) => x.phase === 'write').map((x) => x.done);
    expect(done.length).toBeGreaterThan(2);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.at(-1)).toBe(3000);
    expect(seen.every((x) => x.total === 3000)).toBe(true);
  });
});

describe('the chunks of the write', () => {
  it('grow with the pace but never jump after this thread paused (both chunks in flight settle together)', async () => {
    const sizes: number[] = [];
    let calls = 0;
    const table = {
      bulkPut: (rows: readonly unknown[]) => {
        sizes.push(rows.length);
        const paused = ++calls === 6;
        return new Promise<void>((resolve) =>
          setTimeout(() => {
            // Chunk 6 lands while this thread is busy for 80 ms: chunk 7 then seems to take no time.
            if (paused) for (const end = performance.now() + 80; performance.now() < end; );
            resolve();
          }, 2),
        );
      },
    };
    const rows = Array.from({ length: 30_000 }, (_, i) => i);
    const seen: number[] = [];
    await putInChunks([[table as never, rows]], {
      total: rows.length,
      sliceMs: 10,
      onProgress: (p) => seen.push(p.done),
    });
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(30_000);
    expect(seen.at(-1)).toBe(30_000);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]!).toBeLessThanOrEqual(sizes[i - 1]! * 2);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(5_000);
  });
});

describe('prepared rows', () => {
  it('carry their readings and share their empty values, and write as they are', async () => {
    const { plan: p, basis } = await plan(companies(30));
    const ready = await prepareImportRows(p.put);
    const [a, b] = ready.accounts;
    expect(a!.pinyin).toEqual(expect.any(Array));
    expect(a!.aliases).toBe(b!.aliases);
    expect(a!.business).toBe(b!.business);
    const seen: ImportWriteProgress[] = [];
    await writeImport(db, ready, { basis, onProgress: (x) => seen.push(x) });
    expect(seen.some((x) => x.phase === 'check')).toBe(false);
    expect(await db.accounts.get(a!.id)).toEqual(a);
  });
});

describe('all or nothing', () => {
  it('a bad row anywhere refuses the whole import, naming it; the database is as before', async () => {
    const { plan: p, basis } = await plan(companies(500));
    const before = await hash();
    const bad = structuredClone(p.put);
    bad.accounts[400]!.basic.email = 'not an email';
    const error = await writeImport(db, bad, { basis }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportWriteError);
    expect(error).toMatchObject({
      code: 'invalid',
      detail: { table: 'accounts', id: bad.accounts[400]!.id, field: 'basic.email', problem: 'invalidEmail' },
    });
    expect(await hash()).toEqual(before);
  });

  it('checks an assembled row in the fields the planner set: a bad one still refuses the import', async () => {
    const { plan: p, basis } = await plan(companies(500));
    expect(p.assembled.accounts).toHaveLength(500);
    const before = await hash();
    const bad = structuredClone(p.put);
    bad.accounts[300]!.createdAt = 'yesterday';
    const assembled = { accounts: new Set(p.assembled.accounts), contacts: new Set<string>() };
    await expect(writeImport(db, { ...bad, assembled }, { basis })).rejects.toMatchObject({
      code: 'invalid',
      detail: { table: 'accounts', id: bad.accounts[300]!.id, field: 'createdAt' },
    });
    const badDomain = structuredClone(p.put);
    badDomain.accounts[10]!.emailDomains.push('not a domain');
    await expect(writeImport(db, { ...badDomain, assembled }, { basis })).rejects.toMatchObject({
      code: 'invalid',
      detail: { table: 'accounts', field: 'emailDomains.0' },
    });
    expect(await hash()).toEqual(before);
    expect(await writeImport(db, { ...p.put, assembled }, { basis })).toEqual({ accounts: 500, contacts: 0 });
  });

  it('refuses a contact whose account is neither imported nor stored, and repeated ids', async () => {
    const { plan: p, basis } = await plan(fixture('hubspot-contacts.csv'), 'hubspot-contacts.csv');
    const before = await hash();
    // (Each write takes its lists over: every call gets copies.)
    const orphan = { ...structuredClone(p.put), contacts: [{ ...p.put.contacts[0]!, accountId: 'gone' }] };
    await expect(writeImport(db, orphan, { basis })).rejects.toMatchObject({
      code: 'invalid',
      detail: { table: 'contacts', field: 'accountId' },
    });
    const twice = { ...structuredClone(p.put), contacts: [p.put.contacts[0]!, p.put.contacts[0]!] };
    await expect(writeImport(db, twice, { basis })).rejects.toMatchObject({
      code: 'invalid',
      detail: { table: 'contacts', problem: 'duplicate' },
    });
    expect(await hash()).toEqual(before);
  });

  it('cancelled between chunks: nothing written', async () => {
    const { plan: p, basis } = await plan(companies(3000));
    const before = await hash();
    const cancel = new AbortController();
    let chunks = 0;
    const onProgress = (x: ImportWriteProgress) => {
      if (x.phase === 'write' && ++chunks === 2) cancel.abort();
    };
    const error = await writeImport(db, p.put, {
      basis,
      sliceMs: 1,
      signal: cancel.signal,
      onProgress,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'cancelled' });
    expect(chunks).toBe(2);
    expect(await hash()).toEqual(before);
  });

  it('cancelled before it began: nothing written', async () => {
    const { plan: p, basis } = await plan(companies(10));
    const before = await hash();
    const cancel = new AbortController();
    cancel.abort();
    await expect(writeImport(db, p.put, { basis, signal: cancel.signal })).rejects.toMatchObject({
      code: 'cancelled',
    });
    expect(await hash()).toEqual(before);
  });

  it('cancelled while a chunk is being written (the transaction aborts under it): nothing written', async () => {
    const { plan: p, basis } = await plan(companies(2000));
    const before = await hash();
    const cancel = new AbortController();
    await withMiddleware(failAfter(500, () => cancel.abort()));
    await expect(writeImport(db, p.put, { basis, signal: cancel.signal })).rejects.toMatchObject({
      code: 'cancelled',
    });
    expect(await hash()).toEqual(before);
  });

  it('the browser refusing storage (QuotaExceededError) half-way: a quota error, nothing written', async () => {
    const { plan: p, basis } = await plan(companies(2000));
    const before = await hash();
    await withMiddleware(
      failAfter(1200, () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }),
    );
    await expect(writeImport(db, p.put, { basis })).rejects.toMatchObject({ code: 'quota' });
    expect(await hash()).toEqual(before);
  });

  it('refuses when the stored accounts changed after the plan was made (a background write)', async () => {
    const { plan: p, basis } = await plan(companies(10));
    await createAccount(db, accountDraft({ name: 'Written meanwhile' }));
    const before = await hash();
    await expect(writeImport(db, p.put, { basis })).rejects.toMatchObject({ code: 'changed' });
    expect(await hash()).toEqual(before);
  });
});

describe('quota errors', () => {
  it.each([
    ['the DOMException itself', new DOMException('full', 'QuotaExceededError')],
    ["Dexie's AbortError around it", { name: 'AbortError', inner: { name: 'QuotaExceededError' } }],
    ["Dexie's BulkError listing it", { name: 'BulkError', failures: { 3: { name: 'QuotaExceededError' } } }],
    ['an error caused by it', new Error('write failed', { cause: { name: 'QuotaExceededError' } })],
  ])('are recognised: %s', (_, error) => {
    expect(isQuotaError(error)).toBe(true);
  });

  it.each([[new Error('x')], [{ name: 'AbortError' }], [null], ['QuotaExceededError']])(
    'and nothing else is: %s',
    (error) => {
      expect(isQuotaError(error)).toBe(false);
    },
  );
});

/** Reopens the test database with a middleware below every request (Dexie builds its stack on open). */
async function withMiddleware(middleware: Middleware<DBCore>) {
  db.close();
  db.use(middleware);
  await db.open();
}

/**
 * A Dexie middleware that lets `rows` rows of puts through, then calls `fail` for the next put (it
 * may throw: the request fails with that error, as the browser's refusal would).
 */
function failAfter(rows: number, fail: () => void): Middleware<DBCore> {
  let seen = 0;
  return {
    stack: 'dbcore',
    name: 'fail-after',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: async (request) => {
            if (request.type === 'put') {
              seen += request.values.length;
              if (seen > rows) fail();
            }
            return table.mutate(request);
          },
        };
      },
    }),
  };
}

describe('the signals an import writes', () => {
  it('are what a read of the written files would give: new and updated accounts, contacts added and moved', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T09:00:00Z'));
    try {
      const [existing] = await db.accounts.toArray(); // has a contact and a note
      const other = await createAccount(db, accountDraft({ name: 'Beta Foods' }));
      const moving = await createContact(db, contactDraft(other.id, { name: 'Li Moved' }));
      const at = new Date().toISOString();
      // Rows as an import brings them: without what lib/db derives (readings, birthday key).
      const bare = <T extends object>(row: T) => {
        const {
          pinyin: _readings,
          birthMonthDay: _day,
          ...rest
        } = row as T & { pinyin?: unknown; birthMonthDay?: unknown };
        return rest as T;
      };
      const rows = {
        accounts: [
          {
            ...bare(existing!),
            externalIds: [],
            name: '中国电信江苏分公司（新）',
            tier: 'A' as const,
            updatedAt: at,
          },
          {
            ...bare(existing!),
            externalIds: [],
            id: 'new-account',
            name: 'Northwind Traders',
            createdAt: at,
            updatedAt: at,
          },
        ],
        contacts: [
          { ...bare(moving), externalIds: [], accountId: existing!.id, updatedAt: at },
          {
            ...bare(moving),
            externalIds: [],
            id: 'new-contact',
            name: 'Wu New',
            accountId: 'new-account',
            createdAt: at,
            updatedAt: at,
          },
        ],
      };
      await writeImport(db, rows).catch((error) => {
        throw new Error(JSON.stringify(error.detail ?? error.message));
      });
      const ids = [existing!.id, 'new-account'];
      const written = await db.accountSignals.bulkGet(ids);
      expect(written.every(Boolean)).toBe(true);
      // The same accounts' signals read from what is stored now.
      await db.transaction('rw', signalTables(db), () => refreshSignals(db, ids));
      expect(await db.accountSignals.bulkGet(ids)).toEqual(written);
      expect(written[0]?.summary.name).toBe('中国电信江苏分公司（新）');
    } finally {
      vi.useRealTimers();
    }
  });
});
