import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { launchWithExtension } from '../../scripts/chromium.mjs';
import type { Desktop } from './desktop';
import { hostResolverRules } from './fixture-server';
import type { Launched } from './support';
import { detectionBackup } from './test-backup';

/** The e2e build: optional hosts declared required (a test cannot answer a permission prompt). */
export const E2E_BUILD = join(import.meta.dirname, '../../.output/chrome-mv3-e2e');

export interface RestoredPanel {
  launched: Launched;
  /** A DevTools connection made once the panel was open (it lists only pages open then). */
  cdp: Browser;
  panel: Page;
}

/**
 * The e2e build in Chromium with the fixture hosts mapped to this machine, the two test clients
 * restored through the options page, and the REAL side panel opened from it and reached over the
 * DevTools protocol. On a `desktop` (Xvfb) the browser is headed, for shortcuts and menus.
 */
export async function openRestoredPanel(profileDir: string, desktop?: Desktop): Promise<RestoredPanel> {
  const launched = await launchWithExtension({
    userDataDir: profileDir,
    extensionDir: E2E_BUILD,
    ...(desktop ? { headless: false, display: desktop.display } : {}),
    extraArgs: [
      ...hostResolverRules(),
      '--remote-debugging-port=0',
      ...(desktop ? ['--window-position=0,0', '--window-size=1300,1000'] : []),
    ],
  });
  const options = await restoreDetectionClients(launched);
  await options.getByRole('button', { name: 'Open the side panel' }).click();
  const cdp = await connectDevTools(profileDir);
  const panel = await waitForPanel(cdp);
  await options.close();
  return { launched, cdp, panel };
}

/** The two test clients restored through the options page; resolves that page, still open. */
export async function restoreDetectionClients(launched: Launched): Promise<Page> {
  const options = await launched.context.newPage();
  await options.goto(`chrome-extension://${launched.extensionId}/options.html`);
  await options.getByLabel('Restore from backup…').setInputFiles({
    name: 'detection-backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(detectionBackup()),
  });
  await options.getByRole('button', { name: 'Replace with the backup' }).click();
  await options
    .getByRole('status')
    .getByText(/Restored 2/)
    .waitFor();
  return options;
}

/** A new DevTools connection to the browser of `profileDir` (started with --remote-debugging-port=0). */
export function connectDevTools(profileDir: string): Promise<Browser> {
  const port = readFileSync(join(profileDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  return chromium.connectOverCDP(`http://127.0.0.1:${port}`);
}

/** The side panel among the connection's pages, once it is there. */
export async function waitForPanel(browser: Browser): Promise<Page> {
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
