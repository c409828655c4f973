// Part (c) of bench/detection.mjs: what a DOM-change batch costs the content script
// (lib/detection/page/page-watcher.ts), and what one debounced rescan (readPageSignals from
// lib/detection/readers) costs, in headless Chromium. The page is served cross-origin isolated
// (COOP + COEP) so that performance.now() ticks in 5 µs rather than 100 µs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { makeAccounts, makeText } from '../match/data.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgz1';
const BIG_URL = 'https://www.big-page.example/news/1';
const ISOLATED = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
};

export const BATCHES = 1_000;
const WARMUP_BATCHES = 300;
const BURSTS = 15;
const BURST_SIZE = 10;
const BURST_GAP_MS = 200;

/** A 1 MB article page (generic adapter) from the synthetic prose of bench/match/data.mjs. */
function bigPage() {
  const { accounts } = makeAccounts(2_000);
  const text = makeText(accounts, 1 << 20, 3);
  const paragraphs = [];
  for (let i = 0; i < text.length; i += 1_000) {
    paragraphs.push(`<p>${text.slice(i, i + 1_000).replace(/[<&>]/g, ' ')}</p>`);
  }
  return `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>Big news page</title></head><body><header><nav><a href="/">Home</a></nav></header><article><h1>Tender notice</h1>${paragraphs.join('\n')}</article><footer>© 2026</footer></body></html>`;
}

