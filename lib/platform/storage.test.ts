import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { STORED } from '../model/storage-items';
import { getItem, getItems, removeItem, setItem, setItems, watchItem, watchItems } from './storage';

beforeEach(() => fakeBrowser.reset());

describe('storage items', () => {
  it('writes and reads each item in its own area', async () => {
    await setItem(STORED.panelRequest, { accountId: 'acme', at: 5 });
    await setItem(STORED.lastBackupAt, '2026-12-04T09:00:00.000Z');
    expect(await fakeBrowser.storage.session.get('panelRequest')).toEqual({
      panelRequest: { accountId: 'acme', at: 5 },
    });
    expect(await fakeBrowser.storage.local.get('panelRequest')).toEqual({});
    expect(await getItem(STORED.panelRequest)).toEqual({ accountId: 'acme', at: 5 });
    await removeItem(STORED.panelRequest);
    expect(await getItem(STORED.panelRequest)).toBeNull();
  });

  it('reads several in one call, each through its reader', async () => {
    await fakeBrowser.storage.local.set({
      lastBackupAt: 42,
      autoBackup: { enabled: true, frequency: 'daily' },
    });
    expect(await getItems(STORED.lastBackupAt, STORED.autoBackup)).toEqual([
      null,
      { enabled: true, frequency: 'daily' },
    ]);
    await setItems('local', [
      [STORED.lastAutoBackupAt, 'a'],
      [STORED.autoBackupAttemptAt, 'b'],
    ]);
    expect(await getItems(STORED.lastAutoBackupAt, STORED.autoBackupAttemptAt)).toEqual(['a', 'b']);
  });

  it('watches only the items asked for, in their area, until stopped', async () => {
    const any = vi.fn();
    const one = vi.fn();
    const stopAny = watchItems([STORED.lastBackupAt], any);
    const stopOne = watchItem(STORED.ownAddresses, one);
    await setItem(STORED.firstRunDone, true);
    expect(any).not.toHaveBeenCalled();
    await setItem(STORED.lastBackupAt, 'x');
    expect(any).toHaveBeenCalledOnce();
    await fakeBrowser.storage.local.set({ ownAddresses: { emails: ['me@acme.com'] } });
    expect(one).toHaveBeenLastCalledWith({ emails: ['me@acme.com'], domains: [] });
    stopAny();
    stopOne();
    await setItem(STORED.lastBackupAt, 'y');
    await setItem(STORED.ownAddresses, { emails: [], domains: [] });
    expect(any).toHaveBeenCalledOnce();
    expect(one).toHaveBeenCalledOnce();
  });
});
