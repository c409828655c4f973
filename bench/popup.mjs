// Benchmark of the toolbar quick-search popup in real Chromium with the built extension
// (the e2e build), at 50,000 generated accounts with ~2 contacts each and notes:
//   - popup open → first results painted (the empty-box list), with the service worker stopped
//     (cold) and running (warm); baseline: the same page's search box painted, same load;
//   - the first query typed into a popup that woke a stopped worker (the worker restores its stored
//     index), and the worker's first build without one;
//   - keystroke → results painted through the popup (warm), each query typed key by key; baseline:
//     the same queries as bare `search/query` messages from an extension page (the worker's part).
//
//   npm run build:e2e && node bench/popup.mjs [--accounts=50000]
//
// Rows are generated in Node (lib/search/core/test-data.ts, readings with pinyin-pro as lib/db stores
// them) and written into the extension's IndexedDB from an extension page. Only a broken run exits
// non-zero; a missed target prints NO.

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { launchWithExtension } from '../scripts/chromium.mjs';
import { instrumentPopup } from './popup/instrument.mjs';
import { storesReady } from './seed-accounts.mjs';
import { serviceWorkerHeap } from './service-worker-heap.mjs';
import { importTypeScript } from './ts-import.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const E2E_BUILD = join(ROOT, '.output/chrome-mv3-e2e');
const arg = (name, fallback) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const ACCOUNTS = Number(arg('accounts', 50_000));
const COLD_OPENS = 6;
const WARM_OPENS = 10;
/** Typed key by key in the warm popup (pinyin, initials, typo, domain, email, Chinese, phone). */
const QUERIES = [
  'zgdx',
  'zhongguo',
  'acme logstics',
  'chinatelecom',
  '中国电信',
  'warehouse',
  '13905',
  'smith',
];
const KEY_DELAY_MS = 120;
const started = performance.now();

const sorted = (xs) => xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
const q = (xs, p) => {
  const s = sorted(xs);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : Number.NaN;
};
const median = (xs) => q(xs, 0.5);
const ms = (x) => (!Number.isFinite(x) ? '—' : x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
const ratio = (x, base) => (Number.isFinite(x / base) && base > 0 ? `${(x / base).toFixed(1)}×` : '—');
const log = (s) => console.log(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${s}`);
let broken = false;

if (!existsSync(join(E2E_BUILD, 'manifest.json'))) {
  console.error(`No e2e build in ${E2E_BUILD}: run \`npm run build:e2e\` first.`);
  process.exit(1);
}

// The generator is TypeScript, pinyin-pro included.
const tmp = mkdtempSync(join(tmpdir(), 'dossier-bench-popup-'));
let rows;
try {
  const { makeSearchRows, withReadings } = await importTypeScript(join(ROOT, 'lib/search/core/test-data.ts'));
  rows = withReadings(makeSearchRows(ACCOUNTS, 1));
  // A few follow-ups due, so the empty box has all its parts.
  const today = new Date().toISOString().slice(0, 10);
  for (let i = 0; i < rows.accounts.length; i += 5000) rows.accounts[i].nextContactDate = today;
  log(
    `${rows.accounts.length} accounts, ${rows.contacts.length} contacts, ${rows.notes.length} notes generated`,
  );
} catch (error) {
  rmSync(tmp, { recursive: true, force: true });
  throw error;
}

