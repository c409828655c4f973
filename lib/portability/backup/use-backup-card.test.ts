// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAccount } from '../../db/accounts';
import type { DossierDatabase } from '../../db/database';
import { accountDraft, openTestDatabase } from '../../db/test-helpers';
import { readAutoBackup, recordBackup } from './state';
import { type DownloadsPermission, useBackupCard } from './use-backup-card';

let db: DossierDatabase;
beforeEach(async () => {
  fakeBrowser.reset();
  db = openTestDatabase();
  await createAccount(db, accountDraft());
});
afterEach(async () => {
  await db.delete();
});

const NOW = new Date('2026-12-04T09:00:00Z');

/** A downloads permission the test grants, refuses and revokes. */
function permission(answer: boolean) {
  let granted = false;
  const listeners = new Set<() => void>();
  const fake: DownloadsPermission & { revoke(): void; requests: number } = {
    requests: 0,
    has: async () => granted,
    request: async () => {
      fake.requests++;
      granted = answer;
      for (const l of listeners) l();
      return answer;
    },
    remove: async () => {
      granted = false;
      for (const l of listeners) l();
      return true;
    },
    watch: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    revoke: () => {
      granted = false;
      for (const l of listeners) l();
    },
  };
  return fake;
}

describe('useBackupCard', () => {
  it('says a backup is due with clients and none made, and not once one is', async () => {
    const downloads = permission(true);
    const { result } = renderHook(() => useBackupCard(db, downloads, () => NOW));
    await waitFor(() => expect(result.current.lastBackupAt).toBeNull());
    await waitFor(() => expect(result.current.due).toBe(true));
    await act(() => recordBackup(new Date('2026-12-03T09:00:00Z')));
    await waitFor(() => expect(result.current.lastBackupAt).toBe('2026-12-03T09:00:00.000Z'));
    expect(result.current.due).toBe(false);
  });

  it('switches the automatic backup on only with the downloads permission, and shows it off once revoked', async () => {
    const downloads = permission(true);
    const { result } = renderHook(() => useBackupCard(db, downloads, () => NOW));
    await waitFor(() => expect(result.current.settings).toEqual({ enabled: false, frequency: 'weekly' }));
    act(() => result.current.toggle(true));
    await waitFor(() => expect(result.current.settings?.enabled).toBe(true));
    expect(downloads.requests).toBe(1);
    expect(await readAutoBackup()).toEqual({ enabled: true, frequency: 'weekly' });

    act(() => downloads.revoke());
    await waitFor(() => expect(result.current.settings?.enabled).toBe(false));
  });

  it('a refused permission leaves it off and says so', async () => {
    const downloads = permission(false);
    const { result } = renderHook(() => useBackupCard(db, downloads, () => NOW));
    await waitFor(() => expect(result.current.settings).not.toBeNull());
    act(() => result.current.toggle(true));
    await waitFor(() => expect(result.current.declined).toBe(true));
    expect((await readAutoBackup()).enabled).toBe(false);
  });
});
