// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAccount } from '../db/accounts';
import type { DossierDatabase } from '../db/database';
import { recordCorrection } from '../db/match-corrections';
import { accountDraft, openTestDatabase } from '../db/test-helpers';
import { STORED } from '../model/storage-items';
import type { AccessScope } from '../platform/permissions';
import { getItem } from '../platform/storage';
import { type AccessControl, useDetectionSettings } from './use-detection-settings';

let db: DossierDatabase;
beforeEach(() => {
  fakeBrowser.reset();
  db = openTestDatabase();
});
afterEach(async () => {
  await db.delete();
});

/** Host access the test grants or refuses: webmail granted on request, every site refused. */
function access(): AccessControl & { granted: Set<AccessScope> } {
  const granted = new Set<AccessScope>();
  return {
    granted,
    useAccess: (scope) => granted.has(scope),
    request: async (scope) => {
      if (scope === 'allSites') return false;
      granted.add(scope);
      return true;
    },
    revoke: async (scope) => granted.delete(scope),
  };
}

describe('useDetectionSettings', () => {
  it('asks for access within the click and says when the browser refused it', async () => {
    const hosts = access();
    const { result } = renderHook(() => useDetectionSettings(db, hosts));
    act(() => result.current.grant('webmail'));
    await waitFor(() => expect(hosts.granted.has('webmail')).toBe(true));
    expect(result.current.declined).toBeNull();
    act(() => result.current.grant('allSites'));
    await waitFor(() => expect(result.current.declined).toBe('allSites'));
  });

  it('keeps the rep’s own addresses and lists every correction with its client, each removable', async () => {
    const acme = await createAccount(db, accountDraft({ name: 'Acme Logistics' }));
    await recordCorrection(db, { key: 'acme.com', accountId: acme.id, verdict: 'notThis' });
    const { result } = renderHook(() => useDetectionSettings(db, access()));
    await waitFor(() => expect(result.current.addresses).toEqual({ emails: [], domains: [] }));
    await act(() =>
      result.current.saveAddresses({ emails: ['zhang.min@dossier-sales.cn'], domains: ['dossier-sales.cn'] }),
    );
    expect(await getItem(STORED.ownAddresses)).toEqual({
      emails: ['zhang.min@dossier-sales.cn'],
      domains: ['dossier-sales.cn'],
    });
    await waitFor(() => expect(result.current.addresses?.domains).toEqual(['dossier-sales.cn']));

    await waitFor(() => expect(result.current.corrections).toHaveLength(1));
    expect(result.current.corrections![0]).toMatchObject({ key: 'acme.com', accountName: 'Acme Logistics' });
    act(() => result.current.removeCorrection(result.current.corrections![0]!.id));
    await waitFor(() => expect(result.current.corrections).toEqual([]));
  });
});
