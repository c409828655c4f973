import { describe, expect, it } from 'vitest';
import { STORED } from './storage-items';

describe('stored items', () => {
  it('every key is declared once', () => {
    const keys = Object.values(STORED).map((i) => `${i.area}:${i.key}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('a missing value reads as its fallback', () => {
    expect(STORED.firstRunDone.read(undefined)).toBe(false);
    expect(STORED.ownAddresses.read(undefined)).toEqual({ emails: [], domains: [] });
    expect(STORED.recentAccounts.read(undefined)).toEqual([]);
    expect(STORED.lastBackupAt.read(undefined)).toBeNull();
    expect(STORED.autoBackup.read(undefined)).toEqual({ enabled: false, frequency: 'weekly' });
    expect(STORED.autoBackupStatus.read(undefined)).toBeNull();
    expect(STORED.recoveryCopy.read(undefined)).toBeNull();
    expect(STORED.panelRequest.read(undefined)).toBeNull();
  });

  it('a value of the wrong shape reads as the fallback, never as itself', () => {
    expect(STORED.firstRunDone.read('yes')).toBe(false);
    expect(STORED.ownAddresses.read({ emails: 'me@acme.com', domains: ['acme.com', 7] })).toEqual({
      emails: [],
      domains: ['acme.com'],
    });
    expect(STORED.recentAccounts.read(['a', null, 3, 'b'])).toEqual(['a', 'b']);
    expect(STORED.lastBackupAt.read(1_700_000_000)).toBeNull();
    expect(STORED.autoBackup.read({ enabled: 'true', frequency: 'hourly' })).toEqual({
      enabled: false,
      frequency: 'weekly',
    });
    expect(STORED.autoBackupStatus.read({ at: 5, ok: true })).toBeNull();
    expect(STORED.recoveryCopy.read({ slot: 'c', takenAt: 'x', bytes: 1, counts: {}, stamp: {} })).toBeNull();
    expect(
      STORED.recoveryCopy.read({ slot: 'a', takenAt: 'x', bytes: 1, counts: { accounts: '3' }, stamp: {} }),
    ).toBeNull();
    expect(STORED.panelRequest.read({ accountId: 7, at: 1 })).toBeNull();
  });

  it('a well-formed value reads as stored', () => {
    const status = { at: '2026-12-04T09:00:00.000Z', ok: false, error: 'FILE_NO_SPACE' };
    expect(STORED.autoBackupStatus.read(status)).toEqual(status);
    expect(STORED.autoBackup.read({ enabled: true, frequency: 'daily' })).toEqual({
      enabled: true,
      frequency: 'daily',
    });
    const copy = {
      slot: 'b',
      takenAt: '2026-12-04T09:00:00.000Z',
      bytes: 9,
      counts: { accounts: 2 },
      stamp: {},
    };
    expect(STORED.recoveryCopy.read(copy)).toBe(copy);
    expect(STORED.panelRequest.read({ accountId: 'acme', at: 5, extra: 1 })).toEqual({
      accountId: 'acme',
      at: 5,
    });
  });
});
