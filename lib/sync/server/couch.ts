/**
 * The CouchDB replication protocol's calls Dossier makes — the documented HTTP API, spoken
 * directly (docs/team-sync.md says why not PouchDB): the session, a database's `_changes` feed,
 * `_bulk_docs`, one document, and one account's file through the `byAccount` view the setup
 * script stores. Every answer's shape is checked here; the documents in it by lib/sync/core/docs.ts.
 */
import * as v from 'valibot';
import type { OutgoingDoc } from '../core/docs';
import { ServerError, type ServerLogin, serverRequest } from './http';

/** The server refused the login (`unauthorized`) or the database to it (`forbidden`). */
export class AccessError extends Error {
  constructor(
    readonly status: 401 | 403,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'AccessError';
  }
}

const reasonOf = (json: unknown) => {
  const parsed = v.safeParse(v.object({ reason: v.string(), error: v.optional(v.string()) }), json);
  return parsed.success ? parsed.output.reason.slice(0, 300) : '';
};

/** An answer's JSON when it is a success; AccessError on 401/403; ServerError otherwise. */
function expect2xx(answer: { status: number; json: unknown }, what: string): unknown {
  if (answer.status >= 200 && answer.status < 300) return answer.json;
  if (answer.status === 401 || answer.status === 403)
    throw new AccessError(answer.status, reasonOf(answer.json));
  throw new ServerError('offline', `${what}: HTTP ${answer.status} ${reasonOf(answer.json)}`.trim());
}

function shaped<T extends v.GenericSchema>(schema: T, json: unknown, what: string): v.InferOutput<T> {
  const parsed = v.safeParse(schema, json);
  if (!parsed.success) throw new ServerError('hostile', `${what}: not the answer CouchDB gives`);
  return parsed.output;
}

const sessionSchema = v.object({
  userCtx: v.object({
    name: v.nullable(v.pipe(v.string(), v.maxLength(200))),
    roles: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(1000)),
  }),
});

export interface Session {
  /** Null when the server does not know the login (wrong name or password). */
  name: string | null;
  roles: string[];
}

/** Who the server takes the login for. */
export async function readSession(login: ServerLogin): Promise<Session> {
  const answer = await serverRequest(login, 'GET', '/_session', { timeoutMs: 15_000 });
  // CouchDB answers a wrong password on /_session with 401; a known login with its roles.
  if (answer.status === 401) return { name: null, roles: [] };
  return shaped(sessionSchema, expect2xx(answer, 'session'), 'session').userCtx;
}

/** Whether the login may read the database: throws AccessError when not. */
export async function openDatabase(login: ServerLogin, db: string): Promise<void> {
  expect2xx(await serverRequest(login, 'GET', `/${db}`, { timeoutMs: 15_000 }), 'database');
}

const seqSchema = v.union([v.pipe(v.string(), v.maxLength(2000)), v.number()]);
const changesSchema = v.object({
  results: v.pipe(
    v.array(
      v.object({
        seq: seqSchema,
        id: v.pipe(v.string(), v.maxLength(200)),
        deleted: v.optional(v.boolean()),
        doc: v.optional(v.unknown()),
      }),
    ),
    v.maxLength(10_000),
  ),
  last_seq: seqSchema,
  pending: v.optional(v.number()),
});
export type Changes = v.InferOutput<typeof changesSchema>;
export type Seq = string | number;

export interface ChangesOptions {
  limit: number;
  /** Without the documents: only whether anything changed (the live feed's wake-up). */
  withoutDocs?: boolean;
  /** Wait this long for a change when there is none (CouchDB's long poll). */
  waitMs?: number;
  signal?: AbortSignal;
  maxBytes?: number;
}

/** The changes after `since`, with their documents. */
export async function readChanges(
  login: ServerLogin,
  db: string,
  since: Seq | null,
  options: ChangesOptions,
): Promise<Changes> {
  const query = new URLSearchParams({
    include_docs: 'true',
    style: 'main_only',
    limit: String(options.limit),
  });
  if (since !== null) query.set('since', String(since));
  if (options.waitMs) {
    query.set('feed', 'longpoll');
    query.set('timeout', String(options.waitMs));
  }
  const answer = await serverRequest(login, 'GET', `/${db}/_changes?${query}`, {
    signal: options.signal,
    maxBytes: options.maxBytes,
    timeoutMs: (options.waitMs ?? 0) + 60_000,
  });
  return shaped(changesSchema, expect2xx(answer, 'changes'), 'changes');
}

const bulkSchema = v.pipe(
  v.array(
    v.object({
      id: v.pipe(v.string(), v.maxLength(200)),
      ok: v.optional(v.boolean()),
      rev: v.optional(v.pipe(v.string(), v.maxLength(200))),
      error: v.optional(v.pipe(v.string(), v.maxLength(100))),
      reason: v.optional(
        v.pipe(
          v.string(),
          v.transform((s) => s.slice(0, 300)),
        ),
      ),
    }),
  ),
  v.maxLength(10_000),
);
export type BulkResult = v.InferOutput<typeof bulkSchema>[number];

/** Writes documents; each gets its own result (`ok` + `rev`, or `error`: conflict, forbidden…). */
export async function writeDocs(login: ServerLogin, db: string, docs: OutgoingDoc[]): Promise<BulkResult[]> {
  const answer = await serverRequest(login, 'POST', `/${db}/_bulk_docs`, { body: { docs } });
  return shaped(bulkSchema, expect2xx(answer, 'bulk write'), 'bulk write');
}

/** One document as the server has it (null when it has none, or only its deletion). */
export async function readDoc(login: ServerLogin, db: string, id: string): Promise<unknown | null> {
  const answer = await serverRequest(login, 'GET', `/${db}/${encodeURIComponent(id)}`);
  if (answer.status === 404) return null;
  return expect2xx(answer, 'document');
}

const viewSchema = v.object({
  rows: v.pipe(
    v.array(v.object({ id: v.pipe(v.string(), v.maxLength(200)), doc: v.optional(v.unknown()) })),
    v.maxLength(100_000),
  ),
});

/** Every document of one account's file, as the server has them. */
export async function readAccountFile(login: ServerLogin, db: string, accountId: string): Promise<unknown[]> {
  const query = new URLSearchParams({ key: JSON.stringify(accountId), include_docs: 'true' });
  const answer = await serverRequest(login, 'GET', `/${db}/_design/dossier/_view/byAccount?${query}`);
  return shaped(viewSchema, expect2xx(answer, 'account file'), 'account file').rows.map((row) => row.doc);
}
