/**
 * The team sync's steps, run by the background's sync service (lib/sync/sync-service.ts): send
 * the outbox (`_bulk_docs`), take the server's changes (`_changes` since the checkpoint), and the
 * answers to a refusal — a conflict merged and sent again, a forbidden change put back as the
 * team has it, a removed member's team files taken off this browser.
 */
import type { DossierDatabase } from '../db/database';
import {
  applyServerDocs,
  countPending,
  dropFileDeletions,
  dropTeamFiles,
  type PushOutcome,
  readCheckpoint,
  readOutboxBatch,
  readPrivateIds,
  settlePushed,
} from '../db/team-sync';
import { beginBurst } from '../db/write-bursts';
import { DOC_TYPES, type SyncedTable, type SyncRefusal, type TeamConnection } from '../model/team-sync';
import { checkServerDoc, deletionDoc, type OutgoingDoc, type ServerDoc, toDoc } from './core/docs';
import type { ReplacedValue } from './core/merge';
import { teamDatabase, teamsOf } from './core/team';
import {
  AccessError,
  type BulkResult,
  readAccountFile,
  readChanges,
  readDoc,
  readSession,
  writeDocs,
} from './server/couch';
import { ServerError, type ServerLogin } from './server/http';

export interface SyncContext {
  db: DossierDatabase;
  connection: TeamConnection;
  /** The file history's note for values a merge replaced. */
  historyText: (replaced: ReplacedValue[], table: SyncedTable) => string;
  onProgress?: (sent: number, pending: number) => void;
}

/** The login a request to the team's server is made with. */
export const loginOf = (c: Pick<TeamConnection, 'origin' | 'login' | 'password'>): ServerLogin => ({
  origin: c.origin,
  login: c.login,
  password: c.password,
});

/** Changes sent per `_bulk_docs`. */
export const PUSH_BATCH = 250;
/** Changes asked for per `_changes` read (smaller when an answer is over the size bound). */
export const PULL_BATCH = 500;

export interface PushResult {
  sent: number;
  merged: number;
  refusals: SyncRefusal[];
}

/**
 * Sends the outbox in batches until it is empty (or holds only what the server refused this
 * round). A team account's deletion goes first and alone: refused (only a manager may), the rest
 * of that file's deletions are not sent and the file comes back as the team has it.
 */
