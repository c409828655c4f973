import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../../scripts/chromium.mjs';
import { SidePanelPage } from './pages/sidepanel';
import { clippedAtWidth, type Launched, launch, SCREENSHOTS, tempProfile } from './support';

let running: Launched | undefined;
const profiles: (() => void)[] = [];
afterEach(async () => {
  await running?.context.close();
  running = undefined;
  for (const cleanup of profiles.splice(0)) cleanup();
});

/** The build that declares the optional permissions required: a test cannot answer a prompt. */
const E2E_BUILD = join(import.meta.dirname, '../../.output/chrome-mv3-e2e');

async function start(locale = 'en', extensionDir?: string) {
  const profile = tempProfile();
  profiles.push(profile.cleanup);
  running = extensionDir
    ? await launchWithExtension({ userDataDir: profile.dir, locale, extensionDir })
    : await launch(profile.dir, locale);
  const page = running.context.pages()[0] ?? (await running.context.newPage());
  await page.setViewportSize({ width: 400, height: 900 });
  return { panel: new SidePanelPage(page, running.extensionId), launched: running };
}

const group = (page: Page, name: string) => page.getByRole('list', { name: new RegExp(`^${name}`) });
/** A demo account's id, read from the database (the list is virtualised: its row may not be rendered). */
const accountId = (page: Page, name: string) =>
  page.evaluate(async (wanted) => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const open = indexedDB.open('dossier');
      open.onsuccess = () => resolve(open.result);
    });
    const rows = await new Promise<{ id: string; name: string }[]>((resolve) => {
      const all = db.transaction('accounts').objectStore('accounts').getAll();
      all.onsuccess = () => resolve(all.result);
    });
    db.close();
    return rows.find((a) => a.name === wanted)?.id ?? '';
  }, name);
const day = (offset: number) => {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return d;
};

