// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAccount } from '../../db/accounts';
import { exportDatabase } from '../../db/backup';
import type { DossierDatabase } from '../../db/database';
import { connectTeam } from '../../db/team-sync';
import { accountDraft, openTestDatabase, teamConnection } from '../../db/test-helpers';
import { STORED } from '../../model/storage-items';
import { getItem } from '../../platform/storage';
import type { ExportFile } from './exports';
import { readReminderState } from './reminder-state';
import { useBackupRestore } from './use-backup-restore';

let db: DossierDatabase;
beforeEach(async () => {
  fakeBrowser.reset();
  db = openTestDatabase();
  await createAccount(db, accountDraft({ name: 'Acme Logistics' }));
});
afterEach(async () => {
  await db.delete();
});

const words = {
  t: (key: string, subs: string[] = []) => [key, ...subs].join(' '),
  writeFailure: () => 'write failed',
};

describe('useBackupRestore', () => {
  it('saves a backup and counts it for the reminder', async () => {
    const saved: ExportFile[] = [];
    const { result } = renderHook(() => useBackupRestore(db, words, (file) => saved.push(file)));
    await act(() => result.current.exportBackup());
    expect(result.current.status).toEqual({ kind: 'done', message: 'backup.exported 1' });
    expect(saved).toHaveLength(1);
    expect((await readReminderState()).lastBackupAt).not.toBeNull();
  });

  it('a broken file is refused with its reason and nothing pending', async () => {
    const { result } = renderHook(() => useBackupRestore(db, words));
    await act(() => result.current.pickFile(new File(['{"format":"something else"}'], 'x.json')));
    expect(result.current.status.kind).toBe('error');
    expect(result.current.status.message).toMatch(/^backup\.error\./);
    expect(result.current.pending).toBeNull();
    expect(await db.accounts.count()).toBe(1);
  });

  it('asks before it replaces anything, part by part; restores only on the rep’s yes', async () => {
    const backup = await exportDatabase(db);
    await createAccount(db, accountDraft({ name: 'Added after the backup' }));
    const { result } = renderHook(() => useBackupRestore(db, words));
    await act(() => result.current.pickFile(new File([JSON.stringify(backup)], 'dossier-backup.json')));
    expect(result.current.pending).toMatchObject({
      fileName: 'dossier-backup.json',
      accountsInFile: 1,
      accountsNow: 2,
    });
    expect(await db.accounts.count()).toBe(2);

    act(() => result.current.cancelRestore());
    expect(result.current.pending).toBeNull();
    expect(await db.accounts.count()).toBe(2);

    await act(() => result.current.pickFile(new File([JSON.stringify(backup)], 'dossier-backup.json')));
    await act(() => result.current.confirmRestore());
    expect(result.current.status).toEqual({ kind: 'done', message: 'backup.restored 1' });
    expect((await db.accounts.toArray()).map((a) => a.name)).toEqual(['Acme Logistics']);
    expect(await getItem(STORED.firstRunDone)).toBe(true);
  });
});

describe('useBackupRestore in a team', () => {
  const pick = async (result: { current: ReturnType<typeof useBackupRestore> }) => {
    const backup = await exportDatabase(db);
    await act(() => result.current.pickFile(new File([JSON.stringify(backup)], 'dossier-backup.json')));
  };

  it('restores into private files unless a manager explicitly chooses to replace the team’s', async () => {
    await connectTeam(db, teamConnection({ role: 'manager' }), []);
    await db.outbox.clear(); // the shared account sent
    const { result } = renderHook(() => useBackupRestore(db, words));
    await pick(result);
    expect(result.current.pending?.team).toMatchObject({ team: 'acme', manager: true });
    expect(result.current.mode).toBe('private');
    act(() => result.current.chooseMode('replaceTeam'));
    await act(() => result.current.confirmRestore());
    expect(result.current.status).toEqual({ kind: 'done', message: 'team.replacedTeam 1 0 0' });
    // The replace is recorded for the team: the account, unchanged, is no change to send.
    expect(await db.outbox.count()).toBe(0);

    // The next file asks again, from the safe default.
    await pick(result);
    expect(result.current.mode).toBe('private');
    await act(() => result.current.confirmRestore());
    expect(result.current.status).toEqual({ kind: 'done', message: 'team.restoredPrivate 0 1' });
  });

  it('a rep’s restore goes into private files, whatever mode was asked for', async () => {
    await connectTeam(db, teamConnection(), []);
    const { result } = renderHook(() => useBackupRestore(db, words));
    await pick(result);
    expect(result.current.pending?.team?.manager).toBe(false);
    act(() => result.current.chooseMode('replaceTeam'));
    await act(() => result.current.confirmRestore());
    expect(result.current.status).toEqual({ kind: 'done', message: 'team.restoredPrivate 0 1' });
  });
});