export async function pushOutbox(ctx: SyncContext): Promise<PushResult> {
  const { db, connection } = ctx;
  const login = loginOf(connection);
  const database = teamDatabase(connection.team);
  const result: PushResult = { sent: 0, merged: 0, refusals: [] };
  const privateIds = await readPrivateIds(db);
  /** Keys this round will not try again: refused, failed, or merged too often. */
  const skip = new Set<string>();
  const tries = new Map<string, number>();
  for (;;) {
    const batch = await readOutboxBatch(db, PUSH_BATCH, skip);
    if (batch.length === 0) break;
    const outcomes: PushOutcome[] = [];
    const docs: OutgoingDoc[] = [];
    const sending = new Map<string, { change: (typeof batch)[number]; doc: OutgoingDoc }>();
    // An account's own deletion goes alone, before anything of its file.
    const accountDeletion = batch.find(
      (c) => c.entry.deleted && c.entry.table === 'accounts' && c.synced && !c.synced.deleted,
    );
    const chosen = accountDeletion ? [accountDeletion] : batch;
    for (const change of chosen) {
      const { entry, row, synced } = change;
      const unsendable =
        (entry.accountId && privateIds.has(entry.accountId)) ||
        (entry.deleted && (!synced || synced.deleted)) ||
        (!entry.deleted && !row);
      if (unsendable) {
        outcomes.push({ kind: 'dropped', entry });
        continue;
      }
      const doc = entry.deleted
        ? deletionDoc(entry.key, synced!.rev)
        : toDoc(entry.table, row!, {
            // Over the server's deletion a row starts again without a revision.
            rev: synced?.deleted ? undefined : synced?.rev,
            owner: entry.owner ?? synced?.owner ?? connection.login,
            editedBy: connection.login,
            edits: {
              ...synced?.edits,
              ...Object.fromEntries(
                Object.entries(entry.fields).map(([path, at]) => [path, { at, by: connection.login }]),
              ),
            },
          });
      docs.push(doc);
      sending.set(entry.key, { change, doc });
    }
    const answers: BulkResult[] = docs.length > 0 ? await writeDocs(login, database, docs) : [];
    const conflicts: string[] = [];
    const refused: { key: string; reason: string }[] = [];
    for (const answer of answers) {
      const sent = sending.get(answer.id);
      if (!sent) continue;
      sending.delete(answer.id);
      const { entry } = sent.change;
      if (answer.ok !== false && answer.rev && !answer.error) {
        outcomes.push({
          kind: 'sent',
          entry,
          rev: answer.rev,
          edits: sent.doc.edits ?? {},
          owner: sent.doc.owner,
          row: sent.doc.row,
        });
        result.sent += 1;
      } else if (answer.error === 'conflict') {
        conflicts.push(entry.key);
      } else if (answer.error === 'forbidden' || answer.error === 'unauthorized') {
        refused.push({ key: entry.key, reason: answer.reason ?? answer.error });
      } else skip.add(entry.key); // tried again at the next sync
    }
    // A document the server did not answer for is tried again at the next sync.
    for (const key of sending.keys()) skip.add(key);
    await settlePushed(db, outcomes);

    for (const key of conflicts) {
      const count = (tries.get(key) ?? 0) + 1;
      tries.set(key, count);
      if (count > 3) {
        skip.add(key);
        continue;
      }
      // Someone else changed it since this browser last saw it: take theirs, merge, send the merge.
      const check = checkServerDoc(await readDoc(login, database, key));
      if (check.ok) {
        const applied = await applyServerDocs(db, [check.doc], {
          me: connection.login,
          historyText: ctx.historyText,
        });
        result.merged += applied.merged;
      } else skip.add(key);
    }
    for (const { key, reason } of refused) {
      skip.add(key);
      result.refusals.push(await putBack(ctx, key, reason));
    }
    ctx.onProgress?.(result.sent, await countPending(db));
  }
  return result;
}

/**
 * The server refused a change: the row — for a refused deletion of an account, its whole file — is
 * put back as the team has it, over what was changed here.
 */
