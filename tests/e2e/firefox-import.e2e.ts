import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  chooseFiles,
  gotoExtensionPage,
  launchFirefoxWithExtension,
  waitInPage,
} from '../../scripts/firefox.mjs';
import { prebuiltIndexes } from './support';

// The import in the Firefox build (.output/firefox-mv2) in Debian's Firefox ESR: its module Web
// Worker, Dexie and pinyin-pro inside it, one transaction from an MV2 extension page.

const FIXTURES = resolve(import.meta.dirname, '../fixtures/imports');

let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

describe('import in the Firefox build', () => {
  it('imports a HubSpot companies + contacts pair through the options page', async () => {
    const launched = await launchFirefoxWithExtension();
    browser = launched.browser;
    const page = await browser.newPage();
    await gotoExtensionPage(page, `${launched.baseUrl}/options.html`);
    const files = ['hubspot-companies.csv', 'hubspot-contacts.csv'].map((name) => ({
      name,
      text: readFileSync(join(FIXTURES, name), 'utf8'),
      type: 'text/csv',
    }));
    await chooseFiles(page, files, { multiple: true });
    await waitInPage(page, () => /Accounts: \d+ new/.test(document.body.textContent ?? ''), null, {
      what: 'the review',
      timeout: 30_000,
    });
    expect(
      await page.evaluate(() => [...document.querySelectorAll('[role=status] li')].map((l) => l.textContent)),
    ).toEqual([
      'Accounts: 9 new, 0 updated, 0 already up to date',
      'Contacts: 6 new, 0 updated, 0 already up to date',
    ]);
    await page.evaluate(() =>
      [...document.querySelectorAll('button')].find((b) => /^Import \(/.test(b.textContent ?? ''))?.click(),
    );
    const done = await waitInPage(
      page,
      () => document.body.textContent?.match(/Imported: [^.]*\./)?.[0] ?? null,
      null,
      { what: 'the result', timeout: 60_000 },
    );
    expect(done).toBe('Imported: 9 accounts and 6 contacts written.');
    // Built beside the write by the index worker (a worker the import's worker starts), and current.
    const indexes = await page.evaluate(prebuiltIndexes);
    expect(indexes.current).toBe(true);
    expect(Math.min(indexes.matchBytes, indexes.searchBytes)).toBeGreaterThan(0);
  });
});
