import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hashDatabase } from '../../tests/support/db-hash';
import { createAccount } from '../db/accounts';
import { DossierDatabase } from '../db/database';
import { loadDemoData } from '../db/demo';
import { accountDraft, openTestDatabase } from '../db/test-helpers';
import { readRecoveryCopy } from './copy';
import { toWriteFailure } from './failure-view';
import { BulkWriteFailed, CopyFailed, guardBulkWrite } from './guard';
import { SPACE_RESERVE, SpaceShortage, spaceNeeded } from './space';
import { readRecoveryState } from './state';
import { memoryCopyStore } from './test-copy-store';

let db: DossierDatabase;
beforeEach(async () => {
  fakeBrowser.reset();
  db = openTestDatabase();
  await loadDemoData(db, new Date('2026-06-01T08:00:00Z'));
});
afterEach(async () => {
  await db.delete();
});

/** A disk with `free` bytes left, as `navigator.storage.estimate()` reports it. */
const disk = (free: number) => ({ estimate: async () => ({ usage: 5_000_000, quota: 5_000_000 + free }) });
const plenty = disk(10_000_000_000);
const reopen = () => new DossierDatabase(db.name);

describe('guardBulkWrite', () => {
  it('refuses a write the disk has no room for before anything is written or copied', async () => {
    const store = memoryCopyStore();
    const before = await hashDatabase(db.name);
    let wrote = false;
    const refused = guardBulkWrite(
      db,
      { rowBytes: 40_000_000, store, storage: disk(100_000_000) },
      async () => {
        wrote = true;
      },
    );
    await expect(refused).rejects.toBeInstanceOf(SpaceShortage);
    await expect(refused).rejects.toMatchObject({ needed: spaceNeeded(40_000_000), available: 100_000_000 });
    expect(wrote).toBe(false);
    expect(store.files.size).toBe(0);
    expect(await hashDatabase(db.name)).toEqual(before);
    expect(toWriteFailure(await refused.catch((e) => e))).toEqual({
      code: 'space',
      detail: { needed: 140_000_000, available: 100_000_000 },
    });
  });

  it('counts the recovery copy in what the write needs', async () => {
    const store = memoryCopyStore();
    await guardBulkWrite(db, { rowBytes: 0, store, storage: plenty }, async () => {});
    const { copy } = await readRecoveryState();
    const needed = spaceNeeded(1_000_000, copy!.bytes);
    expect(needed).toBe(3_000_000 + copy!.bytes + SPACE_RESERVE);
    await expect(
      guardBulkWrite(db, { rowBytes: 1_000_000, store, storage: disk(needed - 1) }, async () => {}),
    ).rejects.toBeInstanceOf(SpaceShortage);
  });

  it('copies what is stored before the write, then writes', async () => {
    const store = memoryCopyStore();
    const before = await hashDatabase(db.name);
    await guardBulkWrite(db, { rowBytes: 1000, store, storage: plenty }, () =>
      createAccount(db, accountDraft({ name: 'Written by the bulk write' })),
    );
    const copy = await readRecoveryCopy(store);
    expect(copy?.ok && copy.backup.tables.accounts).toHaveLength(46);
    expect((await hashDatabase(db.name)).rows.accounts).toBe(47);
    expect(before.rows.accounts).toBe(46);
  });

  it('does not start when the copy cannot be written', async () => {
    const store = memoryCopyStore();
    store.failAfter = 100;
    let wrote = false;
    const refused = guardBulkWrite(db, { rowBytes: 1000, store, storage: plenty }, async () => {
      wrote = true;
    });
    await expect(refused).rejects.toBeInstanceOf(CopyFailed);
    expect(wrote).toBe(false);
    expect(toWriteFailure(await refused.catch((e) => e))?.code).toBe('copyFailed');
  });

  it('after a failed write checks the database again: unchanged when the write was rolled back', async () => {
    const store = memoryCopyStore();
    const failed = guardBulkWrite(db, { rowBytes: 1000, store, storage: plenty, reopen }, () =>
      db.transaction('rw', db.accounts, async () => {
        await db.accounts.clear();
        throw new Error('the write broke');
      }),
    );
    await expect(failed).rejects.toBeInstanceOf(BulkWriteFailed);
    const error = (await failed.catch((e) => e)) as BulkWriteFailed;
    expect(error.after).toEqual({ kind: 'unchanged' });
    expect(error.diskFull).toBe(false);
    expect(toWriteFailure(error)).toMatchObject({
      code: 'failed',
      detail: { after: 'unchanged', message: 'Error: the write broke' },
    });
  });

  it('says the files were lost when the browser deleted the database during the write, naming the copy', async () => {
    const store = memoryCopyStore();
    const now = new Date('2026-12-04T08:00:00Z');
    const failed = guardBulkWrite(
      db,
      { rowBytes: 1000, store, storage: disk(30_000_000), reopen, now },
      async () => {
        // What Chromium does after a write failed on a full disk: the whole database is gone.
        await db.delete();
        throw new DOMException('The transaction was aborted', 'AbortError');
      },
    );
    const error = (await failed.catch((e) => e)) as BulkWriteFailed;
    expect(error).toBeInstanceOf(BulkWriteFailed);
    expect(error.after).toEqual({ kind: 'lost' });
    expect(error.copyTakenAt).toBe(now.toISOString());
    // 30 MB still free, more than the reserve: not taken for a full disk.
    expect(error.diskFull).toBe(false);
  });

  it('treats a failure on a nearly full disk as the disk being full, whatever error surfaced', async () => {
    const store = memoryCopyStore();
    let free = 10_000_000_000;
    const storage = { estimate: async () => ({ usage: 0, quota: free }) };
    const failed = guardBulkWrite(db, { rowBytes: 1000, store, storage, reopen }, async () => {
      free = 1_000_000;
      throw new Error('BulkError: 61 of 415 operations failed. Errors: AbortError');
    });
    const error = (await failed.catch((e) => e)) as BulkWriteFailed;
    expect(error.diskFull).toBe(true);
    expect(toWriteFailure(error)?.code).toBe('quota');
  });

  it('says when the database cannot be opened to check', async () => {
    const store = memoryCopyStore();
    const failed = guardBulkWrite(
      db,
      {
        rowBytes: 1000,
        store,
        storage: plenty,
        reopen: () => {
          const broken = new DossierDatabase(db.name);
          broken.open = () =>
            Promise.reject(new Error('Encountered full disk while opening backing store')) as never;
          return broken;
        },
      },
      async () => {
        throw new Error('write failed');
      },
    );
    const error = (await failed.catch((e) => e)) as BulkWriteFailed;
    expect(error.after).toEqual({
      kind: 'unreadable',
      reason: 'Encountered full disk while opening backing store',
    });
    expect(toWriteFailure(error)?.detail).toMatchObject({
      after: 'unreadable',
      reason: 'Encountered full disk while opening backing store',
    });
  });
});