async function putBack(ctx: SyncContext, key: string, reason: string): Promise<SyncRefusal> {
  const { db, connection } = ctx;
  const login = loginOf(connection);
  const database = teamDatabase(connection.team);
  const [type, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  const raws =
    type === DOC_TYPES.accounts
      ? await readAccountFile(login, database, id)
      : [await readDoc(login, database, key)];
  const docs = raws.map(checkServerDoc).flatMap((c) => (c.ok ? [c.doc] : []));
  if (type === DOC_TYPES.accounts) {
    // The file's unsent deletions go with the refused one: the team keeps the file.
    await dropFileDeletions(db, id);
  }
  await applyServerDocs(db, docs, { me: connection.login, serverWins: true });
  const account = docs.find(
    (d): d is ServerDoc & { deleted: false; table: 'accounts' } => !d.deleted && d.table === 'accounts',
  );
  return {
    key,
    name: account ? (account.row as { name: string }).name : null,
    reason,
    at: new Date().toISOString(),
  };
}

export interface PullResult {
  applied: number;
  merged: number;
  deleted: number;
  rejected: { id: string; problem: string }[];
  /** Where the time went (ms): the server's answers, their checks, the writes; and how many batches. */
  timing: { fetchMs: number; checkMs: number; applyMs: number; batches: number };
}

/**
 * Takes the server's changes since the checkpoint, a batch at a time, each applied with the
 * checkpoint after it in one transaction (a stopped worker resumes where the last batch ended).
 * A document that fails the check is not written and is reported; an answer that is not the
 * protocol's (hostile) stops the pull with nothing of it written. `waitMs`: wait that long for a
 * change when there is none (the live feed).
 */
export async function pullChanges(
  ctx: SyncContext,
  options: { waitMs?: number; signal?: AbortSignal } = {},
): Promise<PullResult> {
  const { db, connection } = ctx;
  const login = loginOf(connection);
  const database = teamDatabase(connection.team);
  const result: PullResult = {
    applied: 0,
    merged: 0,
    deleted: 0,
    rejected: [],
    timing: { fetchMs: 0, checkMs: 0, applyMs: 0, batches: 0 },
  };
  const { timing } = result;
  let limit = PULL_BATCH;
  let waitMs = options.waitMs;
  // More than one batch (a first sync, a long time offline) is a burst: this context's indexes
  // follow it once, at its end (lib/db/write-bursts.ts).
  let endBurst: (() => void) | undefined;
  try {
    for (;;) {
      const since = await readCheckpoint(db);
      let changes: Awaited<ReturnType<typeof readChanges>>;
      const fetched = performance.now();
      try {
        changes = await readChanges(login, database, since, { limit, waitMs, signal: options.signal });
        timing.fetchMs += performance.now() - fetched;
      } catch (error) {
        if (!(error instanceof ServerError) || error.failure !== 'tooLarge') throw error;
        if (limit > 1) {
          limit = Math.max(1, Math.floor(limit / 4));
          continue;
        }
        // One document over the bound: skipped, named.
        const head = await readChanges(login, database, since, {
          limit: 1,
          signal: options.signal,
          maxBytes: 1_000_000,
        });
        const first = head.results[0];
        if (!first) throw error;
        result.rejected.push({ id: first.id, problem: 'larger than Dossier reads' });
        await applyServerDocs(db, [], { me: connection.login, checkpoint: first.seq });
        continue;
      }
      waitMs = undefined; // only the first read waits
      const checked = performance.now();
      const docs: ServerDoc[] = [];
      for (const change of changes.results) {
        if (change.id.startsWith('_design/')) continue;
        const check = checkServerDoc(
          change.doc ?? (change.deleted ? { _id: change.id, _deleted: true } : null),
        );
        if (check.ok) docs.push(check.doc);
        else result.rejected.push({ id: check.id, problem: check.problem });
      }
      const applying = performance.now();
      timing.checkMs += applying - checked;
      const applied = await applyServerDocs(db, docs, {
        me: connection.login,
        checkpoint: changes.last_seq,
        historyText: ctx.historyText,
      });
      timing.applyMs += performance.now() - applying;
      timing.batches += 1;
      result.applied += applied.written;
      result.merged += applied.merged;
      result.deleted += applied.deleted;
      if (changes.results.length < limit || changes.pending === 0) break;
      endBurst ??= beginBurst();
    }
  } finally {
    endBurst?.();
  }
  return result;
}

export type MembershipCheck =
  | { kind: 'member'; role: 'rep' | 'manager' }
  | { kind: 'signedOut' }
  | { kind: 'removed'; removed: number };

/**
 * What an AccessError means: the login no longer signs in (signed out — the files stay; the rep
 * signs in again), or it signs in without the team's role (removed from the team: the team's
 * files are taken off this browser, the private ones stay).
 */
export async function checkMembership(
  db: DossierDatabase,
  connection: TeamConnection,
): Promise<MembershipCheck> {
  const session = await readSession(loginOf(connection));
  if (session.name === null) return { kind: 'signedOut' };
  const membership = teamsOf(session.roles).find((t) => t.team === connection.team);
  if (membership) return { kind: 'member', role: membership.role };
  const { removed } = await dropTeamFiles(db);
  return { kind: 'removed', removed };
}

export { AccessError };