/** @param {import('playwright-core').Browser} browser */
export async function runWatcherBench(browser) {
  const bundle = await build({
    stdin: {
      contents:
        "export { createPageWatcher, observeDocument, fingerprint, DEBOUNCE_MS, MAX_WAIT_MS } from './lib/detection/page/page-watcher';" +
        "export { readPageSignals } from './lib/detection/readers';" +
        "export { addressesInText } from './lib/model/email-text';",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'DossierContent',
    target: 'es2022',
    write: false,
  });
  const gmail = readFileSync(resolve(ROOT, 'tests/fixtures/pages/gmail-thread.html'), 'utf8');
  const big = bigPage();
  const context = await browser.newContext();
  try {
    // Served by Playwright itself under the real host names: no network.
    await context.route('https://mail.google.com/**', (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', headers: ISOLATED, body: gmail }),
    );
    await context.route('https://www.big-page.example/**', (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', headers: ISOLATED, body: big }),
    );
    const open = async (url) => {
      const page = await context.newPage();
      await page.goto(url);
      await page.addScriptTag({ content: bundle.outputFiles[0].text });
      return page;
    };

    const page = await open(GMAIL_URL);
    const out = { isolated: await page.evaluate(() => globalThis.crossOriginIsolated) };
    out.rescanGmail = await page.evaluate(timeRescan, { reps: 200 });
    // Fresh pages for each observer, so that none sees another's nodes or timers.
    for (const mode of ['none', 'empty', 'watcher']) {
      const p = await open(GMAIL_URL);
      out[mode] = await p.evaluate(runBatches, {
        mode,
        batches: BATCHES,
        warmup: WARMUP_BATCHES,
        bursts: BURSTS,
        burstSize: BURST_SIZE,
        gapMs: BURST_GAP_MS,
      });
      await p.close();
    }
    await page.close();

    const bigTab = await open(BIG_URL);
    out.rescanBig = await bigTab.evaluate(timeRescan, { reps: 15 });
    await bigTab.close();

    // Hostile pages: a 60,000-character header text with no address in it, and 100,000 nested
    // elements a stylesheet hides — each against a plain walk of the same size (the baseline).
    const hostile = await open(GMAIL_URL);
    out.hostile = await hostile.evaluate(timeHostile);
    await hostile.close();
    return out;
  } finally {
    await context.close();
  }
}

/** In the page: the hostile cases, median of 5, each with its baseline. */
function timeHostile() {
  const { readPageSignals, addressesInText } = globalThis.DossierContent;
  const url = new URL(location.href);
  const median = (f) => {
    const times = [];
    for (let k = 0; k < 5; k++) {
      const t0 = performance.now();
      f();
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b)[2];
  };
  const header = 'x'.repeat(60_000);
  const scanHeader = median(() => addressesInText(header));
  const walkHeader = median(() => {
    let sum = 0;
    for (let i = 0; i < header.length; i++) sum += header.charCodeAt(i);
    return sum;
  });
  const readBefore = median(() => readPageSignals(document, url));
  const style = document.createElement('style');
  style.textContent = '.dossier-bench-nest { display: none }';
  document.head.append(style);
  let el = document.createElement('div');
  el.className = 'dossier-bench-nest';
  document.body.append(el);
  for (let i = 0; i < 100_000; i++) {
    const child = document.createElement('div');
    el.append(child);
    el = child;
  }
  el.textContent = 'deep';
  const readNested = median(() => readPageSignals(document, url));
  return { scanHeader, walkHeader, readBefore, readNested };
}

/** In the page: readPageSignals alone, and a forced rescan (read + fingerprint + send), median. */
async function timeRescan({ reps }) {
  const { readPageSignals, createPageWatcher, fingerprint } = globalThis.DossierContent;
  const url = new URL(location.href);
  const sorted = (xs) => [...xs].sort((a, b) => a - b);
  const median = (xs) => sorted(xs)[Math.floor(xs.length / 2)];
  let signals = readPageSignals(document, url); // warm-up
  const reads = [];
  for (let k = 0; k < reps; k++) {
    const t0 = performance.now();
    signals = readPageSignals(document, url);
    reads.push(performance.now() - t0);
  }
  const prints = [];
  for (let k = 0; k < reps; k++) {
    const t0 = performance.now();
    fingerprint(signals);
    prints.push(performance.now() - t0);
  }
  let sent = 0;
  const watcher = createPageWatcher({
    read: () => readPageSignals(document, url),
    send: async () => {
      sent++;
    },
    schedule: (run, ms) => setTimeout(run, ms),
    cancel: (id) => clearTimeout(id),
    observe: () => () => {},
    listen: () => {},
    isAlive: () => true,
  });
  watcher.start();
  const rescans = [];
  for (let k = 0; k < reps; k++) {
    const t0 = performance.now();
    watcher.rescan(true);
    rescans.push(performance.now() - t0);
  }
  watcher.stop();
  return {
    source: signals.source,
    textLength: signals.text.length,
    people: signals.people.length,
    domNodes: document.getElementsByTagName('*').length,
    readMs: median(reads),
    readMaxMs: Math.max(...reads),
    fingerprintMs: median(prints),
    rescanMs: median(rescans),
    sent,
  };
}

/**
 * In the page: DOM-change batches, each in its own task — appended message rows, removed rows,
 * edited text nodes, a replaced counter — first back to back, then in bursts separated by quiet
 * gaps longer than the debounce (so that the watcher's rescans really run). `mode`: no observer,
 * an empty MutationObserver callback, or the real watcher (its observe callback wrapped to time it).
 */
async function runBatches({ mode, batches, warmup, bursts, burstSize, gapMs }) {
  const { readPageSignals, createPageWatcher, observeDocument } = globalThis.DossierContent;
  const url = new URL(location.href);
  const channel = new MessageChannel();
  const nextTask = () =>
    new Promise((resolve) => {
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  let callbackTimes = [];
  let records = 0;
  const reads = [];
  let sends = 0;
  let stop = () => {};
  if (mode === 'empty') {
    const observer = new MutationObserver((list) => {
      const t0 = performance.now();
      records += list.length;
      callbackTimes.push(performance.now() - t0);
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
    stop = () => observer.disconnect();
  } else if (mode === 'watcher') {
    const watcher = createPageWatcher({
      read: () => {
        const t0 = performance.now();
        const signals = readPageSignals(document, url);
        reads.push(performance.now() - t0);
        return signals;
      },
      send: async () => {
        sends++;
      },
      schedule: (run, ms) => setTimeout(run, ms),
      cancel: (id) => clearTimeout(id),
      observe: (onChange) =>
        observeDocument(document, () => {
          const t0 = performance.now();
          onChange();
          callbackTimes.push(performance.now() - t0);
        }),
      listen: (target, type, handler) => target.addEventListener(type, handler),
      isAlive: () => true,
    });
    watcher.start();
    stop = () => watcher.stop();
  }

  // Where the page changes: a list in the thread pane (new messages, chat rows) and a counter.
  const main = document.querySelector('div[role="main"]') ?? document.body;
  const list = document.createElement('div');
  main.append(list);
  const counter = document.createElement('span');
  counter.textContent = '0';
  document.body.append(counter);
  let seed = 7;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed / 4294967296;
  };
  const WORDS = ['renewal', 'invoice', 'delivery', '合同', '报价', '物流', 'schedule', 'meeting', 'thanks'];
  const batch = (i) => {
    const n = 1 + Math.floor(rand() * 3);
    for (let k = 0; k < n; k++) {
      const row = document.createElement('div');
      row.className = 'zA';
      const who = document.createElement('span');
      who.textContent = `Sender ${i}-${k}`;
      const what = document.createElement('span');
      what.textContent = `${WORDS[Math.floor(rand() * WORDS.length)]} ${i}`;
      row.append(who, ' — ', what);
      list.append(row);
    }
    while (list.childElementCount > 30) list.firstElementChild.remove();
    const rows = list.children;
    const edited = rows[Math.floor(rand() * rows.length)]?.lastElementChild?.firstChild;
    if (edited) edited.data = `${WORDS[Math.floor(rand() * WORDS.length)]} (edited ${i})`;
    counter.firstChild.data = String(i);
    if (i % 5 === 0) counter.replaceChildren(document.createTextNode(String(i)));
  };

  const timeBatch = async (i) => {
    await nextTask();
    const t0 = performance.now();
    batch(i);
    // The observer's callback runs at this task's microtask checkpoint, before this continuation.
    await Promise.resolve();
    return performance.now() - t0;
  };

  for (let i = 0; i < warmup; i++) await timeBatch(i);
  await sleep(gapMs);
  callbackTimes = [];
  reads.length = 0;
  records = 0;

  // 1) Back to back: the debounce never settles; only MAX_WAIT_MS forces a read.
  const batchTimes = [];
  const t0 = performance.now();
  for (let i = 0; i < batches; i++) batchTimes.push(await timeBatch(warmup + i));
  const backToBackMs = performance.now() - t0;
  await sleep(gapMs); // the debounced rescan after the run happens in here
  const backToBack = { batchTimes, callbackTimes, reads: [...reads], wallMs: backToBackMs };

  // 2) Bursts with quiet gaps: one debounced rescan per burst.
  callbackTimes = [];
  reads.length = 0;
  const burstBatchTimes = [];
  for (let b = 0; b < bursts; b++) {
    for (let k = 0; k < burstSize; k++)
      burstBatchTimes.push(await timeBatch(warmup + batches + b * burstSize + k));
    await sleep(gapMs);
  }
  const burst = { batchTimes: burstBatchTimes, callbackTimes, reads: [...reads] };
  stop();

  const summary = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const at = (q) => (s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : Number.NaN);
    return {
      n: s.length,
      p50: at(0.5),
      p95: at(0.95),
      max: s.length ? s.at(-1) : Number.NaN,
      sum: s.reduce((a, b) => a + b, 0),
    };
  };
  return {
    mode,
    sends,
    records,
    backToBack: {
      batch: summary(backToBack.batchTimes),
      callback: summary(backToBack.callbackTimes),
      reads: summary(backToBack.reads),
      wallMs: backToBack.wallMs,
    },
    burst: {
      batch: summary(burst.batchTimes),
      callback: summary(burst.callbackTimes),
      reads: summary(burst.reads),
    },
  };
}
