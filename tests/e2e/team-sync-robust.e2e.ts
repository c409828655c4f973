// Team files in real Chromium when things go wrong: the service worker stopped in the middle of
// sending an import's rows, and a server that answers with what no CouchDB sends.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../../scripts/chromium.mjs';
import { startTeamServer, type TeamServer } from '../../scripts/team-server/serve.mjs';
import { setUpTeam, teamDatabase } from '../../scripts/team-server/setup.mjs';
import { hashDatabase } from '../support/db-hash';
import { OptionsImportPage } from './pages/options-import';
import { TeamCard } from './pages/team';
import { type Launched, tempProfile } from './support';

const E2E_BUILD = join(import.meta.dirname, '../../.output/chrome-mv3-e2e');
const TEAM = 'north-sales';
const COMPANIES = 2_000;

let server: TeamServer;
let work: string;
const opened: { launched: Launched; cleanup(): void }[] = [];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'dossier-team-robust-'));
  server = await startTeamServer();
  await setUpTeam({
    server: server.origin,
    admin: server.admin,
    team: TEAM,
    managers: [],
    reps: [
      { name: 'bob', password: 'bob-pw' },
      { name: 'carol', password: 'carol-pw' },
    ],
    remove: [],
  });
}, 60_000);
afterEach(async () => {
  for (const { launched, cleanup } of opened.splice(0)) {
    await launched.context.close();
    cleanup();
  }
});
afterAll(async () => {
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

async function browser() {
  const profile = tempProfile();
  const launched = await launchWithExtension({ userDataDir: profile.dir, extensionDir: E2E_BUILD });
  opened.push({ launched, cleanup: profile.cleanup });
  return launched;
}

/** Ids of the documents the team database holds (the administrator reads them). */
async function serverIds(): Promise<string[]> {
  const answer = await fetch(`${server.origin}/${teamDatabase(TEAM)}/_all_docs`, {
    headers: { authorization: `Basic ${btoa(`${server.admin.name}:${server.admin.password}`)}` },
  });
  const body = (await answer.json()) as { rows: { id: string }[] };
  return body.rows.map((r) => r.id).filter((id) => !id.startsWith('_design/'));
}

/** How many rows a table of the extension's database holds, read in one of its pages. */
function countRows(launched: Launched, table: string): Promise<number> {
  const page = launched.context.pages().find((p) => p.url().startsWith('chrome-extension://'))!;
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('dossier');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const count = await new Promise<number>((resolve, reject) => {
      const read = db.transaction(name).objectStore(name).count();
      read.onsuccess = () => resolve(read.result);
      read.onerror = () => reject(read.error);
    });
    db.close();
    return count;
  }, table);
}

