// Benchmark of team sync in real Chromium against pouchdb-server on this machine:
//   1. initial sync of a team of 10,000 accounts (2 contacts and 3 notes each: 60,000 documents)
//      to a fresh browser: Connect clicked → every account stored and "Up to date" shown, and the
//      service worker's memory after it; baseline, same run: the same `_changes` batches fetched
//      by an extension page and put into a scratch IndexedDB with bare calls;
//   2. one edit reaching another device (median of 20): Save clicked in one browser's side panel →
//      the other browser's database holds the new value; baseline, same run: a document PUT by
//      this process and then seen in `_changes` (the server's own round trip);
//   3. the write cost the outbox adds to an import of 50,000 accounts (and 50,000 contacts): the
//      import's write (Import clicked → "Imported") in a browser connected to a team, as a ratio to
//      the same import in a browser that is not, measured in the same run (the team server is
//      stopped before the import, so the sync's sending does not compete with the write).
//
//   npm run build:e2e && node bench/team-sync.mjs [--accounts=10000] [--import=50000] [--edits=20]
//
// Only a broken run exits non-zero; a missed target prints NO.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension } from '../scripts/chromium.mjs';
import { startTeamServer } from '../scripts/team-server/serve.mjs';
import { setUpTeam, teamDatabase } from '../scripts/team-server/setup.mjs';
import { hubspotExports } from './import/data.mjs';
import { serviceWorkerHeap } from './service-worker-heap.mjs';
import { seedTeam } from './team/seed.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const arg = (name, fallback) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const ACCOUNTS = Number(arg('accounts', 10_000));
const IMPORT = Number(arg('import', 50_000));
const EDITS = Number(arg('edits', 20));
const BUILD = resolve(ROOT, arg('build', '.output/chrome-mv3-e2e'));
const started = performance.now();
const log = (line) => console.log(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${line}`);
const sec = (ms) => `${(ms / 1000).toFixed(2)} s`;
const ok = (good) => (good ? 'yes' : 'NO');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (!existsSync(join(BUILD, 'manifest.json'))) {
  console.error(`No build in ${BUILD}: run \`npm run build:e2e\` first (its hosts are granted).`);
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'dossier-bench-team-'));
const browsers = [];
async function browser(name) {
  const dir = join(work, name);
  const launched = await launchWithExtension({
    userDataDir: dir,
    extensionDir: BUILD,
    extraArgs: ['--remote-debugging-port=0'],
  });
  browsers.push(launched);
  const page = await launched.context.newPage();
  await page.goto(`chrome-extension://${launched.extensionId}/options.html`);
  return { ...launched, dir, page };
}
/** The last pull's timings the running service worker keeps (lib/sync/sync-service.ts). */
async function workerStats(context) {
  for (const worker of context.serviceWorkers().reverse()) {
    try {
      return await worker.evaluate(() => globalThis.dossierSyncStats ?? null);
    } catch {
      // a stopped worker
    }
  }
  return null;
}

const teamCard = (page) =>
  page.locator('section').filter({ has: page.getByRole('heading', { name: 'Team', exact: true }) });

/** Signs in and connects to `team` from the options page; resolves when Connect was clicked. */
async function connect(page, origin, login, password, team) {
  const card = teamCard(page);
  await card.getByLabel('Team server address').fill(origin);
  await card.getByLabel('Login').fill(login);
  await card.getByLabel('Password').fill(password);
  await card.getByRole('button', { name: 'Sign in' }).click();
  await card.getByRole('button', { name: 'Connect to the team' }).waitFor();
  await card.getByRole('combobox', { name: 'Team' }).selectOption(team);
  const t0 = performance.now();
  await card.getByRole('button', { name: 'Connect to the team' }).click();
  return t0;
}
const upToDate = (page, timeout = 600_000) =>
  teamCard(page).getByText('Up to date', { exact: true }).waitFor({ timeout });

