// The sync's steps between browsers' databases (fake-indexeddb) and a real CouchDB-protocol
// server (pouchdb-server in memory), set up by the team setup script: two reps and a manager.
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startTeamServer, type TeamServer } from '../../scripts/team-server/serve.mjs';
import { setUpTeam } from '../../scripts/team-server/setup.mjs';
import type { DossierDatabase } from '../db/database';
import { connectTeam } from '../db/team-sync';
import { openTestDatabase } from '../db/test-helpers';
import type { TeamConnection } from '../model/team-sync';
import type { Account, AccountDraft } from '../model/types';
import { teamDatabase } from './core/team';
import { pullChanges, pushOutbox, type SyncContext } from './engine';

export const passwords = { alice: 'alice-pw', bob: 'bob-pw', carol: 'carol-pw' };
export type Login = keyof typeof passwords;

/** The test file's server and its current team (each `describe` sets up a fresh one with `newTeam`). */
export const kit = { server: undefined as unknown as TeamServer, team: '' };
const opened: DossierDatabase[] = [];

/** Starts the file's server before its tests and stops it after; each test's databases deleted after it. */
export function useTeamServer() {
  beforeAll(async () => {
    kit.server = await startTeamServer();
  }, 30_000);
  afterAll(() => kit.server?.stop());
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((db) => db.delete()));
  });
}

let teamCount = 0;
/** A fresh team on the server: alice manages, bob and carol are reps. */
export async function newTeam() {
  kit.team = `team-${++teamCount}`;
  await setUpTeam({
    server: kit.server.origin,
    admin: kit.server.admin,
    team: kit.team,
    managers: [{ name: 'alice', password: passwords.alice }],
    reps: [
      { name: 'bob', password: passwords.bob },
      { name: 'carol', password: passwords.carol },
    ],
    remove: [],
  });
}

export const connection = (login: Login): TeamConnection => ({
  key: 'connection',
  origin: kit.server.origin,
  team: kit.team,
  login,
  password: passwords[login],
  role: login === 'alice' ? 'manager' : 'rep',
  connectedAt: new Date().toISOString(),
});

export interface Device {
  db: DossierDatabase;
  ctx: SyncContext;
  sync(): Promise<void>;
}

/** A browser profile of `login`, connected to the team (sharing every account it already has). */
export async function device(
  login: Login,
  privateIds: string[] = [],
  before?: (db: DossierDatabase) => Promise<void>,
): Promise<Device> {
  const db = openTestDatabase();
  opened.push(db);
  await before?.(db);
  await connectTeam(db, connection(login), privateIds);
  const ctx: SyncContext = {
    db,
    connection: connection(login),
    historyText: (replaced) =>
      replaced
        .map(
          (r) =>
            `${r.path}: ${String(r.replaced.value)} (${r.replaced.by}) → ${String(r.kept.value)} (${r.kept.by})`,
        )
        .join('; '),
  };
  return {
    db,
    ctx,
    async sync() {
      await pushOutbox(ctx);
      await pullChanges(ctx);
    },
  };
}

/** What the server holds, as the administrator reads it. */
export async function serverDocs() {
  const { origin, admin } = kit.server;
  const response = await fetch(`${origin}/${teamDatabase(kit.team)}/_all_docs?include_docs=true`, {
    headers: { authorization: `Basic ${btoa(`${admin.name}:${admin.password}`)}` },
  });
  const body = (await response.json()) as { rows: { id: string; doc: Record<string, unknown> }[] };
  return body.rows.filter((r) => !r.id.startsWith('_design/'));
}

export const draftOf = (account: Account): AccountDraft => {
  const { id: _i, createdAt: _c, updatedAt: _u, pinyin: _p, externalIds: _e, ...draft } = account;
  return draft;
};
