import type { Locator, Page } from 'playwright-core';
import { hashDatabase } from '../../support/db-hash';

/**
 * The options page's import section as a rep uses it (roles and English labels), and a witness of
 * what the database holds. Tests say what they do; the selectors live here.
 */
export class OptionsImportPage {
  constructor(
    readonly page: Page,
    readonly extensionId: string,
  ) {}

  async open() {
    await this.page.goto(`chrome-extension://${this.extensionId}/options.html`);
    await this.fileInput().waitFor();
  }

  fileInput(): Locator {
    return this.page.getByLabel('Choose CSV or vCard files…');
  }

  async choose(paths: string[]) {
    await this.fileInput().setInputFiles(paths);
  }

  /** The review's two count lines once every row is checked. */
  async counts(timeout = 60_000): Promise<[string, string]> {
    const accounts = this.page.getByText(/^Accounts: \d+ new/);
    await accounts.waitFor({ timeout });
    return [
      (await accounts.textContent()) ?? '',
      (await this.page.getByText(/^Contacts: \d+ new/).textContent()) ?? '',
    ];
  }

  importButton(): Locator {
    return this.page.getByRole('button', { name: /^Import \(\d+ to write\)$/ });
  }

  /** Clicks Import and waits for the result line. */
  async importAll(timeout = 120_000): Promise<string> {
    await this.importButton().click();
    const done = this.page.getByText(/^Imported: /);
    await done.waitFor({ timeout });
    return (await done.textContent()) ?? '';
  }

  /** How far the write is (0..1), as its progress bar shows. */
  progress(): Promise<number> {
    return this.page
      .getByRole('progressbar', { name: 'Import progress' })
      .evaluate((bar) => (bar as HTMLProgressElement).value);
  }

  async waitForProgress(atLeast: number, timeout = 120_000) {
    await this.page.waitForFunction(
      (min) => {
        const bar = [...document.querySelectorAll('progress')].find(
          (p) => p.getAttribute('aria-label') === 'Import progress',
        );
        return bar !== undefined && bar.value >= min;
      },
      atLeast,
      { timeout, polling: 'raf' },
    );
  }

  async cancel(): Promise<string> {
    await this.page.getByRole('button', { name: 'Cancel' }).click();
    const said = this.page.getByRole('alert').filter({ hasText: 'Import cancelled' });
    await said.waitFor({ timeout: 30_000 });
    return (await said.textContent()) ?? '';
  }

  async startOver() {
    await this.page.getByRole('button', { name: 'Import more files' }).click();
  }

  /** A content hash of every table of Dossier's database, computed in this extension page. */
  hash() {
    return this.page.evaluate(hashDatabase, 'dossier');
  }
}
