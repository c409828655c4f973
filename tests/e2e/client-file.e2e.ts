import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seedInPage } from '../../bench/seed-accounts.mjs';
import { SidePanelPage } from './pages/sidepanel';
import { clippedAtWidth, type Launched, launch, SCREENSHOTS, tempProfile } from './support';

let running: Launched | undefined;
const profiles: (() => void)[] = [];
afterEach(async () => {
  await running?.context.close();
  running = undefined;
  for (const cleanup of profiles.splice(0)) cleanup();
});

async function start(dir: string, locale = 'en') {
  running = await launch(dir, locale);
  const page = running.context.pages()[0] ?? (await running.context.newPage());
  await page.setViewportSize({ width: 400, height: 860 });
  return { panel: new SidePanelPage(page, running.extensionId), launched: running };
}

describe('the client file in real Chromium', () => {
  it('first run → demo data → a rep adds a contact, a point, a price and a note → all survive reload and restart', async () => {
    const profile = tempProfile();
    profiles.push(profile.cleanup);
    let { panel } = await start(profile.dir);
    await panel.open();
    await panel.loadDemoData();
    expect(await panel.accountRows().count()).toBeGreaterThan(5);
    const name = await panel.openFirstAccount();
    // At the narrowest panel (300 px) the list and the file hold: nothing cut off, nothing sideways.
    await panel.page.setViewportSize({ width: 300, height: 860 });
    expect(await panel.page.evaluate(clippedAtWidth)).toEqual([]);
    await panel.page.goBack();
    await panel.accountRows().first().waitFor();
    expect(await panel.page.evaluate(clippedAtWidth)).toEqual([]);
    await panel.page.goForward();
    await panel.heading(name).waitFor();
    await panel.page.setViewportSize({ width: 400, height: 860 });

    // Contact: a malformed email is refused next to its field, then fixed.
    let form = await panel.startAdding(panel.contacts(), 'Add contact');
    await form.getByLabel('Name', { exact: true }).fill('测试 联系人');
    await form.getByLabel('Job title', { exact: true }).fill('采购总监');
    await form.getByLabel('Email addresses', { exact: true }).fill('ceshi@');
    await panel.save(form);
    expect(await panel.fieldError(form, 'Email addresses')).toMatch(/email/i);
    await form.getByLabel('Email addresses', { exact: true }).fill('ceshi.lianxiren@example-client.cn');
    await form.getByLabel('Buying role', { exact: true }).selectOption({ label: 'Decision maker' });
    await panel.save(form);
    await panel.contacts().getByRole('article', { name: '测试 联系人' }).waitFor();

    form = await panel.startAdding(panel.talkingPoints(), 'Add talking point');
    await form.getByLabel('Talking point', { exact: true }).fill('E2E: bring the six-month SLA report');
    await panel.save(form);
    await panel.talkingPoints().getByText('E2E: bring the six-month SLA report').waitFor();

    // Pricing: a floor above the list price is refused next to the floor field, then fixed.
    form = await panel.startAdding(panel.pricingNotes(), 'Add pricing note');
    await form.getByLabel('Product or offer', { exact: true }).fill('E2E SD-WAN 200M');
    await form.getByLabel('List price', { exact: true }).fill('12000');
    await form.getByLabel('Floor price', { exact: true }).fill('15000');
    await panel.save(form);
    expect(await panel.fieldError(form, 'Floor price')).toMatch(/floor price can.t be above the list price/i);
    await form.getByLabel('Floor price', { exact: true }).fill('9500');
    await panel.save(form);
    await panel.pricingNotes().getByText('E2E SD-WAN 200M').waitFor();

    form = await panel.startAdding(panel.timeline(), 'Add note');
    await form.getByLabel('Kind', { exact: true }).selectOption({ label: 'Visit' });
    await form
      .getByLabel('Note', { exact: true })
      .fill('E2E visit: they want a pilot of the new product first.');
    await panel.save(form);
    await panel.timeline().getByText('E2E visit: they want a pilot of the new product first.').waitFor();

    const expectAllThere = async (p: SidePanelPage) => {
      await p.heading(name).waitFor();
      await p.contacts().getByRole('article', { name: '测试 联系人' }).waitFor();
      await p.talkingPoints().getByText('E2E: bring the six-month SLA report').waitFor();
      await p.pricingNotes().getByText('E2E SD-WAN 200M').waitFor();
      await p.timeline().getByText('E2E visit: they want a pilot of the new product first.').waitFor();
    };
    await panel.page.reload();
    await expectAllThere(panel);
    const accountHash = new URL(panel.page.url()).hash;

    await running?.context.close();
    ({ panel } = await start(profile.dir));
    await panel.open(accountHash);
    await expectAllThere(panel);
  });

  it('a change written by the background appears in an open side panel without a reload', async () => {
    const profile = tempProfile();
    profiles.push(profile.cleanup);
    const { panel, launched } = await start(profile.dir);
    await panel.open();
    await panel.page.getByRole('button', { name: 'Load demo data' }).waitFor();
    // Another extension page asks the background to write; the panel is not touched.
    const other = await launched.context.newPage();
    await other.goto(`chrome-extension://${launched.extensionId}/options.html`);
    const reply = await other.evaluate(() =>
      chrome.runtime.sendMessage({ dossier: 1, type: 'demo/load', payload: {} }),
    );
    expect(reply).toMatchObject({ ok: true });
    await panel.accountRows().first().waitFor({ timeout: 10_000 });
    // The count follows the first rows.
    await expect
      .poll(() => panel.page.getByRole('heading', { level: 1, name: /^Accounts/ }).textContent())
      .toMatch(/46/);
  });

  it('3,000 accounts: the list reads the window on screen as the rep scrolls, and Back lands on the row far down', async () => {
    const profile = tempProfile();
    profiles.push(profile.cleanup);
    const { panel } = await start(profile.dir);
    await panel.open();
    await panel.page.getByRole('button', { name: 'Load demo data' }).waitFor();
    await seedInPage(panel.page, 3_000);
    await panel.page.reload();
    await panel.accountRows().first().waitFor();
    await expect
      .poll(() => panel.page.getByRole('heading', { level: 1, name: /^Accounts/ }).textContent())
      .toMatch(/3000/);
    // Only the rows on screen are in the page, not 3,000.
    expect(await panel.page.getByRole('listitem').count()).toBeLessThan(100);

    // To the end of the list: its last window is read and shown, no blank place left.
    const scroller = panel.page.getByRole('list', { name: 'Accounts' }).locator('..');
    await scroller.evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    const last = panel.page.locator('li[aria-posinset="3000"] button');
    await last.waitFor();
    await expect.poll(() => panel.page.locator('li[aria-busy="true"]').count()).toBe(0);

    // A row far down opens its file; Back brings the rep to that row, focused.
    const far = panel.page.locator('li[aria-posinset="2990"] button');
    const name = (await far.textContent())?.trim() ?? '';
    expect(name).not.toBe('');
    await far.click();
    await panel.heading(name).waitFor();
    await panel.page.getByRole('button', { name: 'Back to accounts' }).click();
    await expect
      .poll(() => panel.page.evaluate(() => document.activeElement?.textContent?.trim()))
      .toBe(name);
    expect(await panel.page.evaluate(() => document.activeElement?.getAttribute('data-index'))).toBe('2989');
  });

  it('the real side panel opens from a click in an extension page', async () => {
    const profile = tempProfile();
    profiles.push(profile.cleanup);
    const { panel, launched } = await start(profile.dir);
    await panel.page.goto(`chrome-extension://${launched.extensionId}/options.html`);
    const sidePanels = () =>
      launched.worker.evaluate(
        async () => (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length,
      );
    expect(await sidePanels()).toBe(0);
    await panel.page.getByRole('button', { name: 'Open the side panel' }).click();
    await expect.poll(sidePanels, { timeout: 10_000 }).toBe(1);
  });

  it.each([
    ['en', 'Contacts', 'sidepanel-en.png'],
    ['zh-CN', '联系人', 'sidepanel-zh.png'],
  ])('shows the client file in %s (screenshot)', async (locale, contactsTitle, file) => {
    const profile = tempProfile();
    profiles.push(profile.cleanup);
    const { panel, launched } = await start(profile.dir, locale);
    await panel.open();
    const reply = await panel.page.evaluate(() =>
      chrome.runtime.sendMessage({ dossier: 1, type: 'demo/load', payload: {} }),
    );
    expect(reply).toMatchObject({ ok: true });
    await panel.accountRows().first().click();
    await panel.page.getByRole('heading', { level: 2, name: new RegExp(`^${contactsTitle}`) }).waitFor();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await panel.page.screenshot({ path: join(SCREENSHOTS, file), fullPage: false });
    expect(launched.extensionId).toMatch(/^[a-p]{32}$/);
  });
});
