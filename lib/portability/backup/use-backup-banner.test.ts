// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAccount } from '../../db/accounts';
import type { DossierDatabase } from '../../db/database';
import { accountDraft, openTestDatabase } from '../../db/test-helpers';
import { recordBackup } from './state';
import { useBackupBanner } from './use-backup-banner';

let db: DossierDatabase;
beforeEach(() => {
  fakeBrowser.reset();
  db = openTestDatabase();
});
afterEach(async () => {
  await db.delete();
});

describe('useBackupBanner', () => {
  it('stays hidden with no client stored', async () => {
    const { result } = renderHook(() => useBackupBanner(db));
    await act(async () => {});
    expect(result.current.shown).toBeNull();
  });

  it('shows “never backed up” with clients stored, and hides once a backup is recorded elsewhere', async () => {
    await createAccount(db, accountDraft());
    const { result } = renderHook(() => useBackupBanner(db));
    await waitFor(() => expect(result.current.shown).toEqual({ never: true }));
    await recordBackup(new Date());
    await waitFor(() => expect(result.current.shown).toBeNull());
  });

  it('a week-old backup shows it again; “Later” puts it off', async () => {
    await createAccount(db, accountDraft());
    await recordBackup(new Date(Date.now() - 8 * 24 * 3600_000));
    const { result } = renderHook(() => useBackupBanner(db));
    await waitFor(() => expect(result.current.shown).toEqual({ never: false }));
    await act(() => result.current.dismiss());
    await waitFor(() => expect(result.current.shown).toBeNull());
  });

  it('“Back up now” opens the options page at its backup card', async () => {
    const { result } = renderHook(() => useBackupBanner(db));
    await act(async () => {
      await result.current.backUp();
    });
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(fakeBrowser.runtime.getURL('/options.html#backup'));
  });
});
