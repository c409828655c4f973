import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hashDatabase } from '../../tests/support/db-hash';
import { createAccount, deleteAccount, updateAccount } from '../db/accounts';
import { exportDatabase } from '../db/backup';
import { recordDatabaseCreated } from '../db/created';
import type { DossierDatabase } from '../db/database';
import { loadDemoData } from '../db/demo';
import { accountDraft, openTestDatabase } from '../db/test-helpers';
import { backupJsonStream, readRecoveryCopy, takeRecoveryCopy } from './copy';
import { readRecoveryState } from './state';
import { memoryCopyStore } from './test-copy-store';

let db: DossierDatabase;
beforeEach(async () => {
  fakeBrowser.reset();
  db = openTestDatabase();
  // The database records its creation at the wall clock's now; the copies below are taken at fixed
  // times, so the creation is set before them whatever the hour the tests run at.
  await db.open();
  await recordDatabaseCreated(new Date('2026-01-01T00:00:00Z'));
});
afterEach(async () => {
  await db.delete();
});

const at = (iso: string) => new Date(iso);

describe('backupJsonStream', () => {
  it('streams the same document JSON.stringify gives, table by table', async () => {
    await loadDemoData(db, at('2026-06-01T08:00:00Z'));
    const backup = await exportDatabase(db, at('2026-12-04T08:00:00Z'));
    const text = await new Response(backupJsonStream(backup).pipeThrough(new TextEncoderStream())).text();
    expect(text).toBe(JSON.stringify(backup));
  });

  it('writes empty tables as empty lists', async () => {
    const backup = await exportDatabase(db, at('2026-12-04T08:00:00Z'));
    const text = await new Response(backupJsonStream(backup).pipeThrough(new TextEncoderStream())).text();
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(backup)));
  });
});

describe('takeRecoveryCopy', () => {
  it('copies every table, compressed, and reads back through the backup validation', async () => {
    await loadDemoData(db, at('2026-06-01T08:00:00Z'));
    const store = memoryCopyStore();
    expect(await takeRecoveryCopy(db, { store, now: at('2026-12-04T08:00:00Z') })).toBe('taken');

    const { copy } = await readRecoveryState();
    expect(copy).toMatchObject({ slot: 'a', takenAt: '2026-12-04T08:00:00.000Z' });
    expect(copy!.counts).toMatchObject({ accounts: 46, contacts: 100 });
    // gzip: the demo's JSON in under a third of its size.
    const json = JSON.stringify(await exportDatabase(db)).length;
    expect(copy!.bytes).toBe(store.files.get('a')!.byteLength);
    expect(copy!.bytes).toBeLessThan(json / 3);

    const read = await readRecoveryCopy(store);
    expect(read?.ok).toBe(true);
    const fresh = openTestDatabase();
    try {
      const { restoreDatabase } = await import('../db/backup');
      await restoreDatabase(fresh, read!.ok ? read!.backup : (undefined as never));
      expect(await hashDatabase(fresh.name)).toEqual(await hashDatabase(db.name));
    } finally {
      await fresh.delete();
    }
  });

  it('takes nothing when nothing changed, and a new copy into the other slot when something did', async () => {
    const account = await createAccount(db, accountDraft());
    const store = memoryCopyStore();
    expect(await takeRecoveryCopy(db, { store, now: at('2026-12-04T08:00:00Z') })).toBe('taken');
    expect(await takeRecoveryCopy(db, { store, now: at('2026-12-04T08:30:00Z') })).toBe('unchanged');

    await updateAccount(db, account.id, { ...accountDraft(), name: 'Acme Freight' });
    expect(await takeRecoveryCopy(db, { store, now: at('2026-12-04T09:00:00Z') })).toBe('taken');
    expect((await readRecoveryState()).copy).toMatchObject({
      slot: 'b',
      takenAt: '2026-12-04T09:00:00.000Z',
    });
    // The old slot is removed once the new one is the copy.
    expect([...store.files.keys()]).toEqual(['b']);
    const read = await readRecoveryCopy(store);
    expect(read?.ok && read.backup.tables.accounts[0]?.name).toBe('Acme Freight');
  });

  it('a deletion is a change too', async () => {
    const kept = await createAccount(db, accountDraft());
    const gone = await createAccount(db, accountDraft({ name: 'Northwind' }));
    const store = memoryCopyStore();
    await takeRecoveryCopy(db, { store });
    await deleteAccount(db, gone.id);
    expect(await takeRecoveryCopy(db, { store })).toBe('taken');
    const read = await readRecoveryCopy(store);
    expect(read?.ok && read.backup.tables.accounts.map((a) => a.id)).toEqual([kept.id]);
  });

  it('a copy cut short keeps the one before it', async () => {
    await loadDemoData(db, at('2026-06-01T08:00:00Z'));
    const store = memoryCopyStore();
    await takeRecoveryCopy(db, { store, now: at('2026-12-04T08:00:00Z') });
    const before = await readRecoveryState();

    await createAccount(db, accountDraft());
    store.failAfter = 1_000;
    await expect(takeRecoveryCopy(db, { store, now: at('2026-12-04T09:00:00Z') })).rejects.toThrow(
      'The disk is full',
    );
    expect(await readRecoveryState()).toEqual(before);
    const read = await readRecoveryCopy(store);
    expect(read?.ok && read.backup.tables.accounts).toHaveLength(46);
  });

  it('never replaces a copy of client files with one of an empty database', async () => {
    const account = await createAccount(db, accountDraft());
    const store = memoryCopyStore();
    await takeRecoveryCopy(db, { store });
    await deleteAccount(db, account.id);
    expect(await takeRecoveryCopy(db, { store })).toBe('nothingToCopy');
    const read = await readRecoveryCopy(store);
    expect(read?.ok && read.backup.tables.accounts).toHaveLength(1);
  });

  it('keeps the copy while a loss waits for the rep: rows written since do not replace it', async () => {
    await createAccount(db, accountDraft());
    const store = memoryCopyStore();
    await takeRecoveryCopy(db, { store, now: at('2026-12-04T08:00:00Z') });
    // The browser deleted the database and it was created again, then the rep added a client.
    await recordDatabaseCreated(at('2026-12-04T10:00:00Z'));
    await createAccount(db, accountDraft({ name: 'Added after the loss' }));
    expect(await takeRecoveryCopy(db, { store, now: at('2026-12-04T10:05:00Z') })).toBe('keptForRestore');
    expect((await readRecoveryState()).copy?.takenAt).toBe('2026-12-04T08:00:00.000Z');
  });

  it('says so where the browser has no place for a copy', async () => {
    await createAccount(db, accountDraft());
    expect(await takeRecoveryCopy(db, { store: null })).toBe('unavailable');
    expect(await readRecoveryCopy(null)).toBeNull();
  });
});
