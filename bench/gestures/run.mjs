// One dataset of bench/gestures.mjs: a fresh browser and profile, the backup restored, then (a) to (d).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from '../../scripts/chromium.mjs';
import { plainSaver, watchSave } from './probes.mjs';
import { backupOf, connectToPanel, connectToPopup, PLAIN_HOST, probedBuild, startPages } from './setup.mjs';

const WINDOW = { width: 1300, height: 1000 };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function poll(page, fn, arg, timeout = 10_000) {
  const handle = await page.waitForFunction(fn, arg, { polling: 20, timeout });
  return handle.jsonValue();
}

/** One dataset: a fresh profile, the backup restored, every measure. */
export async function runDataset(helpers, desktop, { total, runs: RUNS, warmup: WARMUP }, log) {
  const tmp = mkdtempSync(join(tmpdir(), 'dossier-bench-gestures-'));
  const backup = backupOf(helpers, total);
  const clientHost = `www.${backup.client.websiteDomains[0].replace(/^www\./, '')}`;
  const pages = await startPages(clientHost);
  let launched;
  let cdp;
  let panel;
  const profile = join(tmp, 'profile');
  const xdo = (...args) =>
    execFileSync('xdotool', args, { env: { ...process.env, DISPLAY: desktop.display }, encoding: 'utf8' });
  /** A real click in the tab's content area (left of the side panel): the page takes the keyboard. */
  const clickPage = () => xdo('mousemove', '200', '300', 'click', '1');
  try {
    launched = await launchWithExtension({
      userDataDir: profile,
      extensionDir: probedBuild(join(tmp, 'extension')),
      headless: false,
      display: desktop.display,
      extraArgs: [
        `--host-resolver-rules=MAP ${clientHost} 127.0.0.1, MAP ${PLAIN_HOST} 127.0.0.1`,
        '--remote-debugging-port=0',
        '--window-position=0,0',
        `--window-size=${WINDOW.width},${WINDOW.height}`,
      ],
    });
    const { context, extensionId, worker } = launched;
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const file = join(tmp, 'backup.json');
    writeFileSync(file, backup.json);
    const t0 = Date.now();
    await options.getByLabel('Restore from backup…').setInputFiles(file);
    await options.getByRole('button', { name: 'Replace with the backup' }).click();
    await options
      .getByRole('status')
      .getByText(/Restored [\d,]+/)
      .waitFor({ timeout: 120_000 });
    log(`${backup.accounts.toLocaleString('en')} accounts restored in ${Date.now() - t0} ms`);
    await options.getByRole('button', { name: 'Open the side panel' }).click();
    ({ cdp, panel } = await connectToPanel(profile));
    await options.close();

    // The background stamps each keyboard command it receives, when the capture request is
    // published to the panel and when the panel takes it (session storage); same clock.
    const armWorker = () =>
      worker
        .evaluate(() => {
          const g = globalThis;
          if (!g.__benchStamps) {
            chrome.commands.onCommand.addListener(() => {
              g.__benchStamps.command ||= Date.now();
            });
            chrome.storage.session.onChanged.addListener((changes) => {
              const change = changes['pendingCapture:popup'];
              if (!change) return;
              if (change.newValue) g.__benchStamps.published ||= Date.now();
              else g.__benchStamps.taken ||= Date.now();
            });
          }
          g.__benchStamps = { command: 0, published: 0, taken: 0 };
        })
        .catch(() => {});
    const workerStamps = () =>
      worker.evaluate(() => globalThis.__benchStamps).catch(() => ({ command: 0, published: 0, taken: 0 }));

    const plain = await context.newPage();
    await plain.goto(pages.url(PLAIN_HOST));
    await plain.evaluate(plainSaver);
    const page = await context.newPage();
    await page.goto(pages.url(clientHost));
    await page.bringToFront();
    await desktop.focus(page);
    await panel
      .getByRole('heading', { level: 1, name: backup.client.name, exact: true })
      .waitFor({ timeout: 30_000 });
    log(`panel shows ${backup.client.name}`);

    const boxOpen = (p) => p.getByRole('heading', { name: 'Quick note', exact: true });
    /** Shortcut → the popup's box has the focus and the keyboard (the panel open or closed). */
    const shortcut = async () => {
      clickPage();
      await sleep(150); // the click has settled: no pending input ahead of the key
      await armWorker();
      const start = Date.now();
      desktop.key('alt+shift+m');
      const { cdp: popupCdp, popup } = await connectToPopup(profile);
      try {
        const focus = await poll(popup, () =>
          globalThis.__benchFocus?.frameAt ? globalThis.__benchFocus : 0,
        );
        // When the popup's document started, was parsed, first painted, first rendered the app.
        const stages = await popup.evaluate(() => {
          const o = performance.timeOrigin;
          const [nav] = performance.getEntriesByType('navigation');
          const fcp = performance.getEntriesByName('first-contentful-paint')[0];
          const scripts = performance
            .getEntriesByType('resource')
            .filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'));
          return {
            origin: o,
            responseEnd: o + (nav?.responseEnd ?? Number.NaN),
            // Deprecated but the one mark of when the renderer's parser started on the document.
            parseStart: performance.timing.domLoading || Number.NaN,
            scriptsLoaded: o + (scripts.length ? Math.max(...scripts.map((r) => r.responseEnd)) : Number.NaN),
            interactive: o + (nav?.domInteractive ?? Number.NaN),
            dcl: o + (nav?.domContentLoadedEventEnd ?? Number.NaN),
            fcp: o + (fcp?.startTime ?? Number.NaN),
            app: globalThis.__benchFocus?.appAt || Number.NaN,
          };
        });
        const stamps = await workerStamps();
        const run = {
          totalMs: focus.at - start,
          frameMs: focus.frameAt - start,
          commandMs: (stamps.command || Number.NaN) - start,
          publishedMs: (stamps.published || Number.NaN) - start,
          takenMs: (stamps.taken || Number.NaN) - start,
          panelStartMs: stages.origin - start,
          responseEndMs: stages.responseEnd - start,
          parseStartMs: stages.parseStart - start,
          scriptsLoadedMs: stages.scriptsLoaded - start,
          interactiveMs: stages.interactive - start,
          domContentLoadedMs: stages.dcl - start,
          firstPaintMs: stages.fcp - start,
          appMs: stages.app - start,
          hasFocus: focus.hasFocus,
        };
        // Ready to type: keys typed on the keyboard now land in the box (and not in the page).
        await page.evaluate(() => {
          globalThis.__keys.length = 0;
        });
        desktop.type('ok');
        run.keysInBox = await poll(popup, () => document.activeElement?.value === 'ok', null, 1000).catch(
          () => false,
        );
        run.keysInPage = (await page.evaluate(() => globalThis.__keys.length)) > 0;
        desktop.key('Escape'); // the box closes the popup
        for (let i = 0; i < 200 && !popup.isClosed(); i++) await sleep(10);
        return run;
      } finally {
        await popupCdp.close().catch(() => {});
      }
    };

    const measure = async (name, fn, runs = RUNS) => {
      const first = [];
      const out = [];
      for (let i = 0; i < WARMUP + runs; i++) (i < WARMUP ? first : out).push(await fn(i));
      log(`${name}: ×${runs} done`);
      return { first: first[0], runs: out };
    };

    const a = await measure('(a) panel open', () => shortcut());
    // (b) The panel closed: the popup does not depend on it.
    await panel.evaluate(() => window.close()).catch(() => {});
    await cdp.close();
    const b = await measure('(b) panel closed', () => shortcut());
    const reopen = await context.newPage();
    await reopen.goto(`chrome-extension://${extensionId}/options.html`);
    await reopen.getByRole('button', { name: 'Open the side panel' }).click();
    ({ cdp, panel } = await connectToPanel(profile));
    await reopen.close();
    await panel
      .getByRole('heading', { level: 1, name: backup.client.name, exact: true })
      .waitFor({ timeout: 30_000 });

    // (c) The panel's own box ("Note"), one note after another: type, then Enter.
    await panel.getByRole('button', { name: 'Note', exact: true }).click();
    await boxOpen(panel).waitFor();
    await poll(panel, () => document.activeElement?.localName === 'textarea');
    // Typed and entered over the DevTools protocol, straight into the focused field: (a) shows the
    // real keyboard may not be there. The time runs from the keydown the page sees.
    const save = async (target, i) => {
      const marker = `bench note ${i} ${Math.random().toString(36).slice(2, 8)}`;
      await target.keyboard.type(marker);
      await poll(target, (m) => document.activeElement?.value === m, marker, 5000);
      await target.evaluate(watchSave, marker);
      await target.keyboard.press('Enter');
      const s = await poll(target, () => (globalThis.__benchSave.frameAt ? globalThis.__benchSave : 0));
      return { totalMs: s.articleAt - s.enterAt, frameMs: s.frameAt - s.enterAt };
    };
    const c = await measure('(c) save', (i) => save(panel, i));
    await panel.keyboard.press('Escape');

    // (d) Baselines in a plain page.
    await plain.bringToFront();
    await desktop.focus(plain);
    clickPage();
    const d1 = await measure('(d1) key → keydown', async () => {
      await plain.evaluate(() => {
        globalThis.__benchKeys.length = 0;
      });
      await sleep(50);
      const start = Date.now();
      desktop.key('alt+shift+x');
      const at = await poll(plain, () => globalThis.__benchKeys[0] ?? 0);
      return { totalMs: at - start };
    });
    await plain.click('#t');
    const d2 = await measure('(d2) plain save', (i) => save(plain, i));
    return { a, b, c, d1, d2, backup, browser: cdp.version() };
  } finally {
    await cdp?.close().catch(() => {});
    await launched?.context.close().catch(() => {});
    await pages.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}
