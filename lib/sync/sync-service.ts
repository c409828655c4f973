/**
 * The background's team sync: its runs started (lib/sync/sync-runs.ts) and the pages' requests
 * answered — sign in, connect, sign in again, disconnect, sync now, delete a team account. It alone
 * talks to the server; pages ask it through messages.
 */
import { browser } from 'wxt/browser';
import { deleteAccount } from '../db/accounts';
import type { DossierDatabase } from '../db/database';
import {
  clearSyncStatus,
  connectTeam,
  countPending,
  dropTeamFiles,
  markDeletedOnServer,
  readPrivateIds,
  readSyncStatus,
  readTeamConnection,
  saveTeamConnection,
  writeSyncStatus,
} from '../db/team-sync';
import { onRowsChanged } from '../db/watch';
import type { TeamLoginRequest, TeamProblem } from '../messaging/protocol';
import type { Handlers } from '../messaging/router';
import { docId, type TeamConnection } from '../model/team-sync';
import { hasServerAccess } from '../platform/permissions';
import { deletionDoc } from './core/docs';
import { serverOrigin, teamDatabase, teamsOf } from './core/team';
import { loginOf } from './engine';
import { AccessError, openDatabase, readSession, writeDocs } from './server/couch';
import { ServerError } from './server/http';
import { TEAM_SYNC_ALARM, TeamSync, type TeamSyncOptions } from './sync-runs';

export { RETRY_PAUSES_MS, TEAM_SYNC_ALARM, TeamSync, type TeamSyncOptions } from './sync-runs';

type SignIn =
  | { ok: true; origin: string; teams: ReturnType<typeof teamsOf> }
  | { ok: false; problem: TeamProblem };

/** Signs in: the address checked and granted, the login known, the teams it belongs to. */
async function signIn(request: TeamLoginRequest): Promise<SignIn> {
  const checked = serverOrigin(request.origin);
  if (!checked.ok)
    return { ok: false, problem: checked.problem === 'notHttps' ? 'notHttps' : 'invalidOrigin' };
  if (!(await hasServerAccess(checked.origin))) return { ok: false, problem: 'noAccess' };
  try {
    const session = await readSession({ ...request, origin: checked.origin });
    if (session.name === null) return { ok: false, problem: 'wrongLogin' };
    const teams = teamsOf(session.roles);
    return teams.length ? { ok: true, origin: checked.origin, teams } : { ok: false, problem: 'noTeam' };
  } catch (error) {
    if (error instanceof ServerError && error.failure === 'hostile')
      return { ok: false, problem: 'notDossier' };
    if (error instanceof AccessError) return { ok: false, problem: 'wrongLogin' };
    return { ok: false, problem: 'offline' };
  }
}

type TeamHandlers = Pick<
  Handlers,
  | 'team/signIn'
  | 'team/connect'
  | 'team/signInAgain'
  | 'team/disconnect'
  | 'team/syncNow'
  | 'team/deleteAccount'
>;

/**
 * Starts the team sync in the background: listeners registered at once (a woken service worker
 * must find them), a run now if connected. Returns the message handlers.
 */
