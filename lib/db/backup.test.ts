import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyPricingNoteDraft, emptyTalkingPointDraft, emptyTimelineNoteDraft } from '../model/defaults';
import { parseBackup } from '../portability/import/core/backup-file';
import { readAccountWindow } from './account-lookup';
import { createAccount } from './accounts';
import { exportDatabase, restoreDatabase } from './backup';
import { createContact } from './contacts';
import type { DossierDatabase } from './database';
import { recordCorrection } from './match-corrections';
import { createNote } from './notes';
import { createPricingNote } from './pricing-notes';
import { CURRENT_SCHEMA_VERSION } from './schema';
import { rebuildSignals } from './signals';
import { createTalkingPoint } from './talking-points';
import { accountDraft, contactDraft, openTestDatabase } from './test-helpers';

let db: DossierDatabase;
beforeEach(async () => {
  db = openTestDatabase();
  await seed(db);
});
afterEach(async () => {
  await db.delete();
});

const NOTE_UNIT = '会议纪要 meeting notes 🚀 ';
const ONE_MB_NOTE = NOTE_UNIT.repeat(Math.ceil(1_048_576 / NOTE_UNIT.length));

async function seed(target: DossierDatabase) {
  const account = await createAccount(
    target,
    accountDraft({
      name: '中国电信江苏分公司 🏢',
      aliases: ['江苏电信'],
      emailDomains: ['js-telecom.cn'],
      tier: 'A',
    }),
  );
  const contact = await createContact(
    target,
    contactDraft(account.id, {
      emails: ['wang.fang@js-telecom.cn'],
      buyingRole: 'decisionMaker',
      birthday: '--05-20',
    }),
  );
  await createTalkingPoint(target, {
    ...emptyTalkingPointDraft(account.id),
    text: '先谈 SLA 👍',
    contactId: contact.id,
  });
  await createPricingNote(target, {
    ...emptyPricingNoteDraft(account.id),
    product: '专线',
    listPrice: 9800,
    floorPrice: 7800,
  });
  await createNote(target, {
    ...emptyTimelineNoteDraft(account.id, new Date()),
    text: ONE_MB_NOTE,
    kind: 'visit',
  });
  await recordCorrection(target, { key: 'js-telecom.cn', accountId: account.id, verdict: 'belongsTo' });
}

async function snapshot(target: DossierDatabase) {
  const { tables } = await exportDatabase(target);
  return tables;
}

