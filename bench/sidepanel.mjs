// npm run bench — the side panel with many accounts, in real Chromium with the built extension.
// Per database size (the least of three rounds' medians of 5 loads, each in the page's own clock):
//  - list first row: the panel opened on its home, from the document's start to the first account
//    row in the DOM; beside it the panel's own first paint (its frame, before any data);
//  - client file from the list: a click on the first row to the file's heading in the DOM;
//  - client file by its address: the panel opened on a full file (6 contacts, 60 notes), from the
//    document's start to its heading;
//  - the 95th-percentile frame while scrolling the list top to bottom;
// and each figure's ratio to the same figure at 50 accounts, measured in this run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from '../scripts/chromium.mjs';
import { median, ms, ratio, table } from './report.mjs';
import { seedInPage } from './seed-accounts.mjs';

const SIZES = [50, 5_000, 50_000];
const LOADS = 5;
const ROUNDS = 3;
const ROW = 'li button[data-index]';
const FILE_HEADING = 'h1:not(#account-list-title)';

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

/** In the page: clicks the first row and resolves with the time until the file's heading is in the DOM. */
function openFirstRow(heading) {
  return new Promise((resolve) => {
    const started = performance.now();
    new MutationObserver((_, observer) => {
      if (!document.querySelector(heading)) return;
      observer.disconnect();
      resolve(performance.now() - started);
    }).observe(document, { childList: true, subtree: true });
    document.querySelector('li button[data-index="0"]').click();
  });
}

const profile = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
const { context, extensionId } = await launchWithExtension({ userDataDir: profile });
const base = `chrome-extension://${extensionId}/sidepanel.html`;
const page = context.pages()[0] ?? (await context.newPage());
await page.setViewportSize({ width: 400, height: 900 });
// Records when the first list row and a file's heading enter the DOM, in the page's clock.
await page.addInitScript(
  ([row, heading]) => {
    new MutationObserver((_, observer) => {
      window.__listRow ??= document.querySelector(row) ? performance.now() : undefined;
      window.__fileHeading ??= document.querySelector(heading) ? performance.now() : undefined;
      if (window.__listRow && window.__fileHeading) observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  },
  [ROW, FILE_HEADING],
);
await page.goto(base); // creates the database
await page.waitForSelector('button'); // the first-run screen: Dexie has created the stores

let loads = 0;
const load = async (hash, selector) => {
  await page.goto(`${base}?load=${++loads}${hash}`);
  await page.waitForSelector(selector, { state: 'visible', timeout: 60_000 });
};
const fcp = () =>
  page.evaluate(() => performance.getEntriesByName('first-contentful-paint').at(0)?.startTime ?? Number.NaN);

const results = [];
for (const size of SIZES) {
  const probe = await seedInPage(page, size);
  const rounds = [];
  for (let round = 0; round < ROUNDS; round++) {
    const m = { list: [], shell: [], own: [], click: [], file: [] };
    for (let i = 0; i < LOADS; i++) {
      await load('#/', ROW);
      const row = await page.evaluate(() => window.__listRow);
      const shell = await fcp();
      m.list.push(row);
      m.shell.push(shell);
      m.own.push(row - shell);
      m.click.push(await page.evaluate(openFirstRow, FILE_HEADING));
      await load(`#/account/${probe}`, FILE_HEADING);
      m.file.push(await page.evaluate(() => window.__fileHeading));
    }
    rounds.push(Object.fromEntries(Object.entries(m).map(([k, xs]) => [k, median(xs)])));
  }
  const least = (key) => Math.min(...rounds.map((r) => r[key]));
  await load('#/', ROW);
  results.push({
    size,
    list: least('list'),
    shell: least('shell'),
    own: least('own'),
    click: least('click'),
    file: least('file'),
    scroll: await scrollFrames(page),
  });
}
await context.close();
rmSync(profile, { recursive: true, force: true });

const [b] = results;
table(
  'Side panel with N accounts (least of 3 rounds’ medians of 5 loads; times from the document’s start unless said)',
  [
    'accounts',
    'list first row',
    'ratio',
    'panel frame',
    'list’s own',
    'ratio',
    'file from list (click)',
    'ratio',
    'file by address',
    'ratio',
    'scroll p95 frame',
    'ratio',
  ],
  results.map((r) => [
    r.size,
    `${ms(r.list)} ms`,
    ratio(r.list, b.list),
    `${ms(r.shell)} ms`,
    `${ms(r.own)} ms`,
    ratio(r.own, b.own),
    `${ms(r.click)} ms`,
    ratio(r.click, b.click),
    `${ms(r.file)} ms`,
    ratio(r.file, b.file),
    `${ms(r.scroll)} ms`,
    ratio(r.scroll, b.scroll),
  ]),
);
console.log('baseline: the same measurements at 50 accounts, in this run');
