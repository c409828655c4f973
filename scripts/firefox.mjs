// Starts Debian's Firefox ESR with the built Dossier extension (Firefox MV2 build) installed — for
// the Firefox end-to-end smoke test. puppeteer-core drives it over WebDriver BiDi; no browser is
// downloaded.
//
// Firefox's WebDriver BiDi does not yet report events from extension pages (load, DOMContentLoaded,
// navigation, console — Mozilla bug 1755014), so Puppeteer's `page.goto()` / `page.reload()` would
// wait forever for a `load` event on a moz-extension:// page. Commands (evaluate, selectors, clicks)
// do work there; `gotoExtensionPage` and `reloadExtensionPage` below navigate and then poll the page.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findFirefox } from './browser-paths.mjs';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../.output/firefox-mv2');
/** The e2e build: optional hosts declared required (a test cannot answer a permission prompt). */
export const FIREFOX_E2E_DIR = resolve(import.meta.dirname, '../.output/firefox-mv2-e2e');
/** The add-on id, from `browser_specific_settings.gecko.id` in wxt.config.ts. */
export const GECKO_ID = 'dossier@dossier.local';
/** Fixed internal UUID, so extension pages live at a known moz-extension:// origin. */
export const EXTENSION_UUID = '0d055e70-5e70-4d05-8e70-d055e7000001';

export function firefoxPath() {
  const path = findFirefox();
  if (!path) {
    throw new Error(
      `Firefox ESR not found at ${process.env.FIREFOX_PATH || '/usr/bin/firefox-esr'}: install Debian's Firefox ESR (sudo apt-get install -y firefox-esr) or set FIREFOX_PATH.`,
    );
  }
  return path;
}

/** Prefs that pin the extension's UUID, keep Firefox off the network and quiet its first-run UI. */
function prefs() {
  const dead = 'http://127.0.0.1:9/';
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    'intl.locale.requested': 'en-US',
    // Updates, add-on metadata, blocklist and remote settings.
    'app.update.enabled': false,
    'app.update.auto': false,
    'app.update.staging.enabled': false,
    'app.update.url': dead,
    'extensions.blocklist.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.getAddons.get.url': dead,
    'extensions.systemAddon.update.enabled': false,
    'extensions.systemAddon.update.url': dead,
    'extensions.update.enabled': false,
    'services.settings.server': dead,
    'browser.safebrowsing.provider.mozilla.updateURL': dead,
    'browser.safebrowsing.update.enabled': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.search.geoip.url': '',
    // Telemetry, data reporting, studies.
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': dead,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'app.shield.optoutstudies.enabled': false,
    'app.normandy.enabled': false,
    'app.normandy.api_url': '',
    'browser.ping-centre.telemetry': false,
    'browser.newtabpage.activity-stream.feeds.telemetry': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'browser.crashReports.unsubmittedCheck.enabled': false,
    // Connectivity checks, captive portal, prefetching, push, plugins (OpenH264/Widevine).
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'captivedetect.canonicalURL': '',
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.http.speculative-parallel-limit': 0,
    'dom.push.connection.enabled': false,
    'dom.push.serverURL': '',
    'media.gmp-manager.updateEnabled': false,
    'media.gmp-manager.url': dead,
    'media.gmp-gmpopenh264.enabled': false,
    'media.gmp-widevinecdm.enabled': false,
    'browser.aboutwelcome.enabled': false,
    'browser.discovery.enabled': false,
    'identity.fxaccounts.enabled': false,
  };
}

/**
 * Launches headless Firefox ESR (a fresh temporary profile unless `profileDir` is given) and
 * installs the extension from `extensionDir` as a temporary add-on over WebDriver BiDi.
 *
 * `hosts` are resolved to this machine (the fixture pages' real host names), whose self-signed
 * certificate is then accepted.
 *
 * @param {{ profileDir?: string, extensionDir?: string, headless?: boolean, hosts?: string[] }} [options]
 * @returns {Promise<{ browser: import('puppeteer-core').Browser, baseUrl: string }>}
 */
