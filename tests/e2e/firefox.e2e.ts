import type { Browser, Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  gotoExtensionPage,
  launchFirefoxWithExtension,
  reloadExtensionPage,
  waitInPage,
} from '../../scripts/firefox.mjs';
import { clippedAtWidth } from './support';

// Smoke test of the Firefox build (.output/firefox-mv2, from `npx wxt build -b firefox`) in Debian's
// Firefox ESR, driven by puppeteer-core over WebDriver BiDi. The side panel page is opened in a tab.

let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

const ROWS = 'li button[data-index]';

/** The account list: its h1 reads "Accounts" and the count, and rows are shown. */
function accountList(page: Page, count: number) {
  return waitInPage(
    page,
    ({ rows, count }) => {
      const title = document.querySelector('h1')?.textContent ?? '';
      return (
        title.startsWith('Accounts') &&
        title.includes(`${count} accounts`) &&
        document.querySelectorAll(rows).length > 0
      );
    },
    { rows: ROWS, count },
    { what: `the list of ${count} accounts` },
  );
}

/** The client file of `name`: its h1 is the account's name and it has a "Contacts" section. */
function clientFile(page: Page, name: string) {
  return waitInPage(
    page,
    (name) =>
      document.querySelector('h1')?.textContent === name &&
      [...document.querySelectorAll('section[aria-labelledby]')].some((section) =>
        document
          .getElementById(section.getAttribute('aria-labelledby') ?? '')
          ?.textContent?.startsWith('Contacts'),
      ),
    name,
    { what: `the client file of ${name} with its Contacts section` },
  );
}

describe('the Firefox build in real Firefox ESR', () => {
  it('first run → demo data → a client file → all still there after a reload', async () => {
    const launched = await launchFirefoxWithExtension();
    browser = launched.browser;
    const panelUrl = `${launched.baseUrl}/sidepanel.html`;
    const page = await browser.newPage();
    await page.setViewport({ width: 400, height: 860 });

    await gotoExtensionPage(page, panelUrl);
    const loadDemo = await page.waitForSelector('::-p-xpath(//button[normalize-space()="Load demo data"])', {
      timeout: 15_000,
    });
    await loadDemo!.click();
    await accountList(page, 46);

    const row = await page.waitForSelector(ROWS, { timeout: 5_000 });
    const name = (await row!.evaluate((button) => button.textContent?.trim())) ?? '';
    expect(name).not.toBe('');
    await row!.click();
    await clientFile(page, name);
    expect(page.url()).toMatch(/#\/account\//);
    // The sidebar's narrowest width: nothing cut off ("De" for Delete account), nothing sideways.
    await page.setViewport({ width: 300, height: 860 });
    expect(await page.evaluate(clippedAtWidth)).toEqual([]);

    // IndexedDB persists in the extension's origin: the same client file after a reload…
    await reloadExtensionPage(page);
    await clientFile(page, name);
    // …and the whole list on a fresh load of the panel (at 300 px, nothing cut off either).
    await gotoExtensionPage(page, panelUrl);
    await accountList(page, 46);
    expect(await page.evaluate(clippedAtWidth)).toEqual([]);

    // The background keeps the recovery copy in Firefox too (OPFS, gzip), when its alarm rings.
    const copy = await page.evaluate(async () => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      await api.alarms.create('recovery-copy-soon', { when: Date.now() + 100 });
      for (let i = 0; i < 100; i++) {
        const { recoveryCopy } = await api.storage.local.get('recoveryCopy');
        if (recoveryCopy)
          return recoveryCopy as { counts: Record<string, number>; bytes: number; slot: string };
        await new Promise((r) => setTimeout(r, 100));
      }
      return null;
    });
    expect(copy?.counts).toMatchObject({ accounts: 46, contacts: 100, notes: 163 });
    const stored = await page.evaluate(async (slot) => {
      const file = await (await navigator.storage.getDirectory()).getFileHandle(
        `recovery-copy-${slot}.json.gz`,
      );
      return (await file.getFile()).size;
    }, copy!.slot);
    expect(stored).toBe(copy!.bytes);
  }, 60_000);

  it('registers the capture menus (Firefox `menus`) and shortcuts', async () => {
    const launched = await launchFirefoxWithExtension();
    browser = launched.browser;
    const page = await browser.newPage();
    await gotoExtensionPage(page, `${launched.baseUrl}/sidepanel.html`);
    const found = await page.evaluate(async () => {
      const api = (
        globalThis as unknown as { browser: typeof chrome & { menus: typeof chrome.contextMenus } }
      ).browser;
      // update() rejects for an entry that does not exist: each resolving proves it was created.
      const ids = [
        'dossier-clip-note',
        'dossier-clip-note-pick',
        'dossier-clip-point',
        'dossier-clip-price',
        'dossier-site',
        'dossier-quick-note',
      ];
      for (let i = 0; i < 50; i++) {
        const results = await Promise.allSettled(ids.map((id) => api.menus.update(id, {})));
        if (results.every((r) => r.status === 'fulfilled')) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const menus = await Promise.allSettled(ids.map((id) => api.menus.update(id, {})));
      const commands = await api.commands.getAll();
      return {
        menus: menus.map((r) => r.status),
        commands: Object.fromEntries(commands.map((c) => [c.name, c.shortcut])),
      };
    });
    expect(found.menus.every((status) => status === 'fulfilled')).toBe(true);
    expect(found.commands).toMatchObject({ 'quick-note': 'Alt+Shift+M', 'clip-selection': 'Alt+Shift+S' });
  }, 60_000);
});
