import type { CDPSession, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer } from './fixture-server';
import { PopupPage } from './pages/popup';
import { openRestoredPanel, type RestoredPanel } from './restored-panel';
import { tempProfile } from './support';

/**
 * Nothing stale, through real service-worker restarts: a client the rep adds in the side panel is
 * found at once by the quick search and on its own website (the background's two indexes follow
 * the write), and still after Chrome stopped the worker (the indexes restored from their stored
 * bytes know the write); once deleted, neither finds it, again across a restart.
 */
const NAME = 'Northwind Freight Forwarding';
const SITE = 'www.northwind-freight.example';

let server: Awaited<ReturnType<typeof startFixtureServer>>;
let restored: RestoredPanel;
/** Pages kept for the whole file (a page opened after the workers were stopped may never load). */
let popup: PopupPage;
let site: Page;
let session: CDPSession;
const profile = tempProfile();

beforeAll(async () => {
  server = await startFixtureServer();
  restored = await openRestoredPanel(profile.dir);
  const { context, extensionId } = restored.launched;
  popup = new PopupPage(await context.newPage(), extensionId);
  site = await context.newPage();
  session = await context.newCDPSession(await context.newPage());
  await session.send('ServiceWorker.enable');
});

afterAll(async () => {
  await restored?.cdp.close();
  await restored?.launched.context.close();
  await server?.close();
  profile.cleanup();
});

/** Asks a worker, counting one Playwright still lists after Chrome stopped it (it never answers) as `otherwise`. */
const ask = <T, A = undefined>(worker: Worker, fn: (arg: A) => T | Promise<T>, otherwise: T, arg?: A) =>
  Promise.race([
    worker.evaluate(fn as () => T, arg).catch(() => otherwise),
    new Promise<T>((resolve) => setTimeout(() => resolve(otherwise), 1000)),
  ]);

/**
 * Stops every service worker, as Chrome does after 30 s idle; the next message or page (or the
 * open panel, reconnecting) wakes a new one, which starts from what is stored.
 */
async function stopServiceWorker() {
  const workers = () => restored.launched.context.serviceWorkers();
  const mark = () => {
    (globalThis as { beforeStop?: boolean }).beforeStop = true;
    return true;
  };
  expect(await Promise.all(workers().map((w) => ask(w, mark, false)))).toContain(true);
  await session.send('ServiceWorker.stopAllWorkers');
  // The worker that saw the writes is gone (a new one may run already: the panel reconnects).
  const marked = () => (globalThis as { beforeStop?: boolean }).beforeStop === true;
  await expect
    .poll(async () => (await Promise.all(workers().map((w) => ask(w, marked, false)))).some(Boolean))
    .toBe(false);
}

/** What the quick search lists for `query`, typed into the popup page freshly loaded (it wakes the worker). */
async function searchFor(query: string): Promise<string> {
  await popup.open();
  await popup.searchBox().fill(query);
  await popup.page.locator(`[role="listbox"][data-query="${query}"]`).waitFor({ timeout: 20_000 });
  return (await popup.options().allTextContents()).join('\n');
}

interface Scan {
  scannedAt: string;
  matches: { accountId: string }[];
}

/** The background's latest result for the site's tab, or null (any worker that answers). */
async function lastScan(): Promise<Scan | null> {
  const url = server.url(SITE, '/contact');
  for (const worker of restored.launched.context.serviceWorkers()) {
    const scan = await ask(
      worker,
      async (u: string) => {
        const [tab] = await chrome.tabs.query({ url: u });
        const key = `tabMatches:${tab?.id}`;
        return ((await chrome.storage.session.get(key))[key] as Scan | undefined) ?? null;
      },
      null,
      url,
    );
    if (scan) return scan;
  }
  return null;
}

/** When the last result this test read was made: a newer one is the answer to the next load. */
let lastSeen = '';

/** The clients detection names on the client's website, loaded afresh (it wakes the worker). */
async function clientsOnSite(): Promise<string[]> {
  await site.goto(server.url(SITE, '/contact'));
  let scan: Scan | null = null;
  // A stopped worker cannot be asked what the last result was: the one this test saw is the bar.
  await expect
    .poll(async () => {
      scan = await lastScan();
      return scan !== null && scan.scannedAt > lastSeen;
    })
    .toBe(true);
  const found = scan as Scan | null;
  lastSeen = found?.scannedAt ?? lastSeen;
  return found?.matches.map((m) => m.accountId) ?? [];
}

describe('the indexes after writes, across service-worker restarts', () => {
  it('a client added while the worker sleeps is found by search and detection once it wakes; deleted, by neither', async () => {
    const { panel } = restored;
    // Written in the panel while no worker runs: the one that wakes restores indexes stored before it.
    await stopServiceWorker();
    await panel.getByRole('button', { name: 'New account' }).click();
    const form = panel.locator('form').first();
    await form.getByLabel('Name', { exact: true }).fill(NAME);
    await form.getByLabel('Website domains', { exact: true }).fill('northwind-freight.example');
    await form.getByRole('button', { name: 'Save' }).click();
    await panel.getByRole('heading', { level: 1, name: NAME, exact: true }).waitFor();
    const id = decodeURIComponent(
      /^#\/account\/([^/?]+)/.exec(await panel.evaluate(() => location.hash))![1]!,
    );
    expect(await searchFor('northwind')).toContain(NAME);
    await stopServiceWorker();
    expect(await clientsOnSite()).toContain(id);
    // Found again by the worker that is running now (it saw nothing of the write itself).
    expect(await searchFor('northwind')).toContain(NAME);

    // Deleted in the panel while no worker runs: gone from both.
    await stopServiceWorker();
    await panel.bringToFront();
    await panel.getByRole('button', { name: 'Delete account' }).click();
    await panel.getByRole('dialog').getByRole('button', { name: 'Delete account' }).click();
    await panel.getByRole('heading', { level: 1, name: NAME, exact: true }).waitFor({ state: 'detached' });
    expect(await searchFor('northwind')).not.toContain(NAME);
    await stopServiceWorker();
    expect(await clientsOnSite()).not.toContain(id);
  }, 120_000);
});
