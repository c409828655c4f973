// @vitest-environment node
// The background's team sync against pouchdb-server: connecting, the status it reports, waiting
// when the server is gone, signing out and being removed, and deleting a team account.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startTeamServer, type TeamServer } from '../../scripts/team-server/serve.mjs';
import { setUpTeam } from '../../scripts/team-server/setup.mjs';
import { createAccount } from '../db/accounts';
import { createContact } from '../db/contacts';
import type { DossierDatabase } from '../db/database';
import { readSyncStatus, readTeamConnection } from '../db/team-sync';
import { accountDraft, contactDraft, openTestDatabase } from '../db/test-helpers';
import { startTeamSync, TEAM_SYNC_ALARM } from './sync-service';

let server: TeamServer;
const TEAM = 'field-sales';
beforeAll(async () => {
  server = await startTeamServer();
  await setUpTeam({
    server: server.origin,
    admin: server.admin,
    team: TEAM,
    managers: [{ name: 'alice', password: 'alice-pw' }],
    reps: [
      { name: 'bob', password: 'bob-pw' },
      { name: 'dave', password: 'dave-pw' },
    ],
    remove: [],
  });
}, 30_000);
afterAll(() => server?.stop());

let db: DossierDatabase;
let granted: boolean;
let service: AbortController;
beforeEach(() => {
  fakeBrowser.reset();
  service = new AbortController();
  granted = true;
  Object.assign(fakeBrowser.permissions, { contains: vi.fn(async () => granted) });
  db = openTestDatabase();
});
afterEach(async () => {
  service.abort();
  await db.delete();
});

const start = () =>
  startTeamSync(db, { historyText: () => 'merged', waitMs: 200, debounceMs: 10, signal: service.signal });
const login = (name: string, password: string) => ({ origin: server.origin, login: name, password });

describe('signing in', () => {
  it('names each problem: address, access, login, membership', async () => {
    const handlers = start();
    expect(
      await handlers['team/signIn']({ ...login('bob', 'bob-pw'), origin: 'http://couch.example.com' }, {}),
    ).toEqual({
      status: 'problem',
      problem: 'notHttps',
    });
    granted = false;
    expect(await handlers['team/signIn'](login('bob', 'bob-pw'), {})).toEqual({
      status: 'problem',
      problem: 'noAccess',
    });
    granted = true;
    expect(await handlers['team/signIn'](login('bob', 'wrong'), {})).toEqual({
      status: 'problem',
      problem: 'wrongLogin',
    });
    expect(await handlers['team/signIn'](login('admin', server.admin.password), {})).toEqual({
      status: 'problem',
      problem: 'noTeam',
    });
    expect(await handlers['team/signIn'](login('bob', 'bob-pw'), {})).toEqual({
      status: 'ok',
      teams: [{ team: TEAM, role: 'rep' }],
    });
  });

  it('says offline when nothing answers', async () => {
    const handlers = start();
    expect(
      await handlers['team/signIn']({ origin: 'http://127.0.0.1:9', login: 'bob', password: 'x' }, {}),
    ).toEqual({
      status: 'problem',
      problem: 'offline',
    });
  });
});

describe('connected', () => {
  it('shares the accounts, syncs at once, says up to date, and keeps an alarm', async () => {
    const handlers = start();
    const shared = await createAccount(db, accountDraft({ name: 'Shared One' }));
    const mine = await createAccount(db, accountDraft({ name: 'Kept Private' }));
    const result = await handlers['team/connect'](
      { ...login('bob', 'bob-pw'), team: TEAM, privateIds: [mine.id] },
      {},
    );
    expect(result).toEqual({ status: 'ok', shared: 1 });
    await vi.waitFor(
      async () =>
        expect(await readSyncStatus(db)).toMatchObject({ state: 'upToDate', pending: 0, team: TEAM }),
      {
        timeout: 10_000,
      },
    );
    expect((await readSyncStatus(db))?.lastSyncAt).toBeTruthy();
    expect(await fakeBrowser.alarms.get(TEAM_SYNC_ALARM)).toBeDefined();
    expect(
      await handlers['team/connect']({ ...login('bob', 'bob-pw'), team: TEAM, privateIds: [] }, {}),
    ).toEqual({
      status: 'problem',
      problem: 'alreadyConnected',
    });

    // A change goes out by itself, soon after it is written.
    await createContact(db, contactDraft(shared.id, { name: '王芳' }));
    await vi.waitFor(async () => expect(await db.outbox.count()).toBe(0), { timeout: 10_000 });

    // A rep may not delete a team account: the server says so, nothing is deleted.
    const refused = await handlers['team/deleteAccount']({ accountId: shared.id }, {});
    expect(refused).toEqual({ status: 'forbidden', reason: 'only a manager may delete a team account' });
    expect(await db.accounts.get(shared.id)).toBeDefined();
    // A private one is the rep's own.
    expect(await handlers['team/deleteAccount']({ accountId: mine.id }, {})).toEqual({ status: 'deleted' });
    expect(await db.accounts.get(mine.id)).toBeUndefined();

    const { removed } = await handlers['team/disconnect']({}, {});
    expect(removed).toBe(1);
    expect(await readTeamConnection(db)).toBeUndefined();
    expect(await db.accounts.count()).toBe(0);
    expect(await fakeBrowser.alarms.get(TEAM_SYNC_ALARM)).toBeUndefined();
  });

  it('a manager deletes a team account: on the server first, then here', async () => {
    const handlers = start();
    await handlers['team/connect']({ ...login('alice', 'alice-pw'), team: TEAM, privateIds: [] }, {});
    const account = await createAccount(db, accountDraft({ name: 'To Be Closed' }));
    await createContact(db, contactDraft(account.id));
    await vi.waitFor(async () => expect(await db.outbox.count()).toBe(0), { timeout: 10_000 });
    expect(await handlers['team/deleteAccount']({ accountId: account.id }, {})).toEqual({
      status: 'deleted',
    });
    expect(await db.accounts.get(account.id)).toBeUndefined();
    await vi.waitFor(async () => expect(await db.outbox.count()).toBe(0), { timeout: 10_000 });
    const answer = await fetch(
      `${server.origin}/dossier-${TEAM}/_all_docs?keys=${encodeURIComponent(JSON.stringify([`account:${account.id}`]))}`,
      {
        headers: { authorization: `Basic ${btoa('alice:alice-pw')}` },
      },
    );
    const rows = ((await answer.json()) as { rows: { value?: { deleted?: boolean } }[] }).rows;
    expect(rows[0]?.value?.deleted).toBe(true);
    await handlers['team/disconnect']({}, {});
  });
});

