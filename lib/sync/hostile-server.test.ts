// @vitest-environment node
// A team server that answers with what no CouchDB sends: every answer is refused before anything
// of it is written, and what is stored stays as it was.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hashDatabase } from '../../tests/support/db-hash';
import { createAccount } from '../db/accounts';
import type { DossierDatabase } from '../db/database';
import { connectTeam, readCheckpoint } from '../db/team-sync';
import { accountDraft, openTestDatabase, teamConnection } from '../db/test-helpers';
import { emptyAccountDraft } from '../model/defaults';
import { pullChanges, pushOutbox, type SyncContext } from './engine';
import { ServerError } from './server/http';

/** What the fake server answers to the next request of each kind. */
let answer: {
  changes: () => string | Buffer;
  bulk: () => string;
  status?: number;
  headers?: Record<string, string>;
};
let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const body = request.url?.includes('_changes') ? answer.changes() : answer.bulk();
    response.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers });
    response.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((r) => server.close(r)));

let db: DossierDatabase;
let ctx: SyncContext;
beforeEach(async () => {
  db = openTestDatabase();
  await createAccount(db, accountDraft({ name: 'Already here' }));
  const connection = teamConnection({ origin });
  await connectTeam(db, connection, []);
  ctx = { db, connection, historyText: () => '' };
});
afterEach(() => db.delete());

const at = '2026-12-01T08:00:00.000Z';
const accountDoc = (id: string, row: Record<string, unknown> = {}) => ({
  _id: `account:${id}`,
  _rev: '1-a',
  type: 'account',
  accountId: id,
  owner: 'carol',
  editedBy: 'carol',
  edits: {},
  row: {
    ...emptyAccountDraft(),
    id,
    name: 'From the server',
    createdAt: at,
    updatedAt: at,
    externalIds: [],
    ...row,
  },
});
const changes = (docs: unknown[]) =>
  JSON.stringify({
    results: docs.map((doc, i) => ({
      seq: i + 1,
      id: (doc as { _id: string })._id,
      changes: [{ rev: '1-a' }],
      doc,
    })),
    last_seq: docs.length,
    pending: 0,
  });

/** Pulls, expecting it to refuse; then checks nothing was written. */
async function expectRefusedWhole(failure: ServerError['failure']) {
  const before = await hashDatabase(db.name);
  const error = await pullChanges(ctx).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ServerError);
  expect((error as ServerError).failure).toBe(failure);
  expect(await hashDatabase(db.name)).toEqual(before);
  expect(await readCheckpoint(db)).toBeNull();
}

describe('a hostile team server', () => {
  it('an answer carrying __proto__ is refused whole', async () => {
    const doc = changes([accountDoc('x1')]).replace('"edits":{}', '"edits":{},"__proto__":{"polluted":true}');
    answer = { changes: () => doc, bulk: () => '[]' };
    await expectRefusedWhole('hostile');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('an answer that is not the protocol’s shape is refused whole', async () => {
    answer = { changes: () => JSON.stringify({ results: 'all of them', last_seq: 1 }), bulk: () => '[]' };
    await expectRefusedWhole('hostile');
    answer = { changes: () => '<html>not json</html>', bulk: () => '[]' };
    await expectRefusedWhole('hostile');
  });

  it('an answer over the size bound is never read whole, and nothing is written', async () => {
    const huge = Buffer.alloc(65 * 1024 * 1024, 0x20);
    answer = { changes: () => huge, bulk: () => '[]' };
    await expectRefusedWhole('tooLarge');
  }, 60_000);

  it('documents of wrong shape, 10 MB fields or pointing elsewhere are not written, and are named', async () => {
    // Everything but the sync's own bookkeeping (where the pull goes on).
    const rows = () => hashDatabase(db.name, ['accountSignals', 'revisions', 'sync']);
    const before = await rows();
    const bad = [
      accountDoc('b1', { name: 'x'.repeat(10_000_000) }),
      { ...accountDoc('b2'), type: 'contact' },
      { ...accountDoc('b3'), row: { id: 'b3', script: '<img onerror=alert(1)>' } },
      { ...accountDoc('b4'), accountId: 'elsewhere' },
      { _id: 'account:b5', _rev: '1-a', _deleted: 'yes' },
    ];
    answer = { changes: () => changes(bad), bulk: () => '[]' };
    const result = await pullChanges(ctx);
    expect(result.rejected.map((r) => r.id)).toEqual(bad.map((d) => d._id));
    expect(result.rejected[0]?.problem).toContain('row.name');
    expect(await db.accounts.count()).toBe(1);
    expect(await rows()).toEqual(before);
    // The checkpoint moved on: those documents are not asked for again.
    expect(await readCheckpoint(db)).toBe(5);
  });

  it('a bulk answer that is not the protocol’s shape leaves the outbox as it was', async () => {
    answer = { changes: () => changes([]), bulk: () => JSON.stringify({ ok: true }) };
    const pending = await db.outbox.count();
    await expect(pushOutbox(ctx)).rejects.toBeInstanceOf(ServerError);
    expect(await db.outbox.count()).toBe(pending);
    expect(pending).toBe(1);
  });

  it('a redirect is not followed', async () => {
    answer = {
      changes: () => '',
      bulk: () => '',
      status: 302,
      headers: { location: 'https://elsewhere.example/' },
    };
    const error = await pullChanges(ctx).then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as ServerError).failure).toBe('offline');
  });
});
