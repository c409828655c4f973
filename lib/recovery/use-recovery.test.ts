// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordDatabaseCreated } from '../db/created';
import type { DossierDatabase } from '../db/database';
import { openTestDatabase } from '../db/test-helpers';
import type { CopyInfo } from '../model/storage-items';
import type { DatabaseStamp } from '../model/tables';
import { readRecoveryState, recordCopy } from './state';
import { useRecoveryCard, useRecoveryNotice } from './use-recovery';

let db: DossierDatabase;
beforeEach(() => {
  fakeBrowser.reset();
  db = openTestDatabase();
});
afterEach(async () => {
  await db.delete();
});

const copy: CopyInfo = {
  slot: 'a',
  takenAt: '2026-12-04T08:00:00.000Z',
  counts: {
    accounts: 46,
    contacts: 92,
    talkingPoints: 0,
    pricingNotes: 0,
    notes: 12,
    matchCorrections: 0,
    agendaMarks: 0,
  },
  stamp: {} as DatabaseStamp,
  bytes: 68_000,
};
const withDirectory = { getDirectory: async () => ({}) } as unknown as StorageManager;

describe('useRecoveryCard', () => {
  it('says no copy can be kept where the browser has no private file system', async () => {
    const { result } = renderHook(() => useRecoveryCard(db, {} as StorageManager));
    await waitFor(() => expect(result.current.available).toBe(false));
    expect(result.current.copy).toBeNull();
  });

  it('shows the last copy as it is recorded, with the accounts stored now', async () => {
    const { result } = renderHook(() => useRecoveryCard(db, withDirectory));
    await recordCopy(copy);
    await waitFor(() =>
      expect(result.current.copy).toEqual({
        takenAt: copy.takenAt,
        bytes: 68_000,
        counts: { accounts: 46, contacts: 92, notes: 12 },
      }),
    );
    expect(result.current.available).toBe(true);
    await waitFor(() => expect(result.current.storedAccounts).toBe(0));
  });
});

describe('useRecoveryNotice', () => {
  it('says nothing on a first run', async () => {
    await db.open();
    const { result } = renderHook(() => useRecoveryNotice(db));
    await act(async () => {});
    expect(result.current).toBeNull();
  });

  it('shows the loss when the database was created after a copy of client files; “Not now” is remembered', async () => {
    // Opening the database records its own creation: the browser's re-creation comes after it.
    await db.open();
    await recordCopy(copy);
    await recordDatabaseCreated(new Date('2026-12-04T09:00:00Z'));
    const { result } = renderHook(() => useRecoveryNotice(db));
    await waitFor(() => expect(result.current?.detectedAt).toBe('2026-12-04T09:00:00.000Z'));
    expect(result.current?.copy.counts.accounts).toBe(46);
    act(() => result.current!.onDismiss());
    expect(result.current).toBeNull();
    await waitFor(async () => expect((await readRecoveryState()).dismissedAt).not.toBeNull());
  });
});
