// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hashDatabase } from '../../../tests/support/db-hash';
import { createAccount } from '../../db/accounts';
import type { DossierDatabase } from '../../db/database';
import { accountDraft, openTestDatabase } from '../../db/test-helpers';
import { readRecoveryCopy } from '../../recovery/copy';
import { guardBulkWrite } from '../../recovery/guard';
import { memoryCopyStore } from '../../recovery/test-copy-store';
import { fakeImportWorker } from './test-channel';
import { useImport, type WriteSafeguard } from './use-import';

const FIXTURES = resolve(import.meta.dirname, '../../../tests/fixtures/imports');
const file = (name: string) => new File([readFileSync(resolve(FIXTURES, name))], name);
const PAIR = ['hubspot-companies.csv', 'hubspot-contacts.csv'];

let db: DossierDatabase;
beforeEach(async () => {
  fakeBrowser.reset();
  db = openTestDatabase();
  await createAccount(db, accountDraft({ name: 'Already here' }));
});
afterEach(async () => {
  await db.delete();
});

/** The options page's safeguard on a disk with `free` bytes left and an in-memory copy store. */
function safeguardWith(free: number, store = memoryCopyStore()): WriteSafeguard {
  const storage = { estimate: async () => ({ usage: 1_000_000, quota: 1_000_000 + free }) };
  return (rowBytes, onCopy, write) => guardBulkWrite(db, { rowBytes, store, storage, onCopy }, write);
}

async function reviewed(safeguard: WriteSafeguard) {
  const hook = renderHook(() => useImport(() => fakeImportWorker(db), undefined, safeguard));
  act(() => hook.result.current[1].choose(PAIR.map(file)));
  await waitFor(() => expect(hook.result.current[0].review?.writes).toBe(15), { timeout: 10_000 });
  return hook;
}

describe('useImport with the page safeguard', () => {
  it('copies what is stored, then writes', async () => {
    const store = memoryCopyStore();
    const hook = await reviewed(safeguardWith(10_000_000_000, store));
    act(() => hook.result.current[1].start());
    await waitFor(() => expect(hook.result.current[0].step).toBe('done'), { timeout: 10_000 });
    expect(hook.result.current[0].result).toEqual({ accounts: 9, contacts: 6 });
    const copy = await readRecoveryCopy(store);
    expect(copy?.ok && copy.backup.tables.accounts.map((a) => a.name)).toEqual(['Already here']);
  });

  it('refuses the write with the space it needs when the disk lacks it: nothing written', async () => {
    const before = await hashDatabase(db.name);
    const hook = await reviewed(safeguardWith(5_000_000));
    act(() => hook.result.current[1].start());
    await waitFor(() => expect(hook.result.current[0].error).not.toBeNull());
    const error = hook.result.current[0].error!;
    expect(error.code).toBe('space');
    expect(error.detail.available).toBe(5_000_000);
    expect(error.detail.needed).toBeGreaterThan(20_000_000);
    expect(hook.result.current[0].step).toBe('review');
    expect(await hashDatabase(db.name)).toEqual(before);
  });

  it('a cancel says nothing changed only once a new connection found it so', async () => {
    const before = await hashDatabase(db.name);
    const hook = await reviewed(safeguardWith(10_000_000_000));
    act(() => hook.result.current[1].start());
    // Cancelled while the copy is taken: the write, when asked for, is cancelled at once.
    act(() => hook.result.current[1].cancel());
    await waitFor(() => expect(hook.result.current[0].error).not.toBeNull());
    expect(hook.result.current[0].error).toMatchObject({ code: 'cancelled', detail: { after: 'unchanged' } });
    expect(await hashDatabase(db.name)).toEqual(before);
  });
});
