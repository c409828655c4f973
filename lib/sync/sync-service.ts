/**
 * The background's team sync: when it runs (at start, on its alarm, soon after any change goes in
 * the outbox — from any context — and as soon as the server's live feed says something changed),
 * one run at a time, what it tells the rep (the status row the options page shows), and how it
 * waits when the server cannot be reached (growing pauses, then the alarm). It alone talks to the
 * server; pages ask it through messages.
 */
import { browser } from 'wxt/browser';
import { deleteAccount } from '../db/accounts';
import type { DossierDatabase } from '../db/database';
import {
  clearSyncStatus,
  connectTeam,
  countPending,
  dropTeamFiles,
  EMPTY_STATUS,
  markDeletedOnServer,
  readCheckpoint,
  readPrivateIds,
  readSyncStatus,
  readTeamConnection,
  saveTeamConnection,
  writeSyncStatus,
} from '../db/team-sync';
import { onRowsChanged } from '../db/watch';
import type { TeamLoginRequest, TeamProblem } from '../messaging/protocol';
import type { Handlers } from '../messaging/router';
import { docId, type SyncedTable, type TeamConnection } from '../model/team-sync';
import { hasServerAccess } from '../platform/permissions';
import { deletionDoc } from './core/docs';
import type { ReplacedValue } from './core/merge';
import { serverOrigin, teamDatabase, teamsOf } from './core/team';
import { checkMembership, type PullResult, pullChanges, pushOutbox, type SyncContext } from './engine';
import { AccessError, openDatabase, readChanges, readSession, writeDocs } from './server/couch';
import { ServerError, type ServerLogin } from './server/http';

export const TEAM_SYNC_ALARM = 'team-sync';
/** Pauses after failed runs (the alarm takes over after the last). */
export const RETRY_PAUSES_MS = [2_000, 5_000, 15_000, 60_000, 300_000];
const KEEP_REPORTS = 5;

export interface TeamSyncOptions {
  historyText: (replaced: ReplacedValue[], table: SyncedTable) => string;
  /** How long the live feed waits for a change per request. */
  waitMs?: number;
  /** How long after a change goes in the outbox the push starts (changes typed together go together). */
  debounceMs?: number;
  /** Ends the service for good (tests; the background's lasts as long as the worker). */
  signal?: AbortSignal;
}

const loginOf = (c: Pick<TeamConnection, 'origin' | 'login' | 'password'>): ServerLogin => ({
  origin: c.origin,
  login: c.login,
  password: c.password,
});

export class TeamSync {
  private running: Promise<void> | null = null;
  private again = false;
  private failures = 0;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private live: AbortController | null = null;

  constructor(
    private readonly db: DossierDatabase,
    private readonly options: TeamSyncOptions,
  ) {}

  /** Runs the sync now, or once more right after the run in progress. Resolves when done. */
  kick(): Promise<void> {
    if (this.options.signal?.aborted) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    clearTimeout(this.retry);
    // A run reports its own failures in the status; one that cannot even write that (the database
    // gone with the worker) has no one left to tell.
    return this.occupy(this.run());
  }