describe('when the server stops taking the rep', () => {
  it('a changed password: signed out, files kept, until the rep signs in again', async () => {
    const handlers = start();
    await setUpTeam({
      server: server.origin,
      admin: server.admin,
      team: TEAM,
      managers: [],
      reps: [{ name: 'erin', password: 'erin-pw' }],
      remove: [],
    });
    await handlers['team/connect']({ ...login('erin', 'erin-pw'), team: TEAM, privateIds: [] }, {});
    await vi.waitFor(async () => expect((await readSyncStatus(db))?.state).toBe('upToDate'), {
      timeout: 10_000,
    });
    await setUpTeam({
      server: server.origin,
      admin: server.admin,
      team: TEAM,
      managers: [],
      reps: [{ name: 'erin', password: 'new-pw' }],
      remove: [],
    });
    const account = await createAccount(db, accountDraft({ name: 'Erin’s' }));
    await handlers['team/syncNow']({}, {});
    await vi.waitFor(async () => expect((await readSyncStatus(db))?.state).toBe('signedOut'), {
      timeout: 10_000,
    });
    expect(await db.accounts.get(account.id)).toBeDefined();
    expect(await db.outbox.count()).toBe(1);
    expect(await handlers['team/signInAgain']({ password: 'wrong' }, {})).toEqual({
      status: 'problem',
      problem: 'wrongLogin',
    });
    expect(await handlers['team/signInAgain']({ password: 'new-pw' }, {})).toEqual({
      status: 'ok',
      shared: 0,
    });
    await vi.waitFor(
      async () => expect(await readSyncStatus(db)).toMatchObject({ state: 'upToDate', pending: 0 }),
      {
        timeout: 10_000,
      },
    );
    await handlers['team/disconnect']({}, {});
  });

  it('removed from the team: the team’s files leave this browser, private ones stay, and it says so', async () => {
    const handlers = start();
    const mine = await createAccount(db, accountDraft({ name: 'Dave’s own' }));
    await handlers['team/connect']({ ...login('dave', 'dave-pw'), team: TEAM, privateIds: [mine.id] }, {});
    await createAccount(db, accountDraft({ name: 'Team work' }));
    await vi.waitFor(
      async () => expect(await readSyncStatus(db)).toMatchObject({ state: 'upToDate', pending: 0 }),
      {
        timeout: 10_000,
      },
    );
    const teamAccounts = (await db.accounts.count()) - 1;
    await setUpTeam({
      server: server.origin,
      admin: server.admin,
      team: TEAM,
      managers: [],
      reps: [],
      remove: ['dave'],
    });
    await handlers['team/syncNow']({}, {});
    await vi.waitFor(async () => expect((await readSyncStatus(db))?.state).toBe('removed'), {
      timeout: 10_000,
    });
    expect((await readSyncStatus(db))?.removed?.accounts).toBe(teamAccounts);
    expect((await db.accounts.toArray()).map((a) => a.name)).toEqual(['Dave’s own']);
    expect(await readTeamConnection(db)).toBeUndefined();
  });
});

describe('when the server cannot be reached', () => {
  it('says offline, with when it tries again, and loses nothing', async () => {
    const gone = await startTeamServer();
    await setUpTeam({
      server: gone.origin,
      admin: gone.admin,
      team: TEAM,
      managers: [],
      reps: [{ name: 'bob', password: 'bob-pw' }],
      remove: [],
    });
    const handlers = start();
    await handlers['team/connect'](
      { origin: gone.origin, login: 'bob', password: 'bob-pw', team: TEAM, privateIds: [] },
      {},
    );
    await vi.waitFor(async () => expect((await readSyncStatus(db))?.state).toBe('upToDate'), {
      timeout: 10_000,
    });
    await gone.stop();
    await createAccount(db, accountDraft({ name: 'Written offline' }));
    // The run that finds the server gone may have counted before the write: the next one says 1.
    await vi.waitFor(
      async () => expect(await readSyncStatus(db)).toMatchObject({ state: 'offline', pending: 1 }),
      {
        timeout: 10_000,
      },
    );
    const status = await readSyncStatus(db);
    expect(Date.parse(status!.retryAt!)).toBeGreaterThan(Date.now());
    expect(status?.pending).toBe(1);
    expect(await db.outbox.count()).toBe(1);
  });
});
