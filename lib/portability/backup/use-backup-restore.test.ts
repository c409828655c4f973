// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAccount } from '../../db/accounts';
import { exportDatabase } from '../../db/backup';
import type { DossierDatabase } from '../../db/database';
import { accountDraft, openTestDatabase } from '../../db/test-helpers';
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