  /**
   * Runs `work` with no sync run alongside: after the one in progress, and before any other. A
   * run asked for meanwhile follows it.
   */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const done = (this.running ?? Promise.resolve()).then(work);
    void this.occupy(done);
    return done;
  }

  /** Holds the slot until `work` settles; then a run asked for meanwhile starts. */
  private occupy(work: Promise<unknown>): Promise<void> {
    const slot: Promise<void> = work
      .then(
        () => {},
        () => {},
      )
      .then(() => {
        if (this.running !== slot) return;
        this.running = null;
        if (this.again) {
          this.again = false;
          void this.kick();
        }
      });
    this.running = slot;
    return slot;
  }

  /** The server's changes, now (inside `exclusive`, which holds runs off). */
  async pullNow(connection: TeamConnection): Promise<void> {
    await pullChanges(this.context(connection));
  }

  /** A kick a moment from now: several changes in a row make one push. */
  soon(): void {
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => void this.kick(), this.options.debounceMs ?? 300);
  }

  stop(): void {
    this.live?.abort();
    this.live = null;
    clearTimeout(this.retry);
    clearTimeout(this.debounce);
  }

  private context(connection: TeamConnection): SyncContext {
    return {
      db: this.db,
      connection,
      historyText: this.options.historyText,
      onProgress: (_sent, pending) =>
        void writeSyncStatus(this.db, { state: 'syncing', pending }).catch(() => {}),
    };
  }

  private async run(): Promise<void> {
    const { db } = this;
    const connection = await readTeamConnection(db);
    if (!connection) {
      this.stop();
      await browser.alarms.clear(TEAM_SYNC_ALARM);
      return;
    }
    if (!(await browser.alarms.get(TEAM_SYNC_ALARM))) {
      await browser.alarms.create(TEAM_SYNC_ALARM, { periodInMinutes: 1 });
    }
    const before = (await readSyncStatus(db)) ?? EMPTY_STATUS;
    if (before.state === 'signedOut') return; // until the rep signs in again
    try {
      await writeSyncStatus(db, {
        state: 'syncing',
        team: connection.team,
        pending: await countPending(db),
        retryAt: null,
      });
      const ctx = this.context(connection);
      const runStarted = performance.now();
      const pushed = await pushOutbox(ctx);
      const pushedAt = performance.now();
      const pulled = await pullChanges(ctx);
      this.record(pushedAt - runStarted, performance.now() - pushedAt, pulled);
      this.failures = 0;
      await writeSyncStatus(db, {
        state: 'upToDate',
        pending: await countPending(db),
        lastSyncAt: new Date().toISOString(),
        retryAt: null,
        refusals: [...pushed.refusals, ...before.refusals].slice(0, KEEP_REPORTS),
        rejected: [...pulled.rejected, ...before.rejected].slice(0, KEEP_REPORTS),
      });
      this.listen(connection);
    } catch (error) {
      await this.failed(connection, error);
    }
  }

  /** Where this worker's sync time went, summed over its runs (ms); bench/team-sync.mjs reads it. */
  readonly stats = {
    workerStartedAt: Date.now(),
    log: [] as string[],
    runs: 0,
    pushMs: 0,
    pullMs: 0,
    fetchMs: 0,
    checkMs: 0,
    applyMs: 0,
    batches: 0,
    applied: 0,
  };

  private record(pushMs: number, pullMs: number, pulled: Pick<PullResult, 'applied' | 'timing'>) {
    const { stats } = this;
    stats.runs += 1;
    stats.pushMs += pushMs;
    stats.pullMs += pullMs;
    stats.fetchMs += pulled.timing.fetchMs;
    stats.checkMs += pulled.timing.checkMs;
    stats.applyMs += pulled.timing.applyMs;
    stats.batches += pulled.timing.batches;
    stats.applied += pulled.applied;
    stats.log.push(
      `${Date.now() - stats.workerStartedAt}: push ${pushMs | 0} pull ${pullMs | 0} applied ${pulled.applied}`,
    );
    (globalThis as { dossierSyncStats?: unknown }).dossierSyncStats = stats;
  }

  private async failed(connection: TeamConnection, error: unknown): Promise<void> {
    const { db } = this;
    if (error instanceof AccessError) {
      try {
        const check = await checkMembership(db, connection);
        if (check.kind === 'signedOut') {
          this.stop();
          await writeSyncStatus(db, { state: 'signedOut', retryAt: null });
          return;
        }
        if (check.kind === 'removed') {
          this.stop();
          await browser.alarms.clear(TEAM_SYNC_ALARM);
          await writeSyncStatus(db, {
            state: 'removed',
            pending: 0,
            retryAt: null,
            removed: { at: new Date().toISOString(), accounts: check.removed },
          });
          return;
        }
      } catch {
        // The check itself did not get through: wait as for any failure.
      }
    }
    const pause = RETRY_PAUSES_MS[Math.min(this.failures, RETRY_PAUSES_MS.length - 1)]!;
    this.failures += 1;
    await writeSyncStatus(db, {
      state: 'offline',
      pending: await countPending(db),
      retryAt: new Date(Date.now() + pause).toISOString(),
    });
    if (!this.options.signal?.aborted) this.retry = setTimeout(() => void this.kick(), pause);
  }

  /**
   * The live feed: one request waiting on the server until something changes, then a run. Ends
   * with the service worker (the alarm starts it again) or a failure (the run's pauses take over).
   */
  private listen(connection: TeamConnection): void {
    if (this.live) return;
    const live = new AbortController();
    this.live = live;
    const { db } = this;
    void (async () => {
      try {
        while (!live.signal.aborted) {
          const since = await readCheckpoint(db);
          const changes = await readChanges(loginOf(connection), teamDatabase(connection.team), since, {
            limit: 1,
            withoutDocs: true,
            waitMs: this.options.waitMs ?? 25_000,
            signal: live.signal,
          });
          if (changes.results.length > 0 && !live.signal.aborted) await this.kick();
        }
      } catch {
        if (!live.signal.aborted) this.soon();
      } finally {
        if (this.live === live) this.live = null;
      }
    })();
  }
}

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
