// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAccount } from '../db/accounts';
import type { DossierDatabase } from '../db/database';
import { connectTeam, writeSyncStatus } from '../db/team-sync';
import { accountDraft, openTestDatabase, teamConnection } from '../db/test-helpers';
import type { sendMessage } from '../messaging/send';
import { STORED } from '../model/storage-items';
import { getItem } from '../platform/storage';
import { type TeamSyncDeps, useTeamSync } from './use-team-sync';

let db: DossierDatabase;
beforeEach(() => {
  db = openTestDatabase();
});
afterEach(() => db.delete());

function deps(replies: Partial<Record<string, unknown>> = {}) {
  const send = vi.fn(async (type: string) => replies[type]) as unknown as typeof sendMessage &
    ReturnType<typeof vi.fn>;
  const requestAccess = vi.fn(async () => true);
  return { send, requestAccess } satisfies TeamSyncDeps;
}

describe('useTeamSync', () => {
  it('refuses a plain-HTTP address before asking the browser anything', async () => {
    const d = deps();
    const { result } = renderHook(() => useTeamSync(db, d));
    await waitFor(() => expect(result.current.view.kind).toBe('signIn'));
    await act(async () => {
      await result.current.signIn('http://couch.example.com', 'bob', 'pw');
    });
    expect(result.current.view).toMatchObject({ kind: 'signIn', problem: 'notHttps' });
    expect(d.requestAccess).not.toHaveBeenCalled();
    expect(d.send).not.toHaveBeenCalled();
  });

  it('asks for the address within the click, and stops when the rep declines', async () => {
    const d = deps();
    d.requestAccess.mockResolvedValue(false);
    const { result } = renderHook(() => useTeamSync(db, d));
    await waitFor(() => expect(result.current.view.kind).toBe('signIn'));
    let pending: Promise<unknown> | undefined;
    act(() => {
      pending = result.current.signIn('couch.example.com', 'bob', 'pw');
      // Asked synchronously, before anything is awaited: the prompt needs the click's gesture.
      expect(d.requestAccess).toHaveBeenCalledWith('https://couch.example.com');
    });
    await act(async () => {
      await pending;
    });
    expect(result.current.view).toMatchObject({ kind: 'signIn', problem: 'noAccess' });
    expect(d.send).not.toHaveBeenCalled();
  });

  it('signs in, offers every account to share, and connects with the ones kept private', async () => {
    const a = await createAccount(db, accountDraft({ name: 'Acme Logistics' }));
    const b = await createAccount(db, accountDraft({ name: 'My Own Lead' }));
    const d = deps({
      'team/signIn': { status: 'ok', teams: [{ team: 'acme', role: 'rep' }] },
      'team/connect': { status: 'ok', shared: 1 },
    });
    const { result } = renderHook(() => useTeamSync(db, d));
    await waitFor(() => expect(result.current.view.kind).toBe('signIn'));
    await act(async () => {
      await result.current.signIn('couch.example.com', 'bob', 'pw');
    });
    expect(d.send).toHaveBeenCalledWith('team/signIn', {
      origin: 'https://couch.example.com',
      login: 'bob',
      password: 'pw',
    });
    await waitFor(() =>
      expect(result.current.view).toMatchObject({
        kind: 'choose',
        team: 'acme',
        accounts: [
          { id: a.id, name: 'Acme Logistics' },
          { id: b.id, name: 'My Own Lead' },
        ],
      }),
    );
    act(() => result.current.setShared(b.id, false));
    await act(async () => {
      await result.current.connect();
    });
    expect(d.send).toHaveBeenLastCalledWith('team/connect', {
      origin: 'https://couch.example.com',
      login: 'bob',
      password: 'pw',
      team: 'acme',
      privateIds: [b.id],
    });
    // Connected, the first-run screen no longer offers demo data into the team's files.
    expect(await getItem(STORED.firstRunDone)).toBe(true);
  });

  it('says why the server did not take the login', async () => {
    const d = deps({ 'team/signIn': { status: 'problem', problem: 'wrongLogin' } });
    const { result } = renderHook(() => useTeamSync(db, d));
    await waitFor(() => expect(result.current.view.kind).toBe('signIn'));
    await act(async () => {
      await result.current.signIn('couch.example.com', 'bob', 'nope');
    });
    expect(result.current.view).toMatchObject({ kind: 'signIn', problem: 'wrongLogin' });
  });

  it('shows the connection and the sync’s status live, and what a disconnect removed', async () => {
    await createAccount(db, accountDraft());
    const d = deps({ 'team/disconnect': { removed: 3 } });
    const { result } = renderHook(() => useTeamSync(db, d));
    await waitFor(() => expect(result.current.view.kind).toBe('signIn'));
    await connectTeam(db, teamConnection(), []);
    await waitFor(() =>
      expect(result.current.view).toMatchObject({ kind: 'connected', team: 'acme', pending: 1 }),
    );
    await writeSyncStatus(db, { state: 'offline', retryAt: '2026-12-05T09:05:00.000Z' });
    await waitFor(() => expect(result.current.view).toMatchObject({ status: { state: 'offline' } }));
    await act(async () => {
      await result.current.syncNow();
    });
    expect(d.send).toHaveBeenCalledWith('team/syncNow', {});
    await db.sync.delete('connection');
    await act(async () => {
      await result.current.disconnect();
    });
    await waitFor(() => expect(result.current.view).toMatchObject({ kind: 'signIn', removedNow: 3 }));
  });
});
