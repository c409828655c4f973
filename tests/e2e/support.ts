import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Worker } from 'playwright-core';
import { launchWithExtension } from '../../scripts/chromium.mjs';

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
}

/** A throw-away Chromium profile; `cleanup` removes it. */
export function tempProfile() {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-e2e-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function launch(userDataDir: string, locale = 'en'): Promise<Launched> {
  return launchWithExtension({ userDataDir, locale });
}

export const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots');

declare global {
  /** The extension API as seen inside extension pages and the service worker (page.evaluate bodies). */
  var chrome: typeof import('wxt/browser').browser;
}