const launched = await launchWithExtension({
  userDataDir: join(tmp, 'profile'),
  extensionDir: E2E_BUILD,
  extraArgs: ['--remote-debugging-port=0'],
});
const { context, extensionId } = launched;
const url = (page) => `chrome-extension://${extensionId}/${page}`;
const out = {};
try {
  // A light extension page to seed from, open the popup from and send bare messages with (the
  // side panel would render the 50,000-row list meanwhile); the background's Dexie creates the
  // database at start.
  const page = await context.newPage();
  await page.goto(url('options.html'));
  await page.waitForFunction(storesReady, ['accounts', 'contacts', 'notes'], {
    timeout: 30_000,
    polling: 200,
  });
  await seed(page, rows);
  log('seeded');
  const session = await context.newCDPSession(page);
  await session.send('ServiceWorker.enable');
  const stopWorker = async () => {
    await session.send('ServiceWorker.stopAllWorkers');
    await new Promise((r) => setTimeout(r, 300));
  };

  // The worker's first start on these rows: no stored index, a build.
  await stopWorker();
  const t0 = performance.now();
  const first = await query(page, 'zgdx');
  out.buildMs = performance.now() - t0;
  if (!first.results.length) broken = true;
  log(`first query after a build: ${ms(out.buildMs)} ms`);
  await waitForStoredIndex(page, rows.accounts.length);
  out.buildStats = await workerStats(context);
  log(`index stored; worker: ${JSON.stringify(out.buildStats)}`);

  // Cold: the worker is stopped before each open.
  const cold = [];
  for (let i = 0; i < COLD_OPENS; i++) {
    await stopWorker();
    cold.push(await openAndType(page, 'zgdx'));
    out.coldStats = await workerStats(context);
  }
  log(`cold opens done; worker: ${JSON.stringify(out.coldStats)}`);
  // Warm: the worker has the index in memory.
  await query(page, 'warm');
  const warm = [];
  for (let i = 0; i < WARM_OPENS; i++) warm.push(await openAndType(page, 'zgdx'));
  log('warm opens done');
  // Both indexes loaded (the match index warms 1.5 s after the worker starts): the worker's heap.
  await new Promise((r) => setTimeout(r, 3000));
  out.heap = await workerHeap();
  log(`worker heap: ${JSON.stringify(out.heap)}`);

  // Keystrokes through the warm popup, and the same queries as bare messages.
  const keys = [];
  const { popup, close } = await openRealPopup(page);
  await popup.evaluate(instrumentPopup);
  for (const text of QUERIES) {
    await popup.getByRole('searchbox').fill('');
    await new Promise((r) => setTimeout(r, KEY_DELAY_MS));
    await popup.evaluate(() => {
      globalThis.__bench.keys = [];
    });
    await popup.getByRole('searchbox').pressSequentially(text, { delay: KEY_DELAY_MS });
    await popup.waitForFunction(
      (t) => document.querySelector('[role="listbox"]')?.getAttribute('data-query') === t,
      text,
    );
    await new Promise((r) => setTimeout(r, KEY_DELAY_MS));
    keys.push(...(await popup.evaluate(() => globalThis.__bench.keys)));
  }
  await close();
  const prefixes = QUERIES.flatMap((t) => [...t].map((_, i) => t.slice(0, i + 1).trim()).filter(Boolean));
  const messages = [];
  for (const text of prefixes) {
    const t = performance.now();
    await query(page, text);
    messages.push(performance.now() - t);
  }
  const answered = keys.filter((k) => k.ms !== null).map((k) => k.ms);
  out.keys = {
    n: answered.length,
    skipped: keys.length - answered.length,
    median: median(answered),
    p95: q(answered, 0.95),
    max: q(answered, 1),
  };
  out.messages = { median: median(messages), p95: q(messages, 0.95) };
  if (answered.length < prefixes.length / 2) broken = true;
  out.cold = cold;
  out.warm = warm;
} finally {
  await context.close();
  rmSync(tmp, { recursive: true, force: true });
}

