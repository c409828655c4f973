/**
 * When the background's team sync runs — at start, on its alarm, soon after any change goes in the
 * outbox (from any context), as soon as the server's live feed says something changed — one run
 * at a time, what it tells the rep (the status row the options page shows), and how it waits when
 * the server cannot be reached (growing pauses, then the alarm).
 */
import { browser } from 'wxt/browser';
import type { DossierDatabase } from '../db/database';
import {
  countPending,
  EMPTY_STATUS,
  readCheckpoint,
  readSyncStatus,
  readTeamConnection,
  writeSyncStatus,
} from '../db/team-sync';
import type { SyncedTable, TeamConnection } from '../model/team-sync';
import type { ReplacedValue } from './core/merge';
import { teamDatabase } from './core/team';
import {
  checkMembership,
  loginOf,
  type PullResult,
  pullChanges,
  pushOutbox,
  type SyncContext,
} from './engine';
import { AccessError, readChanges } from './server/couch';

export const TEAM_SYNC_ALARM = 'team-sync';
/** Pauses after failed runs (the alarm takes over after the last). */
export const RETRY_PAUSES_MS = [2_000, 5_000, 15_000, 60_000, 300_000];
const KEEP_REPORTS = 5;

export interface TeamSyncOptions {
  historyText: (replaced: ReplacedValue[], table: SyncedTable) => string;
  /** How long the live feed waits for a change per request. */
  waitMs?: number;
  /**
   * How long after a change goes in the outbox the push starts: the writes of one gesture (a save
   * and its note, say) go together. Short — a teammate waits on it; changes made while a push runs
   * go in the one run right after it whatever this is.
   */
  debounceMs?: number;
  /** Ends the service for good (tests; the background's lasts as long as the worker). */
  signal?: AbortSignal;
}

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
    this.debounce = setTimeout(() => void this.kick(), this.options.debounceMs ?? 50);
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