export async function launchFirefoxWithExtension({
  profileDir,
  extensionDir = FIREFOX_EXTENSION_DIR,
  headless = true,
  hosts = [],
} = {}) {
  const executablePath = firefoxPath();
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npx wxt build -b firefox\` first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath,
    headless,
    ...(profileDir ? { userDataDir: profileDir } : {}),
    extraPrefsFirefox: {
      ...prefs(),
      ...(hosts.length > 0
        ? {
            'network.dns.localDomains': hosts.join(','),
            // The fixture server speaks plain HTTP where the real site would: no upgrade attempt first.
            'dom.security.https_first': false,
          }
        : {}),
    },
    ...(hosts.length > 0 ? { acceptInsecureCerts: true } : {}),
    // WebDriver BiDi only navigates to http(s)/file/blob URLs unless this flag is given; the
    // extension's pages are moz-extension:// URLs.
    args: ['--remote-allow-system-access'],
    env: { ...process.env, LANG: 'en_US.UTF-8', LANGUAGE: 'en_US', MOZ_CRASHREPORTER_DISABLE: '1' },
    timeout: 30_000,
  });
  try {
    const id = await browser.installExtension(resolve(extensionDir));
    if (id !== GECKO_ID) throw new Error(`Installed add-on has id ${id}, expected ${GECKO_ID}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return { browser, baseUrl: `moz-extension://${EXTENSION_UUID}` };
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * Polls `fn` in the page (from Node, so it survives the page's document being replaced) until it
 * returns something truthy; returns that.
 *
 * @template A, R
 * @param {import('puppeteer-core').Page} page
 * @param {(arg: A) => R} fn
 * @param {A} arg
 * @param {{ what: string, timeout?: number }} options
 * @returns {Promise<R>}
 */
export async function waitInPage(page, fn, arg, { what, timeout = 15_000 }) {
  const deadline = Date.now() + timeout;
  let lastError;
  for (;;) {
    try {
      const value = await page.evaluate(fn, arg);
      if (value) return value;
    } catch (error) {
      lastError = error; // The document is being swapped; try again.
    }
    if (Date.now() > deadline) {
      const cause = lastError
        ? ` (last error: ${lastError instanceof Error ? lastError.message : lastError})`
        : '';
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}${cause}`);
    }
    await sleep(50);
  }
}

/**
 * Navigates `page` to an extension page and waits until that document has loaded.
 *
 * @param {import('puppeteer-core').Page} page
 * @param {string} url a moz-extension:// URL
 * @param {{ timeout?: number }} [options]
 */
export async function gotoExtensionPage(page, url, { timeout = 15_000 } = {}) {
  const abort = new AbortController();
  /** @type {unknown} */
  let failure;
  // Resolves once the navigation is committed; its wait for `load` never ends and is cut short.
  const navigation = page.goto(url, { signal: abort.signal, timeout }).catch((error) => {
    if (!abort.signal.aborted) failure = error;
  });
  try {
    await waitInPage(page, (target) => location.href === target && document.readyState === 'complete', url, {
      what: `${url} to load`,
      timeout,
    });
  } catch (error) {
    throw failure ?? error;
  } finally {
    abort.abort();
    await navigation;
  }
}

/**
 * Reloads an extension page and waits until the new document has loaded.
 *
 * @param {import('puppeteer-core').Page} page
 * @param {{ timeout?: number }} [options]
 */
export async function reloadExtensionPage(page, { timeout = 15_000 } = {}) {
  const marker = `__dossierBeforeReload${Date.now()}`;
  await page.evaluate((key) => {
    Reflect.set(window, key, true);
  }, marker);
  const abort = new AbortController();
  /** @type {unknown} */
  let failure;
  const reload = page.reload({ signal: abort.signal, timeout }).catch((error) => {
    if (!abort.signal.aborted) failure = error;
  });
  try {
    await waitInPage(page, (key) => !Reflect.has(window, key) && document.readyState === 'complete', marker, {
      what: 'the reloaded page to load',
      timeout,
    });
  } catch (error) {
    throw failure ?? error;
  } finally {
    abort.abort();
    await reload;
  }
}

/**
 * Hands `files` to the page's file input as the rep's file picker would (WebDriver BiDi cannot
 * pick files in an extension page): the `multiple` input, or the single one.
 *
 * @param {import('puppeteer-core').Page} page
 * @param {{ name: string, text: string, type: string }[]} files
 * @param {{ multiple: boolean }} options
 */
export async function chooseFiles(page, files, { multiple }) {
  await page.evaluate(
    (files, multiple) => {
      const input = [...document.querySelectorAll('input[type=file]')].find(
        (i) => /** @type {HTMLInputElement} */ (i).multiple === multiple,
      );
      if (!input) throw new Error(`No ${multiple ? 'multiple ' : ''}file input on the page`);
      const picked = new DataTransfer();
      for (const { name, text, type } of files) picked.items.add(new File([text], name, { type }));
      /** @type {HTMLInputElement} */ (input).files = picked.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    files,
    multiple,
  );
}