describe('Today in real Chromium', () => {
  it('first run → Today shows the demo’s items → Done logs a note and moves the next date → Snooze hides an item until its day → a kept hint becomes a talking point', async () => {
    const { panel } = await start();
    const { page } = panel;
    await panel.open();
    await panel.loadDemoData();

    // The home: Today's first items above the list, and the way to the whole day.
    await page.getByRole('heading', { level: 2, name: 'Today' }).waitFor();
    await page.getByRole('button', { name: /^See all \(\d+\)$/ }).click();
    await expect.poll(() => page.url()).toMatch(/#\/today$/);
    for (const name of ['Overdue', 'Today', 'This week'])
      await group(page, name).getByRole('listitem').first().waitFor();
    expect(await page.evaluate(clippedAtWidth)).toEqual([]);

    // Done on Hiro Sato's birthday (today): a visit logged, the next contact where the cadence puts it.
    const birthday = group(page, 'Today').getByRole('listitem').filter({ hasText: "Hiro Sato's birthday" });
    await birthday.getByRole('button', { name: 'Done' }).click();
    expect(await birthday.getByLabel('What was said').inputValue()).toBe('Birthday greeting to Hiro Sato');
    await birthday.getByLabel('How').selectOption({ label: 'Visit' });
    const next = await birthday.getByLabel('Next contact').inputValue();
    expect(next).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await birthday.getByRole('button', { name: 'Log it' }).click();
    await birthday.waitFor({ state: 'detached' });

    // Snooze an overdue follow-up to tomorrow: gone today, back once the clock says tomorrow.
    const overdue = group(page, 'Overdue').getByRole('listitem').filter({ hasText: 'Follow-up:' }).first();
    const reason = (await overdue.locator('p').nth(1).textContent()) ?? '';
    await overdue.getByRole('button', { name: 'Snooze' }).click();
    await overdue.getByRole('button', { name: 'Tomorrow' }).click();
    await page.getByText(reason, { exact: true }).waitFor({ state: 'detached' });
    await page.clock.setFixedTime(day(1));
    await page.reload();
    await page.getByText(reason, { exact: true }).first().waitFor();
    await page.clock.setFixedTime(new Date());
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Today' }).waitFor();
    expect(await page.getByText(reason, { exact: true }).count()).toBe(0);

    // The file: the visit on the timeline, the next contact moved, the risk with its reasons.
    await page.getByRole('button', { name: 'Back to accounts' }).click();
    await panel.accountRows().first().waitFor();
    await panel.open(`#/account/${await accountId(page, 'Acme Logistics')}`);
    await panel.heading('Acme Logistics').waitFor();
    await panel.timeline().getByText('Birthday greeting to Hiro Sato').waitFor();
    const nextShown = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(`${next}T00:00:00Z`),
    );
    await page.getByText(`Next contact: ${nextShown}`).waitFor();
    await page.getByText(/^Churn risk: (Low|Medium|High)$/).waitFor();

    // A suggested talking point kept: now the rep's own, no longer suggested.
    const suggested = page.getByRole('list', { name: 'Suggested' });
    const hint = suggested.getByRole('listitem').first();
    const text = (await hint.locator('p').first().textContent()) ?? '';
    await hint.getByRole('button', { name: 'Keep' }).click();
    await panel.talkingPoints().getByRole('list').first().getByText(text, { exact: true }).waitFor();
    await expect.poll(() => suggested.getByText(text, { exact: true }).count()).toBe(0);
  });

  it('with reminders on, the alarm rings and a notification says what is due; its click opens Today', async () => {
    const { panel, launched } = await start('en', E2E_BUILD);
    await panel.open();
    await panel.loadDemoData();
    const options = await launched.context.newPage();
    await options.goto(`chrome-extension://${launched.extensionId}/options.html`);
    // The e2e build declares `notifications` required: the request resolves without a prompt.
    await options.getByRole('switch', { name: 'Remind me every day of what needs me on Today' }).check();
    await options.getByLabel('At', { exact: true }).fill('07:30');
    const alarm = () =>
      launched.worker.evaluate(async () => {
        const a = await chrome.alarms.get('daily-digest');
        return a && { period: a.periodInMinutes, at: new Date(a.scheduledTime).toTimeString().slice(0, 5) };
      });
    await expect.poll(alarm).toEqual({ period: 1440, at: '07:30' });

    // Ring it now (an unpacked extension's alarm may ring sooner than Chrome's 30 s minimum).
    await launched.worker.evaluate(() => chrome.alarms.create('daily-digest', { when: Date.now() + 200 }));
    const shown = () =>
      launched.worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
    await expect.poll(shown, { timeout: 15_000 }).toEqual(['dossier-today']);

    // What the click does (the browser's own notification cannot be clicked from a test; the
    // listener is unit-tested): Today in a tab of its own.
    const tab = await launched.context.newPage();
    await tab.goto(`chrome-extension://${launched.extensionId}/sidepanel.html#/today`);
    await tab.getByRole('list', { name: /^Overdue/ }).waitFor();
  });

  it.each([
    ['en', 'light'],
    ['en', 'dark'],
    ['zh-CN', 'light'],
    ['zh-CN', 'dark'],
  ] as const)('Today and a file with hints in %s, %s (screenshots)', async (locale, scheme) => {
    const { panel } = await start(locale);
    const { page } = panel;
    await page.emulateMedia({ colorScheme: scheme });
    await panel.open();
    await page.evaluate(() => chrome.runtime.sendMessage({ dossier: 1, type: 'demo/load', payload: {} }));
    await panel.open('#/today');
    await page.getByRole('heading', { level: 2, name: locale === 'en' ? 'Today' : '今日' }).waitFor();
    mkdirSync(SCREENSHOTS, { recursive: true });
    const tag = `${locale === 'en' ? 'en' : 'zh'}-${scheme}`;
    await page.screenshot({ path: join(SCREENSHOTS, `today-${tag}.png`) });
    await panel.open(`#/account/${await accountId(page, '江海通物流集团有限公司')}`);
    const suggested = page.getByRole('list', { name: locale === 'en' ? 'Suggested' : '建议' });
    await suggested.waitFor();
    // The file's top (its risk) first, the suggestions below it: both pictured.
    await page.screenshot({ path: join(SCREENSHOTS, `file-risk-${tag}.png`) });
    await suggested.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, `file-hints-${tag}.png`) });
  });
});