export function startTeamSync(db: DossierDatabase, options: TeamSyncOptions): TeamHandlers {
  const sync = new TeamSync(db, options);
  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === TEAM_SYNC_ALARM) void sync.kick();
  };
  browser.alarms.onAlarm.addListener(onAlarm);
  const stopWatching = onRowsChanged(db, ['outbox'], () => {
    void countPending(db).then((pending) => {
      if (pending > 0) sync.soon();
    });
  });
  options.signal?.addEventListener('abort', () => {
    sync.stop();
    stopWatching();
    browser.alarms.onAlarm.removeListener(onAlarm);
  });
  void sync.kick();

  return {
    'team/signIn': async (request) => {
      const result = await signIn(request);
      return result.ok
        ? { status: 'ok', teams: result.teams }
        : { status: 'problem', problem: result.problem };
    },
    'team/connect': async (request) => {
      if (await readTeamConnection(db)) return { status: 'problem', problem: 'alreadyConnected' };
      const result = await signIn(request);
      if (!result.ok) return { status: 'problem', problem: result.problem };
      const membership = result.teams.find((t) => t.team === request.team);
      if (!membership) return { status: 'problem', problem: 'noTeam' };
      const connection: TeamConnection = {
        key: 'connection',
        origin: result.origin,
        team: membership.team,
        login: request.login,
        password: request.password,
        role: membership.role,
        connectedAt: new Date().toISOString(),
      };
      try {
        await openDatabase(loginOf(connection), teamDatabase(connection.team));
      } catch (error) {
        return { status: 'problem', problem: error instanceof AccessError ? 'noTeam' : 'offline' };
      }
      const { shared } = await connectTeam(db, connection, request.privateIds);
      void sync.kick();
      return { status: 'ok', shared };
    },
    'team/signInAgain': async ({ password }) => {
      const connection = await readTeamConnection(db);
      if (!connection) return { status: 'problem', problem: 'noTeam' };
      const result = await signIn({ ...connection, password });
      if (!result.ok) return { status: 'problem', problem: result.problem };
      if (!result.teams.some((t) => t.team === connection.team))
        return { status: 'problem', problem: 'noTeam' };
      await saveTeamConnection(db, { ...connection, password });
      await writeSyncStatus(db, { state: 'syncing' });
      void sync.kick();
      return { status: 'ok', shared: 0 };
    },
    'team/disconnect': async () => {
      sync.stop();
      // What is not sent yet goes first, if the server answers: the team keeps the rep's last work.
      if ((await readTeamConnection(db)) && (await countPending(db)) > 0) await sync.kick().catch(() => {});
      sync.stop();
      const { removed } = await dropTeamFiles(db);
      await clearSyncStatus(db);
      await browser.alarms.clear(TEAM_SYNC_ALARM);
      return { removed };
    },
    'team/syncNow': async () => {
      const status = await readSyncStatus(db);
      if (status?.state === 'offline') await writeSyncStatus(db, { state: 'syncing' });
      await sync.kick();
      return {};
    },
    'team/deleteAccount': ({ accountId }) =>
      // Not while a run applies the server's changes: a feed read before the deletion must not
      // bring the file back, nor the deletion's echo take the file's unsent rows with it.
      sync.exclusive(async () => {
        const connection = await readTeamConnection(db);
        const key = docId('accounts', accountId);
        const synced =
          connection && !(await readPrivateIds(db)).has(accountId)
            ? await db.syncRevisions.get(key)
            : undefined;
        if (connection && synced && !synced.deleted) {
          // On the server first: it refuses a rep, and the file stays whole here and there.
          const login = loginOf(connection);
          const database = teamDatabase(connection.team);
          try {
            let [answer] = await writeDocs(login, database, [deletionDoc(key, synced.rev)]);
            if (answer?.error === 'conflict') {
              // Changed on the server since: take the change, then ask again.
              await sync.pullNow(connection);
              const again = await db.syncRevisions.get(key);
              if (!again || again.deleted) return { status: 'deleted' as const };
              [answer] = await writeDocs(login, database, [deletionDoc(key, again.rev)]);
            }
            if (answer?.error === 'forbidden' || answer?.error === 'unauthorized') {
              return { status: 'forbidden' as const, reason: answer.reason ?? answer.error };
            }
            if (!answer?.rev || answer.error) return { status: 'offline' as const };
            // The server has the deletion: the file's other rows follow through the outbox.
            await markDeletedOnServer(db, key, answer.rev);
          } catch (error) {
            if (error instanceof AccessError) return { status: 'forbidden' as const, reason: error.reason };
            return { status: 'offline' as const };
          }
        }
        await deleteAccount(db, accountId);
        return { status: 'deleted' as const };
      }),
  };
}
