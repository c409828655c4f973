import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SidePanelPage } from './pages/sidepanel';
import { type Launched, launch, tempProfile } from './support';

let running: Launched | undefined;
let cleanup: (() => void) | undefined;
afterEach(async () => {
  await running?.context.close();
  cleanup?.();
});

describe('backup and restore in real Chromium', () => {
  it('exports the database, restores it after a deletion, and refuses a broken file without touching anything', async () => {
    const profile = tempProfile();
    cleanup = profile.cleanup;
    running = await launch(profile.dir);
    const { context, extensionId } = running;
    const panel = new SidePanelPage(context.pages()[0] ?? (await context.newPage()), extensionId);
    await panel.page.setViewportSize({ width: 400, height: 860 });
    await panel.open();
    await panel.loadDemoData();
    const accountsHeading = panel.page.getByRole('heading', { level: 1, name: /^Accounts/ });
    // The count follows the first rows.
    await panel.page.getByRole('heading', { level: 1, name: /46 accounts/ }).waitFor();
    expect(await accountsHeading.textContent()).toMatch(/46 accounts/);
    // A name is an isolated run: a direction control inside one cannot reorder the text around it.
    const firstName = panel.accountRows().first().locator('span').first();
    expect(await firstName.evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate');

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export backup' }).click(),
    ]);
    const backupPath = join(profile.dir, download.suggestedFilename());
    await download.saveAs(backupPath);
    expect(download.suggestedFilename()).toMatch(/^dossier-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = JSON.parse(readFileSync(backupPath, 'utf8'));
    expect(backup).toMatchObject({ format: 'dossier-backup', formatVersion: 1 });
    expect(backup.tables.accounts).toHaveLength(46);

    // The rep deletes an account (after confirming) — the file has 45 now.
    const name = await panel.openFirstAccount();
    await panel.page.getByRole('button', { name: 'Delete account' }).click();
    await panel.page.getByRole('dialog').getByRole('button', { name: 'Delete account' }).click();
    await panel.page.getByRole('heading', { level: 1, name: /45 accounts/ }).waitFor();

    // A broken file is refused with a reason and changes nothing.
    const broken = join(profile.dir, 'broken.json');
    writeFileSync(broken, readFileSync(backupPath, 'utf8').slice(0, 1000));
    await options.getByLabel('Restore from backup…').setInputFiles(broken);
    expect(await options.getByRole('alert').textContent()).toBe('The file is not valid JSON.');
    expect(await accountsHeading.textContent()).toMatch(/45 accounts/);

    // The good file, confirmed, brings the deleted account back; the open panel updates by itself.
    await options.getByLabel('Restore from backup…').setInputFiles(backupPath);
    await options
      .getByRole('dialog')
      .getByText(/holds 46 accounts.*replaces the 45 accounts/)
      .waitFor();
    await options.getByRole('button', { name: 'Replace with the backup' }).click();
    await options.getByRole('status').getByText(/46/).waitFor();
    await panel.page.getByRole('heading', { level: 1, name: /46 accounts/ }).waitFor();
    await panel.page.getByRole('button', { name, exact: true }).waitFor();
  });
});
