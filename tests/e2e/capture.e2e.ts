import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Desktop, startDesktop } from './desktop';
import { startFixtureServer } from './fixture-server';
import { connectDevTools, openRestoredPanel } from './restored-panel';
import { type Launched, SCREENSHOTS, tempProfile } from './support';
import { SECRETS } from './test-backup';

/**
 * Capture end to end, as a rep does it: a headed Chromium on a virtual screen (Xvfb), the real
 * side panel, the real context menu and keyboard shortcuts pressed with xdotool, fixture pages
 * under their real host names.
 */

let desktop: Desktop;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
let launched: Launched;
let cdp: Browser;
let panel: Page;
const profile = tempProfile();

beforeAll(async () => {
  desktop = await startDesktop();
  server = await startFixtureServer();
  ({ launched, cdp, panel } = await openRestoredPanel(profile.dir, desktop));
}, 60_000);

afterAll(async () => {
  await cdp?.close();
  await launched?.context.close();
  await server?.close();
  desktop?.stop();
  profile.cleanup();
});

/** The toolbar popup, over a DevTools connection made after it opened (it lists only pages open then). */
async function reachPopup(): Promise<{ popup: Page; close(): Promise<void> }> {
  for (let i = 0; i < 50; i++) {
    const connection = await connectDevTools(profile.dir);
    const popup = connection
      .contexts()
      .flatMap((c) => c.pages())
      .find((p) => /\/popup\.html(#.*)?$/.test(p.url()));
    if (popup) return { popup, close: () => connection.close() };
    await connection.close();
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('The popup did not open');
}

async function visit(url: string): Promise<Page> {
  const page = await launched.context.newPage();
  await page.goto(url);
  await page.bringToFront();
  await desktop.focus(page);
  return page;
}

async function select(page: Page, selector: string) {
  await page.evaluate((s) => {
    const el = document.querySelector(s)!;
    const range = document.createRange();
    range.selectNodeContents(el);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, selector);
}

const clientHeading = (name: string) => panel.getByRole('heading', { level: 1, name, exact: true });

describe('capture', () => {
  it('has every keyboard shortcut assigned (the browser refuses keys it uses itself)', async () => {
    const commands = await launched.worker.evaluate(() => chrome.commands.getAll());
    const shortcuts = Object.fromEntries(commands.map((c) => [c.name, c.shortcut]));
    expect(shortcuts).toMatchObject({
      'open-side-panel': 'Alt+Shift+D',
      'quick-note': 'Alt+Shift+M',
      'clip-selection': 'Alt+Shift+S',
    });
  });

  it('clips a selection through the context menu into the open panel’s timeline', async () => {
    const page = await visit(server.url('www.acme-logistics.com', '/about'));
    await clientHeading(SECRETS.acmeName).waitFor();
    await select(page, 'main p');
    await desktop.contextMenu(page, 'main p');
    await desktop.chooseExtensionEntry(0); // Add to <client>'s file
    const clip = panel.locator('article[data-kind="clip"]').first();
    await clip.getByText(/Founded in 2009 in Shanghai/).waitFor();
    expect(await clip.getByRole('link').getAttribute('href')).toMatch(
      /^http:\/\/www\.acme-logistics\.com.*#:~:text=/,
    );
    expect(await clip.getByRole('link').getAttribute('target')).toBe('_blank');
    await panel.screenshot({ path: join(SCREENSHOTS, 'capture-clip.png') });
    await page.close();
  }, 60_000);

  it('writes a quick note by shortcut, attached to the page’s client with the page as its source', async () => {
    const page = await visit(server.url('www.acme-logistics.com', '/about'));
    await clientHeading(SECRETS.acmeName).waitFor();
    desktop.key('alt+shift+m');
    // The box opens in the toolbar popup, which takes the keyboard from the page at once.
    const { popup, close } = await reachPopup();
    // Opened at the note's own address: its first screen is the box, not the search.
    expect(new URL(popup.url()).hash).toBe('#note');
    const box = popup.getByRole('textbox', { name: /note/i });
    await box.waitFor();
    await popup.getByText(new RegExp(`For ${SECRETS.acmeName.slice(0, 20)}`)).waitFor();
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await popup.screenshot({ path: join(SCREENSHOTS, 'capture-quick-note-popup.png') });
    // Typed on the real keyboard: the keys must reach the box, not the page the rep was reading.
    desktop.type('Called Li Wei: budget approved, PO next week.');
    desktop.key('Return');
    // Saved means stored: the open side panel shows it, and the popup goes away.
    const note = panel.locator('article[data-kind="note"]').filter({ hasText: 'budget approved' });
    await note.waitFor();
    expect(await note.getByRole('link').getAttribute('href')).toBe(
      server.url('www.acme-logistics.com', '/about'),
    );
    await popup.waitForEvent('close', { timeout: 5_000 });
    await close();
    // The toolbar button opens the search again.
    expect(await launched.worker.evaluate(() => chrome.action.getPopup({}))).toMatch(/\/popup\.html$/);
    await page.close();
  }, 60_000);

  it('clips into a talking point from the context menu', async () => {
    const page = await visit(server.url('www.acme-logistics.com', '/about'));
    await clientHeading(SECRETS.acmeName).waitFor();
    await select(page, 'main p:nth-of-type(2)');
    await desktop.contextMenu(page, 'main p:nth-of-type(2)');
    await desktop.chooseExtensionEntry(2); // add to file, add to…, talking point
    await panel.getByText(/Added a talking point for/).waitFor();
    const point = panel.getByRole('listitem').filter({ hasText: '亚克物流成立于2009年' });
    await point.waitFor();
    await page.close();
  }, 60_000);

  it('asks which client when the page is about none, then files the clip there', async () => {
    const page = await visit(server.url('plain.example.org', '/'));
    await select(page, 'p');
    await desktop.contextMenu(page, 'p');
    // No client on the page: the submenu starts with "Add to a client's file…".
    await desktop.chooseExtensionEntry(0);
    const search = panel.getByRole('combobox', { name: /Which client's file/ });
    await search.waitFor();
    await search.fill('江苏');
    await search.press('Enter');
    await clientHeading(SECRETS.telecomName).waitFor();
    await panel.locator('article[data-kind="clip"]').getByText('Nothing about anyone here.').waitFor();
    await page.close();
  }, 60_000);

  it('creates an account from a company website, each field with its source', async () => {
    const page = await visit(server.url('www.northwind-freight.example', '/contact'));
    await panel.getByRole('button', { name: 'Create account from this site' }).click();
    await panel.getByRole('heading', { name: 'Create an account from this site' }).waitFor();
    await panel.getByText('JSON-LD').first().waitFor();
    await panel.screenshot({ path: join(SCREENSHOTS, 'capture-site-preview.png') });
    await panel.getByRole('button', { name: 'Create account', exact: true }).click();
    await clientHeading('Northwind Freight').waitFor();
    // In the (collapsed) basic details of the new file.
    await panel
      .locator('dd', { hasText: 'Northwind Freight Systems, Inc.' })
      .first()
      .waitFor({ state: 'attached' });
    await page.close();
  }, 60_000);

  it('updates the matched client from its website through a field-by-field diff', async () => {
    const page = await visit(server.url('www.acme-logistics.com', '/about'));
    await clientHeading(SECRETS.acmeName).waitFor();
    await panel.getByRole('button', { name: 'Update from this site' }).click();
    const apply = panel.getByRole('button', { name: /^Apply \d+ changes?$/ });
    await apply.waitFor();
    await panel.screenshot({ path: join(SCREENSHOTS, 'capture-site-diff.png') });
    // The name differs (the site says "Acme Logistics"): offered, not pre-accepted.
    const nameRow = panel.getByRole('row').filter({ hasText: SECRETS.acmeName });
    expect(await nameRow.getByRole('checkbox').isChecked()).toBe(false);
    await apply.click();
    await clientHeading(SECRETS.acmeName).waitFor();
    await panel
      .locator('dd', { hasText: 'contact@acme-logistics.com' })
      .first()
      .waitFor({ state: 'attached' });
    await page.close();
  }, 60_000);

  it('keeps the sender and subject of a webmail clip, and adds the message’s people as contacts', async () => {
    const mail = await visit(`${server.url('mail.google.com', '/mail/u/0/')}#inbox/FMfcgz1`);
    await clientHeading(SECRETS.acmeName).waitFor({ timeout: 10_000 });
    await select(mail, '.a3s');
    await desktop.contextMenu(mail, '.a3s');
    await desktop.chooseExtensionEntry(0);
    const clip = panel.locator('article[data-kind="clip"]').first();
    await clip
      .getByText(/Warehouse contract renewal/)
      .first()
      .waitFor();
    await clip
      .getByText(/@acme-logistics\.com/)
      .first()
      .waitFor();

    await panel.getByRole('button', { name: 'Add people from this email' }).click();
    const add = panel.getByRole('button', { name: /^Add \d+ contacts?$/ });
    await add.waitFor();
    await panel.screenshot({ path: join(SCREENSHOTS, 'capture-people.png') });
    const before = await panel.locator('section', { hasText: 'Contacts' }).getByRole('article').count();
    await add.click();
    await add.waitFor({ state: 'detached' });
    await expect
      .poll(() => panel.locator('section', { hasText: 'Contacts' }).getByRole('article').count())
      .toBeGreaterThan(before);
    await mail.close();
  }, 60_000);
});
