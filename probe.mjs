import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension } from './scripts/chromium.mjs';

const src = (await import('node:fs')).readFileSync('bench/today.mjs', 'utf8');
const seedSrc = src.slice(
  src.indexOf('async function seedDay'),
  src.indexOf('/** Runs in the page: the same rows'),
);
const seedDay = eval(`(${seedSrc})`);
const { context, extensionId } = await launchWithExtension({
  userDataDir: mkdtempSync(join(tmpdir(), 'p-')),
  extensionDir: resolve('.output/chrome-mv3-e2e'),
});
const page = await context.newPage();
await page.goto(`chrome-extension://${extensionId}/options.html`);
await new Promise((r) => setTimeout(r, 2000));
await page.evaluate(seedDay, 50000);
for (let i = 0; i < 3; i++) {
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html?x=${i}#/today`);
  await page.waitForSelector('[aria-labelledby^="today-group-"] li', { timeout: 60000 });
  console.log(
    await page.evaluate(() =>
      JSON.stringify([
        globalThis.__probe,
        performance.getEntriesByName('dossier:today-read').map((e) => Math.round(e.duration)),
      ]),
    ),
  );
}
await context.close();