describe('team sync when things go wrong, in real Chromium', () => {
  it('the service worker stopped in the middle of sending an import: nothing lost, nothing twice', async () => {
    const bob = await browser();
    const team = new TeamCard(await bob.context.newPage(), bob.extensionId);
    await team.open();
    await team.connect(server.origin, 'bob', 'bob-pw');

    const csv = join(work, 'companies.csv');
    const lines = ['Company name,Company Domain Name'];
    for (let i = 0; i < COMPANIES; i++) lines.push(`Northwind ${i},northwind-${i}.example`);
    writeFileSync(csv, `${lines.join('\n')}\n`);
    const options = new OptionsImportPage(team.page, bob.extensionId);
    await options.choose([csv]);
    await options.counts();
    expect(await options.importAll()).toMatch(new RegExp(`^Imported: ${COMPANIES} accounts`));

    // Some batches are on the server, not all: the worker stops, as Chrome stops an idle one.
    await expect
      .poll(async () => (await serverIds()).length, { timeout: 60_000, interval: 50 })
      .toBeGreaterThan(0);
    const cdp: CDPSession = await bob.context.newCDPSession(team.page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const sentBefore = (await serverIds()).length;
    expect(sentBefore).toBeLessThan(COMPANIES);

    // The rep's next click wakes a new worker, which goes on from what is stored.
    await team.open();
    await team.syncNow();
    await expect.poll(async () => (await serverIds()).length, { timeout: 120_000 }).toBe(COMPANIES);
    await team.upToDate(120_000);
    expect(await countRows(bob, 'outbox')).toBe(0);
    const ids = await serverIds();
    expect(new Set(ids).size).toBe(COMPANIES);
    expect(ids.every((id) => id.startsWith('account:'))).toBe(true);

    const carol = await browser();
    const theirs = new TeamCard(await carol.context.newPage(), carol.extensionId);
    await theirs.open();
    await theirs.connect(server.origin, 'carol', 'carol-pw');
    await expect.poll(() => countRows(carol, 'accounts'), { timeout: 120_000 }).toBe(COMPANIES);
  });

  describe('a server that answers what no CouchDB sends', () => {
    let hostile: Server;
    let origin: string;
    /** What `_changes` answers next. */
    let changes: () => string | Buffer = () => JSON.stringify({ results: [], last_seq: 0 });

    beforeAll(async () => {
      hostile = createServer((request, response) => {
        const url = request.url ?? '';
        response.setHeader('content-type', 'application/json');
        if (url.startsWith('/_session')) {
          response.end(JSON.stringify({ ok: true, userCtx: { name: 'bob', roles: ['dossier.acme.rep'] } }));
        } else if (url.includes('/_changes')) response.end(changes());
        else if (url.includes('/_bulk_docs')) response.end('[]');
        else response.end(JSON.stringify({ db_name: 'dossier-acme' }));
      });
      await new Promise<void>((r) => hostile.listen(0, '127.0.0.1', r));
      origin = `http://127.0.0.1:${(hostile.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise((r) => hostile.close(r)));

    it('refuses prototype keys, bad shapes and 10 MB fields: nothing written, and the options page says so', async () => {
      const bob = await browser();
      const team = new TeamCard(await bob.context.newPage(), bob.extensionId);
      await team.open();
      await team.connect(origin, 'bob', 'pw');
      const witness = () => team.page.evaluate(hashDatabase, 'dossier');
      const rows = async () => {
        const { rows: counts } = await witness();
        const { outbox: _o, sync: _s, syncRevisions: _r, ...files } = counts;
        return files;
      };
      const before = await rows();
      const at = '2026-12-01T08:00:00.000Z';
      const doc = (id: string, row: Record<string, unknown>) => ({
        _id: `account:${id}`,
        _rev: '1-a',
        type: 'account',
        accountId: id,
        owner: 'carol',
        editedBy: 'carol',
        edits: {},
        row: { id, createdAt: at, updatedAt: at, ...row },
      });
      const feed = (docs: unknown[]) =>
        JSON.stringify({
          results: docs.map((d, i) => ({ seq: i + 1, id: (d as { _id: string })._id, changes: [], doc: d })),
          last_seq: docs.length,
          pending: 0,
        });

      // Documents of the wrong shape, or with a 10 MB name: each refused and named.
      changes = () =>
        feed([doc('h1', { name: 'x'.repeat(10_000_000) }), doc('h2', { name: 'Acme', tier: 'Z' })]);
      await team.syncNow();
      await team
        .card()
        .getByText(/^2 documents from the server were not valid client files and were not written/)
        .waitFor({ timeout: 60_000 });
      expect(await rows()).toEqual(before);

      // An answer with a prototype key: refused whole.
      changes = () =>
        feed([doc('h3', { name: 'Acme' })]).replace('"edits":{}', '"edits":{},"__proto__":{"polluted":1}');
      await team.syncNow();
      await expect
        .poll(() => team.status().textContent(), { timeout: 60_000 })
        .toMatch(/Offline — will retry/);
      expect(await rows()).toEqual(before);
      expect(await team.page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
    });
  });
});
