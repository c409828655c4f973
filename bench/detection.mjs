// Benchmark of page detection end to end, in real Chromium:
//   (b) message open → the side panel shows the client: the e2e build (`npm run build:e2e`), the
//       Gmail fixture under its real host name, a restored backup of the two fixture clients plus a
//       synthetic book, the REAL side panel (bench/detection/panel.mjs);
//   (c) what a DOM-change batch costs the content script's watcher, and one debounced rescan
//       (bench/detection/watcher.mjs).
// (a), the match index build and its snapshot restore, is in bench/match.mjs.
//
//   npm run build:e2e && node bench/detection.mjs [--accounts=50000] [--only=panel|watcher]
//
// Prints figures, targets and each figure's ratio to a baseline measured in the same run. Only a
// broken run (wrong client shown, nothing measured) exits non-zero; a missed target shows as NO.
import { statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../scripts/chromium.mjs';
import { E2E_BUILD, RENDER_DELAY_MS, runPanelBench } from './detection/panel.mjs';
import { BATCHES, runWatcherBench } from './detection/watcher.mjs';
import { median, ms, q, ratio, table } from './report.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const arg = (name, fallback) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const ACCOUNTS = Number(arg('accounts', 50_000));
const ONLY = arg('only', 'all');
const OPENS = 10;
const SWAPS = 12;
const DEBOUNCE_MS = 150; // lib/detection/page/page-watcher.ts

const started = performance.now();
let broken = false;

/** The newest source file the e2e build is made from, to warn about a stale build. */
async function newestSource() {
  let newest = 0;
  const walk = async (dir) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (!/\.test\.tsx?$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of ['lib', 'entrypoints', 'components', 'locales']) await walk(join(ROOT, dir));
  return newest;
}

// ─── (b) message open → side panel ───────────────────────────────────────────────────────────────
if (ONLY === 'all' || ONLY === 'panel') {
  const builtAt = statSync(join(E2E_BUILD, 'manifest.json'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  if (builtAt && (await newestSource()) > builtAt) {
    console.log(
      `warning: ${E2E_BUILD} is older than the sources: run \`npm run build:e2e\` for current figures.`,
    );
  }
  const r = await runPanelBench({
    accounts: Math.max(0, ACCOUNTS - 2),
    opens: OPENS,
    swaps: SWAPS,
    log: (s) => console.log(`  … ${s}`),
  });
  const col = (runs, key) => runs.map((x) => x[key]);
  const base = median(col(r.plain, 'totalMs'));
  const row = (name, runs, target) => {
    const total = col(runs, 'totalMs');
    const med = median(total);
    return [
      name,
      `${ms(med)} ms`,
      `${ms(q(total, 0.9))} / ${ms(Math.max(...total))}`,
      `${ms(median(col(runs, 'signalsMs')))} / ${ms(median(col(runs, 'publishedMs')))}`,
      `${runs.filter((x) => x.viaList).length}/${runs.length}`,
      ratio(med, base),
      target ?? 'info',
      target ? (med < 150 ? 'yes' : 'NO') : '',
    ];
  };
  const open = row(`message open (page load), ×${r.opens.length}`, r.opens, '< 150 ms');
  table(
    `(b) Message open → side panel h1 shows the client — ${r.browser}, ${r.accounts.toLocaleString('en')} accounts, ` +
      `${r.contacts.toLocaleString('en')} contacts (backup ${(r.backupBytes / 1e6).toFixed(0)} MB restored in ${(r.restoreMs / 1000).toFixed(1)} s)`,
    ['measure', 'median', 'p90 / max', 'signals / published', 'via list', '÷ baseline', 'target', 'ok'],
    [
      open,
      row(`next message (pane swap + pushState), ×${r.swaps.length}`, r.swaps, '< 150 ms'),
      row(`next message (URL first, pane ${RENDER_DELAY_MS} ms later), ×${r.urlFirst.length}`, r.urlFirst),
      row('first open after restore (builds the index)', [r.firstOpen]),
      row(`baseline: plain page load → list heading, ×${r.plain.length}`, r.plain),
    ],
  );
  const loads = col(r.opens, 'loadMs');
  console.log(
    [
      "Times run from the trigger (navigation start, or the in-page DOM swap / pushState) to the panel's h1",
      "reading the client's name (a MutationObserver in the panel; Date.now() in every context).",
      "signals / published: when the background received page/signals / wrote the tab's result (medians).",
      'via list: runs in which the panel routed to the account list (#/) on the way to the client.',
      `Page load alone (navigation → load event) of the Gmail fixture: median ${ms(median(loads))} ms; message open`,
      `minus its page load: median ${ms(median(r.opens.map((x) => x.totalMs - x.loadMs)))} ms.`,
      `The content script notices in-page navigation itself (URL changes and DOM changes, debounced ${DEBOUNCE_MS} ms);`,
      'the panel asks for a scan only on a tab switch or a finished page load. "signals" above shows when the',
      'background heard of the new message; when the URL changes before the pane, the new client comes after',
      `the debounce (${RENDER_DELAY_MS} + ${DEBOUNCE_MS} ms, then matching).`,
      `page/signals messages per swap (median): pane first ${median(col(r.swaps, 'sends'))}, URL first ${median(col(r.urlFirst, 'sends'))}.`,
    ].join('\n'),
  );
  const wrong = [...r.opens, ...r.swaps, ...r.urlFirst, r.firstOpen].filter(
    (x) => !Number.isFinite(x.totalMs) || x.matched < 1,
  );
  if (wrong.length) {
    broken = true;
    console.log(`BROKEN: ${wrong.length} runs without a match or a heading`);
  }
}

// ─── (c) DOM-change batches in the content script ────────────────────────────────────────────────
if (ONLY === 'all' || ONLY === 'watcher') {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  let w;
  try {
    w = await runWatcherBench(browser);
  } finally {
    await browser.close();
  }
  const b2b = (mode) => w[mode].backToBack;
  const burst = (mode) => w[mode].burst;
  const cb = b2b('watcher').callback;
  const emptyCb = b2b('empty').callback;
  const amortized = (s) => (s.callback.sum + s.reads.sum) / s.batch.n;
  table(
    `(c) DOM-change batches in the content script — Gmail fixture, ${BATCHES} batches back to back, each ` +
      `in its own task (1–3 rows appended, old rows removed, a text node edited, a counter replaced); ` +
      `performance.now() ${w.isolated ? '5 µs (cross-origin isolated)' : '100 µs'} resolution`,
    ['measure', 'p50', 'p95', 'max', 'total', '÷ baseline', 'target', 'ok'],
    [
      [
        'watcher MutationObserver callback, per batch',
        ms(cb.p50),
        ms(cb.p95),
        ms(cb.max),
        ms(cb.sum),
        `${ratio(cb.sum, emptyCb.sum)} (total)`,
        'p95 < 2 ms',
        cb.p95 < 2 ? 'yes' : 'NO',
      ],
      [
        'baseline: empty MutationObserver callback',
        ms(emptyCb.p50),
        ms(emptyCb.p95),
        ms(emptyCb.max),
        ms(emptyCb.sum),
        '',
        'baseline',
        '',
      ],
      ...['watcher', 'empty', 'none'].map((mode) => {
        const s = b2b(mode).batch;
        return [
          `whole batch (DOM work + delivery), ${mode === 'none' ? 'no observer' : mode === 'empty' ? 'empty observer' : 'watcher'}`,
          ms(s.p50),
          ms(s.p95),
          ms(s.max),
          ms(s.sum),
          ratio(s.p95, b2b('empty').batch.p95),
          'info',
          '',
        ];
      }),
      [
        `bursts of 10 + 200 ms quiet (×${burst('watcher').batch.n}): callback + rescans, per batch`,
        '',
        ms(burst('watcher').callback.p95),
        '',
        ms(amortized(burst('watcher'))),
        ratio(amortized(burst('watcher')), burst('empty').callback.sum / burst('empty').batch.n),
        'info',
        '',
      ],
    ],
  );
  console.log(
    `back to back: ${b2b('watcher').reads.n} rescan(s) after the run (${ms(b2b('watcher').reads.sum)} ms); ` +
      `bursts: ${burst('watcher').reads.n} rescans, median ${ms(burst('watcher').reads.p50)} ms, max ${ms(burst('watcher').reads.max)} ms ` +
      `(each in a timer task after the debounce, not in the observer callback).`,
  );
  const rescan = (name, s) => [
    name,
    `${s.source}, ${s.domNodes} elements, text ${s.textLength.toLocaleString('en')}`,
    `${ms(s.readMs)} ms`,
    `${ms(s.readMaxMs)} ms`,
    `${ms(s.fingerprintMs)} ms`,
    `${ms(s.rescanMs)} ms`,
  ];
  table(
    '(c) One debounced rescan (median): readPageSignals, fingerprint, and watcher.rescan (read + fingerprint + send)',
    ['page', 'adapter, size', 'readPageSignals', 'max', 'fingerprint', 'rescan'],
    [rescan('Gmail fixture', w.rescanGmail), rescan('1 MB article page', w.rescanBig)],
  );
  console.log(`rescan ÷ Gmail fixture: 1 MB page ${ratio(w.rescanBig.rescanMs, w.rescanGmail.rescanMs)}`);
  const h = w.hostile;
  table(
    '(c) Hostile pages (median of 5): work per rescan stays bounded',
    ['case', 'time', 'baseline', '÷ baseline', 'target', 'ok'],
    [
      [
        'addresses in a 60,000-char header text (no address)',
        `${ms(h.scanHeader)} ms`,
        `charCodeAt walk ${ms(h.walkHeader)} ms`,
        ratio(h.scanHeader, h.walkHeader),
        '< 20 ms',
        h.scanHeader < 20 ? 'yes' : 'NO',
      ],
      [
        'readPageSignals, 100,000 nested elements hidden by a stylesheet',
        `${ms(h.readNested)} ms`,
        `same page without them ${ms(h.readBefore)} ms`,
        ratio(h.readNested, h.readBefore),
        '< 20 ms',
        h.readNested < 20 ? 'yes' : 'NO',
      ],
    ],
  );
  if (
    w.rescanGmail.source !== 'gmail' ||
    w.rescanGmail.people < 1 ||
    cb.n !== BATCHES ||
    w.rescanBig.textLength < 1e6
  ) {
    broken = true;
    console.log('BROKEN: the watcher bench did not read the pages or see the batches as expected');
  }
}

console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
if (broken) process.exitCode = 1;
