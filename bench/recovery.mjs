// What the recovery copy costs, in real Chromium with the built extension, at 50,000 HubSpot
// companies + their 50,000 contacts (imported through the options page first):
//   - taking the copy in the service worker (read every table, JSON, gzip, written to OPFS), from
//     its alarm to the copy recorded, against a same-run baseline: the same tables read with bare
//     IndexedDB calls, stringified and gzipped in a page, nothing written;
//   - its size, against the same rows as JSON;
//   - restoring it from the options page's card (read, validated, the space checked, what is
//     stored copied first, one transaction), against a same-run baseline: the same rows put into a
//     scratch database with bare IndexedDB calls in one transaction.
//
//   npm run build && node bench/recovery.mjs [--rows=50000] [--runs=3]
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension } from '../scripts/chromium.mjs';
import { hubspotExports } from './import/data.mjs';
import { bareWrite } from './import/probes.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const arg = (name, fallback) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const ROWS = Number(arg('rows', 50_000));
const RUNS = Number(arg('runs', 3));
const BUILD = resolve(ROOT, '.output/chrome-mv3');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

if (!existsSync(join(BUILD, 'manifest.json'))) {
  console.error(`No build in ${BUILD}: run \`npm run build\` first.`);
  process.exit(1);
}

/** The restore's steps, from the marks the restore leaves on the page's timeline (ms). */
function restoreSteps() {
  const at = (name) => performance.getEntriesByName(name).at(-1)?.startTime ?? Number.NaN;
  const [start, read, write, prepared, done] = [
    'dossier:restore-start',
    'dossier:restore-read',
    'dossier:restore-write',
    'dossier:restore-prepared',
    'dossier:restore-done',
  ].map(at);
  return { read: read - start, copy: write - read, prepare: prepared - write, write: done - prepared };
}

const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-recovery-'));
const files = hubspotExports(ROWS);
const paths = [join(dir, 'companies.csv'), join(dir, 'contacts.csv')];
writeFileSync(paths[0], files.companies);
writeFileSync(paths[1], files.contacts);

const { context, extensionId } = await launchWithExtension({
  userDataDir: join(dir, 'profile'),
  extensionDir: BUILD,
});
try {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByLabel('Choose CSV or vCard files…').setInputFiles(paths);
  await page.getByRole('button', { name: /^Import \(/ }).click({ timeout: 120_000 });
  await page.getByText(/^Imported: /).waitFor({ timeout: 300_000 });
  console.log(`Imported ${ROWS} companies + ${ROWS} contacts.`);

  /** The service worker's copy: from its alarm to the copy recorded. */
  const takeCopy = () =>
    page.evaluate(async () => {
      await chrome.storage.local.remove('recoveryCopy'); // so that it is taken again
      const started = performance.now();
      await chrome.alarms.create('recovery-copy-soon', { when: Date.now() });
      for (;;) {
        const { recoveryCopy } = await chrome.storage.local.get('recoveryCopy');
        if (recoveryCopy) return { ms: performance.now() - started, bytes: recoveryCopy.bytes };
        await new Promise((r) => setTimeout(r, 10));
      }
    });

  /** The baseline: every table read with bare IndexedDB, stringified and gzipped, nothing written. */
  const bareCopy = () =>
    page.evaluate(async () => {
      const req = (r) =>
        new Promise((resolve, reject) => {
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
      const started = performance.now();
      const db = await req(indexedDB.open('dossier'));
      const names = [...db.objectStoreNames];
      const tx = db.transaction(names, 'readonly');
      const tables = {};
      for (const name of names) tables[name] = await req(tx.objectStore(name).getAll());
      db.close();
      const json = JSON.stringify({ tables });
      const gz = await new Response(
        new Blob([json]).stream().pipeThrough(new CompressionStream('gzip')),
      ).arrayBuffer();
      return { ms: performance.now() - started, json: json.length, gz: gz.byteLength };
    });

  const copies = [];
  const bares = [];
  for (let run = 0; run < RUNS; run++) {
    copies.push(await takeCopy());
    bares.push(await bareCopy());
  }
  const copy = median(copies.map((c) => c.ms));
  const bare = median(bares.map((b) => b.ms));
  const bytes = copies.at(-1).bytes;
  console.log(
    `Recovery copy (service worker): ${s(copy)} median of ${RUNS} (${copies.map((c) => s(c.ms)).join(', ')}); ` +
      `bare read + JSON + gzip ${s(bare)} → ${(copy / bare).toFixed(2)}×`,
  );
  console.log(
    `Its size: ${mb(bytes)} (gzip), the rows as JSON ${mb(bares[0].json)} → ${(bytes / bares[0].json).toFixed(2)}×`,
  );

  const restores = [];
  const bareWrites = [];
  const bareAllWrites = [];
  const steps = [];
  for (let run = 0; run < RUNS; run++) {
    await page.reload();
    await page.getByRole('button', { name: 'Restore the recovery copy…' }).click();
    const started = performance.now();
    await page.getByRole('button', { name: 'Replace with the copy' }).click();
    await page.getByText('Restored').first().waitFor({ timeout: 300_000 });
    restores.push(performance.now() - started);
    steps.push(await page.evaluate(restoreSteps));
    bareWrites.push((await page.evaluate(bareWrite)).ms);
    bareAllWrites.push((await page.evaluate(bareWrite, true)).ms);
  }
  const restore = median(restores);
  const write = median(bareWrites);
  console.log(
    `Restore from the copy (options page): ${s(restore)} median of ${RUNS} (${restores.map(s).join(', ')}); ` +
      `bare IndexedDB write of the same rows ${s(write)} → ${(restore / write).toFixed(2)}×`,
  );
  const writeAll = median(bareAllWrites);
  console.log(
    `  against a bare write of every row the restore stores (the accounts' signals too): ${s(writeAll)} → ` +
      `${(restore / writeAll).toFixed(2)}×`,
  );
  const step = (name) => median(steps.map((x) => x[name]));
  console.log(
    `  its steps (medians): read + validate the copy ${s(step('read'))}, the space checked and what is stored ` +
      `copied aside ${s(step('copy'))}, readings + signals ${s(step('prepare'))}, the transaction ${s(step('write'))}`,
  );
} finally {
  await context.close();
  rmSync(dir, { recursive: true, force: true });
}