describe('JSON backup', () => {
  it('round-trips export → wipe → restore deep-equal, CJK, emoji and a 1 MB note included', async () => {
    const before = await snapshot(db);
    const text = JSON.stringify(await exportDatabase(db));
    await Promise.all(db.allTables.map((t) => t.clear()));
    expect(await db.accounts.count()).toBe(0);
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    await restoreDatabase(db, parsed.backup);
    expect(await snapshot(db)).toEqual(before);
    expect((await db.notes.toArray())[0]?.text).toBe(ONE_MB_NOTE);
    // indexes are rebuilt from the restored rows
    const wang = (await db.contacts.toArray()).find((c) => c.emails.includes('wang.fang@js-telecom.cn'));
    expect(await db.contacts.where('accountId').equals(wang!.accountId).primaryKeys()).toContain(wang!.id);
  });

  it('gives every restored account its signals, as a rebuild from the stored files would, list places included', async () => {
    const written = await db.accountSignals.toArray();
    const backup = await exportDatabase(db);
    await Promise.all(db.allTables.map((t) => t.clear()));
    await restoreDatabase(db, backup);
    const restored = await db.accountSignals.toArray();
    expect(restored.map((s) => s.id).sort()).toEqual(written.map((s) => s.id).sort());
    await db.transaction('rw', db.allTables, () => rebuildSignals(db));
    expect(await db.accountSignals.toArray()).toEqual(restored);
    expect((await readAccountWindow(db, 'name', 0, 10)).map((a) => a.name)).toContain(
      '中国电信江苏分公司 🏢',
    );
  });

  it('leaves the derived pinyin readings out, and a restore computes them again', async () => {
    const backup = await exportDatabase(db);
    expect(JSON.stringify(backup.tables)).not.toContain('"pinyin"');
    const stored = await db.contacts.toArray();
    await restoreDatabase(db, backup);
    expect((await db.accounts.toArray())[0]?.pinyin?.[1]).toEqual({
      full: 'jiangsudianxin',
      initials: 'jsdx',
      syllables: ['jiang', 'su', 'dian', 'xin'],
    });
    expect(await db.contacts.toArray()).toEqual(stored);
  });

  it('carries its format, version and schema version', async () => {
    const backup = await exportDatabase(db, new Date('2026-11-22T10:00:00Z'));
    expect(backup).toMatchObject({
      format: 'dossier-backup',
      formatVersion: 1,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      exportedAt: '2026-11-22T10:00:00.000Z',
    });
    expect(backup.tables.matchCorrections).toHaveLength(1);
  });

  it('reads a backup made before corrections existed (no matchCorrections table) as having none', async () => {
    const g = await good();
    const { matchCorrections: _dropped, ...older } = g.tables;
    const parsed = parseBackup(JSON.stringify({ ...g, schemaVersion: 1, tables: older }));
    expect(parsed.ok && parsed.backup.tables.matchCorrections).toEqual([]);
  });

  it('reads a version 2 backup: rows gain the version 3 fields, as the database upgrade gives them', async () => {
    const g = await good();
    const strip = ({ email: _e, logoUrl: _l, socialProfiles: _s, ...basic }: Record<string, unknown>) =>
      basic;
    const v2 = {
      ...g,
      schemaVersion: 2,
      tables: {
        ...g.tables,
        accounts: g.tables.accounts.map(({ basic, business, ...a }) => ({
          ...a,
          basic: strip(basic as Record<string, unknown>),
          business: { ...(business as object), description: undefined },
        })),
        talkingPoints: g.tables.talkingPoints.map(({ source: _s, ...p }) => p),
        pricingNotes: g.tables.pricingNotes.map(({ source: _s, ...p }) => p),
        notes: g.tables.notes.map((n) => ({ ...n, source: { url: 'https://example.com/a', title: 'A' } })),
      },
    };
    const parsed = parseBackup(JSON.stringify(v2));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.backup.tables.accounts[0]?.basic).toMatchObject({
      email: '',
      logoUrl: '',
      socialProfiles: [],
    });
    expect(parsed.backup.tables.accounts[0]?.business.description).toBe('');
    expect(parsed.backup.tables.talkingPoints.every((p) => p.source === null)).toBe(true);
    expect(parsed.backup.tables.notes[0]?.source).toEqual({
      url: 'https://example.com/a',
      title: 'A',
      capturedAt: null,
      selection: '',
      heading: '',
      email: null,
    });
  });

  /** A valid backup as plain JSON data, for tests to tamper with. */
  type Tamperable = Record<string, unknown> & {
    tables: Record<
      'accounts' | 'contacts' | 'talkingPoints' | 'pricingNotes' | 'notes' | 'matchCorrections',
      Record<string, unknown>[]
    >;
  };
  const good = async (): Promise<Tamperable> => JSON.parse(JSON.stringify(await exportDatabase(db)));
  const cases: [string, (g: Tamperable) => string, string][] = [
    ['empty file', () => '   ', 'empty'],
    ['truncated file', (g) => JSON.stringify(g).slice(0, 500), 'invalidJson'],
    ['not a backup', () => '{"hello":"world"}', 'wrongFormat'],
    ['an array', () => '[1,2,3]', 'wrongFormat'],
    ['a newer format', (g) => JSON.stringify({ ...g, formatVersion: 2 }), 'unsupportedVersion'],
    ['tables not an object', (g) => JSON.stringify({ ...g, tables: [] }), 'wrongFormat'],
    [
      'a table missing (its rows would be deleted)',
      (g) => {
        const { notes: _dropped, ...rest } = g.tables;
        return JSON.stringify({ ...g, tables: rest });
      },
      'missingTables',
    ],
    [
      'corrections missing from a version 2 file',
      (g) => {
        const { matchCorrections: _dropped, ...rest } = g.tables;
        return JSON.stringify({ ...g, schemaVersion: 2, tables: rest });
      },
      'missingTables',
    ],
    ['a newer schema', (g) => JSON.stringify({ ...g, schemaVersion: 99 }), 'newerSchema'],
    [
      'an unknown table',
      (g) => JSON.stringify({ ...g, tables: { ...g.tables, invoices: [] } }),
      'unknownTables',
    ],
    ['an unknown field', (g) => JSON.stringify({ ...g, owner: 'someone' }), 'unknownFields'],
    ['a table not a list', (g) => JSON.stringify({ ...g, tables: { ...g.tables, notes: {} } }), 'invalidRow'],
    [
      'a row of the wrong shape',
      (g) =>
        JSON.stringify({ ...g, tables: { ...g.tables, accounts: [{ ...g.tables.accounts[0], tier: 'Z' }] } }),
      'invalidRow',
    ],
    [
      'a row with an unknown field',
      (g) =>
        JSON.stringify({ ...g, tables: { ...g.tables, contacts: [{ ...g.tables.contacts[0], extra: 1 }] } }),
      'invalidRow',
    ],
    [
      'a floor above the list price',
      (g) =>
        JSON.stringify({
          ...g,
          tables: { ...g.tables, pricingNotes: [{ ...g.tables.pricingNotes[0], floorPrice: 1e6 }] },
        }),
      'invalidRow',
    ],
    [
      'a __proto__ key',
      (g) => JSON.stringify(g).replace('"tier":"A"', '"tier":"A","__proto__":{"polluted":true}'),
      'forbiddenKey',
    ],
    [
      'a constructor key',
      (g) => JSON.stringify(g).replace('{', '{"constructor":{"prototype":{}},'),
      'forbiddenKey',
    ],
    [
      'a duplicate id',
      (g) =>
        JSON.stringify({
          ...g,
          tables: { ...g.tables, accounts: [g.tables.accounts[0], g.tables.accounts[0]] },
        }),
      'duplicateId',
    ],
    [
      'a contact of a missing account',
      (g) =>
        JSON.stringify({
          ...g,
          tables: { ...g.tables, contacts: [{ ...g.tables.contacts[0], accountId: 'nope' }] },
        }),
      'danglingReference',
    ],
  ];

  it.each(cases)('refuses %s with a reason, changing nothing', async (_name, mutate, code) => {
    const before = await snapshot(db);
    const result = parseBackup(mutate(await good()));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await snapshot(db)).toEqual(before);
  });

  it('names the tables missing, unknown, and the newer version', async () => {
    const g = await good();
    const { notes: _n, pricingNotes: _p, ...rest } = g.tables;
    expect(parseBackup(JSON.stringify({ ...g, tables: rest }))).toEqual({
      ok: false,
      error: { code: 'missingTables', params: ['pricingNotes, notes'] },
    });
    expect(parseBackup(JSON.stringify({ ...g, schemaVersion: 99 }))).toEqual({
      ok: false,
      error: { code: 'newerSchema', params: ['99'] },
    });
    expect(parseBackup(JSON.stringify({ ...g, tables: { ...g.tables, a: [], b: {} } }))).toEqual({
      ok: false,
      error: { code: 'unknownTables', params: ['a, b'] },
    });
  });

  it('names the table, row and field of an invalid row', async () => {
    const g = await good();
    g.tables.contacts[0]!.emails = ['not-an-email'];
    const result = parseBackup(JSON.stringify(g));
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalidRow', params: ['contacts', '1', 'emails.0 invalidEmail'] },
    });
  });

  it('a restore that fails midway leaves the database as it was', async () => {
    const before = await snapshot(db);
    const g = await good();
    const parsed = parseBackup(JSON.stringify(g));
    if (!parsed.ok) throw new Error('fixture should parse');
    // Two rows with one id slip past a tampered backup object: bulkAdd fails inside the transaction.
    parsed.backup.tables.notes.push({ ...parsed.backup.tables.notes[0]! });
    await expect(restoreDatabase(db, parsed.backup)).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });
});
