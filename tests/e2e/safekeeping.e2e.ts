// The options page's CSV exports and the reminder, in real Chromium.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../../scripts/chromium.mjs';
import { SidePanelPage } from './pages/sidepanel';
import { type Launched, launch, SCREENSHOTS, tempProfile } from './support';

let running: Launched | undefined;
let cleanup: (() => void) | undefined;
afterEach(async () => {
  await running?.context.close();
  cleanup?.();
});

/** The e2e build: `downloads` (optional in a real install) is granted, as a test cannot answer its prompt. */
const E2E_BUILD = join(import.meta.dirname, '../../.output/chrome-mv3-e2e');

/** A client name a spreadsheet would run as a formula (the classic DDE payload). */
const FORMULA = "=cmd|' /C calc'!A0";
const DAY = 24 * 60 * 60 * 1000;

/** Clicks a button that saves a file; resolves with the file's name and bytes. */
async function download(page: Page, button: string, dir: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

describe('exports and backups in real Chromium', () => {
  it('exports accounts and contacts as Excel-ready CSV; the backup reminder shows for an old backup and goes after a backup', async () => {
    const profile = tempProfile();
    cleanup = profile.cleanup;
    running = await launch(profile.dir);
    const { context, extensionId } = running;
    const panel = new SidePanelPage(context.pages()[0] ?? (await context.newPage()), extensionId);
    await panel.page.setViewportSize({ width: 400, height: 860 });
    await panel.open();
    await panel.loadDemoData();

    // The rep adds a client whose name is a formula.
    await panel.page.getByRole('button', { name: 'New account' }).click();
    const form = panel.page.locator('form').first();
    await form.getByLabel('Name', { exact: true }).fill(FORMULA);
    await panel.save(form);
    await panel.heading(FORMULA).waitFor();

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);

    // Accounts: UTF-8 with a byte-order mark (Excel reads Chinese right), the formula neutralised.
    const accounts = await download(options, 'Export accounts (CSV)', profile.dir);
    expect(accounts.name).toMatch(/^dossier-accounts-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...accounts.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const accountsCsv = accounts.bytes.toString('utf8');
    expect(accountsCsv).toContain(',云港市水务集团有限公司,');
    expect(accountsCsv).toContain(`,'${FORMULA},`);
    expect(accountsCsv).not.toMatch(/(^|,)"?[=+@]/m);
    expect(accountsCsv.trimEnd().split('\r\n')).toHaveLength(1 + 47);
    await options.getByText(`Saved 47 accounts to ${accounts.name}`).waitFor();

    // Contacts: each with its company, Chinese names intact.
    const contacts = await download(options, 'Export contacts (CSV)', profile.dir);
    expect(contacts.name).toMatch(/^dossier-contacts-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...contacts.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const qian = contacts.bytes
      .toString('utf8')
      .split('\r\n')
      .find((line) => line.includes(',钱卫东,'));
    expect(qian).toContain(',云港市水务集团有限公司,');

    // Never backed up, 47 accounts: the backup card says so.
    const backupCard = options.getByRole('region', { name: 'Backup', exact: true });
    await backupCard.getByText(/You have never backed up your client files/).waitFor();

    // The last backup is ten days old: the card warns, and the open side panel shows its banner.
    const setLastBackup = (at: string) =>
      options.evaluate((iso) => chrome.storage.local.set({ lastBackupAt: iso }), at);
    await setLastBackup(new Date(Date.now() - 10 * DAY).toISOString());
    await backupCard.getByText(/Your last backup was on .*, more than a week ago/).waitFor();
    const banner = panel.page.getByRole('complementary', { name: 'Backup reminder' });
    await banner.getByText('Your last backup is more than a week old.').waitFor();

    // "Back up now" opens the options page at its backup card.
    const [opened] = await Promise.all([
      context.waitForEvent('page'),
      banner.getByRole('button', { name: 'Back up now' }).click(),
    ]);
    await opened.waitForLoadState();
    expect(opened.url()).toBe(`chrome-extension://${extensionId}/options.html#backup`);
    await opened
      .getByRole('region', { name: 'Backup', exact: true })
      .getByText(/more than a week ago/)
      .waitFor();
    await expect.poll(() => opened.evaluate(() => document.activeElement?.id)).toBe('backup');
    await opened.close();

    // "Remind me tomorrow" hides the banner; the card still warns.
    await banner.getByRole('button', { name: 'Remind me tomorrow' }).click();
    await banner.waitFor({ state: 'detached' });
    await backupCard.getByText(/more than a week ago/).waitFor();

    // Two weeks old and the "tomorrow" passed: the banner is back.
    await options.evaluate(() => chrome.storage.local.remove('backupReminderDismissedUntil'));
    await setLastBackup(new Date(Date.now() - 14 * DAY).toISOString());
    await banner.waitFor();

    // A backup: the warning and the banner go; the card says when it was made.
    const backup = await download(options, 'Export backup', profile.dir);
    expect(backup.name).toMatch(/^dossier-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(backup.bytes.toString('utf8')).tables.accounts).toHaveLength(47);
    await backupCard.getByText(/^Last backup: /).waitFor();
    expect(await backupCard.getByText(/more than a week ago|never backed up/).count()).toBe(0);
    await banner.waitFor({ state: 'detached' });

    // Automatic backup is off until the rep switches it on; storage health is reported.
    const autoSwitch = backupCard.getByRole('switch', { name: 'Back up automatically to Downloads' });
    expect(await autoSwitch.isChecked()).toBe(false);
    const storage = options.getByRole('region', { name: 'Storage', exact: true });
    await storage.getByText(/^Dossier uses .+ of the .+ the browser allows\.$/).waitFor();
    await storage.getByText(/Unlimited storage is granted/).waitFor();

    mkdirSync(SCREENSHOTS, { recursive: true });
    await options.setViewportSize({ width: 900, height: 900 });
    await backupCard.scrollIntoViewIfNeeded();
    await options.screenshot({ path: join(SCREENSHOTS, 'options-backup-and-storage.png'), fullPage: true });
  });

  it('backs up automatically from the service worker (a data: URL), and a large backup through the options page (a blob URL)', async () => {
    const profile = tempProfile();
    cleanup = profile.cleanup;
    running = await launchWithExtension({ userDataDir: profile.dir, extensionDir: E2E_BUILD });
    const { context, extensionId, worker } = running;
    const panel = new SidePanelPage(context.pages()[0] ?? (await context.newPage()), extensionId);
    await panel.page.setViewportSize({ width: 400, height: 860 });
    await panel.open();
    await panel.loadDemoData();
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const backupCard = options.getByRole('region', { name: 'Backup', exact: true });

    // The rep switches it on (weekly unless they choose); the worker sets its alarm.
    await backupCard.getByRole('switch', { name: 'Back up automatically to Downloads' }).check();
    expect(await backupCard.getByLabel('How often').inputValue()).toBe('weekly');
    await backupCard.getByLabel('How often').selectOption({ label: 'Every day' });
    const alarm = () => worker.evaluate(() => chrome.alarms.get('auto-backup'));
    await expect.poll(async () => (await alarm())?.scheduledTime ?? 0).toBeGreaterThan(Date.now());
    // Ring now rather than in 30 s (an unpacked extension's alarms may ring sooner).
    const ringNow = () =>
      worker.evaluate(() => chrome.alarms.create('auto-backup', { when: Date.now() + 200 }));
    await ringNow();
    await backupCard.getByText(/^Last automatic backup: /).waitFor();
    await backupCard.getByText(/^Last backup: /).waitFor();
    const downloads = () =>
      worker.evaluate(async () =>
        (await chrome.downloads.search({})).map((d) => ({
          url: d.url.slice(0, 40),
          state: d.state,
          bytes: d.bytesReceived,
          byExtension: d.byExtensionId,
        })),
      );
    expect(await downloads()).toEqual([
      expect.objectContaining({
        url: 'data:application/json;base64,eyJmb3JtYXQ',
        state: 'complete',
        byExtension: extensionId,
      }),
    ]);
    // The next one is a day later.
    expect(((await alarm())?.scheduledTime ?? 0) - Date.now()).toBeGreaterThan(23 * 60 * 60 * 1000);

    // A clipped article of 1.6 MB makes the backup too large for a data: URL (Chromium's 2 MiB).
    await panel.openFirstAccount();
    const note = await panel.startAdding(panel.timeline(), 'Add note');
    await note.getByLabel('Note', { exact: true }).fill('很长的拜访记录。'.repeat(70_000));
    await panel.save(note);
    await note.waitFor({ state: 'detached' });

    // Two days later: the worker hands it to the options page, which saves it and closes its tab.
    // Listening before anything changes; the alarm is rung again while no page has come (a ring
    // can land while the worker is still rescheduling after the settings change).
    const handing = context.waitForEvent('page', { timeout: 60_000 });
    await options.evaluate(() => {
      const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000).toISOString();
      return chrome.storage.local.set({ lastAutoBackupAt: twoDaysAgo, autoBackupAttemptAt: twoDaysAgo });
    });
    await ringNow();
    const again = setInterval(() => void ringNow().catch(() => {}), 10_000);
    const handed = await handing.finally(() => clearInterval(again));
    expect(handed.url()).toBe(`chrome-extension://${extensionId}/options.html#auto-backup`);
    await handed.waitForEvent('close');
    const all = await downloads();
    expect(all).toHaveLength(2);
    const large = all.find((d) => d.url.startsWith('blob:chrome-extension:'));
    expect(large).toMatchObject({ state: 'complete', byExtension: extensionId });
    expect(large!.bytes).toBeGreaterThan(1_500_000); // its base64 would pass 2 MiB
    expect(
      await options.evaluate(
        async () => (await chrome.storage.local.get('autoBackupStatus')).autoBackupStatus,
      ),
    ).toMatchObject({ ok: true });
  });
});