const pick = (runs, key) => runs.map((r) => r[key]);
const coldFirst = median(pick(out.cold, 'firstResult'));
const warmFirst = median(pick(out.warm, 'firstResult'));
const rowsOut = [
  [
    'popup open → first results painted, warm worker (median)',
    `${ms(warmFirst)} ms  (p90 ${ms(q(pick(out.warm, 'firstResult'), 0.9))}; first paint ${ms(median(pick(out.warm, 'shell')))} ms → ${ratio(warmFirst, median(pick(out.warm, 'shell')))})`,
    '< 150 ms',
    warmFirst < 150,
  ],
  [
    'popup open → first results painted, cold worker (median)',
    `${ms(coldFirst)} ms  (p90 ${ms(q(pick(out.cold, 'firstResult'), 0.9))}; first paint ${ms(median(pick(out.cold, 'shell')))} ms → ${ratio(coldFirst, median(pick(out.cold, 'shell')))}; ${ratio(coldFirst, warmFirst)} warm)`,
    '< 150 ms',
    coldFirst < 150,
  ],
  [
    'first query typed, cold worker (stored index restored)',
    `${ms(median(pick(out.cold, 'query')))} ms after its first key  (warm ${ms(median(pick(out.warm, 'query')))} → ${ratio(median(pick(out.cold, 'query')), median(pick(out.warm, 'query')))})`,
    'info',
    true,
  ],
  [
    'first query, cold worker without a stored index (build)',
    `${ms(out.buildMs)} ms  (${ratio(out.buildMs, median(pick(out.cold, 'query')))} the restore)`,
    'info',
    true,
  ],
  [
    'keystroke → results painted, warm (median)',
    `${ms(out.keys.median)} ms  (${out.keys.n} keystrokes; bare message ${ms(out.messages.median)} ms → popup ${ratio(out.keys.median, out.messages.median)})`,
    '< 16 ms',
    out.keys.median < 16,
  ],
  [
    'keystroke → results painted, warm (p95)',
    `${ms(out.keys.p95)} ms  (max ${ms(out.keys.max)}; bare message p95 ${ms(out.messages.p95)})`,
    '< 50 ms',
    out.keys.p95 < 50,
  ],
];
console.log(
  `\nDossier popup bench (the real popup, chrome.action.openPopup) — ${ACCOUNTS.toLocaleString('en')} generated accounts, ${rows.contacts.length.toLocaleString('en')} contacts, ${rows.notes.length.toLocaleString('en')} notes`,
);
const width = [58, 100, 10];
console.log(`\n${'measure'.padEnd(width[0])}${'result'.padEnd(width[1])}${'target'.padEnd(width[2])}ok`);
for (const [name, value, target, ok] of rowsOut) {
  console.log(
    `${name.padEnd(width[0])}${value.padEnd(width[1])}${target.padEnd(width[2])}${ok ? 'yes' : 'NO'}`,
  );
}
const phase = (runs) =>
  `script ${ms(median(pick(runs, 'homeStart')))} → reads done ${ms(median(pick(runs, 'homeEnd')))} → first paint ${ms(median(pick(runs, 'shell')))} → list ${ms(median(pick(runs, 'firstResult')))} ms`;
