import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../../scripts/chromium.mjs';
import { PopupPage } from './pages/popup';
import { SidePanelPage } from './pages/sidepanel';
import { type Launched, tempProfile } from './support';

/**
 * The toolbar quick search end to end: the popup page (as a tab: a test cannot click the toolbar),
 * the background's warm index over the demo data, and the REAL side panel it opens, reached over
 * the DevTools protocol. Keyboard only: type, arrows, Enter.
 */
const E2E_BUILD = join(import.meta.dirname, '../../.output/chrome-mv3-e2e');
const JIANGCHENG = '江澄农村商业银行股份有限公司';
/** 周建国 is a contact of this demo client (lib/demo/core/seeds/cn-government.ts). */
const YUNGANG = '云港市数据资源管理局';

let launched: Launched;
let cdp: Browser | undefined;
const profile = tempProfile();

beforeAll(async () => {
  launched = await launchWithExtension({
    userDataDir: profile.dir,
    extensionDir: E2E_BUILD,
    extraArgs: ['--remote-debugging-port=0'],
  });
  const page = launched.context.pages()[0] ?? (await launched.context.newPage());
  const setup = new SidePanelPage(page, launched.extensionId);
  await setup.open();
  await setup.loadDemoData();
  await page.close();
});

afterAll(async () => {
  await cdp?.close();
  await launched?.context.close();
  profile.cleanup();
});

/**
 * The side panel's page, once Chrome has opened it. The DevTools connection is made afresh: one
 * made before the panel opened does not list it.
 */
async function realPanel(): Promise<Page> {
  await cdp?.close();
  const port = readFileSync(join(profile.dir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  for (let i = 0; i < 100; i++) {
    const found = cdp
      .contexts()
      .flatMap((c) => c.pages())
      .find((p) => p.url().includes('/sidepanel.html'));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('The side panel did not open');
}

async function openPopup(): Promise<PopupPage> {
  const popup = new PopupPage(await launched.context.newPage(), launched.extensionId);
  await popup.open();
  return popup;
}

describe('toolbar quick search in real Chromium', () => {
  it('pinyin initials → Enter opens that client file in the real side panel, keyboard only', async () => {
    const popup = await openPopup();
    await expect.poll(() => popup.searchBox().evaluate((el) => el === document.activeElement)).toBe(true);
    await popup.page.keyboard.type('jcnsh');
    await popup.selected().filter({ hasText: JIANGCHENG }).waitFor();
    // What matched is highlighted, and the tier and quadrant are shown.
    expect(await popup.selected().locator('mark').first().textContent()).toBeTruthy();
    expect(await popup.selected().textContent()).toMatch(/Star|Question mark|Cash cow|Dog/);
    await popup.page.keyboard.press('Enter');

    const panel = await realPanel();
    await new SidePanelPage(panel, launched.extensionId).heading(JIANGCHENG).waitFor();
    expect(await popup.closedItself()).toBe(true);
    await popup.page.close();
  });

  it('arrows choose among results; the open panel follows; the empty box lists it as recently opened', async () => {
    const popup = await openPopup();
    // The empty box: the client opened last comes first, under its heading.
    await popup.heading('Recently opened').waitFor();
    await expect.poll(() => popup.options().first().textContent()).toContain(JIANGCHENG);

    await popup.page.keyboard.type('zhou jianguo');
    await popup.selected().filter({ hasText: '周建国' }).waitFor();
    const count = await popup.options().count();
    await popup.page.keyboard.press('ArrowDown');
    if (count > 1) expect(await popup.selected().textContent()).not.toContain('周建国');
    await popup.page.keyboard.press('ArrowUp');
    expect(await popup.selected().textContent()).toContain('周建国');
    expect(await popup.selected().textContent()).toContain(YUNGANG);
    await popup.page.keyboard.press('Enter');

    const panel = await realPanel();
    await new SidePanelPage(panel, launched.extensionId).heading(YUNGANG).waitFor();
    await panel.getByText('周建国').first().waitFor();
    await popup.page.close();
  });

  it('Esc closes the popup', async () => {
    const popup = await openPopup();
    await popup.searchBox().waitFor();
    await popup.page.keyboard.press('Escape');
    expect(await popup.closedItself()).toBe(true);
    await popup.page.close();
  });
});
