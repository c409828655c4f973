// Part (b) of bench/detection.mjs: message open → the REAL side panel shows the client, end to end,
// in Chromium with the e2e build (.output/chrome-mv3-e2e: host permissions granted), the fixture
// pages served under their real host names (tests/e2e/fixture-server.ts) and a backup of the two
// fixture clients (tests/e2e/test-backup.ts) plus a synthetic book restored through the options
// page. Every timestamp is Date.now() (one wall clock for Node, the tab, the service worker and the
// panel); the panel records the moment its h1 shows the expected name from a MutationObserver.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { launchWithExtension } from '../../scripts/chromium.mjs';
import { makeBook } from './book.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
export const E2E_BUILD = resolve(ROOT, '.output/chrome-mv3-e2e');
export const RENDER_DELAY_MS = 30;
/** Quiet time before each in-page swap: longer than the content script's 150 ms debounce. */
const SETTLE_MS = 250;

/** The TypeScript test helpers (fixture server, backup), bundled for Node into a temp module. */
async function loadTestHelpers(dir) {
  const out = await build({
    stdin: {
      contents:
        "export { startFixtureServer, hostResolverRules } from './tests/e2e/fixture-server';" +
        "export { detectionBackup, SECRETS } from './tests/e2e/test-backup';" +
        "export { emptyAccountDraft, emptyContactDraft } from './lib/model/defaults';",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // fixture-server.ts finds the fixture pages next to itself.
    define: { 'import.meta.dirname': JSON.stringify(resolve(ROOT, 'tests/e2e')) },
    write: false,
  });
  const file = join(dir, 'test-helpers.mjs');
  writeFileSync(file, out.outputFiles[0].text);
  return import(pathToFileURL(file).href);
}

/** The detection backup with `extra` synthetic accounts (~2 contacts each) added. */
function backupWith(helpers, extra) {
  const backup = JSON.parse(helpers.detectionBackup());
  const at = '2026-11-01T08:00:00.000Z';
  const { accounts, contacts } = makeBook(extra, { contactsPerAccount: 2, seed: 11 });
  for (const a of accounts) {
    backup.tables.accounts.push({
      ...helpers.emptyAccountDraft(),
      id: a.id,
      createdAt: at,
      updatedAt: at,
      name: a.name,
      aliases: a.aliases,
      websiteDomains: a.websiteDomains,
      emailDomains: a.emailDomains,
    });
  }
  for (const c of contacts) {
    backup.tables.contacts.push({
      ...helpers.emptyContactDraft(c.accountId),
      id: c.id,
      createdAt: at,
      updatedAt: at,
      name: c.name,
      emails: c.emails,
    });
  }
  return {
    json: JSON.stringify(backup),
    accounts: backup.tables.accounts.length,
    contacts: backup.tables.contacts.length,
  };
}

async function waitForPanel(browser) {
  for (let i = 0; i < 100; i++) {
    const found = browser
      .contexts()
      .flatMap((c) => c.pages())
      .find((p) => p.url().includes('/sidepanel.html'));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('The side panel did not open');
}

/** In the panel: arm a watch that stamps Date.now() when the h1 first reads `name` (or matches /^Accounts/). */
function armHeading(panel, expected) {
  return panel.evaluate((expected) => {
    const ok = () => {
      const text = document.querySelector('h1')?.textContent?.trim() ?? '';
      return expected === 'Accounts' ? /^Accounts/.test(text) : text === expected;
    };
    globalThis.__benchHeading?.disconnect();
    globalThis.__benchAt = 0;
    globalThis.__benchViaList = false;
    if (ok()) return false;
    if (!globalThis.__benchHashWatch) {
      globalThis.__benchHashWatch = true;
      addEventListener('hashchange', () => {
        if (location.hash === '#/' || location.hash === '') globalThis.__benchViaList = true;
      });
    }
    const observer = new MutationObserver(() => {
      // A detour: the account list on the way to the client (the route went to #/, or its h1 showed).
      if (
        expected !== 'Accounts' &&
        /^Accounts/.test(document.querySelector('h1')?.textContent?.trim() ?? '')
      ) {
        globalThis.__benchViaList = true;
      }
      if (!globalThis.__benchAt && ok()) {
        globalThis.__benchAt = Date.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
    globalThis.__benchHeading = observer;
    return true;
  }, expected);
}

async function headingAt(panel) {
  const handle = await panel.waitForFunction(() => globalThis.__benchAt || 0, null, {
    polling: 20,
    timeout: 30_000,
  });
  return handle.jsonValue();
}

const viaList = (panel) => panel.evaluate(() => globalThis.__benchViaList);

/** In the service worker: stamp each page/signals message and each tabMatches write. */
function armWorker(worker) {
  return worker.evaluate(() => {
    if (!globalThis.__benchInstalled) {
      globalThis.__benchInstalled = true;
      chrome.runtime.onMessage.addListener((message) => {
        if (message?.type === 'page/signals') globalThis.__benchSignals.push(Date.now());
      });
      chrome.storage.session.onChanged.addListener((changes) => {
        for (const [key, change] of Object.entries(changes)) {
          if (key.startsWith('tabMatches:') && change.newValue) {
            globalThis.__benchPublished.push({ at: Date.now(), count: change.newValue.matches.length });
          }
        }
      });
    }
    globalThis.__benchSignals = [];
    globalThis.__benchPublished = [];
  });
}

const workerStamps = (worker) =>
  worker.evaluate(() => ({ signals: globalThis.__benchSignals, published: globalThis.__benchPublished }));

/**
 * @param {{ accounts: number, opens: number, swaps: number, log?: (s: string) => void }} options
 */
export async function runPanelBench({ accounts: extra, opens, swaps, log = () => {} }) {
  if (!existsSync(join(E2E_BUILD, 'manifest.json'))) {
    throw new Error(`No e2e build in ${E2E_BUILD}: run \`npm run build:e2e\` first.`);
  }
  const tmp = mkdtempSync(join(tmpdir(), 'dossier-bench-detection-'));
  const profile = join(tmp, 'profile');
  let server;
  let launched;
  let cdp;
  try {
    const helpers = await loadTestHelpers(tmp);
    const { SECRETS } = helpers;
    server = await helpers.startFixtureServer();
    launched = await launchWithExtension({
      userDataDir: profile,
      extensionDir: E2E_BUILD,
      extraArgs: [...helpers.hostResolverRules(), '--remote-debugging-port=0'],
    });
    const { context, extensionId, worker } = launched;
    const out = { accounts: 0, contacts: 0 };

    // Restore the backup through the options page, as a rep would.
    const backup = backupWith(helpers, extra);
    Object.assign(out, { accounts: backup.accounts, contacts: backup.contacts });
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const t0 = Date.now();
    // A file on disk: Playwright refuses buffers over 50 MB (50,000 accounts are ~60 MB).
    const backupFile = join(tmp, 'bench-backup.json');
    writeFileSync(backupFile, backup.json);
    out.backupBytes = Buffer.byteLength(backup.json);
    await options.getByLabel('Restore from backup…').setInputFiles(backupFile);
    await options.getByRole('button', { name: 'Replace with the backup' }).click();
    await options
      .getByRole('status')
      .getByText(/Restored [\d,]+/)
      .waitFor({ timeout: 120_000 });
    out.restoreMs = Date.now() - t0;
    log(`restored ${backup.accounts} accounts in ${out.restoreMs} ms`);
    await options.getByRole('button', { name: 'Open the side panel' }).click();
    const port = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0];
    cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const panel = await waitForPanel(cdp);
    await panel.waitForSelector('h1', { timeout: 30_000 });

    const mailUrl = `${server.url('mail.google.com', '/mail/u/0/')}#inbox/FMfcgz1`;
    const plainUrl = server.url('plain.example.org', '/');
    const tab = await context.newPage();
    await tab.bringToFront();
    await armWorker(worker);

    /** One page navigation of the tab; the panel must end on `expected`. */
    const navigate = async (url, expected) => {
      if (!(await armHeading(panel, expected))) throw new Error(`The panel already shows ${expected}`);
      await armWorker(worker);
      const start = Date.now();
      await tab.goto(url);
      const at = await headingAt(panel);
      const load = await tab.evaluate(() => {
        const [nav] = performance.getEntriesByType('navigation');
        return {
          startAt: performance.timeOrigin,
          domContentLoadedAt: performance.timeOrigin + nav.domContentLoadedEventEnd,
          loadAt: performance.timeOrigin + nav.loadEventEnd,
        };
      });
      const stamps = await workerStamps(worker);
      return {
        totalMs: at - start,
        viaList: await viaList(panel),
        loadMs: load.loadAt - start,
        signalsMs: (stamps.signals.at(-1) ?? Number.NaN) - start,
        publishedMs: (stamps.published.at(-1)?.at ?? Number.NaN) - start,
        matched: stamps.published.at(-1)?.count ?? 0,
      };
    };

    // The first open after the restore also builds the match index (cold service worker state).
    await tab.goto(plainUrl);
    out.firstOpen = await navigate(mailUrl, SECRETS.acmeName);
    log(`first message open: ${out.firstOpen.totalMs} ms`);

    // Message open (page navigation), alternating with the plain page (the baseline).
    out.opens = [];
    out.plain = [];
    for (let i = 0; i < opens; i++) {
      out.plain.push(await navigate(plainUrl, 'Accounts'));
      out.opens.push(await navigate(mailUrl, SECRETS.acmeName));
    }
    log(`message open ×${opens} done`);

    // Next message (in-page): Gmail swaps the reading pane and pushes a new URL, no page load.
    await tab.evaluate(async () => {
      const html = await (await fetch('/thread-2')).text();
      const second = new DOMParser().parseFromString(html, 'text/html').querySelector('[role="main"]');
      globalThis.__benchThreads = [
        document.querySelector('[role="main"]').cloneNode(true),
        document.importNode(second, true),
      ];
    });
    // `paneFirst`: the pane is replaced, then the URL pushed (as the e2e test does). `urlFirst`: the
    // URL changes first and the pane renders RENDER_DELAY_MS later, as an SPA that fetches the thread.
    let thread = 0;
    const swap = async (order) => {
      await new Promise((r) => setTimeout(r, SETTLE_MS)); // the last swap's debounced rescan is done
      const to = 1 - thread; // thread 2 (telecom) ↔ thread 1 (Acme)
      const expected = to === 1 ? SECRETS.telecomName : SECRETS.acmeName;
      if (!(await armHeading(panel, expected))) throw new Error(`The panel already shows ${expected}`);
      await armWorker(worker);
      const start = await tab.evaluate(
        ({ to, order, delay }) => {
          const next = globalThis.__benchThreads[to].cloneNode(true);
          const replace = () => document.querySelector('[role="main"]').replaceWith(next);
          const started = Date.now();
          if (order === 'paneFirst') replace();
          history.pushState({}, '', `#inbox/FMfcgz${to + 1}-${started}`);
          if (order === 'urlFirst') setTimeout(replace, delay);
          return started;
        },
        { to, order, delay: RENDER_DELAY_MS },
      );
      const at = await headingAt(panel);
      thread = to;
      const stamps = await workerStamps(worker);
      return {
        to: expected,
        totalMs: at - start,
        viaList: await viaList(panel),
        firstSignalsMs: (stamps.signals[0] ?? Number.NaN) - start,
        signalsMs: (stamps.signals.at(-1) ?? Number.NaN) - start,
        sends: stamps.signals.length,
        publishedMs: (stamps.published.at(-1)?.at ?? Number.NaN) - start,
        matched: stamps.published.at(-1)?.count ?? 0,
      };
    };
    out.swaps = [];
    for (let i = 0; i < swaps; i++) out.swaps.push(await swap('paneFirst'));
    out.urlFirst = [];
    for (let i = 0; i < swaps; i++) out.urlFirst.push(await swap('urlFirst'));
    log(`next message ×${swaps} ×2 done`);
    out.browser = cdp.version();
    return out;
  } finally {
    await cdp?.close().catch(() => {});
    await launched?.context.close().catch(() => {});
    await server?.close().catch(() => {});
    rmSync(tmp, { recursive: true, force: true });
  }
}
