import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hubspotExports } from '../../bench/import/data.mjs';
import { OptionsImportPage } from './pages/options-import';
import { SidePanelPage } from './pages/sidepanel';
import { type Launched, launch, prebuiltIndexes, SCREENSHOTS, tempProfile } from './support';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/imports');
const HUBSPOT_PAIR = [join(FIXTURES, 'hubspot-companies.csv'), join(FIXTURES, 'hubspot-contacts.csv')];

let running: Launched | undefined;
let cleanup: (() => void) | undefined;
afterEach(async () => {
  await running?.context.close();
  running = undefined;
  cleanup?.();
});

async function start() {
  const profile = tempProfile();
  cleanup = profile.cleanup;
  running = await launch(profile.dir);
  const options = new OptionsImportPage(await running.context.newPage(), running.extensionId);
  await options.open();
  return { profile: profile.dir, options, ...running };
}

/** A seeded generator: the interruption points differ from point to point but not from run to run. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('import in real Chromium', () => {
  it('imports a HubSpot companies + contacts pair with exact counts; the open side panel follows; the same pair again adds nothing', async () => {
    const { options, context, extensionId } = await start();
    const panel = new SidePanelPage(await context.newPage(), extensionId);
    await panel.open();
    await panel.page.getByRole('button', { name: 'Start empty' }).click();

    await options.choose(HUBSPOT_PAIR);
    expect(await options.counts()).toEqual([
      'Accounts: 9 new, 0 updated, 0 already up to date',
      'Contacts: 6 new, 0 updated, 0 already up to date',
    ]);
    await options.page
      .getByRole('table', { name: 'Problems in hubspot-contacts.csv, by row and column' })
      .waitFor();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await options.page.screenshot({ path: join(SCREENSHOTS, 'options-import-en.png'), fullPage: true });
    expect(await options.importAll()).toBe('Imported: 9 accounts and 6 contacts written.');
    // Built beside the write by the index worker, and current: the background only restores them.
    const indexes = await options.page.evaluate(prebuiltIndexes);
    expect(indexes.current).toBe(true);
    expect(Math.min(indexes.matchBytes, indexes.searchBytes)).toBeGreaterThan(0);

    // Written by the options page's worker; the panel, open all along, hears of it and shows them.
    await panel.page.getByRole('heading', { level: 1, name: /9 accounts/ }).waitFor();
    await panel.page.getByRole('button', { name: '华东精密制造有限公司', exact: true }).waitFor();

    const after = await options.hash();
    expect(after.rows).toMatchObject({ accounts: 9, contacts: 6 });
    await options.startOver();
    await options.choose(HUBSPOT_PAIR);
    expect(await options.counts()).toEqual([
      // The 7 companies found again; the 2 companies only named by people are not even touched.
      'Accounts: 0 new, 0 updated, 7 already up to date',
      'Contacts: 0 new, 0 updated, 6 already up to date',
    ]);
    expect(await options.importButton().isDisabled()).toBe(true);
    expect(await options.hash()).toEqual(after);
  });

  it('an import of 50,000 rows cancelled or its page closed at random points leaves the database exactly as before', async () => {
    const { profile, options, context, extensionId } = await start();
    const panel = new SidePanelPage(await context.newPage(), extensionId);
    await panel.open();
    await panel.loadDemoData();
    const file = join(profile, 'hubspot-companies-50000.csv');
    writeFileSync(file, hubspotExports(50_000).companies);
    const before = await options.hash();
    expect(before.rows).toMatchObject({ accounts: 46 });

    // One point while the rows are checked, one while their readings are worked out (both before
    // the transaction), two inside it; cancelled and closed alike.
    const next = random(20261122);
    const points: [number, 'cancel' | 'close'][] = [
      [0.05 + next() * 0.2, next() < 0.5 ? 'cancel' : 'close'],
      [0.32 + next() * 0.16, next() < 0.5 ? 'cancel' : 'close'],
      [0.52 + next() * 0.42, 'cancel'],
      [0.52 + next() * 0.42, 'close'],
    ];
    let page = options;
    for (const [at, how] of points) {
      await page.choose([file]);
      expect(await page.counts(90_000)).toEqual([
        'Accounts: 50000 new, 0 updated, 0 already up to date',
        'Contacts: 0 new, 0 updated, 0 already up to date',
      ]);
      await page.importButton().click();
      await page.waitForProgress(at);
      const reached = await page.progress();
      if (how === 'cancel') {
        expect(await page.cancel()).toBe('Import cancelled. Nothing was changed.');
      } else {
        await page.page.close();
        page = new OptionsImportPage(await context.newPage(), extensionId);
        await page.open();
      }
      const now = await page.hash();
      expect(now, `${how} at ${reached.toFixed(2)} (aimed at ${at.toFixed(2)})`).toEqual(before);
      if (how === 'cancel') await page.page.getByRole('button', { name: 'Choose other files' }).click();
    }
    // The panel still shows the 46 accounts it had.
    await panel.page.getByRole('heading', { level: 1, name: /46 accounts/ }).waitFor();
  }, 300_000);

  it('a JSON backup of imported clients, the database wiped, restored: every table as it was', async () => {
    const { profile, options, context, extensionId } = await start();
    const panel = new SidePanelPage(await context.newPage(), extensionId);
    await panel.open();
    await panel.loadDemoData();
    await options.choose(HUBSPOT_PAIR);
    // One company is a demo client already (found by its domain): it is updated, not added.
    expect((await options.counts())[0]).toBe('Accounts: 8 new, 1 updated, 0 already up to date');
    await options.importAll();
    const before = await options.hash();
    expect(before.rows).toMatchObject({ accounts: 46 + 8, contacts: expect.any(Number) });

    const [download] = await Promise.all([
      options.page.waitForEvent('download'),
      options.page.getByRole('button', { name: 'Export backup' }).click(),
    ]);
    const backup = join(profile, download.suggestedFilename());
    await download.saveAs(backup);
    await options.page.evaluate(async () => {
      const open = indexedDB.open('dossier');
      const db = await new Promise<IDBDatabase>((resolve) => {
        open.onsuccess = () => resolve(open.result);
      });
      const stores = [...db.objectStoreNames];
      await new Promise((resolve) => {
        const tx = db.transaction(stores, 'readwrite');
        for (const store of stores) tx.objectStore(store).clear();
        tx.oncomplete = resolve;
      });
      db.close();
    });
    expect((await options.hash()).rows).toMatchObject({ accounts: 0, contacts: 0 });

    await options.page.getByLabel('Restore from backup…').setInputFiles(backup);
    await options.page.getByRole('button', { name: 'Replace with the backup' }).click();
    await options.page.getByRole('status').getByText('Restored 54 accounts').waitFor();
    expect(await options.hash()).toEqual(before);
    const indexes = await options.page.evaluate(prebuiltIndexes);
    expect(indexes.current).toBe(true);
    expect(Math.min(indexes.matchBytes, indexes.searchBytes)).toBeGreaterThan(0);
  });
});
