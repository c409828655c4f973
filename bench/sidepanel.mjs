// npm run bench (1 of 2) — side panel with many accounts, in real Chromium with the built extension.
// Prints, per database size, the median time to the first rendered account-list row, to a
// client file's heading, and the slowest frames while scrolling the list; and each figure's
// ratio to the same figure at the 50-account baseline measured in this run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from '../scripts/chromium.mjs';
import { seedInPage } from './seed-accounts.mjs';

const SIZES = [50, 5_000, 50_000];
const RUNS = 5;
const ROW = 'li button[data-index]';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

let loads = 0;
/** A full page load (a fresh query string, so a hash-only change cannot skip the reload). */
async function timeTo(page, hash, selector) {
  const started = performance.now();
  await page.goto(`${base}?load=${++loads}${hash}`);
  await page.waitForSelector(selector, { state: 'visible', timeout: 60_000 });
  return performance.now() - started;
}

/** Scrolls the list top to bottom in 120 steps, one per frame; returns the 95th-percentile frame. */
async function scrollFrames(page) {
  return page.evaluate(async () => {
    const scroller = document.querySelector('ul')?.parentElement;
    if (!scroller) return Number.NaN;
    const frames = [];
    let last = performance.now();
    for (let i = 1; i <= 120; i++) {
      scroller.scrollTop = (scroller.scrollHeight * i) / 120;
      await new Promise((r) => requestAnimationFrame(r));
      const now = performance.now();
      frames.push(now - last);
      last = now;
    }
    frames.sort((a, b) => a - b);
    return frames[Math.floor(frames.length * 0.95)];
  });
}

const profile = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
const { context, extensionId } = await launchWithExtension({ userDataDir: profile });
const base = `chrome-extension://${extensionId}/sidepanel.html`;
const page = context.pages()[0] ?? (await context.newPage());
await page.setViewportSize({ width: 400, height: 900 });
await page.goto(base); // creates the database
await page.waitForSelector('button'); // the first-run screen: Dexie has created the stores

const results = [];
for (const size of SIZES) {
  const probe = await seedInPage(page, size);
  const list = [];
  const file = [];
  for (let run = 0; run < RUNS; run++) {
    list.push(await timeTo(page, '#/', ROW));
    file.push(await timeTo(page, `#/account/${probe}`, 'h1'));
  }
  await timeTo(page, '#/', ROW);
  results.push({ size, list: median(list), file: median(file), scroll: await scrollFrames(page) });
}
await context.close();
rmSync(profile, { recursive: true, force: true });

const [baseline] = results;
const fmt = (ms) => `${ms.toFixed(1)} ms`;
const ratio = (x, b) => `${(x / b).toFixed(2)}×`;
console.log('Side panel with N accounts (median of 5 loads; scroll = p95 frame over 120 scroll steps)');
console.log('accounts | list first row | ratio | client file | ratio | scroll p95 frame | ratio');
for (const r of results) {
  console.log(
    [
      String(r.size).padStart(8),
      fmt(r.list).padStart(14),
      ratio(r.list, baseline.list).padStart(5),
      fmt(r.file).padStart(11),
      ratio(r.file, baseline.file).padStart(5),
      fmt(r.scroll).padStart(16),
      ratio(r.scroll, baseline.scroll).padStart(5),
    ].join(' | '),
  );
}
console.log('baseline: the same measurements at 50 accounts, in this run');
