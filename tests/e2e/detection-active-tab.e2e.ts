import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../../scripts/chromium.mjs';
import { type Desktop, startDesktop } from './desktop';
import { hostResolverRules, startFixtureServer } from './fixture-server';
import { connectDevTools, restoreDetectionClients, waitForPanel } from './restored-panel';
import { type Launched, tempProfile } from './support';
import { SECRETS } from './test-backup';

/**
 * Detection as a new user meets it: the SHIPPED build (no host permission granted — webmail and
 * every site are the rep's to grant), headed on a virtual screen, where the only way Dossier may
 * read a page is the gesture's activeTab: Alt+Shift+D on the page opens the panel and reads it.
 */
let desktop: Desktop;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
let launched: Launched;
let cdp: Browser | undefined;
const profile = tempProfile();

beforeAll(async () => {
  desktop = await startDesktop();
  server = await startFixtureServer();
  launched = await launchWithExtension({
    userDataDir: profile.dir,
    headless: false,
    display: desktop.display,
    extraArgs: [
      ...hostResolverRules(),
      '--remote-debugging-port=0',
      '--window-position=0,0',
      '--window-size=1300,1000',
    ],
  });
  await (await restoreDetectionClients(launched)).close();
}, 60_000);

afterAll(async () => {
  await cdp?.close();
  await launched?.context.close();
  await server?.close();
  desktop?.stop();
  profile.cleanup();
});

/** Alt+Shift+D pressed on `page`, as a rep does. */
async function shortcutOn(page: Page) {
  await page.bringToFront();
  await desktop.focus(page);
  desktop.key('alt+shift+d');
}

describe('the shipped build, no host granted', () => {
  it("Alt+Shift+D on a client's site opens the panel on its file; on the next page, the next client", async () => {
    const page = await launched.context.newPage();
    await page.goto(server.url('www.acme-logistics.com', '/about'));
    await shortcutOn(page);
    cdp = await connectDevTools(profile.dir);
    const panel = await waitForPanel(cdp);
    await panel
      .getByRole('heading', { level: 1, name: SECRETS.acmeName, exact: true })
      .waitFor({ timeout: 10_000 });
    // The script injected on the gesture said nothing to the page: no window message, no event.
    const observed = await page.evaluate(() =>
      (window as unknown as { __observed(): Promise<{ messages: string[] }> }).__observed(),
    );
    expect(observed.messages).toEqual([]);

    // Another page in the same tab: activeTab ended with the navigation; the shortcut grants it again.
    await page.goto(server.url('news.example.cn', '/tender'));
    await shortcutOn(page);
    await panel
      .getByRole('heading', { level: 1, name: SECRETS.telecomName, exact: true })
      .waitFor({ timeout: 10_000 });
  });
});