console.log(
  `\npopup timeline, medians from navigation start: warm ${phase(out.warm)}; cold ${phase(out.cold)}`,
);
console.log(`worker, first start (ms): ${JSON.stringify(out.buildStats)}`);
console.log(`worker, a cold open (ms): ${JSON.stringify(out.coldStats)}`);
console.log(`worker memory with both indexes loaded (MB): ${JSON.stringify(out.heap)}`);
console.log(
  `(keystrokes answered after a newer one was typed: ${out.keys.skipped}; ${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
if (broken) {
  console.error('BROKEN: no results, or most keystrokes never answered');
  process.exitCode = 1;
}

/**
 * Opens the REAL toolbar popup (`chrome.action.openPopup()`, from an extension page) and reaches
 * it over a fresh DevTools connection (one made earlier does not list it).
 */
async function openRealPopup(page) {
  await page.evaluate(() => chrome.action.openPopup());
  const port = readFileSync(join(tmp, 'profile', 'DevToolsActivePort'), 'utf8').split('\n')[0];
  const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  for (let i = 0; i < 200; i++) {
    const popup = cdp
      .contexts()
      .flatMap((c) => c.pages())
      .find((p) => p.url().endsWith('/popup.html'));
    if (popup) {
      const close = async () => {
        await popup.evaluate(() => window.close()).catch(() => {});
        await cdp.close();
      };
      return { popup, close };
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  await cdp.close();
  throw new Error('the popup did not open');
}

/** Clears the searched tables and writes the rows, in chunks (raw IndexedDB, Dexie's stores). */
async function seed(page, data) {
  await page.evaluate(async () => {
    const db = await new Promise((res, rej) => {
      const r = indexedDB.open('dossier');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const tx = db.transaction(['accounts', 'contacts', 'notes'], 'readwrite');
    for (const name of ['accounts', 'contacts', 'notes']) tx.objectStore(name).clear();
    await new Promise((res) => (tx.oncomplete = res));
    db.close();
  });
  for (const table of ['accounts', 'contacts', 'notes']) {
    const list = data[table];
    for (let i = 0; i < list.length; i += 5000) {
      await page.evaluate(
        async ({ table, json }) => {
          const db = await new Promise((res, rej) => {
            const r = indexedDB.open('dossier');
            r.onsuccess = () => res(r.result);
            r.onerror = () => rej(r.error);
          });
          const tx = db.transaction(table, 'readwrite');
          for (const row of JSON.parse(json)) tx.objectStore(table).put(row);
          await new Promise((res, rej) => {
            tx.oncomplete = res;
            tx.onerror = () => rej(tx.error);
          });
          db.close();
        },
        { table, json: JSON.stringify(list.slice(i, i + 5000)) },
      );
    }
  }
  // New revisions for the tables written, as Dexie's middleware gives every write (lib/db/revisions.ts).
  await page.evaluate(async () => {
    const db = await new Promise((res, rej) => {
      const r = indexedDB.open('dossier');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    if (!db.objectStoreNames.contains('revisions')) return db.close(); // a build before them
    const tx = db.transaction('revisions', 'readwrite');
    for (const table of ['accounts', 'contacts', 'notes'])
      tx.objectStore('revisions').put({ table, revision: crypto.randomUUID() });
    await new Promise((res) => (tx.oncomplete = res));
    db.close();
  });
  await page.evaluate(
    async (ids) => chrome.storage.local.set({ recentAccounts: ids, firstRunDone: true }),
    data.accounts.slice(0, 5).map((a) => a.id),
  );
}

/** The quick-search timings the running service worker keeps (lib/search/search-service.ts). */
async function workerStats(ctx) {
  const workers = ctx.serviceWorkers();
  for (const worker of workers.reverse()) {
    try {
      return await worker.evaluate(() => ({ ...globalThis.dossierSearchStats }));
    } catch {
      // a stopped worker
    }
  }
  return null;
}

/** One `search/query` message from an extension page, as the popup sends it. */
function query(page, text) {
  return page.evaluate(async (t) => {
    const reply = await chrome.runtime.sendMessage({
      dossier: 1,
      type: 'search/query',
      payload: { query: t, limit: 20 },
    });
    if (!reply?.ok) throw new Error(reply?.error ?? 'no reply');
    return reply.value;
  }, text);
}

/** Waits until the worker has stored its index of all `accounts` in the derived cache. */
async function waitForStoredIndex(page, accounts) {
  for (let i = 0; i < 600; i++) {
    const stored = await page.evaluate(
      (n) =>
        new Promise((res) => {
          const r = indexedDB.open('dossier-cache');
          r.onsuccess = () => {
            const db = r.result;
            if (!db.objectStoreNames.contains('snapshots')) return res(false);
            const get = db.transaction('snapshots').objectStore('snapshots').get('searchIndex');
            get.onsuccess = () => res(get.result?.stamp?.accounts?.count === n);
            get.onerror = () => res(false);
          };
          r.onerror = () => res(false);
        }),
      accounts,
    );
    if (stored) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the search index was never stored');
}

/** Opens the real popup, waits for its first results, types `text`; the popup's own timings. */
async function openAndType(page, text) {
  const { popup, close } = await openRealPopup(page);
  await popup.waitForFunction(() => performance.getEntriesByName('dossier:first-results').length > 0, null, {
    timeout: 30_000,
  });
  await popup.evaluate(instrumentPopup);
  await popup.getByRole('searchbox').pressSequentially(text, { delay: 0 });
  await popup.waitForFunction(
    (t) => document.querySelector('[role="listbox"]')?.getAttribute('data-query') === t,
    text,
    { timeout: 60_000 },
  );
  await new Promise((r) => setTimeout(r, 50));
  const bench = await popup.evaluate(() => ({
    ...globalThis.__bench,
    marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
  }));
  await close();
  const last = bench.keys.filter((k) => k.ms !== null).at(-1);
  return {
    // Times from the popup's navigation start.
    shell: bench.paint,
    firstResult: bench.marks['dossier:first-results'],
    homeStart: bench.marks['dossier:home-start'],
    homeEnd: bench.marks['dossier:home-end'],
    // From the first key's input event to the frame that shows the whole query's answer.
    query: last ? last.at - bench.firstInput : Number.NaN,
  };
}

/**
 * The service worker's memory after a full collection (MB): the JS heap, and the typed arrays'
 * bytes outside it (the stored indexes' buffers), over DevTools (Target.sendMessageToTarget).
 */
function workerHeap() {
  return serviceWorkerHeap(join(tmp, 'profile'));
}
