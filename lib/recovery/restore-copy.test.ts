import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hashDatabase } from '../../tests/support/db-hash';
import { createAccount } from '../db/accounts';
import { DossierDatabase } from '../db/database';
import { loadDemoData } from '../db/demo';
import { accountDraft } from '../db/test-helpers';
import { takeRecoveryCopy } from './copy';
import { restoreRecoveryCopy } from './restore-copy';
import { lossDetected, readRecoveryState } from './state';
import { memoryCopyStore } from './test-copy-store';

const NAME = `test-${crypto.randomUUID()}`;
let db: DossierDatabase;
beforeEach(() => {
  fakeBrowser.reset();
  db = new DossierDatabase(NAME);
});
afterEach(async () => {
  await db.delete();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('a database the browser deleted, brought back from the recovery copy', () => {
  it('is noticed on opening, restored whole, and then settled', async () => {
    await loadDemoData(db, new Date('2026-06-01T08:00:00Z'));
    await createAccount(db, accountDraft({ name: '澄江广电' }));
    const store = memoryCopyStore();
    await settle();
    await takeRecoveryCopy(db, { store });
    const before = await hashDatabase(NAME);
    await settle();
    expect(lossDetected(await readRecoveryState())).toBe(false);

    // The browser deletes the backing store; the next open creates the database anew.
    await db.delete();
    db = new DossierDatabase(NAME);
    await db.open();
    await settle(); // the creation is recorded in storage.local, not awaited by the open
    const state = await readRecoveryState();
    expect(lossDetected(state)).toBe(true);
    expect((await hashDatabase(NAME)).rows.accounts).toBe(0);

    // Meanwhile the rep added a client; the copy is kept for the restore all the same.
    await createAccount(db, accountDraft({ name: 'Added after the loss' }));
    expect(await takeRecoveryCopy(db, { store })).toBe('keptForRestore');

    expect(await restoreRecoveryCopy(db, store)).toEqual({ ok: true, accounts: 47 });
    expect(await hashDatabase(NAME)).toEqual(before);
    expect(lossDetected(await readRecoveryState())).toBe(false);
    // From now on the copy follows the database again.
    await createAccount(db, accountDraft({ name: 'After the restore' }));
    expect(await takeRecoveryCopy(db, { store })).toBe('taken');
  });

  it('says there is no copy, and refuses a damaged one, touching nothing', async () => {
    await createAccount(db, accountDraft());
    const before = await hashDatabase(NAME);
    const store = memoryCopyStore();
    expect(await restoreRecoveryCopy(db, store)).toEqual({ ok: false, reason: 'noCopy' });

    await takeRecoveryCopy(db, { store });
    const { copy } = await readRecoveryState();
    // Bytes that decompress to something that is not a backup.
    const bogus = new Response(
      new Blob(['{"format":"something else"}']).stream().pipeThrough(new CompressionStream('gzip')),
    );
    store.files.set(copy!.slot, new Uint8Array(await bogus.arrayBuffer()));
    expect(await restoreRecoveryCopy(db, store)).toMatchObject({
      ok: false,
      reason: 'invalid',
      error: { code: 'wrongFormat' },
    });
    expect(await hashDatabase(NAME)).toEqual(before);
  });
});