/** Rows of a store of the extension's database, counted in one of its pages. */
const count = (page, store) =>
  page.evaluate(async (name) => {
    const db = await new Promise((res, rej) => {
      const open = indexedDB.open('dossier');
      open.onsuccess = () => res(open.result);
      open.onerror = () => rej(open.error);
    });
    const n = await new Promise((res, rej) => {
      const r = db.transaction(name).objectStore(name).count();
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    db.close();
    return n;
  }, store);

const server = await startTeamServer();
const team = 'bench';
await setUpTeam({
  server: server.origin,
  admin: server.admin,
  team,
  managers: [],
  reps: [
    { name: 'bob', password: 'bob-pw' },
    { name: 'carol', password: 'carol-pw' },
  ],
  remove: [],
});
const results = [];
try {
  // 1. Initial sync of a team to a fresh device.
  if (ACCOUNTS > 0) {
    const docs = await seedTeam({
      origin: server.origin,
      admin: server.admin,
      database: teamDatabase(team),
      accounts: ACCOUNTS,
    });
    log(`team seeded: ${docs} documents (${ACCOUNTS} accounts)`);
    const fresh = await browser('fresh');
    const bare = await fresh.page.evaluate(
      async ({ origin, db }) => {
        const t0 = performance.now();
        const scratch = await new Promise((res, rej) => {
          const open = indexedDB.open('bench-bare-sync');
          open.onupgradeneeded = () => open.result.createObjectStore('docs', { keyPath: '_id' });
          open.onsuccess = () => res(open.result);
          open.onerror = () => rej(open.error);
        });
        let since = 0;
        let total = 0;
        for (;;) {
          const answer = await fetch(
            `${origin}/${db}/_changes?include_docs=true&style=main_only&limit=500&since=${since}`,
            {
              headers: { authorization: `Basic ${btoa('bob:bob-pw')}` },
            },
          );
          const body = await answer.json();
          const rows = body.results.filter((r) => r.doc && !r.id.startsWith('_design/')).map((r) => r.doc);
          await new Promise((res, rej) => {
            const tx = scratch.transaction('docs', 'readwrite');
            for (const row of rows) tx.objectStore('docs').put(row);
            tx.oncomplete = res;
            tx.onerror = () => rej(tx.error);
          });
          total += rows.length;
          since = body.last_seq;
          if (body.results.length < 500) break;
        }
        scratch.close();
        indexedDB.deleteDatabase('bench-bare-sync');
        return { ms: performance.now() - t0, total };
      },
      { origin: server.origin, db: teamDatabase(team) },
    );
    log(`baseline: ${bare.total} documents fetched and stored bare in ${sec(bare.ms)}`);
    const t0 = await connect(fresh.page, server.origin, 'bob', 'bob-pw', team);
    await upToDate(fresh.page);
    const synced = performance.now() - t0;
    const stored = await count(fresh.page, 'accounts');
    const heap = await serviceWorkerHeap(fresh.dir);
    const steps = await workerStats(fresh.context);
    log(
      `initial sync: ${stored} accounts in ${sec(synced)}; its pull ${JSON.stringify(steps)}; service worker ${JSON.stringify(heap)}`,
    );
    if (stored !== ACCOUNTS) throw new Error(`expected ${ACCOUNTS} accounts, found ${stored}`);
    results.push([
      `initial sync of ${ACCOUNTS} accounts (+contacts, notes)`,
      sec(synced),
      `${(synced / bare.ms).toFixed(1)}× bare fetch+store (${sec(bare.ms)})`,
    ]);
    results.push([
      'service worker after it (JS heap + buffers)',
      `${heap?.jsHeapMB} + ${heap?.arrayBuffersMB} MB`,
      '',
    ]);
    await fresh.context.close();
  }

  // 2. One edit reaching another device.
  if (EDITS > 0) {
    const a = await browser('a');
    const b = await browser('b');
    const latencyTeam = 'latency';
    await setUpTeam({
      server: server.origin,
      admin: server.admin,
      team: latencyTeam,
      managers: [],
      reps: [
        { name: 'bob', password: null },
        { name: 'carol', password: null },
      ],
      remove: [],
    });
    await seedTeam({
      origin: server.origin,
      admin: server.admin,
      database: teamDatabase(latencyTeam),
      accounts: 1,
      contacts: 0,
      notes: 0,
    });
    await connect(a.page, server.origin, 'bob', 'bob-pw', latencyTeam).then(() => upToDate(a.page));
    await connect(b.page, server.origin, 'carol', 'carol-pw', latencyTeam).then(() => upToDate(b.page));
    log('two browsers connected to the latency team');
    const panel = await a.context.newPage();
    await panel.goto(`chrome-extension://${a.extensionId}/sidepanel.html#/`);
    await panel.locator('li button[data-index]').first().click();
    const latencies = [];
    for (let i = 0; i < EDITS; i++) {
      const phone = `0512-6666 ${String(1000 + i)}`;
      await panel.getByRole('button', { name: 'Edit account' }).click();
      const form = panel.locator('form').first();
      await form.getByLabel('Phone', { exact: true }).fill(phone);
      const seen = b.page.evaluate(async (wanted) => {
        for (;;) {
          const value = await new Promise((res) => {
            const open = indexedDB.open('dossier');
            open.onsuccess = () => {
              const get = open.result.transaction('accounts').objectStore('accounts').get('acct-0');
              get.onsuccess = () => {
                res(get.result?.basic?.phone);
                open.result.close();
              };
            };
          });
          if (value === wanted) return Date.now();
          await new Promise((r) => setTimeout(r, 10));
        }
      }, phone);
      const clicked = Date.now();
      await form.getByRole('button', { name: 'Save' }).click();
      latencies.push((await seen) - clicked);
      await form.waitFor({ state: 'detached' });
    }
    // Baseline: the server's own round trip — a document written, then `_changes` read until it
    // shows. Written as the administrator: the team's rules refuse a document of no Dossier kind.
    const raw = [];
    const auth = { authorization: `Basic ${Buffer.from('bob:bob-pw').toString('base64')}` };
    const admin = {
      authorization: `Basic ${Buffer.from(`${server.admin.name}:${server.admin.password}`).toString('base64')}`,
    };
    const base = `${server.origin}/${teamDatabase(latencyTeam)}`;
    for (let i = 0; i < EDITS; i++) {
      const { update_seq: since } = await (await fetch(base, { headers: auth })).json();
      const t = Date.now();
      const put = await fetch(`${base}/probe-${i}`, {
        method: 'PUT',
        headers: { ...admin, 'content-type': 'application/json' },
        body: '{"x":1}',
      });
      if (!put.ok) throw new Error(`the baseline's write was refused: ${put.status} ${await put.text()}`);
      for (;;) {
        const { results } = await (await fetch(`${base}/_changes?since=${since}`, { headers: auth })).json();
        if (results.some((r) => r.id === `probe-${i}`)) break;
      }
      raw.push(Date.now() - t);
    }
    const edit = median(latencies);
    log(`edit latencies (ms): ${latencies.join(', ')}; raw round trips: ${raw.join(', ')}`);
    results.push([
      `one edit reaching another device, median of ${EDITS}`,
      `${edit} ms (max ${Math.max(...latencies)})`,
      `${(edit / Math.max(1, median(raw))).toFixed(1)}× the server's round trip (${median(raw)} ms); < 5 s: ${ok(edit < 5000)}`,
    ]);
    await a.context.close();
    await b.context.close();
  }

  // 3. The outbox's cost on a 50,000-account import.
  if (IMPORT > 0) {
    const files = hubspotExports(IMPORT);
    const paths = { companies: join(work, 'companies.csv'), contacts: join(work, 'contacts.csv') };
    writeFileSync(paths.companies, files.companies);
    writeFileSync(paths.contacts, files.contacts);
    const importWrite = async (page) => {
      await page.getByLabel('Choose CSV or vCard files…').setInputFiles([paths.contacts, paths.companies]);
      const button = page.getByRole('button', { name: /^Import \(/ });
      await button.waitFor({ timeout: 300_000 });
      const t = performance.now();
      await button.click();
      await page.getByText(/^Imported: /).waitFor({ timeout: 600_000 });
      return performance.now() - t;
    };
    const plain = await browser('plain');
    const plainMs = await importWrite(plain.page);
    log(`import write, not in a team: ${sec(plainMs)}`);
    await plain.context.close();
    const teamServer = await startTeamServer();
    await setUpTeam({
      server: teamServer.origin,
      admin: teamServer.admin,
      team,
      managers: [],
      reps: [{ name: 'bob', password: 'bob-pw' }],
      remove: [],
    });
    const member = await browser('member');
    await connect(member.page, teamServer.origin, 'bob', 'bob-pw', team).then(() => upToDate(member.page));
    await teamServer.stop();
    const teamMs = await importWrite(member.page);
    const outbox = await count(member.page, 'outbox');
    log(`import write, in a team (outbox ${outbox} entries): ${sec(teamMs)}`);
    results.push([
      `import write of ${IMPORT} accounts + ${IMPORT} contacts, in a team`,
      sec(teamMs),
      `${(teamMs / plainMs).toFixed(2)}× the same import not in a team (${sec(plainMs)})`,
    ]);
    await member.context.close();
  }
} finally {
  for (const b of browsers) await b.context.close().catch(() => {});
  await server.stop();
  rmSync(work, { recursive: true, force: true });
}
console.log('\nTeam sync');
for (const [what, value, ratio] of results) console.log(`  ${what}: ${value}${ratio ? `  — ${ratio}` : ''}`);
