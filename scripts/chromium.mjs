// Starts Debian's Chromium with the built Dossier extension loaded — for `npm start`, the
// end-to-end tests and the benchmarks. Playwright drives it; no browser is downloaded.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from './browser-paths.mjs';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../.output/chrome-mv3');

export function chromiumPath() {
  const found = findChromium();
  if (!found)
    throw new Error('Chromium not found: install it (sudo apt-get install chromium) or set CHROMIUM_PATH.');
  return found;
}

/**
 * @param {{ userDataDir: string, headless?: boolean, locale?: string, extensionDir?: string, extraArgs?: string[], display?: string }} options
 *   `display`: an X display (e.g. Xvfb's) for a headed browser whose shortcuts and menus are driven by xdotool.
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, extensionId: string, worker: import('playwright-core').Worker }>}
 */
export async function launchWithExtension({
  userDataDir,
  headless = true,
  locale = 'en',
  extensionDir = EXTENSION_DIR,
  extraArgs = [],
  display,
}) {
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless,
    locale,
    viewport: headless ? { width: 1280, height: 900 } : null,
    // Chromium on Linux takes its UI language (and so the extension's) from LANGUAGE.
    env: {
      ...process.env,
      ...(display ? { DISPLAY: display } : {}),
      LANGUAGE: locale.replace('-', '_'),
      LANG: `${locale.replace('-', '_')}.UTF-8`,
    },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--lang=${locale}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--disable-gpu',
      ...extraArgs,
    ],
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, worker };
}
