/**
 * The options page's team card: what it shows (the connection, the sync's status, live from the
 * database) and what it asks the background for. Signing in first asks the browser for the
 * server's address — straight from the rep's click, the only moment a prompt may open.
 */
import { useState } from 'preact/hooks';
import { listAccountSummaries } from '../db/account-lookup';
import type { DossierDatabase } from '../db/database';
import { countPending, readSyncStatus, readTeamConnection } from '../db/team-sync';
import type { sendMessage } from '../messaging/send';
import { STORED } from '../model/storage-items';
import type { TeamMembership, TeamProblem, TeamView } from '../model/team-sync';
import { setItem } from '../platform/storage';
import { useLiveQuery } from '../platform/use-live-query';
import { serverOrigin } from './core/team';

export interface TeamSyncDeps {
  /** Asks the browser for the server's address (a prompt); resolves whether granted. */
  requestAccess(origin: string): Promise<boolean>;
  send: typeof sendMessage;
}

interface Login {
  origin: string;
  login: string;
  password: string;
}

export function useTeamSync(db: DossierDatabase, deps: TeamSyncDeps) {
  const state = useLiveQuery(async () => {
    const [connection, status, pending] = await Promise.all([
      readTeamConnection(db),
      readSyncStatus(db),
      countPending(db),
    ]);
    return { connection, status: status ?? null, pending };
  }, [db]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<TeamProblem | null>(null);
  const [choosing, setChoosing] = useState<{ login: Login; teams: TeamMembership[]; team: string } | null>(
    null,
  );
  const [privateIds, setPrivateIds] = useState<ReadonlySet<string>>(new Set());
  const [removedNow, setRemovedNow] = useState<number | null>(null);
  const accounts = useLiveQuery(
    async () =>
      choosing
        ? (await listAccountSummaries(db))
            .map((a) => ({ id: a.id, name: a.name }))
            .sort((a, b) => a.name.localeCompare(b.name))
        : [],
    [db, choosing !== null],
  );

  /** Runs a request to the background, busy meanwhile; a thrown error reads as "no answer". */
  async function ask<T>(work: () => Promise<T>): Promise<T | null> {
    setBusy(true);
    setProblem(null);
    try {
      return await work();
    } catch {
      setProblem('offline');
      return null;
    } finally {
      setBusy(false);
    }
  }

  let view: TeamView;
  if (state.status !== 'ready') view = { kind: 'loading' };
  else if (state.value.connection) {
    const c = state.value.connection;
    view = {
      kind: 'connected',
      origin: c.origin,
      team: c.team,
      login: c.login,
      role: c.role,
      status: state.value.status,
      pending: state.value.pending,
      busy,
      problem,
    };
  } else if (choosing) {
    view = {
      kind: 'choose',
      teams: choosing.teams,
      team: choosing.team,
      accounts: accounts.status === 'ready' ? accounts.value : [],
      privateIds,
      busy,
      problem,
    };
  } else view = { kind: 'signIn', busy, problem, status: state.value.status, removedNow };

  return {
    view,
    /** From the rep's click: the address asked for first (no await before), then the login. */
    signIn(typedOrigin: string, login: string, password: string) {
      const checked = serverOrigin(typedOrigin);
      if (!checked.ok) {
        setProblem(checked.problem === 'notHttps' ? 'notHttps' : 'invalidOrigin');
        return Promise.resolve();
      }
      const access = deps.requestAccess(checked.origin);
      return ask(async () => {
        if (!(await access)) {
          setProblem('noAccess');
          return;
        }
        const request = { origin: checked.origin, login, password };
        const result = await deps.send('team/signIn', request);
        if (result.status === 'problem') {
          setProblem(result.problem);
          return;
        }
        setRemovedNow(null);
        setPrivateIds(new Set());
        setChoosing({ login: request, teams: result.teams, team: result.teams[0]!.team });
      });
    },
    chooseTeam(team: string) {
      setChoosing((now) => now && { ...now, team });
    },
    setShared(id: string, shared: boolean) {
      setPrivateIds((now) => {
        const next = new Set(now);
        if (shared) next.delete(id);
        else next.add(id);
        return next;
      });
    },
    shareAll(shared: boolean) {
      setPrivateIds(
        shared || accounts.status !== 'ready' ? new Set() : new Set(accounts.value.map((a) => a.id)),
      );
    },
    cancel() {
      setChoosing(null);
      setProblem(null);
    },
    connect() {
      if (!choosing) return Promise.resolve();
      return ask(async () => {
        const result = await deps.send('team/connect', {
          ...choosing.login,
          team: choosing.team,
          privateIds: [...privateIds],
        });
        if (result.status === 'problem') {
          setProblem(result.problem);
          return;
        }
        setChoosing(null);
        // A rep in a team has chosen how to start: no demo data offered into the team's files.
        await setItem(STORED.firstRunDone, true);
      });
    },
    syncNow() {
      return ask(() => deps.send('team/syncNow', {}));
    },
    signInAgain(password: string) {
      return ask(async () => {
        const result = await deps.send('team/signInAgain', { password });
        if (result.status === 'problem') setProblem(result.problem);
      });
    },
    disconnect() {
      return ask(async () => {
        const { removed } = await deps.send('team/disconnect', {});
        setRemovedNow(removed);
      });
    },
  };
}
